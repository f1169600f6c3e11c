"""Read the demo cloud's mail outbox: the ``.eml`` files a ``file://`` mailer writes.

In ``cloudsetup demo`` no mail leaves the machine; the consent and invitation mails land in a
folder, and the demo's mailbox window lists them so their links can be clicked. This module is
the plain-Python half of that window: parse the files, newest first, and pick out the links.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Final

_LINK: Final = re.compile(r"https?://[^\s<>\"')]+")
#: How many of the newest messages are read; a demo outbox never needs more.
MAX_MESSAGES: Final = 200


@dataclass(frozen=True)
class OutboxMessage:
    """One mail as the mailbox window shows it."""

    path: Path
    subject: str
    recipients: str
    sent_at: datetime
    text: str
    links: tuple[str, ...]


def _plain_text(message: EmailMessage) -> str:
    part = message.get_body(preferencelist=("plain", "html"))
    if part is None:
        return ""
    content = part.get_content()
    return content if isinstance(content, str) else ""


def _sent_at(message: EmailMessage, path: Path) -> datetime:
    header = message.get("Date")
    if header:
        try:
            return parsedate_to_datetime(str(header))
        except (TypeError, ValueError):
            pass
    return datetime.fromtimestamp(path.stat().st_mtime, tz=UTC)


def parse_message(path: Path) -> OutboxMessage:
    """Parse one ``.eml`` file (raises ``OSError`` when it cannot be read)."""
    with path.open("rb") as handle:
        parsed = BytesParser(policy=policy.default).parse(handle)
    if not isinstance(parsed, EmailMessage):  # policy.default builds EmailMessage; be sure
        raise ValueError(f"{path.name} is not a mail")
    message = parsed
    text = _plain_text(message)
    # A sentence may end right after a link: its full stop is not part of the address.
    found = (link.rstrip(".,;:!?") for link in _LINK.findall(text))
    links = tuple(dict.fromkeys(found))  # unique, in order of appearance
    return OutboxMessage(
        path=path,
        subject=str(message.get("Subject", "")),
        recipients=str(message.get("To", "")),
        sent_at=_sent_at(message, path),
        text=text,
        links=links,
    )


def read_outbox(directory: Path, *, limit: int = MAX_MESSAGES) -> Sequence[OutboxMessage]:
    """The newest ``limit`` messages in ``directory``, newest first; unreadable files skipped.

    A folder that does not exist yet is an empty outbox (no mail has been sent).
    """
    try:
        files = sorted(directory.glob("*.eml"), key=lambda p: p.name, reverse=True)
    except OSError:
        return ()
    messages: list[OutboxMessage] = []
    for path in files[:limit]:
        try:
            messages.append(parse_message(path))
        except (OSError, ValueError):
            continue  # a file that vanished or is not a mail: the window simply skips it
    return messages
