"""The words of the office sync: what is waiting, the phase of a run, its result, the problems.

Shared by the sync panel and the device-approval dialog, so both say the same thing the same
way. Counts use Qt's plural forms (``%n``) with the locale's digits.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from cloudsetup.services.sync import SyncOverview, SyncProgress, SyncResult
from cloudsetup.wizard.messages import describe
from cloudsetup.wizard.moments import local_time
from cloudsetup.wizard.sync.office_sync import OfficeDataMissing


def last_sync_text(overview: SyncOverview) -> str:
    return local_time(
        overview.last_sync_at, missing=QCoreApplication.translate("SyncTexts", "never")
    )


def waiting_parts(overview: SyncOverview, *, with_devices: bool) -> list[str]:
    """ "3 changes in the office", "1 invoice from devices", … for what is waiting."""
    parts = []
    if overview.local_waiting:
        parts.append(
            QCoreApplication.translate(
                "SyncTexts", "%n change(s) in the office", "", overview.local_waiting
            )
        )
    if overview.cloud_waiting:
        parts.append(
            QCoreApplication.translate(
                "SyncTexts", "%n invoice(s) from devices", "", overview.cloud_waiting
            )
        )
    if with_devices and overview.pending_devices:
        parts.append(
            QCoreApplication.translate(
                "SyncTexts", "%n new device(s) to approve", "", overview.pending_devices
            )
        )
    return parts


def waiting_text(overview: SyncOverview) -> str:
    """The panel's "waiting" line: everything that waits, or that nothing does."""
    if not overview.filled:
        return QCoreApplication.translate(
            "SyncTexts", "The cloud has not been filled yet: the sync starts after the first fill."
        )
    parts = waiting_parts(overview, with_devices=True)
    if not parts:
        return QCoreApplication.translate("SyncTexts", "nothing – everything is synchronised")
    return ", ".join(parts)


def approval_blocked_text(overview: SyncOverview) -> tuple[str, str]:
    """Why new devices cannot be approved now, and what waits (message, details)."""
    if not overview.filled:
        return (
            QCoreApplication.translate(
                "SyncTexts", "New devices can be approved once the cloud has been filled."
            ),
            QCoreApplication.translate(
                "SyncTexts", 'Fill the cloud first (setup wizard, step 4 "Fill the cloud").'
            ),
        )
    message = QCoreApplication.translate(
        "SyncTexts", "Synchronise everything first, then allow new devices."
    )
    parts = waiting_parts(overview, with_devices=False)
    if not parts:
        return message, ""
    return message, QCoreApplication.translate("SyncTexts", "Waiting: {what}.").format(
        what=", ".join(parts)
    )


def phase_text(progress: SyncProgress) -> str:
    if progress.phase == "checking":
        return QCoreApplication.translate("SyncTexts", "Asking the cloud what is waiting…")
    if progress.phase == "pulling":
        return QCoreApplication.translate(
            "SyncTexts", "Fetching invoices from devices: {done} of {total}"
        ).format(done=progress.done, total=progress.total)
    if progress.phase == "pushing":
        return QCoreApplication.translate(
            "SyncTexts", "Sending changes of the office: {done} of {total}"
        ).format(done=progress.done, total=progress.total)
    return QCoreApplication.translate("SyncTexts", "Checking the result…")


def result_text(result: SyncResult) -> str:
    """ "Synchronised: 2 invoices from devices fetched, 5 changes sent." (only what happened)."""
    parts = []
    if result.pulled_invoices:
        parts.append(
            QCoreApplication.translate(
                "SyncTexts", "%n invoice(s) from devices fetched", "", result.pulled_invoices
            )
        )
    if result.pushed_changes:
        parts.append(
            QCoreApplication.translate("SyncTexts", "%n change(s) sent", "", result.pushed_changes)
        )
    if not parts:
        return QCoreApplication.translate("SyncTexts", "Synchronised: nothing had changed.")
    return QCoreApplication.translate("SyncTexts", "Synchronised: {what}.").format(
        what=", ".join(parts)
    )


def problem_text(exc: BaseException) -> tuple[str, str | None]:
    """Message and hint for a failed load or run; a missing office database is explained."""
    if isinstance(exc, OfficeDataMissing):
        return office_missing_text(exc)
    return describe(exc)


def office_missing_text(exc: OfficeDataMissing) -> tuple[str, str]:
    if exc.path is None:
        return (
            QCoreApplication.translate(
                "SyncTexts",
                "No office data is set up on this computer: nothing can be synchronised.",
            ),
            QCoreApplication.translate(
                "SyncTexts",
                "The office data is expected in the database of the office software. Start "
                'the program with "--office-db FILE" to name the file.',
            ),
        )
    return (
        QCoreApplication.translate(
            "SyncTexts", "The office data was not found: nothing can be synchronised."
        ),
        QCoreApplication.translate("SyncTexts", "It is expected in this file: {path}").format(
            path=str(exc.path)
        ),
    )
