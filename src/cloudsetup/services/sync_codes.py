"""The office sync's own errors, and :class:`SyncCancelled`.

The cloud's reasons that mean the same for the sync as for a device (``not_filled``,
``sync_gap`` …) are in :mod:`cloudsetup.services.device_codes`; the ones here say what a sync
run finds itself (the office database does not fit the cloud, a device invoice that the office
database refuses) or put a reason into the sync's words (a record the cloud refused).
"""

from __future__ import annotations

from cloudsetup.cloud.errors import APIStatusError, ValidationFailed
from cloudsetup.localdata.errors import RecordRefusedError
from cloudsetup.models import DeviceInvoice
from cloudsetup.services.text import QT_TRANSLATE_NOOP
from cloudsetup.services.user_error import UserError


class SyncCancelled(Exception):  # noqa: N818 - the contract's name; not an error
    """The sync stopped because it was asked to; nothing is lost, the next run continues."""

    def __init__(self) -> None:
        super().__init__("the sync was cancelled")


def not_filled(technical: str) -> UserError:
    """The cloud has no data yet: the fill comes before any sync."""
    return UserError(
        QT_TRANSLATE_NOOP(
            "SyncErrors", "The cloud has not been filled yet, so there is nothing to synchronise."
        ),
        hint=QT_TRANSLATE_NOOP(
            "SyncErrors", 'Fill the cloud first with "Fill now"; then synchronise.'
        ),
        code="not_filled",
        technical=technical,
    )


def office_database_mismatch(*, cloud_version: int, office_version: int) -> UserError:
    """The cloud holds a newer state of the office data than this office database has."""
    return UserError(
        QT_TRANSLATE_NOOP(
            "SyncErrors",
            "This office database does not fit the cloud: the cloud holds changes the office "
            "database does not know.",
        ),
        hint=QT_TRANSLATE_NOOP(
            "SyncErrors",
            "Check that this is the office database the cloud was filled from. If the office "
            'data was restored from a backup, fill the cloud again with "Fill now".',
        ),
        code="office_database_mismatch",
        technical=f"the cloud holds office version {cloud_version}, the office database is "
        f"at version {office_version}",
    )


def record_rejected(exc: APIStatusError) -> UserError:
    """The cloud refused an office record of a change batch (``record_rejected``)."""
    where, reason = "", exc.detail
    if isinstance(exc, ValidationFailed) and exc.fields:
        where, reason = exc.fields[0].field, exc.fields[0].detail
    collection, _, record_id = where.partition("/")
    if record_id:
        message = QT_TRANSLATE_NOOP(
            "SyncErrors", 'The cloud refused the record "{record}" in "{collection}".'
        ).format(record=record_id, collection=collection)
    else:
        message = QT_TRANSLATE_NOOP("SyncErrors", "The cloud refused a record of the office data.")
    return UserError(
        message,
        hint=QT_TRANSLATE_NOOP(
            "SyncErrors",
            "The changes before it have arrived. Correct this record in the office software "
            "and synchronise again.",
        ),
        code="record_rejected",
        technical=f"HTTP {exc.status_code} {exc.code}: {exc.detail} ({where}: {reason})",
    )


def invoice_not_stored(invoice: DeviceInvoice | None, exc: RecordRefusedError) -> UserError:
    """The office database refused a device invoice (an unknown reference, a taken number)."""
    if invoice is None:
        message = QT_TRANSLATE_NOOP(
            "SyncErrors", "An invoice from a device cannot be taken into the office data."
        )
    else:
        message = QT_TRANSLATE_NOOP(
            "SyncErrors",
            'The invoice {number} that {employee} wrote on "{device}" cannot be taken into the '
            "office data.",
        ).format(number=invoice.number, employee=invoice.employee_name, device=invoice.device_name)
    return UserError(
        message,
        hint=QT_TRANSLATE_NOOP(
            "SyncErrors",
            "It refers to a record the office data no longer has, or its number is already "
            "used there. Check the office data and synchronise again; the invoice waits in the "
            "cloud until then.",
        ),
        code="invoice_not_stored",
        technical=f"{exc.code}: {exc}",
    )


def record_not_sendable(exc: RecordRefusedError) -> UserError:
    """A record of the office data has an id the cloud does not take (a control character)."""
    return UserError(
        QT_TRANSLATE_NOOP(
            "SyncErrors", 'The record "{record}" in "{collection}" cannot be sent to the cloud.'
        ).format(record=exc.record_id, collection=exc.collection.value),
        hint=QT_TRANSLATE_NOOP(
            "SyncErrors",
            "Its id contains characters the cloud does not accept. The changes before it have "
            "arrived; correct this record in the office software and synchronise again.",
        ),
        code="record_not_sendable",
        technical=f"{exc.code}: {exc}",
    )


def sync_gap_persists(technical: str) -> UserError:
    """The cloud kept moving its position while this computer pushed (another office PC?)."""
    return UserError(
        QT_TRANSLATE_NOOP(
            "SyncErrors", "The cloud and the office do not agree on where the sync stands."
        ),
        hint=QT_TRANSLATE_NOOP(
            "SyncErrors",
            "Is the sync running on another computer at the same time? Wait until it is done "
            'and click "Synchronise now" again.',
        ),
        code="sync_gap",
        technical=technical,
    )
