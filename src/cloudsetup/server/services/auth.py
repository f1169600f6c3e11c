"""Admin sessions: log in, refresh (rotating, single use), log out, and who a token belongs to."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, cast

from sqlalchemy import CursorResult, exists, select, update
from sqlalchemy.orm import Session

from cloudsetup.models import ErrorCode, LoginRequest, TokenPair, UserState
from cloudsetup.server.errors import TooManyAttemptsError, UnauthorizedError
from cloudsetup.server.runtime import Runtime
from cloudsetup.server.security import (
    AccessClaims,
    TokenError,
    account_key,
    create_access_token,
    decode_access_token,
    hash_password,
    hash_refresh_token,
    needs_rehash,
    new_refresh_token,
    verify_password,
)
from cloudsetup.server.services import throttle
from cloudsetup.server.services.accounts import is_active
from cloudsetup.server.tables import AdminUserRow, RefreshTokenRow, TenantRow, utc_now


@dataclass(frozen=True)
class SignedIn:
    """The admin user and tenant an access token stands for."""

    user: AdminUserRow
    tenant: TenantRow


def _invalid_credentials() -> UnauthorizedError:
    # One answer for unknown domain, unknown user and wrong password: nothing to enumerate.
    return UnauthorizedError(
        ErrorCode.INVALID_CREDENTIALS, "domain, user name or password is wrong"
    )


def _issue_tokens(
    runtime: Runtime, session: Session, user: AdminUserRow, family_id: str, now: datetime
) -> TokenPair:
    settings = runtime.settings
    access_lifetime = timedelta(minutes=settings.access_token_minutes)
    refresh_lifetime = timedelta(days=settings.refresh_token_days)
    refresh_token = new_refresh_token()
    session.add(
        RefreshTokenRow(
            token_hash=hash_refresh_token(refresh_token),
            family_id=family_id,
            user_id=user.id,
            created_at=now,
            expires_at=now + refresh_lifetime,
        )
    )
    access_token = create_access_token(
        AccessClaims(user_id=user.id, tenant_id=user.tenant_id, family_id=family_id),
        key=runtime.signing_key,
        lifetime=access_lifetime,
        now=now,
    )
    return TokenPair(
        access_token=access_token,
        refresh_token=refresh_token,
        expires_in=int(access_lifetime.total_seconds()),
        refresh_expires_in=int(refresh_lifetime.total_seconds()),
    )


def login(runtime: Runtime, session: Session, request: LoginRequest) -> TokenPair:
    """Check domain, user name and password and open a new session (a new token family)."""
    now = utc_now()
    key = account_key(request.domain, request.username)
    wait = throttle.seconds_locked(session, key, now)
    if wait is not None:
        raise TooManyAttemptsError(wait)
    found = session.execute(
        select(AdminUserRow, TenantRow)
        .join(TenantRow, AdminUserRow.tenant_id == TenantRow.id)
        .where(TenantRow.domain == request.domain, AdminUserRow.username == request.username)
    ).one_or_none()
    user: AdminUserRow | None = None
    tenant: TenantRow | None = None
    if found is not None and is_active(found[0]):  # invited or removed users cannot sign in
        user, tenant = found
    # Always one Argon2 verification, against a dummy hash when there is no such user.
    if not verify_password(user.password_hash if user else None, request.password):
        throttle.record_failure(session, key, runtime.settings, now)
        session.commit()
        raise _invalid_credentials()
    if user is None or tenant is None:  # pragma: no cover - verify_password said yes
        raise _invalid_credentials()
    throttle.reset(session, key)
    if needs_rehash(user.password_hash):
        user.password_hash = hash_password(request.password)
    if tenant.connected_at is None:
        tenant.connected_at = now  # the wizard's "credentials ok"
    pair = _issue_tokens(runtime, session, user, str(uuid.uuid4()), now)
    session.commit()
    return pair


def _revoke_family(session: Session, family_id: str, now: datetime) -> None:
    session.execute(
        update(RefreshTokenRow)
        .where(RefreshTokenRow.family_id == family_id, RefreshTokenRow.revoked_at.is_(None))
        .values(revoked_at=now)
    )


def refresh(runtime: Runtime, session: Session, refresh_token: str) -> TokenPair:
    """Trade a refresh token for a new pair; a token used twice ends its whole family."""
    now = utc_now()
    row = session.scalar(
        select(RefreshTokenRow).where(
            RefreshTokenRow.token_hash == hash_refresh_token(refresh_token)
        )
    )
    if row is None or row.revoked_at is not None:
        raise UnauthorizedError(ErrorCode.INVALID_TOKEN, "the refresh token is not valid")
    if row.expires_at <= now:
        raise UnauthorizedError(ErrorCode.INVALID_TOKEN, "the refresh token has expired")
    # Claim the token atomically, so two concurrent refreshes cannot both succeed.
    claimed = cast(
        "CursorResult[Any]",
        session.execute(
            update(RefreshTokenRow)
            .where(
                RefreshTokenRow.id == row.id,
                RefreshTokenRow.used_at.is_(None),
                RefreshTokenRow.revoked_at.is_(None),
            )
            .values(used_at=now)
        ),
    )
    if claimed.rowcount != 1:
        # A used token came back: it may have been stolen, so end the whole session.
        _revoke_family(session, row.family_id, now)
        session.commit()
        raise UnauthorizedError(
            ErrorCode.INVALID_TOKEN, "the refresh token was already used; the session is revoked"
        )
    user = session.get_one(AdminUserRow, row.user_id)
    if not is_active(user):  # removed meanwhile (his tokens are revoked then, but be sure)
        session.rollback()
        raise UnauthorizedError(ErrorCode.INVALID_TOKEN, "the user has been removed")
    pair = _issue_tokens(runtime, session, user, row.family_id, now)
    session.commit()
    return pair


def logout(session: Session, refresh_token: str) -> None:
    """End the session the refresh token belongs to; an unknown token is not an error."""
    family_id = session.scalar(
        select(RefreshTokenRow.family_id).where(
            RefreshTokenRow.token_hash == hash_refresh_token(refresh_token)
        )
    )
    if family_id is not None:
        _revoke_family(session, family_id, utc_now())
        session.commit()


def signed_in(runtime: Runtime, session: Session, access_token: str) -> SignedIn:
    """The user and tenant of a valid access token whose session has not been ended."""
    try:
        claims = decode_access_token(access_token, key=runtime.signing_key)
    except TokenError as exc:
        if exc.expired:
            raise UnauthorizedError(
                ErrorCode.TOKEN_EXPIRED, "the access token has expired"
            ) from exc
        raise UnauthorizedError(ErrorCode.INVALID_TOKEN, "the access token is not valid") from exc
    revoked = session.scalar(
        select(
            exists().where(
                RefreshTokenRow.family_id == claims.family_id,
                RefreshTokenRow.revoked_at.is_not(None),
            )
        )
    )
    found = session.execute(
        select(AdminUserRow, TenantRow)
        .join(TenantRow, AdminUserRow.tenant_id == TenantRow.id)
        .where(
            AdminUserRow.id == claims.user_id,
            TenantRow.id == claims.tenant_id,
            AdminUserRow.state == UserState.ACTIVE.value,
        )
    ).one_or_none()
    if revoked or found is None:
        raise UnauthorizedError(ErrorCode.INVALID_TOKEN, "the session has ended")
    user, tenant = found
    return SignedIn(user=user, tenant=tenant)
