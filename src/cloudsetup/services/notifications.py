"""The notification recipients ("Benachrichtigungsempfänger"): one e-mail address per line.

The editor's text is checked here with the cloud's own rule
(:func:`~cloudsetup.models.parse_recipient_lines`) before anything is sent, so a bad line is
named by its number at the editor; nothing is sent while one is bad. An address given twice is
dropped (and the lines it was dropped from are named), and removing one's own address is said:
the seed's way to stop one's own mails ("Entfernen Sie Ihre E-Mail-Adresse, um keine
Benachrichtigungen mehr … zu erhalten").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

from cloudsetup.cloud.errors import CloudError, ValidationFailed
from cloudsetup.models import (
    IdentifierError,
    NotificationRecipients,
    NotificationRecipientsIn,
    check_email,
    email_key,
    parse_recipient_lines,
)
from cloudsetup.models.notifications import MAX_LINES, MAX_RECIPIENTS
from cloudsetup.services.errors import user_error_from
from cloudsetup.services.setup import SetupService
from cloudsetup.services.text import QT_TRANSLATE_NOOP, Text
from cloudsetup.services.user_error import UserError

_LINE_MESSAGES: Final[dict[str, Text]] = {
    "email_invalid": QT_TRANSLATE_NOOP(
        "RecipientErrors", "Line {line}: this is not a valid e-mail address."
    ),
    "email_length": QT_TRANSLATE_NOOP(
        "RecipientErrors", "Line {line}: the address is too long (at most 254 characters)."
    ),
    "too_many_recipients": QT_TRANSLATE_NOOP(
        "RecipientErrors", "Line {line}: at most {max} addresses; this is one more."
    ),
    "too_many_lines": QT_TRANSLATE_NOOP(
        "RecipientErrors", "Only the first {lines} lines are read; remove the rest."
    ),
}
_OTHER_LINE = QT_TRANSLATE_NOOP("RecipientErrors", "Line {line}: please check this address.")


@dataclass(frozen=True)
class RecipientLine:
    """A bad line of the editor: its number (from 1, blank lines counted) and why."""

    line: int
    code: str
    message: Text


def _line_message(line: int, code: str) -> Text:
    message = _LINE_MESSAGES.get(code, _OTHER_LINE)
    return message.format(line=line, max=MAX_RECIPIENTS, lines=MAX_LINES)


class BadRecipientLinesError(UserError):
    """Bad lines, found here or by the cloud; :attr:`problems` names each (``field`` is
    ``lines``)."""

    def __init__(self, problems: Sequence[RecipientLine], *, technical: str) -> None:
        numbers = ", ".join(str(problem.line) for problem in problems)
        if len(problems) == 1:
            message = problems[0].message
        else:
            message = QT_TRANSLATE_NOOP(
                "RecipientErrors", "These lines are not valid e-mail addresses: {lines}."
            ).format(lines=numbers)
        super().__init__(
            message,
            hint=QT_TRANSLATE_NOOP(
                "RecipientErrors",
                "Correct or delete these lines: one e-mail address per line. Nothing was saved.",
            ),
            code="recipient_lines",
            field="lines",
            technical=technical,
        )
        self.problems = tuple(problems)


@dataclass(frozen=True)
class RecipientsState:
    """What the cloud holds, and the signed-in user's own address."""

    recipients: NotificationRecipients
    own_email: str

    @property
    def text(self) -> str:
        """The stored addresses as the editor shows them, one a line."""
        return "\n".join(self.recipients.addresses)

    @property
    def own_gets_mail(self) -> bool:
        key = email_key(self.own_email)
        return any(email_key(address) == key for address in self.recipients.effective)


@dataclass(frozen=True)
class RecipientCheck:
    """The editor's text checked locally: what would be stored, and what is worth saying."""

    addresses: tuple[str, ...]
    problems: tuple[RecipientLine, ...]
    duplicate_lines: tuple[int, ...]  # lines dropped because the address came before
    own_address_removed: bool  # he gets the mails now and would not any more

    @property
    def ok(self) -> bool:
        return not self.problems


@dataclass(frozen=True)
class SavedRecipients:
    """The cloud's answer to "Speichern", with what the check said about the text."""

    state: RecipientsState
    check: RecipientCheck


def _duplicate_lines(rows: Sequence[str]) -> tuple[int, ...]:
    """Lines whose address an earlier line has already (in any letter case)."""
    seen: set[str] = set()
    duplicates: list[int] = []
    for number, row in enumerate(rows[:MAX_LINES], start=1):
        if not row.strip():
            continue
        try:
            key = email_key(check_email(row))
        except IdentifierError:
            continue
        if key in seen:
            duplicates.append(number)
        seen.add(key)
    return tuple(duplicates)


class NotificationService:
    """Reads and replaces the tenant's notification recipients."""

    def __init__(self, setup: SetupService) -> None:
        self._setup = setup

    def load(self) -> RecipientsState:
        """The recipients as the cloud holds them, and who gets the mails now."""
        try:
            recipients = self._setup.client.get_notification_recipients()
            connection = self._setup.connection
            own = connection.user.email if connection is not None else ""
            if not own:
                own = self._setup.client.get_me().email
        except CloudError as exc:
            raise user_error_from(exc) from exc
        return RecipientsState(recipients, own)

    @staticmethod
    def check(text: str, current: RecipientsState | None = None) -> RecipientCheck:
        """The text checked with the cloud's rule; no network call, fit for every key press."""
        rows = text.splitlines()
        addresses, problems = parse_recipient_lines(rows)
        removed = False
        if current is not None and addresses and current.own_gets_mail:
            own = email_key(current.own_email)
            removed = all(email_key(address) != own for address in addresses)
        return RecipientCheck(
            addresses=tuple(addresses),
            problems=tuple(
                RecipientLine(p.line, p.code, _line_message(p.line, p.code)) for p in problems
            ),
            duplicate_lines=_duplicate_lines(rows),
            own_address_removed=removed,
        )

    def save(self, text: str, current: RecipientsState | None = None) -> SavedRecipients:
        """Replace the recipients by the addresses in ``text``.

        Bad lines raise :class:`BadRecipientLinesError` before anything is sent. An empty text
        removes every recipient: the Administration users get the mails again.
        """
        check = self.check(text, current)
        if not check.ok:
            raise BadRecipientLinesError(
                check.problems,
                technical="recipient lines refused locally: "
                + ", ".join(f"{p.line}:{p.code}" for p in check.problems),
            )
        # The text as typed, so a line the cloud refuses has the number the editor shows.
        body = NotificationRecipientsIn(lines=text)
        try:
            stored = self._setup.client.set_notification_recipients(body)
        except ValidationFailed as exc:
            raise self._refused_lines(exc) from exc
        except CloudError as exc:
            raise user_error_from(exc) from exc
        own = current.own_email if current is not None else self._own_email()
        return SavedRecipients(RecipientsState(stored, own), check)

    def _own_email(self) -> str:
        connection = self._setup.connection
        return connection.user.email if connection is not None else ""

    @staticmethod
    def _refused_lines(exc: ValidationFailed) -> UserError:
        """The cloud's 422 (``lines.3`` …) as the same message the local check gives."""
        problems: list[RecipientLine] = []
        for error in exc.fields:
            _prefix, _dot, number = error.field.rpartition(".")
            if number.isdigit():
                line = int(number)
                problems.append(RecipientLine(line, error.code, _line_message(line, error.code)))
        if not problems:
            return user_error_from(exc)
        technical = f"{type(exc).__name__}: HTTP {exc.status_code} {exc.code}: {exc.detail}"
        return BadRecipientLinesError(problems, technical=technical)
