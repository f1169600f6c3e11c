"""The cloud's reasons from the device, device-data and sync endpoints, as :class:`UserError`.

:func:`device_user_error` is asked by :func:`~cloudsetup.services.api_codes.specific_user_error`
for the reasons of issue 5: the device approval (``device_limit``, ``not_synced`` …), a
device's sign-in (``consent_missing``, ``device_rejected``, ``device_revoked``), its pulls
(``not_filled``, ``invalid_cursor``) and its invoices (``number_used``,
``number_outside_range``, ``invoice_not_permitted``, ``no_range``, ``invoice_conflict``,
``unknown_reference``). ``sync_gap`` is handled by the sync itself (it starts again from the
cloud's position) and has a message only when it keeps happening
(:mod:`cloudsetup.services.sync_codes`).
"""

from __future__ import annotations

from typing import Final

from cloudsetup.cloud.errors import APIStatusError, ValidationFailed
from cloudsetup.services.text import QT_TRANSLATE_NOOP, Text
from cloudsetup.services.user_error import UserError

_RELOAD: Final = QT_TRANSLATE_NOOP(
    "DeviceErrors", "Reload the list of devices to see their current state."
)
_ASK_OFFICE: Final = QT_TRANSLATE_NOOP(
    "DeviceErrors", "Ask the office to check your settings in the cloud settings."
)

#: code -> (message, hint, the input it belongs to)
_MESSAGES: Final[dict[str, tuple[Text, Text, str | None]]] = {
    "device_limit": (
        QT_TRANSLATE_NOOP("DeviceErrors", "This employee already has two approved devices."),
        QT_TRANSLATE_NOOP(
            "DeviceErrors",
            "An employee can have at most two devices. Choose which of them the new device "
            "replaces; the replaced device loses its access at once.",
        ),
        None,
    ),
    "not_synced": (
        QT_TRANSLATE_NOOP("DeviceErrors", "Synchronise everything first, then allow new devices."),
        QT_TRANSLATE_NOOP(
            "DeviceErrors",
            "The cloud holds invoices from devices that the office has not taken over yet. "
            'Click "Synchronise now", then approve the device.',
        ),
        None,
    ),
    "device_not_pending": (
        QT_TRANSLATE_NOOP("DeviceErrors", "This device has already been approved or rejected."),
        _RELOAD,
        None,
    ),
    "device_not_approved": (
        QT_TRANSLATE_NOOP("DeviceErrors", "This device is not approved, so it cannot be revoked."),
        _RELOAD,
        None,
    ),
    "replaces_invalid": (
        QT_TRANSLATE_NOOP(
            "DeviceErrors",
            "The device to be replaced is not an approved device of the same employee.",
        ),
        _RELOAD,
        None,
    ),
    "consent_missing": (
        QT_TRANSLATE_NOOP(
            "DeviceErrors",
            "The employee has not yet confirmed that he agrees to receive company data, so "
            "his devices get no access.",
        ),
        QT_TRANSLATE_NOOP(
            "DeviceErrors",
            "He confirms with the link in the consent mail. The mail can be sent again on the "
            'page "User access".',
        ),
        None,
    ),
    "device_rejected": (
        QT_TRANSLATE_NOOP("DeviceErrors", "The office has rejected this device."),
        QT_TRANSLATE_NOOP(
            "DeviceErrors", "If that was a mistake, ask the office to allow the device again."
        ),
        None,
    ),
    "device_revoked": (
        QT_TRANSLATE_NOOP("DeviceErrors", "The office has revoked the access of this device."),
        QT_TRANSLATE_NOOP(
            "DeviceErrors", "If that was a mistake, ask the office to allow the device again."
        ),
        None,
    ),
    "not_filled": (
        QT_TRANSLATE_NOOP("DeviceErrors", "The cloud holds no company data yet."),
        QT_TRANSLATE_NOOP(
            "DeviceErrors",
            'The office fills the cloud once with "Fill now"; after that the data is here.',
        ),
        None,
    ),
    "invalid_cursor": (
        QT_TRANSLATE_NOOP("DeviceErrors", "The cloud did not recognise where the last pull ended."),
        QT_TRANSLATE_NOOP(
            "DeviceErrors", "Pull the data again from the start (reset the local copy)."
        ),
        None,
    ),
    "invoice_not_permitted": (
        QT_TRANSLATE_NOOP("DeviceErrors", "You are not allowed to write invoices on this device."),
        _ASK_OFFICE,
        None,
    ),
    "no_range": (
        QT_TRANSLATE_NOOP("DeviceErrors", "No number range for invoices has been set up for you."),
        _ASK_OFFICE,
        None,
    ),
    "number_outside_range": (
        QT_TRANSLATE_NOOP("DeviceErrors", "This invoice number is not in your number range."),
        QT_TRANSLATE_NOOP(
            "DeviceErrors", "Use the next number of your own range, as the office set it up."
        ),
        "number",
    ),
    "number_used": (
        QT_TRANSLATE_NOOP("DeviceErrors", "This invoice number has already been used."),
        QT_TRANSLATE_NOOP(
            "DeviceErrors", "Every number is used once. Take the next free number of your range."
        ),
        "number",
    ),
    "invoice_conflict": (
        QT_TRANSLATE_NOOP(
            "DeviceErrors", "The cloud holds a different invoice under the same identity."
        ),
        QT_TRANSLATE_NOOP(
            "DeviceErrors", "Create the invoice as a new one; the one in the cloud is unchanged."
        ),
        None,
    ),
    "unknown_reference": (
        QT_TRANSLATE_NOOP(
            "DeviceErrors",
            "The invoice names a customer, project or article that the cloud does not know.",
        ),
        QT_TRANSLATE_NOOP(
            "DeviceErrors",
            "Pull the current data and choose the customer, project and articles again.",
        ),
        None,
    ),
}


def _technical(exc: APIStatusError) -> str:
    return f"{type(exc).__name__}: HTTP {exc.status_code} {exc.code}: {exc.detail}"


def _field(exc: APIStatusError, default: str | None) -> str | None:
    """The input the cloud named (``fields[0]``), else the reason's usual one."""
    if isinstance(exc, ValidationFailed) and exc.fields:
        return exc.fields[0].field.rsplit(".", 1)[-1]
    if exc.body is not None and exc.body.fields:
        return exc.body.fields[0].field.rsplit(".", 1)[-1]
    return default


def device_user_error(exc: APIStatusError) -> UserError | None:
    """The :class:`UserError` for a reason of the device and sync endpoints, else ``None``."""
    known = _MESSAGES.get(exc.code)
    if known is None:
        return None
    message, hint, field = known
    return UserError(
        message, hint=hint, code=exc.code, field=_field(exc, field), technical=_technical(exc)
    )
