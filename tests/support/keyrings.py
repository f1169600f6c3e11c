"""Keyring back-ends for the tests: one that works in memory, one that fails, one that hangs.

Their ``priority`` raises, so keyring never picks one of them on its own for another test: they
are only used where a test passes them in or sets them with ``keyring.set_keyring``.
"""

from __future__ import annotations

import threading

from keyring.backend import KeyringBackend
from keyring.backends import fail, null
from keyring.compat import properties
from keyring.errors import KeyringLocked, NoKeyringError, PasswordDeleteError


def fail_keyring() -> KeyringBackend:
    """keyring's own back-end for "no keyring installed": raises NoKeyringError on every call."""
    return fail.Keyring()


def null_keyring() -> KeyringBackend:
    """keyring's own back-end that stores nothing and finds nothing."""
    return null.Keyring()


class _TestBackend(KeyringBackend):
    def __init__(self) -> None:
        super().__init__()

    @properties.classproperty
    def priority(cls) -> float:  # noqa: N805 - a class property
        raise RuntimeError("test back-end, only used when passed in explicitly")


class MemoryKeyring(_TestBackend):
    """A working keyring that keeps its entries in a dict."""

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.entries.pop((service, username), None) is None:
            raise PasswordDeleteError("Password not found")


class ForgetfulKeyring(MemoryKeyring):
    """Accepts every secret and keeps none, like a chain of back-ends that all declined."""

    def set_password(self, service: str, username: str, password: str) -> None:
        return None


class LockedKeyring(_TestBackend):
    """Every call fails the way a locked KWallet does; the error text repeats what it was given."""

    def get_password(self, service: str, username: str) -> str | None:
        raise KeyringLocked("Failed to unlock the keyring!")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise KeyringLocked(f"cannot store {password!r} for {username}: locked")

    def delete_password(self, service: str, username: str) -> None:
        raise KeyringLocked("Failed to unlock the keyring!")


class BrokenKeyring(_TestBackend):
    """Fails with an error that is not a KeyringError, as a D-Bus binding might."""

    def get_password(self, service: str, username: str) -> str | None:
        raise OSError("org.freedesktop.DBus.Error.ServiceUnknown")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise OSError("org.freedesktop.DBus.Error.ServiceUnknown")

    def delete_password(self, service: str, username: str) -> None:
        raise OSError("org.freedesktop.DBus.Error.ServiceUnknown")


class HangingKeyring(_TestBackend):
    """Never answers until ``release`` is set, like a keyring waiting for an unlock dialog."""

    def __init__(self) -> None:
        super().__init__()
        self.release = threading.Event()

    def get_password(self, service: str, username: str) -> str | None:
        self.release.wait()
        return None

    def set_password(self, service: str, username: str, password: str) -> None:
        self.release.wait()

    def delete_password(self, service: str, username: str) -> None:
        self.release.wait()


class MissingKeyring(_TestBackend):
    """Raises NoKeyringError on every call, as keyring's chainer does when nothing is installed."""

    def get_password(self, service: str, username: str) -> str | None:
        raise NoKeyringError("No recommended backend was available.")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise NoKeyringError("No recommended backend was available.")

    def delete_password(self, service: str, username: str) -> None:
        raise NoKeyringError("No recommended backend was available.")
