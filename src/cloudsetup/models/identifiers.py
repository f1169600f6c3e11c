"""Rules for the names that identify a tenant and its users: cloud domain and user name.

Both are compared case-insensitively, so they are normalised to lower case once, here; the
server stores the normalised form and the client sends it.
"""

from __future__ import annotations

import re
from typing import Annotated, Final

from pydantic import AfterValidator, BeforeValidator, StringConstraints

DOMAIN_MIN_LENGTH: Final = 3
DOMAIN_MAX_LENGTH: Final = 63
USERNAME_MAX_LENGTH: Final = 64
PASSWORD_MAX_LENGTH: Final = 1024

_DOMAIN_RE: Final = re.compile(r"[a-z0-9](?:[a-z0-9-]*[a-z0-9])?")
_USERNAME_RE: Final = re.compile(r"[a-z0-9](?:[a-z0-9._@+-]*[a-z0-9])?")


class IdentifierError(ValueError):
    """A domain or user name breaks its rule; ``reason`` is a stable code for translations."""

    def __init__(self, reason: str, message: str) -> None:
        super().__init__(message)
        self.reason = reason


def normalize_identifier(value: object) -> object:
    """Strip surrounding white space and fold to lower case (strings only)."""
    if isinstance(value, str):
        return value.strip().lower()
    return value


def check_domain(value: str) -> str:
    """Return the normalised cloud domain or raise :class:`IdentifierError`."""
    domain = str(normalize_identifier(value))
    if not domain:
        raise IdentifierError("domain_empty", "the cloud domain is empty")
    if not DOMAIN_MIN_LENGTH <= len(domain) <= DOMAIN_MAX_LENGTH:
        raise IdentifierError(
            "domain_length",
            f"the cloud domain must have {DOMAIN_MIN_LENGTH} to {DOMAIN_MAX_LENGTH} characters",
        )
    if not _DOMAIN_RE.fullmatch(domain):
        raise IdentifierError(
            "domain_characters",
            "the cloud domain may only contain letters a-z, digits and inner hyphens",
        )
    return domain


def check_username(value: str) -> str:
    """Return the normalised user name or raise :class:`IdentifierError`."""
    username = str(normalize_identifier(value))
    if not username:
        raise IdentifierError("username_empty", "the user name is empty")
    if len(username) > USERNAME_MAX_LENGTH:
        raise IdentifierError(
            "username_length", f"the user name may have at most {USERNAME_MAX_LENGTH} characters"
        )
    if not _USERNAME_RE.fullmatch(username):
        raise IdentifierError(
            "username_characters",
            "the user name may only contain letters a-z, digits and . _ @ + -",
        )
    return username


Domain = Annotated[str, BeforeValidator(normalize_identifier), AfterValidator(check_domain)]
#: A password is taken exactly as typed: white space at its ends is part of it (NIST 800-63B),
#: unlike every other text field, which the models strip.
Password = Annotated[str, StringConstraints(strip_whitespace=False)]
Username = Annotated[str, BeforeValidator(normalize_identifier), AfterValidator(check_username)]


_LOOPBACK_HOSTS: Final = frozenset({"localhost", "127.0.0.1", "::1", "[::1]"})


def check_server_url(value: str) -> str:
    """Return the normalised cloud server URL (no trailing slash) or raise IdentifierError.

    Plain ``http`` is accepted only for this machine (the embedded demo cloud); anything that
    leaves the machine must use ``https`` so credentials never travel in clear text.
    """
    # Trailing slashes (and blanks between them) are cut after the scheme, so that a bare
    # "https://" lacks a host, not a scheme, and checking the result again changes nothing.
    scheme, sep, rest = value.strip().partition("://")
    rest = re.sub(r"[\s/]+\Z", "", rest)
    scheme = scheme.lower()
    if not sep or scheme not in {"http", "https"}:
        raise IdentifierError("url_scheme", "the server address must start with https://")
    # The authority ends at the first "/", "?", "#" (or "\\", which browsers read as "/"):
    # "http://evil.example#@127.0.0.1" must not pass as this computer.
    authority = re.split(r"[/?#\\]", rest, maxsplit=1)[0]
    host = authority.rsplit("@", 1)[-1]
    # An IPv6 literal keeps its brackets; otherwise the port after ":" is dropped.
    host = host.split("]", 1)[0] + "]" if host.startswith("[") else host.split(":", 1)[0]
    if not host:
        raise IdentifierError("url_host", "the server address has no host name")
    if scheme == "http" and host.lower() not in _LOOPBACK_HOSTS:
        raise IdentifierError(
            "url_insecure", "the server address must use https:// unless it is this computer"
        )
    return f"{scheme}://{rest}"


ServerUrl = Annotated[str, AfterValidator(check_server_url)]
