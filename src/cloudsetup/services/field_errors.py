"""Messages for the inputs of the employee and access pages, by the rule's reason code.

The same reason gets the same message whether the rule was broken in a dialog (the local check),
in a CSV file or at the server (its 422/409 answer): the models and the server name the reason,
this module says it in words and names the input it belongs to.
"""

from __future__ import annotations

from typing import Final

from cloudsetup.models.emails import EMAIL_MAX_LENGTH
from cloudsetup.models.employees import NAME_MAX_LENGTH
from cloudsetup.models.passwords import MAX_LENGTH, MIN_LENGTH, PasswordProblem
from cloudsetup.models.ranges import NUMBER_MAX, PREFIX_MAX_LENGTH
from cloudsetup.services.text import QT_TRANSLATE_NOOP, Text
from cloudsetup.services.user_error import UserError

#: The inputs of the employee, access and range editors a message can be attached to.
ENTRY_FIELDS: Final = frozenset(
    {
        "name",
        "email",
        "is_owner",
        "employee_number",
        "mobile",
        "language",
        "password",
        "prefix",
        "start",
        "end",
        "next_number",
    }
)

_PASSWORD_HINT: Final = QT_TRANSLATE_NOOP(
    "EntryErrors",
    "A passphrase of several unrelated words is easy to remember and hard to guess. You can "
    "also let the wizard generate a password.",
)
_EMAIL_HINT: Final = QT_TRANSLATE_NOOP(
    "EntryErrors",
    "Every employee needs his own e-mail address: the consent mail and his sign-in go there.",
)
_RANGE_HINT: Final = QT_TRANSLATE_NOOP(
    "EntryErrors",
    'Ranges with the same prefix must not share a number. "Suggest" finds the next free block.',
)

#: reason → (input, message); the message may use {min}, {max} and the caller's parameters.
_REASONS: Final[dict[str, tuple[str | None, Text]]] = {
    "name_empty": ("name", QT_TRANSLATE_NOOP("EntryErrors", "Please enter the name.")),
    "name_length": (
        "name",
        QT_TRANSLATE_NOOP("EntryErrors", "The name may have at most {max} characters."),
    ),
    "name_characters": (
        "name",
        QT_TRANSLATE_NOOP("EntryErrors", "The name must not contain control characters."),
    ),
    "email_empty": (
        "email",
        QT_TRANSLATE_NOOP("EntryErrors", "Please enter the e-mail address."),
    ),
    "email_length": (
        "email",
        QT_TRANSLATE_NOOP("EntryErrors", "The e-mail address may have at most {max} characters."),
    ),
    "email_invalid": (
        "email",
        QT_TRANSLATE_NOOP(
            "EntryErrors",
            "This is not a valid e-mail address. Please check it (example: max.muster@example.de).",
        ),
    ),
    "email_taken": (
        "email",
        QT_TRANSLATE_NOOP(
            "EntryErrors", "This e-mail address is already used by another employee."
        ),
    ),
    "email_taken_by": (
        "email",
        QT_TRANSLATE_NOOP("EntryErrors", "This e-mail address is already used by {name}."),
    ),
    "mobile_invalid": (
        "mobile",
        QT_TRANSLATE_NOOP(
            "EntryErrors",
            "This is not a phone number. Use digits, spaces and + / - ( ) only, for example "
            "+49 170 1234567.",
        ),
    ),
    "number_length": (
        "employee_number",
        QT_TRANSLATE_NOOP("EntryErrors", "The employee number may have at most 20 characters."),
    ),
    "number_characters": (
        "employee_number",
        QT_TRANSLATE_NOOP(
            "EntryErrors",
            "The employee number may only hold visible characters, no control characters.",
        ),
    ),
    "language_invalid": (
        "language",
        QT_TRANSLATE_NOOP("EntryErrors", "The language must be German (de) or English (en)."),
    ),
    "owner_invalid": (
        "is_owner",
        QT_TRANSLATE_NOOP("EntryErrors", 'The boss column must say "yes" or "no".'),
    ),
    "password_empty": (
        "password",
        QT_TRANSLATE_NOOP("EntryErrors", "Please enter a password."),
    ),
    PasswordProblem.TOO_SHORT.value: (
        "password",
        QT_TRANSLATE_NOOP(
            "EntryErrors", "The password is too short: it needs at least {min} characters."
        ),
    ),
    PasswordProblem.TOO_LONG.value: (
        "password",
        QT_TRANSLATE_NOOP(
            "EntryErrors", "The password is too long: it may have at most {max} characters."
        ),
    ),
    PasswordProblem.COMMON.value: (
        "password",
        QT_TRANSLATE_NOOP(
            "EntryErrors",
            "This password is one of the most common passwords and would be guessed at once.",
        ),
    ),
    PasswordProblem.CONTAINS_COMPANY.value: (
        "password",
        QT_TRANSLATE_NOOP("EntryErrors", "The password must not contain the company name."),
    ),
    PasswordProblem.CONTAINS_NAME.value: (
        "password",
        QT_TRANSLATE_NOOP("EntryErrors", "The password must not contain the employee's name."),
    ),
    PasswordProblem.CONTAINS_EMAIL.value: (
        "password",
        QT_TRANSLATE_NOOP(
            "EntryErrors", "The password must not contain the employee's e-mail address."
        ),
    ),
    "prefix_length": (
        "prefix",
        QT_TRANSLATE_NOOP("EntryErrors", "The prefix may have at most {max} characters."),
    ),
    "prefix_characters": (
        "prefix",
        QT_TRANSLATE_NOOP(
            "EntryErrors",
            "The prefix may only contain letters, digits and the characters - _ . / and must "
            "start with a letter or digit.",
        ),
    ),
    "number_missing": (None, QT_TRANSLATE_NOOP("EntryErrors", "Please enter a number.")),
    "number_invalid": (
        None,
        QT_TRANSLATE_NOOP("EntryErrors", "Please enter a whole number, for example 1000."),
    ),
    "number_out_of_bounds": (
        None,
        QT_TRANSLATE_NOOP("EntryErrors", "The number must lie between 1 and {max}."),
    ),
    "range_inverted": (
        "end",
        QT_TRANSLATE_NOOP(
            "EntryErrors", "The range ends before it starts: the last number is too small."
        ),
    ),
    "next_outside": (
        "next_number",
        QT_TRANSLATE_NOOP(
            "EntryErrors",
            "The next number must lie within the range (or one past its last number when it "
            "is used up).",
        ),
    ),
    "range_overlap": (
        "start",
        QT_TRANSLATE_NOOP(
            "EntryErrors",
            "This range shares numbers with another range with the same prefix ({detail}).",
        ),
    ),
    "range_overlap_office": (
        "start",
        QT_TRANSLATE_NOOP(
            "EntryErrors", "This range shares numbers with the office's range {range}."
        ),
    ),
    "range_overlap_employee": (
        "start",
        QT_TRANSLATE_NOOP(
            "EntryErrors", "This range shares numbers with the range {range} of {name}."
        ),
    ),
    "range_no_room": (
        None,
        QT_TRANSLATE_NOOP(
            "EntryErrors",
            "No free block of this size is left for this prefix. Use another prefix (for "
            "example with the next year) or a smaller block.",
        ),
    ),
    "size_invalid": (
        None,
        QT_TRANSLATE_NOOP("EntryErrors", "The size of the block must lie between 1 and {max}."),
    ),
}

