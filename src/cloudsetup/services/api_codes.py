"""The cloud's reasons from the employee, access, range and fill endpoints, as :class:`UserError`.

:func:`~cloudsetup.services.errors.user_error_from` asks here first: an answer with a reason this
module knows (``email_taken``, ``password_common``, ``range_overlap``, ``mail_failed``, …) gets
its own message at its own input (the fill's reasons are in
:mod:`cloudsetup.services.fill_codes`, the devices' and the sync's in
:mod:`cloudsetup.services.device_codes`); anything else falls back to the message for its
status.
"""

from __future__ import annotations

import re
from typing import Final

from cloudsetup.cloud.errors import APIStatusError, ValidationFailed
from cloudsetup.models import FieldError
from cloudsetup.services.device_codes import device_user_error
from cloudsetup.services.field_errors import ENTRY_FIELDS, entry_error, field_of, is_known_reason
from cloudsetup.services.fill_codes import fill_user_error
from cloudsetup.services.text import QT_TRANSLATE_NOOP
from cloudsetup.services.user_error import UserError

# A model validator's reason reaches the client only inside the message ("Value error,
# range_inverted: ..."), because pydantic reports it as a plain ValueError.
_REASON_IN_DETAIL: Final = re.compile(r"\b(range_inverted|next_outside)\b")


def _technical(exc: APIStatusError) -> str:
    return f"{type(exc).__name__}: HTTP {exc.status_code} {exc.code}: {exc.detail}"


def _mail_failed(exc: APIStatusError) -> UserError:
    return UserError(
        QT_TRANSLATE_NOOP("AccessErrors", "The cloud could not send the consent mail."),
        hint=QT_TRANSLATE_NOOP(
            "AccessErrors",
            'The password and the activation are kept. Click "Send mail again" to try again; if '
            "it keeps failing, check the mail settings of the cloud.",
        ),
        code="mail_failed",
        technical=_technical(exc),
    )


def _not_activated(exc: APIStatusError) -> UserError:
    return UserError(
        QT_TRANSLATE_NOOP(
            "AccessErrors",
            "This employee has not been activated yet, so there is no mail to send again.",
        ),
        hint=QT_TRANSLATE_NOOP(
            "AccessErrors", 'Give him a password and click "Activate for the cloud".'
        ),
        code="not_activated",
        technical=_technical(exc),
    )


def _already_confirmed(exc: APIStatusError) -> UserError:
    return UserError(
        QT_TRANSLATE_NOOP(
            "AccessErrors", "This employee has already agreed; his cloud access is active."
        ),
        hint=QT_TRANSLATE_NOOP(
            "AccessErrors", "Nothing more to do for him. Reload the page to see his state."
        ),
        code="already_confirmed",
        technical=_technical(exc),
    )


def _field_name(error: FieldError) -> str:
    return error.field.rsplit(".", 1)[-1]


def _from_fields(exc: ValidationFailed) -> UserError | None:
    """The first rejected field whose rule has a message of its own."""
    technical = _technical(exc)
    for error in exc.fields:
        name = _field_name(error)
        if is_known_reason(error.code):
            where = name if name in ENTRY_FIELDS else field_of(error.code)
            return entry_error(error.code, field=where, technical=technical)
        found = _REASON_IN_DETAIL.search(error.detail)
        if found is not None:
            return entry_error(found.group(1), technical=technical)
    return None


def specific_user_error(exc: APIStatusError) -> UserError | None:
    """The :class:`UserError` for a reason of the issue-3, fill, device and sync endpoints."""
    fill = fill_user_error(exc)
    if fill is not None:
        return fill
    device = device_user_error(exc)
    if device is not None:
        return device
    technical = _technical(exc)
    code = exc.code
    if code == "mail_failed":
        return _mail_failed(exc)
    if code == "not_activated":
        return _not_activated(exc)
    if code == "already_confirmed":
        return _already_confirmed(exc)
    if code == "range_overlap":
        return entry_error("range_overlap", detail=exc.detail, technical=technical)
    top_level = code in {"email_taken", "range_inverted", "next_outside"}
    if (top_level or code.startswith("password_")) and is_known_reason(code):
        return entry_error(code, technical=technical)
    if isinstance(exc, ValidationFailed):
        return _from_fields(exc)
    return None
