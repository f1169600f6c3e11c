"""Where the admin's refresh token is kept: the OS keyring, or memory only ("ask me every time").

There is deliberately no file-based store: when no usable keyring exists the user is told so and
may continue with a session that forgets the secret when the program ends. Keyring back-ends can
hang (a locked KWallet, a D-Bus service that never answers), so every call runs on a daemon thread
with a bounded wait and the GUI's worker is never stuck forever.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Final, Literal, Protocol, TypeVar

import keyring
import keyring.errors
from keyring.backend import KeyringBackend
from keyring.backends import chainer, fail, null

from cloudsetup.services.text import QT_TRANSLATE_NOOP, Text
from cloudsetup.services.user_error import UserError

log = logging.getLogger(__name__)

SERVICE_NAME: Final = "cloudsetup"
#: Windows' CRED_MAX_CREDENTIAL_BLOB_SIZE; the blob holds the secret as UTF-16-LE.
MAX_SECRET_BYTES: Final = 2560

Reason = Literal["no_backend", "timeout", "backend_error", "too_large"]
T = TypeVar("T")


@dataclass(frozen=True)
class SecretKey:
    """Which secret: one entry per cloud server, domain and admin user."""

    server_url: str
    domain: str
    username: str

    @property
    def keyring_username(self) -> str:
        """The keyring's "user name" for this entry, e.g. ``muster/admin@https://cloud.example.de``.

        A domain never contains ``/`` and the URL comes last, so the three parts stay apart.
        """
        server = self.server_url.strip().rstrip("/")
        return f"{self.domain.strip().lower()}/{self.username.strip().lower()}@{server}"


class SecretStore(Protocol):
    """Keeps one secret per :class:`SecretKey`; raises :class:`SecretStoreUnavailable`."""

    def get(self, key: SecretKey) -> str | None: ...

    def set(self, key: SecretKey, value: str) -> None: ...

    def delete(self, key: SecretKey) -> None: ...


_MESSAGES: Final[dict[Reason, Text]] = {
    "no_backend": QT_TRANSLATE_NOOP(
        "SecretStore",
        "This computer has no password safe (keyring) that cloudsetup can use, so the sign-in "
        "cannot be remembered.",
    ),
    "timeout": QT_TRANSLATE_NOOP(
        "SecretStore",
        "The password safe (keyring) of this computer did not answer within {seconds} seconds. "
        "It may be locked or waiting for a confirmation.",
    ),
    "backend_error": QT_TRANSLATE_NOOP(
        "SecretStore",
        "The password safe (keyring) of this computer refused to store or read the sign-in.",
    ),
    "too_large": QT_TRANSLATE_NOOP(
        "SecretStore",
        "The sign-in is too large for the password safe (keyring) of this computer.",
    ),
}

_HINT: Final = QT_TRANSLATE_NOOP(
    "SecretStore",
    'You can continue with "Ask me every time": the password is then asked at every start and '
    "nothing is written to disk.",
)


class SecretStoreUnavailable(Exception):  # noqa: N818 - reads as a state, like the contract names it
    """The keyring cannot be used; ``reason`` says why, ``technical`` is English detail."""

    def __init__(self, reason: Reason, technical: str, *, timeout: float | None = None) -> None:
        super().__init__(f"secret store unavailable ({reason}): {technical}")
        self.reason: Reason = reason
        self.technical = technical
        self.timeout = timeout

    def to_user_error(self) -> UserError:
        """What the user sees: what went wrong with the keyring and that he can go on anyway."""
        message = _MESSAGES[self.reason]
        if self.reason == "timeout":
            message = message.format(seconds=f"{self.timeout or 0:g}")
        return UserError(
            message,
            hint=_HINT,
            code="keyring_unavailable",
            technical=f"keyring {self.reason}: {self.technical}",
        )


def _is_unusable(backend: KeyringBackend) -> bool:
    """True for the back-ends keyring picks when there is no real one (they store nothing)."""
    if isinstance(backend, fail.Keyring | null.Keyring):
        return True
    # A chainer without members silently drops every secret it is given.
    return isinstance(backend, chainer.ChainerBackend) and not chainer.ChainerBackend.backends


def _redact(text: str, secret: str | None) -> str:
    return text.replace(secret, "***") if secret else text


class KeyringSecretStore:
    """A :class:`SecretStore` on the ``keyring`` package (service name ``cloudsetup``).

    ``backend`` pins a keyring back-end (tests); by default keyring's active one is used, looked
    up on the worker thread because finding it may itself talk to D-Bus. ``max_bytes`` is the
    largest secret (as UTF-16-LE) the store accepts: Windows' limit on every platform, so a
    sign-in that works here also works there; tests lower it to meet the limit with a real token.
    """

    def __init__(
        self,
        *,
        timeout: float = 5.0,
        backend: KeyringBackend | None = None,
        max_bytes: int = MAX_SECRET_BYTES,
    ) -> None:
        self._timeout = timeout
        self._backend = backend
        self._max_bytes = max_bytes

    def get(self, key: SecretKey) -> str | None:
        return self._run("get", lambda b: b.get_password(SERVICE_NAME, key.keyring_username))

    def set(self, key: SecretKey, value: str) -> None:
        size = len(value.encode("utf-16-le"))
        if size > self._max_bytes:
            raise SecretStoreUnavailable(
                "too_large", f"{size} bytes as UTF-16-LE, the limit is {self._max_bytes}"
            )

        def store(backend: KeyringBackend) -> None:
            backend.set_password(SERVICE_NAME, key.keyring_username, value)
            # Read it back: some back-ends accept a secret and keep nothing.
            if backend.get_password(SERVICE_NAME, key.keyring_username) != value:
                raise keyring.errors.PasswordSetError("the keyring did not keep the value")

        self._run("set", store, secret=value)

    def delete(self, key: SecretKey) -> None:
        def remove(backend: KeyringBackend) -> None:
            try:
                backend.delete_password(SERVICE_NAME, key.keyring_username)
            except keyring.errors.PasswordDeleteError:
                # Most back-ends raise this for "no such entry": deleting nothing is fine.
                if backend.get_password(SERVICE_NAME, key.keyring_username) is not None:
                    raise

        self._run("delete", remove)

    def _run(
        self, operation: str, call: Callable[[KeyringBackend], T], *, secret: str | None = None
    ) -> T:
        """Run ``call`` with the back-end on a daemon thread and wait at most ``timeout``."""
        done = threading.Event()
        # One-element lists filled by the worker thread: a result, an error, or an unusable backend.
        results: list[T] = []
        errors: list[Exception] = []
        unusable: list[str] = []

        def work() -> None:
            try:
                backend = self._backend if self._backend is not None else keyring.get_keyring()
                if _is_unusable(backend):
                    unusable.append(f"{type(backend).__module__}.{type(backend).__name__}")
                else:
                    results.append(call(backend))
            except Exception as exc:  # every back-end failure is reported below
                errors.append(exc)
            finally:
                done.set()

        # A daemon thread, so a back-end that never returns cannot keep the program alive.
        threading.Thread(target=work, name=f"keyring-{operation}", daemon=True).start()
        if not done.wait(self._timeout):
            log.warning("keyring %s did not return within %.1f s", operation, self._timeout)
            raise SecretStoreUnavailable(
                "timeout",
                f"{operation} did not return within {self._timeout:g} s",
                timeout=self._timeout,
            )
        if unusable:
            raise SecretStoreUnavailable("no_backend", f"the active backend is {unusable[0]}")
        if errors:
            error = errors[0]
            detail = _redact(f"{type(error).__name__}: {error}", secret)
            if isinstance(error, keyring.errors.NoKeyringError):
                raise SecretStoreUnavailable("no_backend", detail) from None
            log.warning("keyring %s failed: %s", operation, detail)
            # "from None": the original exception may carry the secret in its arguments.
            raise SecretStoreUnavailable("backend_error", f"{operation}: {detail}") from None
        if not results:  # the thread ended by a BaseException, e.g. SystemExit
            raise SecretStoreUnavailable("backend_error", f"{operation}: the call did not finish")
        return results[0]


class SessionSecretStore:
    """Keeps secrets in memory only, for "ask me every time"; they end with the program."""

    def __init__(self) -> None:
        self._values: dict[str, str] = {}  # by keyring_username, so case does not matter
        self._lock = threading.Lock()

    def get(self, key: SecretKey) -> str | None:
        with self._lock:
            return self._values.get(key.keyring_username)

    def set(self, key: SecretKey, value: str) -> None:
        with self._lock:
            self._values[key.keyring_username] = value

    def delete(self, key: SecretKey) -> None:
        with self._lock:
            self._values.pop(key.keyring_username, None)