_LIMITS: Final[dict[str, tuple[int, int]]] = {
    "name": (1, NAME_MAX_LENGTH),
    "email": (1, EMAIL_MAX_LENGTH),
    "password": (MIN_LENGTH, MAX_LENGTH),
    "prefix": (0, PREFIX_MAX_LENGTH),
}
_HINTS: Final[dict[str, Text]] = {
    "password": _PASSWORD_HINT,
    "email": _EMAIL_HINT,
    "start": _RANGE_HINT,
}
_FALLBACK: Final = QT_TRANSLATE_NOOP("EntryErrors", "Please check this entry.")


def is_known_reason(reason: str) -> bool:
    """Whether this module has a message of its own for ``reason``."""
    return reason in _REASONS


def field_of(reason: str) -> str | None:
    """The input a reason belongs to when the caller does not say (``None``: several)."""
    entry = _REASONS.get(reason)
    return entry[0] if entry is not None else None


def entry_message(reason: str, *, field: str | None = None, **params: str | int) -> Text:
    """The message for ``reason``, with the limits of ``field`` and ``params`` filled in."""
    entry = _REASONS.get(reason)
    message = entry[1] if entry is not None else _FALLBACK
    where = field or (entry[0] if entry is not None else None)
    low, high = _LIMITS.get(where or "", (1, NUMBER_MAX))
    if (reason.startswith("number_") and reason != "number_length") or reason == "size_invalid":
        low, high = 1, NUMBER_MAX
    return message.format(min=low, max=high, **params)


def entry_error(
    reason: str,
    *,
    field: str | None = None,
    code: str | None = None,
    technical: str = "",
    **params: str | int,
) -> UserError:
    """A :class:`UserError` for ``reason`` at ``field`` (default: the reason's own input).

    ``code`` defaults to ``reason``; variants of one reason (``email_taken_by``) keep the
    stable code of the rule (``email_taken``).
    """
    where = field or field_of(reason)
    return UserError(
        entry_message(reason, field=where, **params),
        hint=_HINTS.get(where or ""),
        code=code or reason,
        field=where,
        technical=technical or f"{where or 'entry'} rejected ({reason})",
    )
