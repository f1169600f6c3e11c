"""The tenant's notification recipients: who gets the cloud's mails (new devices, fills).

People type them one address per line (seed 003: "Fügen Sie jede weitere E-Mail-Adresse in eine
neue Zeile ein"). :func:`parse_recipient_lines` is the one rule, for the GUI's editor and the
server alike: every non-blank line must be one e-mail address (:func:`check_email`); a bad line
is named by its number, counted from 1 over all lines as typed (blank ones included, so the
number is the one the editor shows); an address given twice in any letter case counts once.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Annotated, Final

from pydantic import ConfigDict, Field, StringConstraints, model_validator

from cloudsetup.models.common import ApiModel
from cloudsetup.models.emails import check_email, email_key
from cloudsetup.models.identifiers import IdentifierError

#: Addresses a tenant may have; more is a typo or a mailing list that belongs elsewhere.
MAX_RECIPIENTS: Final = 50
#: Lines looked at, blank ones included; the rest is one problem, not thousands.
MAX_LINES: Final = 500
TOO_MANY_RECIPIENTS: Final = "too_many_recipients"
TOO_MANY_LINES: Final = "too_many_lines"
# Bounds on what is parsed at all; anything longer is not an address list somebody typed.
_LINE_MAX_CHARS: Final = 1000
_Line = Annotated[str, StringConstraints(max_length=_LINE_MAX_CHARS)]
_Text = Annotated[str, StringConstraints(max_length=MAX_LINES * _LINE_MAX_CHARS)]


@dataclass(frozen=True)
class RecipientProblem:
    """One bad line: its number (1-based), the rule's code (``email_invalid``, …) and why."""

    line: int
    code: str
    detail: str

    @property
    def field(self) -> str:
        """The field name the API's 422 uses for it: ``lines.3``."""
        return f"lines.{self.line}"


class RecipientLinesError(ValueError):
    """Raised by :class:`NotificationRecipientsIn` with every bad line at once."""

    def __init__(self, problems: Sequence[RecipientProblem]) -> None:
        named = ", ".join(f"line {problem.line}: {problem.code}" for problem in problems)
        super().__init__(f"recipient_lines: {named}")
        self.problems = tuple(problems)


def parse_recipient_lines(lines: str | Sequence[str]) -> tuple[list[str], list[RecipientProblem]]:
    """(the normalised addresses without duplicates, in order; the problems by line).

    ``lines`` is the editor's text or a list with one entry per line.
    """
    rows = lines.splitlines() if isinstance(lines, str) else list(lines)
    problems: list[RecipientProblem] = []
    if len(rows) > MAX_LINES:
        problems.append(
            RecipientProblem(MAX_LINES + 1, TOO_MANY_LINES, f"at most {MAX_LINES} lines are read")
        )
        rows = rows[:MAX_LINES]
    addresses: list[str] = []
    seen: set[str] = set()
    for number, row in enumerate(rows, start=1):
        if not row.strip():
            continue
        try:
            address = check_email(row)
        except IdentifierError as exc:
            problems.append(RecipientProblem(number, exc.reason, str(exc)))
            continue
        if email_key(address) in seen:
            continue
        if len(addresses) == MAX_RECIPIENTS:
            detail = f"at most {MAX_RECIPIENTS} addresses; this is one more"
            problems.append(RecipientProblem(number, TOO_MANY_RECIPIENTS, detail))
            continue
        seen.add(email_key(address))
        addresses.append(address)
    return addresses, problems


class NotificationRecipientsIn(ApiModel):
    """Body of ``PUT /notifications/recipients``: the editor's text, or one address a line.

    An empty list (or text) removes every recipient: the Administration users get the mails.
    """

    # Not stripped: leading blank lines count for the line numbers people see.
    model_config = ConfigDict(str_strip_whitespace=False)

    lines: _Text | list[_Line] = Field(
        description="one e-mail address per line (a text with line breaks, or a list)"
    )

    @model_validator(mode="after")
    def _every_line_is_an_address(self) -> NotificationRecipientsIn:
        _addresses, problems = parse_recipient_lines(self.lines)
        if problems:
            raise RecipientLinesError(problems)
        return self

    @property
    def addresses(self) -> list[str]:
        """The addresses to store: normalised, each once, in the order typed."""
        return parse_recipient_lines(self.lines)[0]


class NotificationRecipients(ApiModel):
    """``GET/PUT /notifications/recipients``: the stored list and who gets mails now."""

    addresses: list[str] = Field(description="the tenant's recipients, in order; may be empty")
    effective: list[str] = Field(
        description="who the notifications go to now: the recipients, or while there are "
        "none, the active Administration users"
    )
    updated_at: datetime | None = None
