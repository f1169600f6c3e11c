"""``cloudsetup fill``: the initial fill from the command line, for support staff.

Signs in with the session the wizard stored, uploads the office database with the same
:class:`~cloudsetup.services.fill.FillService` as page 4 and shows the progress on stderr: a
bar redrawn in place on a terminal, plain lines (at most one every few seconds) when stderr is
a file or a pipe. Ctrl-C cancels cleanly: the requests on the wire finish, the job stays stored
and the next run continues it; a second Ctrl-C stops at once.

Exit codes: 0 filled and verified; 1 failed (the message says why and what to do; running again
continues); 2 the office database is missing; 3 not signed in (run ``cloudsetup`` first);
130 cancelled.
"""

from __future__ import annotations

import math
import sys
import threading
import time
from pathlib import Path
from typing import Final, TextIO

from cloudsetup.command_support import Number, Translate, ctrl_c_cancels, plain_number, qt_output
from cloudsetup.models.fill import Collection, FillResult
from cloudsetup.services.fill_progress import COLLECTION_LABELS, FillProgress
from cloudsetup.services.text import QT_TRANSLATE_NOOP

EXIT_OK: Final = 0
EXIT_FAILED: Final = 1
EXIT_NO_OFFICE_DATA: Final = 2
EXIT_NOT_SIGNED_IN: Final = 3
EXIT_CANCELLED: Final = 130

#: Seconds between plain progress lines when stderr is not a terminal.
PLAIN_INTERVAL: Final = 2.0
BAR_WIDTH: Final = 24
DEFAULT_BATCH_SIZE: Final = 2000


def _duration(seconds: float | None) -> str:
    if seconds is None or not math.isfinite(seconds):
        return "–:––"
    whole = int(seconds + 0.5)
    hours, rest = divmod(whole, 3600)
    return f"{hours}:{rest // 60:02d}:{rest % 60:02d}" if hours else f"{rest // 60}:{rest % 60:02d}"


