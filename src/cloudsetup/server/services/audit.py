"""The tenant's audit log: one function records an entry, one reads a page of them.

:func:`record` adds the entry to the caller's session; it is written with the caller's commit,
so an entry exists exactly when the change it describes does. Call it after the checks and
before the commit of the change::

    audit.record(session, tenant_id, AuditAction.DEVICE_APPROVED, actor=admin.user,
                 target=f"{employee.name}: {device.name}", detail="replaces …")

``actor`` is the admin user who acted (``None`` for the operator's command line); his name and
role are copied into the entry, so it still reads the same after he is renamed or removed.
Texts longer than the columns are cut.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from cloudsetup.models import AuditAction, AuditEntry, AuditPage, Role
from cloudsetup.server.services.accounts import label
from cloudsetup.server.tables import AdminUserRow, AuditLogRow, utc_now

#: The actor of entries made by ``cloudsetup-server`` commands.
SERVER_ACTOR = "cloudsetup-server"
_ACTOR_MAX, _TARGET_MAX, _DETAIL_MAX = 120, 200, 500


def _cut(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def record(
    session: Session,
    tenant_id: int,
    action: AuditAction,
    *,
    actor: AdminUserRow | None,
    target: str = "",
    detail: str = "",
    at: datetime | None = None,
) -> None:
    """Add one entry to the caller's transaction (written by the caller's commit)."""
    session.add(
        AuditLogRow(
            tenant_id=tenant_id,
            at=at or utc_now(),
            actor_user_id=actor.id if actor is not None else None,
            actor=_cut(label(actor) if actor is not None else SERVER_ACTOR, _ACTOR_MAX),
            actor_role=Role(actor.role).value if actor is not None else None,
            action=action.value,
            target=_cut(target, _TARGET_MAX),
            detail=_cut(detail, _DETAIL_MAX),
        )
    )


def read_page(session: Session, tenant_id: int, *, limit: int, before: int | None) -> AuditPage:
    """Up to ``limit`` entries older than entry ``before`` (all when none), newest first."""
    query = select(AuditLogRow).where(AuditLogRow.tenant_id == tenant_id)
    if before is not None:
        query = query.where(AuditLogRow.id < before)
    rows = session.scalars(query.order_by(AuditLogRow.id.desc()).limit(limit + 1)).all()
    entries = [
        AuditEntry(
            id=row.id,
            at=row.at,
            actor=row.actor,
            actor_role=Role(row.actor_role) if row.actor_role else None,
            action=row.action,
            target=row.target,
            detail=row.detail,
        )
        for row in rows[:limit]
    ]
    more = len(rows) > limit
    return AuditPage(entries=entries, next_before=entries[-1].id if more and entries else None)


def last_time(session: Session, tenant_id: int, action: AuditAction) -> datetime | None:
    """When ``action`` was last recorded for the tenant."""
    return session.scalar(
        select(AuditLogRow.at)
        .where(AuditLogRow.tenant_id == tenant_id, AuditLogRow.action == action.value)
        .order_by(AuditLogRow.id.desc())
        .limit(1)
    )
