"""Throttling of failed log-ins per submitted account, kept in the database.

The key is the submitted domain + user name, whether that account exists or not, so a lock
tells nothing about which accounts exist. Because the state lives in the database, every worker
and instance of the service sees the same counts.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import delete, or_, select, update
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from cloudsetup.server.config import ServerSettings
from cloudsetup.server.tables import LoginFailureRow


def seconds_locked(session: Session, key: str, now: datetime) -> float | None:
    """Seconds until the account may try again, or ``None`` when it is not locked."""
    locked_until = session.scalar(
        select(LoginFailureRow.locked_until).where(LoginFailureRow.account_key == key)
    )
    if locked_until is None or locked_until <= now:
        return None
    return (locked_until - now).total_seconds()


def _ensure_row(session: Session, key: str, now: datetime) -> None:
    """Create the account's row unless it exists; racing workers do not collide."""
    insert = postgresql_insert if session.get_bind().dialect.name == "postgresql" else sqlite_insert
    session.execute(
        insert(LoginFailureRow)
        .values(account_key=key, failures=0, last_failure_at=now)
        .on_conflict_do_nothing(index_elements=[LoginFailureRow.account_key])
    )


def record_failure(session: Session, key: str, settings: ServerSettings, now: datetime) -> None:
    """Count one failed log-in; at the limit lock the account, longer with each further failure."""
    window_start = now - timedelta(minutes=settings.login_failure_window_minutes)
    # Forget a streak that is older than the window, unless the account is still locked.
    session.execute(
        update(LoginFailureRow)
        .where(
            LoginFailureRow.account_key == key,
            LoginFailureRow.last_failure_at < window_start,
            or_(LoginFailureRow.locked_until.is_(None), LoginFailureRow.locked_until <= now),
        )
        .values(failures=0, locked_until=None)
    )
    _ensure_row(session, key, now)
    # Incrementing in SQL keeps concurrent failures (other workers) from being lost.
    session.execute(
        update(LoginFailureRow)
        .where(LoginFailureRow.account_key == key)
        .values(failures=LoginFailureRow.failures + 1, last_failure_at=now)
    )
    failures = session.scalar(
        select(LoginFailureRow.failures).where(LoginFailureRow.account_key == key)
    )
    if failures is not None and failures >= settings.login_max_failures:
        excess = failures - settings.login_max_failures
        lock = min(
            settings.login_lock_seconds * 2 ** min(excess, 30), settings.login_lock_max_seconds
        )
        session.execute(
            update(LoginFailureRow)
            .where(LoginFailureRow.account_key == key)
            .values(locked_until=now + timedelta(seconds=lock))
        )


def reset(session: Session, key: str) -> None:
    """A successful log-in forgets the account's failures."""
    session.execute(delete(LoginFailureRow).where(LoginFailureRow.account_key == key))