def _bar(done: int, total: int) -> str:
    filled = BAR_WIDTH if total == 0 else min(BAR_WIDTH, BAR_WIDTH * done // total)
    return "█" * filled + "░" * (BAR_WIDTH - filled)


def _percent(done: int, total: int) -> int:
    return 100 if total == 0 else min(100, 100 * done // total)


class ProgressDisplay:
    """Shows :class:`FillProgress` snapshots on ``stream`` (a bar, or plain lines)."""

    def __init__(
        self,
        stream: TextIO,
        translate: Translate,
        *,
        number: Number = plain_number,
        tty: bool | None = None,
    ) -> None:
        self._stream = stream
        self._tr = translate
        self._num = number
        self._tty = stream.isatty() if tty is None else tty
        self._finished: set[Collection] = set()
        self._last_plain = -math.inf
        self._phase = ""
        self._drawn = False

    def update(self, progress: FillProgress) -> None:
        if progress.phase != self._phase:
            self._phase = progress.phase
            self._line(self._tr(_PHASES[progress.phase]))
        for collection, total in progress.total.items():
            done = progress.done.get(collection, 0)
            if total and done >= total and collection not in self._finished:
                self._finished.add(collection)
                label = self._tr(COLLECTION_LABELS[collection])
                self._line(f"  ✓ {label}: {self._num(total)}")
        if progress.phase != "uploading":
            return
        if self._tty:
            self._stream.write("\r\x1b[2K" + self._status(progress))
            self._drawn = True
            self._stream.flush()
        elif time.monotonic() - self._last_plain >= PLAIN_INTERVAL:
            self._last_plain = time.monotonic()
            self._line(self._status(progress))

    def _status(self, progress: FillProgress) -> str:
        current = next(
            (c for c, total in progress.total.items() if progress.done.get(c, 0) < total), None
        )
        parts = []
        if current is not None:
            done, total = progress.done.get(current, 0), progress.total[current]
            label = self._tr(COLLECTION_LABELS[current])
            parts.append(f"{label} {_bar(done, total)} {_percent(done, total):3d} %")
        done, total = progress.records_done, progress.records_total
        overall = self._tr(QT_TRANSLATE_NOOP("FillCommand", "Total"))
        parts.append(
            f"{overall} {_percent(done, total):3d} % ({self._num(done)}/{self._num(total)})"
        )
        rate = QT_TRANSLATE_NOOP("FillCommand", "{rate} records/s")
        left = QT_TRANSLATE_NOOP("FillCommand", "{time} left")
        parts.append(self._tr(rate.format(rate=self._num(progress.records_per_second))))
        parts.append(self._tr(left.format(time=_duration(progress.seconds_left))))
        return " | ".join(parts)

    def _line(self, text: str) -> None:
        if self._drawn:
            self._stream.write("\r\x1b[2K")
            self._drawn = False
        self._stream.write(text + "\n")
        self._stream.flush()


_PHASES: Final = {
    "planning": QT_TRANSLATE_NOOP("FillCommand", "Preparing the fill …"),
    "uploading": QT_TRANSLATE_NOOP("FillCommand", "Uploading the office data …"),
    "verifying": QT_TRANSLATE_NOOP("FillCommand", "The cloud is checking the data …"),
    "done": QT_TRANSLATE_NOOP("FillCommand", "Done: the cloud holds exactly the office data."),
}


def _summary(result: FillResult, translate: Translate, number: Number) -> str:
    lines = [translate(QT_TRANSLATE_NOOP("FillCommand", "Checked by the cloud:"))]
    for totals in result.totals:
        label = translate(COLLECTION_LABELS[totals.collection])
        lines.append(f"  {label}: {number(totals.count)}")
    return "\n".join(lines)


def run_fill_command(
    *,
    config_dir: Path | None,
    office_db: Path,
    ca_file: Path | None,
    batch_size: int = DEFAULT_BATCH_SIZE,
    lang: str | None = None,
) -> int:
    """Fill the cloud from ``office_db``; returns the exit code (see the module docstring).

    ``batch_size`` is the records per upload (tests use small ones to get many batches);
    ``lang`` is ``--lang`` (default: the saved language, else the system's).
    """
    from cloudsetup.localdata import OfficeDatabase
    from cloudsetup.services.bootstrap import build_setup_service
    from cloudsetup.services.fill import FillCancelled, FillService
    from cloudsetup.services.settings import default_config_dir
    from cloudsetup.services.user_error import UserError

    output = qt_output(config_dir, lang)
    tr, number = output.tr, output.number
    err = sys.stderr
    if not office_db.is_file():
        message = QT_TRANSLATE_NOOP("FillCommand", "The office database {path} does not exist.")
        print(tr(message.format(path=str(office_db))), file=err)
        return EXIT_NO_OFFICE_DATA
    service = build_setup_service(config_dir=config_dir, ca_file=ca_file)
    office: OfficeDatabase | None = None
    try:
        if service.resume() is None:
            print(tr(_NOT_SIGNED_IN), file=err)
            return EXIT_NOT_SIGNED_IN
        office = OfficeDatabase(office_db)
        state_dir = config_dir or default_config_dir()
        fill = FillService(service, state_dir=state_dir, batch_size=batch_size)
        cancel = threading.Event()
        display = ProgressDisplay(err, tr, number=number)
        with ctrl_c_cancels(cancel):
            result = fill.run(office, on_progress=display.update, cancel=cancel)
        print(_summary(result, tr, number))
        return EXIT_OK
    except FillCancelled:
        print("\n" + tr(_CANCELLED), file=err)
        return EXIT_CANCELLED
    except UserError as exc:
        print("\n" + tr(exc.message), file=err)
        if exc.hint is not None:
            print(tr(exc.hint), file=err)
        return EXIT_FAILED
    finally:
        if office is not None:
            office.close()
        service.close()


_NOT_SIGNED_IN: Final = QT_TRANSLATE_NOOP(
    "FillCommand",
    'This computer is not signed in to the cloud. Run "cloudsetup" and sign in on the first '
    "page, then try again.",
)
_CANCELLED: Final = QT_TRANSLATE_NOOP(
    "FillCommand",
    "The fill was cancelled. The data the cloud held before is unchanged; run the command "
    "again to continue where it stopped.",
)
