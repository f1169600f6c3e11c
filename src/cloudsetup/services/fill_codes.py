"""The fill's own errors: the cloud's fill reasons and what can go wrong on this computer.

:func:`fill_user_error` is asked by :func:`~cloudsetup.services.api_codes.specific_user_error`
for the reasons of the fill endpoints (``record_rejected``, ``batch_conflict``,
``fill_incomplete``, ``fill_mismatch``, ``fill_closed``). The other functions build the errors
the fill service finds itself. :class:`FillCancelled` is not an error a person must act on: it
says the fill stopped because it was asked to.
"""

from __future__ import annotations

from typing import Final

from cloudsetup.cloud.errors import APIStatusError, ValidationFailed
from cloudsetup.services.text import QT_TRANSLATE_NOOP, Text
from cloudsetup.services.user_error import UserError

#: Reasons after which the stored job cannot be continued: the next run starts a new one.
RESTART_CODES: Final = frozenset({"batch_conflict", "fill_closed", "fill_mismatch"})

_TRY_AGAIN_CONTINUES: Final = QT_TRANSLATE_NOOP(
    "FillErrors", 'Click "Try again": the fill continues where it stopped.'
)
_TRY_AGAIN_STARTS_OVER: Final = QT_TRANSLATE_NOOP(
    "FillErrors",
    'Click "Try again": the fill starts over. The data the cloud held before stays until the '
    "new fill is complete and checked.",
)


class FillCancelled(Exception):  # noqa: N818 - the contract's name; not an error
    """The fill was cancelled; the job stays stored, so the next run continues it."""

    def __init__(self) -> None:
        super().__init__("the fill was cancelled")


def _technical(exc: APIStatusError) -> str:
    return f"{type(exc).__name__}: HTTP {exc.status_code} {exc.code}: {exc.detail}"


def _record_rejected(exc: APIStatusError) -> UserError:
    where = ""
    reason = exc.detail
    if isinstance(exc, ValidationFailed) and exc.fields:
        where, reason = exc.fields[0].field, exc.fields[0].detail
    collection, _, record_id = where.partition("/")
    if not record_id:
        message = QT_TRANSLATE_NOOP("FillErrors", "The cloud refused a record of the office data.")
    else:
        message = QT_TRANSLATE_NOOP(
            "FillErrors", 'The cloud refused the record "{record}" in "{collection}".'
        ).format(record=record_id, collection=collection)
    return UserError(
        message,
        hint=QT_TRANSLATE_NOOP(
            "FillErrors",
            "Nothing was replaced in the cloud. Correct this record in the office software "
            'and click "Try again".',
        ),
        code="record_rejected",
        technical=f"{_technical(exc)} ({where}: {reason})",
    )


def fill_user_error(exc: APIStatusError) -> UserError | None:
    """The :class:`UserError` for a reason of the fill endpoints, ``None`` for others."""
    code = exc.code
    if code == "record_rejected":
        return _record_rejected(exc)
    message: Text
    if code == "batch_conflict":
        message = QT_TRANSLATE_NOOP(
            "FillErrors",
            "The cloud holds different data under the same part number of this fill.",
        )
        hint = _TRY_AGAIN_STARTS_OVER
    elif code == "fill_incomplete":
        message = QT_TRANSLATE_NOOP("FillErrors", "The cloud is still missing part of the data.")
        hint = _TRY_AGAIN_CONTINUES
    elif code == "fill_mismatch":
        message = QT_TRANSLATE_NOOP(
            "FillErrors",
            "The check failed: the cloud does not hold exactly the data of the office.",
        )
        hint = _TRY_AGAIN_STARTS_OVER
    elif code == "fill_closed":
        message = QT_TRANSLATE_NOOP(
            "FillErrors", "This fill has already been finished or cancelled in the cloud."
        )
        hint = _TRY_AGAIN_STARTS_OVER
    else:
        return None
    return UserError(message, hint=hint, code=code, technical=_technical(exc))


def office_data_changed(technical: str) -> UserError:
    """The office database changed while it was read: the upload would not be one state."""
    return UserError(
        QT_TRANSLATE_NOOP("FillErrors", "The office data changed while it was being uploaded."),
        hint=QT_TRANSLATE_NOOP(
            "FillErrors",
            "Close the office software on all computers, or wait until nobody is working in "
            'it, and click "Try again".',
        ),
        code="office_data_changed",
        technical=technical,
    )


def result_mismatch(technical: str) -> UserError:
    """The cloud confirmed something other than what this computer sent."""
    return UserError(
        QT_TRANSLATE_NOOP(
            "FillErrors",
            "The check failed: the cloud does not hold exactly the data of the office.",
        ),
        hint=_TRY_AGAIN_STARTS_OVER,
        code="fill_mismatch",
        technical=technical,
    )


def state_not_saved(path: str, technical: str) -> UserError:
    """The progress file cannot be written, so a restart could not continue the fill."""
    return UserError(
        QT_TRANSLATE_NOOP(
            "FillErrors", "The progress of the fill cannot be saved to {path}."
        ).format(path=path),
        hint=QT_TRANSLATE_NOOP(
            "FillErrors", "Check that the disk is not full and that you may write to this folder."
        ),
        code="fill_state_not_saved",
        technical=technical,
    )
