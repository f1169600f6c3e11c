"""``cloudsetup sync``: the office sync from the command line, for support staff and schedulers.

Signs in with the session the wizard stored, runs the same
:class:`~cloudsetup.services.sync.SyncService` as the settings window and shows the progress
on stderr: one line redrawn in place on a terminal, plain lines (at most one every few
seconds) when stderr is a file or a pipe. Ctrl-C cancels cleanly between two requests: what
arrived stays, and the next run continues; a second Ctrl-C stops at once. The summary (and
how many devices wait for approval) goes to stdout.

Exit codes, as ``cloudsetup fill``: 0 synchronised; 1 failed (the message says why and what to
do; running again continues); 2 the office database is missing; 3 not signed in (run
``cloudsetup`` first); 130 cancelled.
"""

from __future__ import annotations

import sys
import threading
import time
from pathlib import Path
from typing import Final, TextIO

from cloudsetup.command_support import Output, ctrl_c_cancels, qt_output
from cloudsetup.fill_command import (
    EXIT_CANCELLED,
    EXIT_FAILED,
    EXIT_NO_OFFICE_DATA,
    EXIT_NOT_SIGNED_IN,
    EXIT_OK,
)
from cloudsetup.services.sync_report import SyncProgress, SyncResult
from cloudsetup.services.text import QT_TRANSLATE_NOOP

#: Seconds between plain progress lines when stderr is not a terminal.
PLAIN_INTERVAL: Final = 2.0
DEFAULT_BATCH_SIZE: Final = 1000

_PHASES: Final = {
    "checking": QT_TRANSLATE_NOOP("SyncCommand", "Checking where the sync stands …"),
    "pulling": QT_TRANSLATE_NOOP("SyncCommand", "Taking over invoices from devices …"),
    "pushing": QT_TRANSLATE_NOOP("SyncCommand", "Sending the changes of the office data …"),
    "done": QT_TRANSLATE_NOOP("SyncCommand", "Done: the office data and the cloud agree."),
}
_COUNTS: Final = {
    "pulling": QT_TRANSLATE_NOOP("SyncCommand", "{done} of {total} invoices taken over"),
    "pushing": QT_TRANSLATE_NOOP("SyncCommand", "{done} of {total} changes sent"),
}


class SyncDisplay:
    """Shows :class:`SyncProgress` on ``stream``: a line redrawn in place, or plain lines."""

    def __init__(self, stream: TextIO, output: Output, *, tty: bool | None = None) -> None:
        self._stream = stream
        self._out = output
        self._tty = stream.isatty() if tty is None else tty
        self._phase = ""
        self._last_plain = -float("inf")
        self._drawn = False

    def update(self, progress: SyncProgress) -> None:
        if progress.phase != self._phase:
            self._phase = progress.phase
            self._line(self._out.tr(_PHASES[progress.phase]))
        counts = _COUNTS.get(progress.phase)
        if counts is None or progress.total == 0:
            return
        text = "  " + self._out.tr(
            counts.format(
                done=self._out.number(progress.done), total=self._out.number(progress.total)
            )
        )
        if self._tty:
            self._stream.write("\r\x1b[2K" + text)
            self._drawn = True
            self._stream.flush()
        elif time.monotonic() - self._last_plain >= PLAIN_INTERVAL:
            self._last_plain = time.monotonic()
            self._line(text)

    def _line(self, text: str) -> None:
        if self._drawn:
            self._stream.write("\r\x1b[2K")
            self._drawn = False
        self._stream.write(text + "\n")
        self._stream.flush()


def summary(result: SyncResult, output: Output) -> str:
    """What the run did, and what waits for the admin now."""
    tr, number = output.tr, output.number
    lines = [
        tr(
            QT_TRANSLATE_NOOP(
                "SyncCommand", "Invoices from devices taken into the office data: {count}"
            ).format(count=number(result.pulled_invoices))
        ),
        tr(
            QT_TRANSLATE_NOOP(
                "SyncCommand", "Changes of the office data sent to the cloud: {count}"
            ).format(count=number(result.pushed_changes))
        ),
    ]
    if result.unchanged:
        lines.append(
            tr(
                QT_TRANSLATE_NOOP(
                    "SyncCommand", "Records the cloud already held unchanged: {count}"
                ).format(count=number(result.unchanged))
            )
        )
    pending = result.overview.pending_devices
    if pending:
        lines.append(
            tr(
                QT_TRANSLATE_NOOP(
                    "SyncCommand",
                    "Devices waiting for approval: {count}. Allow them in the cloud settings "
                    'with "Allow new devices".',
                ).format(count=number(pending))
            )
        )
    return "\n".join(lines)


def run_sync_command(
    *,
    config_dir: Path | None,
    office_db: Path,
    ca_file: Path | None,
    lang: str | None = None,
    batch_size: int = DEFAULT_BATCH_SIZE,
) -> int:
    """Synchronise ``office_db`` with the cloud; returns the exit code (module docstring)."""
    from cloudsetup.localdata import OfficeDatabase
    from cloudsetup.services.bootstrap import build_setup_service
    from cloudsetup.services.settings import default_config_dir
    from cloudsetup.services.sync import SyncCancelled, SyncService

    output = qt_output(config_dir, lang)
    err = sys.stderr
    if not office_db.is_file():
        message = QT_TRANSLATE_NOOP("SyncCommand", "The office database {path} does not exist.")
        print(output.tr(message.format(path=str(office_db))), file=err)
        return EXIT_NO_OFFICE_DATA
    service = build_setup_service(config_dir=config_dir, ca_file=ca_file)
    office: OfficeDatabase | None = None
    try:
        if service.resume() is None:
            print(output.tr(_NOT_SIGNED_IN), file=err)
            return EXIT_NOT_SIGNED_IN
        office = OfficeDatabase(office_db)
        state_dir = config_dir or default_config_dir()
        sync = SyncService(service, state_dir=state_dir, batch_size=batch_size)
        cancel = threading.Event()
        display = SyncDisplay(err, output)
        with ctrl_c_cancels(cancel):
            result = sync.run(office, on_progress=display.update, cancel=cancel)
        print(summary(result, output))
        return EXIT_OK
    except (SyncCancelled, KeyboardInterrupt):
        print("\n" + output.tr(_CANCELLED), file=err)
        return EXIT_CANCELLED
    except Exception as exc:  # a UserError says what to do; anything else never as a traceback
        print(file=err)
        output.error(exc, err)
        return EXIT_FAILED
    finally:
        if office is not None:
            office.close()
        service.close()


_NOT_SIGNED_IN: Final = QT_TRANSLATE_NOOP(
    "SyncCommand",
    'This computer is not signed in to the cloud. Run "cloudsetup" and sign in on the first '
    "page, then try again.",
)
_CANCELLED: Final = QT_TRANSLATE_NOOP(
    "SyncCommand",
    "The sync was cancelled. What arrived so far is kept; run the command again to continue.",
)
