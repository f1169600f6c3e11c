"""Sending mail: SMTP (plain, STARTTLS or implicit TLS, with login) or ``.eml`` files in a folder.

``MAIL_URL`` picks the way::

    smtp://user:password@mail.example.de:587?starttls=1   STARTTLS, then log in
    smtps://user:password@mail.example.de                implicit TLS (port 465)
    smtp://127.0.0.1:2525                                 plain, no log-in (a local relay)
    file:///var/lib/cloudsetup/outbox                     one .eml file per mail (demo, tests)

Optional query parameters: ``timeout`` (seconds, default 15: below the desktop client's
20-second read timeout, so a slow mail server is reported as ``mail_failed`` rather than as a
timed-out request) and ``cafile`` (a CA bundle that is trusted for the server certificate, for a
relay with a private CA).
"""

from __future__ import annotations

import os
import smtplib
import ssl
import tempfile
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.message import EmailMessage
from pathlib import Path
from typing import Protocol
from urllib.parse import parse_qs, unquote, urlsplit
from urllib.request import url2pathname

_TRUE = frozenset({"1", "true", "yes", "on"})


class MailConfigError(ValueError):
    """``MAIL_URL`` cannot be understood."""


class Mailer(Protocol):
    def send(self, message: EmailMessage) -> None:
        """Deliver one message or raise (``OSError``/``smtplib.SMTPException``)."""


@dataclass(frozen=True)
class SmtpMailer:
    host: str
    port: int
    username: str | None = None
    password: str | None = field(default=None, repr=False)
    starttls: bool = False
    implicit_tls: bool = False
    timeout: float = 15.0
    cafile: str | None = None

    def _tls_context(self) -> ssl.SSLContext:
        return ssl.create_default_context(cafile=self.cafile)

    def send(self, message: EmailMessage) -> None:
        smtp: smtplib.SMTP
        if self.implicit_tls:
            smtp = smtplib.SMTP_SSL(
                self.host, self.port, timeout=self.timeout, context=self._tls_context()
            )
        else:
            smtp = smtplib.SMTP(self.host, self.port, timeout=self.timeout)
        with smtp:
            if self.starttls:
                smtp.starttls(context=self._tls_context())
            if self.username:
                smtp.login(self.username, self.password or "")
            smtp.send_message(message)


@dataclass(frozen=True)
class FileMailer:
    """Writes each message as ``<time>-<id>.eml``; the demo's mailbox window reads them."""

    directory: Path

    def send(self, message: EmailMessage) -> None:
        self.directory.mkdir(parents=True, exist_ok=True)
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
        target = self.directory / f"{stamp}-{uuid.uuid4().hex[:8]}.eml"
        # Write under a temporary name first, so a reader never sees half a message.
        fd, temporary = tempfile.mkstemp(dir=self.directory, suffix=".part")
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(message.as_bytes())
            Path(temporary).replace(target)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise


def mailer_from_url(url: str) -> SmtpMailer | FileMailer:
    """Build the mailer that ``MAIL_URL`` describes, or raise :class:`MailConfigError`."""
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    if scheme == "file":
        if parts.netloc not in ("", "localhost"):
            raise MailConfigError("a file:// mail URL must name a local folder (file:///DIR)")
        if not parts.path:
            raise MailConfigError("the file:// mail URL has no folder")
        return FileMailer(Path(url2pathname(parts.path)))
    if scheme not in ("smtp", "smtps"):
        raise MailConfigError(f"unsupported mail URL scheme {scheme!r}; use smtp, smtps or file")
    if not parts.hostname:
        raise MailConfigError("the smtp mail URL has no host")
    query = {key.lower(): values[-1] for key, values in parse_qs(parts.query).items()}
    implicit_tls = scheme == "smtps"
    starttls = query.get("starttls", "0").lower() in _TRUE
    if implicit_tls and starttls:
        raise MailConfigError("smtps:// already uses TLS; drop starttls")
    try:
        port = parts.port or (465 if implicit_tls else 587 if starttls else 25)
        timeout = float(query.get("timeout", "15"))
    except ValueError as exc:
        raise MailConfigError(f"invalid mail URL: {exc}") from exc
    return SmtpMailer(
        host=parts.hostname,
        port=port,
        username=unquote(parts.username) if parts.username else None,
        password=unquote(parts.password) if parts.password is not None else None,
        starttls=starttls,
        implicit_tls=implicit_tls,
        timeout=timeout,
        cafile=query.get("cafile"),
    )
