"""Local checks of the employee dialog and the number range editor, before any network call.

They apply the rules of the models (and so of the server) and answer with a translatable message
at the input, in the order the dialog shows the inputs. The server checks everything again.
"""

from __future__ import annotations

import re
from typing import Final

from pydantic import ValidationError

from cloudsetup.models import EmployeeIn, IdentifierError, Language, NumberRangeIn, check_email
from cloudsetup.models.employees import check_employee_number, check_mobile, check_person_name
from cloudsetup.models.ranges import NUMBER_MAX, check_prefix
from cloudsetup.services.field_errors import entry_error
from cloudsetup.services.user_error import UserError

# Plain digits, or digits grouped by threes with "." or a space as people write 1.000 or 10 000.
_NUMBER: Final = re.compile(r"\d+|\d{1,3}(?:[. \u00a0\u202f]\d{3})+")
_LANGUAGES: Final[dict[str, Language]] = {
    "de": Language.DE,
    "deutsch": Language.DE,
    "german": Language.DE,
    "en": Language.EN,
    "englisch": Language.EN,
    "english": Language.EN,
}


def parse_language(value: str) -> Language:
    """``de``/``en`` (or the language's name in German or English); empty means German."""
    text = value.strip().casefold()
    if not text:
        return Language.DE
    try:
        return _LANGUAGES[text]
    except KeyError:
        raise entry_error("language_invalid", technical=f"language {value!r}") from None


def validate_employee_input(
    *,
    name: str,
    email: str,
    is_owner: bool = False,
    employee_number: str = "",
    mobile: str = "",
    language: str = "de",
) -> EmployeeIn:
    """The dialog's entries as :class:`EmployeeIn`; raises :class:`UserError` at the input."""
    checks = (
        ("name", check_person_name, name),
        ("email", check_email, email),
        ("employee_number", check_employee_number, employee_number),
        ("mobile", check_mobile, mobile),
    )
    for field, check, value in checks:
        try:
            check(value)
        except IdentifierError as exc:
            raise entry_error(exc.reason, field=field, technical=str(exc)) from None
    return EmployeeIn(
        name=name,
        email=email,
        is_owner=is_owner,
        employee_number=employee_number,
        mobile=mobile,
        language=parse_language(language),
    )


def parse_number(text: str, *, field: str) -> int:
    """A whole number from 1 to 999,999,999 as typed (``1000``, ``1.000``, ``10 000``)."""
    value = text.strip()
    if not value:
        raise entry_error("number_missing", field=field, technical=f"{field} is empty")
    if not _NUMBER.fullmatch(value):
        raise entry_error("number_invalid", field=field, technical=f"{field} {value!r}")
    number = int(re.sub(r"\D", "", value))
    if not 1 <= number <= NUMBER_MAX:
        raise entry_error("number_out_of_bounds", field=field, technical=f"{field} {number}")
    return number


def validate_range_input(
    *, prefix: str, start: str, end: str, next_number: str = ""
) -> NumberRangeIn:
    """The range editor's entries as :class:`NumberRangeIn`; raises :class:`UserError`.

    Empty ``next_number`` means "start at the first number".
    """
    try:
        clean_prefix = check_prefix(prefix)
    except IdentifierError as exc:
        raise entry_error(exc.reason, field="prefix", technical=str(exc)) from None
    first = parse_number(start, field="start")
    last = parse_number(end, field="end")
    following = parse_number(next_number, field="next_number") if next_number.strip() else None
    if last < first:
        raise entry_error("range_inverted", technical=f"{first}..{last}")
    if following is not None and not first <= following <= last + 1:
        raise entry_error("next_outside", technical=f"{following} outside {first}..{last}")
    try:
        return NumberRangeIn(prefix=clean_prefix, start=first, end=last, next_number=following)
    except ValidationError as exc:  # the checks above cover the model; this guards drift
        raise UserError(
            entry_error("number_invalid").message,
            code="validation_failed",
            technical=f"range rejected by the model: {exc.error_count()} errors",
        ) from None
