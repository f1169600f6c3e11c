"""Password hashes (Argon2id), access tokens (JWT), refresh and device tokens (random, hashed)."""

from __future__ import annotations

import hashlib
import secrets
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import cache
from typing import Final

import jwt
from argon2 import PasswordHasher, Type
from argon2.exceptions import InvalidHashError, VerificationError

# OWASP's minimum for Argon2id (m=19 MiB, t=2, p=1): safe, and fast enough for a test suite.
ARGON2_MEMORY_KIB: Final = 19_456
ARGON2_TIME_COST: Final = 2
ARGON2_PARALLELISM: Final = 1

JWT_ALGORITHM: Final = "HS256"
ACCESS_TOKEN_TYPE: Final = "access"  # noqa: S105 - a claim value, not a secret

password_hasher: Final = PasswordHasher(
    time_cost=ARGON2_TIME_COST,
    memory_cost=ARGON2_MEMORY_KIB,
    parallelism=ARGON2_PARALLELISM,
    hash_len=32,
    salt_len=16,
    type=Type.ID,
)


def hash_password(password: str) -> str:
    return password_hasher.hash(password)


@cache
def _dummy_hash() -> str:
    return password_hasher.hash(secrets.token_urlsafe(16))


def verify_password(password_hash: str | None, password: str) -> bool:
    """Check a password; with no hash (unknown account) do the same work and say no.

    Always running one Argon2 verification keeps "unknown user" as slow as "wrong password",
    so the answer time does not tell which accounts exist.
    """
    try:
        return password_hasher.verify(password_hash or _dummy_hash(), password) and (
            password_hash is not None
        )
    except (VerificationError, InvalidHashError):
        return False


def needs_rehash(password_hash: str) -> bool:
    return password_hasher.check_needs_rehash(password_hash)


def warm_up() -> None:
    """Compute the dummy hash now, so the first log-in of an unknown account is not slower."""
    _dummy_hash()


def new_secret_key() -> str:
    return secrets.token_urlsafe(48)


class TokenError(Exception):
    """An access token was refused; ``expired`` tells the client a refresh will help."""

    def __init__(self, *, expired: bool) -> None:
        super().__init__("access token expired" if expired else "access token invalid")
        self.expired = expired


@dataclass(frozen=True)
class AccessClaims:
    user_id: int
    tenant_id: int
    family_id: str


def create_access_token(
    claims: AccessClaims, *, key: str, lifetime: timedelta, now: datetime | None = None
) -> str:
    issued = now or datetime.now(UTC)
    payload = {
        "sub": str(claims.user_id),
        "tenant": str(claims.tenant_id),
        "sid": claims.family_id,
        "typ": ACCESS_TOKEN_TYPE,
        "iat": issued,
        "exp": issued + lifetime,
        "jti": uuid.uuid4().hex,
    }
    return jwt.encode(payload, key, algorithm=JWT_ALGORITHM)


def decode_access_token(token: str, *, key: str) -> AccessClaims:
    """Return the claims of a valid access token or raise :class:`TokenError`."""
    try:
        payload = jwt.decode(
            token,
            key,
            algorithms=[JWT_ALGORITHM],
            options={"require": ["sub", "tenant", "sid", "typ", "exp", "jti"]},
        )
    except jwt.ExpiredSignatureError as exc:
        raise TokenError(expired=True) from exc
    except jwt.InvalidTokenError as exc:
        raise TokenError(expired=False) from exc
    if payload["typ"] != ACCESS_TOKEN_TYPE:
        raise TokenError(expired=False)
    try:
        return AccessClaims(
            user_id=int(payload["sub"]),
            tenant_id=int(payload["tenant"]),
            family_id=str(payload["sid"]),
        )
    except (TypeError, ValueError) as exc:
        raise TokenError(expired=False) from exc


def new_refresh_token() -> str:
    return secrets.token_urlsafe(32)


def hash_refresh_token(token: str) -> str:
    """Only this hash is stored: a leaked database does not hand out sessions."""
    return hashlib.sha256(token.encode()).hexdigest()


def account_key(domain: str, username: str) -> str:
    """The throttling key of a submitted account; hashed, so nothing typed is stored."""
    return hashlib.sha256(f"{domain}\x00{username}".encode()).hexdigest()


def device_account_key(domain: str, email_key: str) -> str:
    """The throttling key of a device sign-in (domain + folded e-mail address).

    Apart from :func:`account_key` by a prefix no user name can have, so failed device sign-ins
    never lock the admin log-in of the same words, nor the other way round.
    """
    return hashlib.sha256(f"device\x00{domain}\x00{email_key}".encode()).hexdigest()


def new_device_token() -> str:
    """256 random bits for a device; sent once, stored only as :func:`hash_device_token`."""
    return secrets.token_urlsafe(32)


def hash_device_token(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()
