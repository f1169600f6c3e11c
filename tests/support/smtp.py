"""A real SMTP server (aiosmtpd) on 127.0.0.1 that keeps every message it receives.

The server runs in aiosmtpd's own thread with its own event loop; the tests read what arrived
through :meth:`SmtpServer.wait_for`, which waits with a deadline instead of sleeping. The server
can be stopped and started again on the same port, to test what happens while mail is down.
"""

from __future__ import annotations

import email
import email.policy
import socket
import threading
import time
from dataclasses import dataclass
from email.message import EmailMessage
from types import TracebackType
from typing import Any, Final, Self

from aiosmtpd.controller import Controller

LOOPBACK: Final = "127.0.0.1"
START_TIMEOUT_SECONDS: Final = 30.0
DEFAULT_WAIT_SECONDS: Final = 15.0
# Another process may take the free port between our probe and aiosmtpd's bind.
START_ATTEMPTS: Final = 3
_OK: Final = "250 Message accepted for delivery"


@dataclass(frozen=True)
class ReceivedMail:
    """One delivered message: the envelope (``MAIL FROM``/``RCPT TO``) and the parsed mail."""

    mail_from: str
    rcpt_tos: tuple[str, ...]
    message: EmailMessage


class _KeepingHandler:
    """aiosmtpd handler: parse each message and hand it to the owning :class:`SmtpServer`."""

    def __init__(self, owner: SmtpServer) -> None:
        self._owner = owner

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:  # noqa: N802
        content = envelope.original_content or envelope.content
        raw = content if isinstance(content, bytes) else str(content).encode()
        message = email.message_from_bytes(raw, policy=email.policy.default)
        assert isinstance(message, EmailMessage)  # guaranteed by policy.default
        self._owner._received(
            ReceivedMail(
                mail_from=str(envelope.mail_from),
                rcpt_tos=tuple(str(to) for to in envelope.rcpt_tos),
                message=message,
            )
        )
        return _OK


class SmtpServer:
    """aiosmtpd on a free loopback port; a context manager that starts and stops it."""

    def __init__(self) -> None:
        self._condition = threading.Condition()
        self._messages: list[ReceivedMail] = []
        self._controller: Controller | None = None
        self._port = 0

    @property
    def port(self) -> int:
        if not self._port:
            raise RuntimeError("the SMTP server has not been started")
        return self._port

    @property
    def url(self) -> str:
        """The ``MAIL_URL`` for the cloud service, e.g. ``smtp://127.0.0.1:40123``."""
        return f"smtp://{LOOPBACK}:{self.port}"

    @property
    def running(self) -> bool:
        return self._controller is not None

    @property
    def messages(self) -> list[ReceivedMail]:
        """A snapshot of everything received so far, oldest first."""
        with self._condition:
            return list(self._messages)

    def clear(self) -> None:
        """Forget the messages received so far."""
        with self._condition:
            self._messages.clear()

    def _received(self, mail: ReceivedMail) -> None:
        with self._condition:
            self._messages.append(mail)
            self._condition.notify_all()

    def start(self) -> None:
        """Listen (again) on 127.0.0.1; a restart keeps the port, so ``url`` stays valid."""
        if self._controller is not None:
            raise RuntimeError("the SMTP server is already running")
        attempts = 1 if self._port else START_ATTEMPTS
        failure: OSError | None = None
        for _ in range(attempts):
            port = self._port or _free_port()
            try:
                # aiosmtpd reports a failed bind only after its whole ready timeout.
                _probe(port)
            except OSError as exc:
                failure = exc
                continue
            controller = Controller(
                _KeepingHandler(self),
                hostname=LOOPBACK,
                port=port,
                ready_timeout=START_TIMEOUT_SECONDS,
            )
            try:
                controller.start()
            except OSError as exc:
                failure = exc
                controller.stop(no_assert=True)
                controller.loop.close()  # its thread ended before it could close it
                continue
            self._controller, self._port = controller, port
            return
        assert failure is not None
        raise failure

    def stop(self) -> None:
        """Stop listening (connections are refused from now on); the messages stay."""
        controller, self._controller = self._controller, None
        if controller is not None:
            controller.stop()

    def wait_for(self, count: int, timeout: float = DEFAULT_WAIT_SECONDS) -> list[ReceivedMail]:
        """Wait until at least ``count`` messages have arrived and return them all.

        Raises :class:`TimeoutError` (with what did arrive) when they do not within ``timeout``.
        """
        deadline = time.monotonic() + timeout
        with self._condition:
            while len(self._messages) < count:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    arrived = [mail.message["Subject"] for mail in self._messages]
                    raise TimeoutError(
                        f"expected {count} mail(s) within {timeout} s, got {len(arrived)}: "
                        f"{arrived}"
                    )
                # A short slice, so the deadline holds even without a notification.
                self._condition.wait(min(remaining, 0.1))
            return list(self._messages)

    def __enter__(self) -> Self:
        self.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.stop()


def _probe(port: int) -> None:
    """Raise ``OSError`` when ``port`` cannot be bound the way asyncio binds it."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        probe.bind((LOOPBACK, port))


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind((LOOPBACK, 0))
        port: int = probe.getsockname()[1]
        return port
