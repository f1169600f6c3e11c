"""Admin users of a tenant: the list, role changes, removal, and the last-administrator rule.

Rule: a tenant never has zero active Administration users. Demoting or removing one is checked
under the tenant's write lock (:func:`~cloudsetup.server.services.locking.lock_tenant`) against
the users as they are then, so of two concurrent demotions of the last two administrators one
succeeds and the other is refused with 409 ``last_administrator``. A removed user is kept as
*revoked* (the audit log and his device decisions still name him); his sessions end at once.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from cloudsetup.models import AdminUser, AuditAction, ErrorCode, Role, UserState
from cloudsetup.models.users import LAST_ADMINISTRATOR, USER_REVOKED
from cloudsetup.server.errors import ApiError, UnauthorizedError
from cloudsetup.server.services import audit, roles
from cloudsetup.server.services.accounts import (
    is_active,
    is_active_administrator,
    label,
    state_of,
    username_of,
)
from cloudsetup.server.services.auth import SignedIn
from cloudsetup.server.services.locking import lock_tenant
from cloudsetup.server.tables import (
    AdminUserRow,
    InvitationRow,
    RefreshTokenRow,
    TenantRow,
    utc_now,
)

# Active users first, then the invited, then the removed; by name within each.
_STATE_ORDER = {UserState.ACTIVE: 0, UserState.INVITED: 1, UserState.REVOKED: 2}


def not_found() -> ApiError:
    # Another tenant's user gets the same answer: ids of other tenants are not confirmed.
    return ApiError(404, ErrorCode.NOT_FOUND, "there is no such user")


def user_view(row: AdminUserRow, tenant: TenantRow, names: dict[int, str]) -> AdminUser:
    """The user as the API shows him; ``names`` maps user ids to labels (for ``invited_by``)."""
    return AdminUser(
        id=row.id,
        username=username_of(row),
        email=row.email,
        display_name=row.display_name,
        role=row.role,
        state=state_of(row),
        is_partner=row.id == tenant.partner_user_id,
        invited_by=names.get(row.invited_by) if row.invited_by is not None else None,
        created_at=row.created_at,
        accepted_at=row.accepted_at,
        revoked_at=row.revoked_at,
    )


def _rows(session: Session, tenant_id: int) -> list[AdminUserRow]:
    return list(session.scalars(select(AdminUserRow).where(AdminUserRow.tenant_id == tenant_id)))


def _names(rows: Iterable[AdminUserRow]) -> dict[int, str]:
    return {row.id: label(row) for row in rows}


def list_users(session: Session, tenant: TenantRow) -> list[AdminUser]:
    rows = _rows(session, tenant.id)
    rows.sort(key=lambda row: (_STATE_ORDER[state_of(row)], label(row).casefold(), row.id))
    names = _names(rows)
    return [user_view(row, tenant, names) for row in rows]


def view_of(session: Session, tenant: TenantRow, row: AdminUserRow) -> AdminUser:
    return user_view(row, tenant, _names(_rows(session, tenant.id)))


def get_user_row(session: Session, tenant_id: int, user_id: int) -> AdminUserRow:
    row = session.scalar(
        select(AdminUserRow).where(AdminUserRow.id == user_id, AdminUserRow.tenant_id == tenant_id)
    )
    if row is None:
        raise not_found()
    return row


def fresh_user(session: Session, tenant_id: int, user_id: int) -> AdminUserRow:
    """The user as the database holds him now (rows this session read earlier are reloaded)."""
    row = session.scalar(
        select(AdminUserRow)
        .where(AdminUserRow.id == user_id, AdminUserRow.tenant_id == tenant_id)
        .execution_options(populate_existing=True)
    )
    if row is None:
        raise not_found()
    return row


def lock_actor(session: Session, admin: SignedIn) -> AdminUserRow:
    """Take the tenant's write lock; the acting user as he is now (still active)."""
    lock_tenant(session, admin.tenant.id)
    actor = fresh_user(session, admin.tenant.id, admin.user.id)
    if not is_active(actor):
        raise UnauthorizedError(ErrorCode.INVALID_TOKEN, "the session has ended")
    return actor


def _keep_an_administrator(session: Session, tenant_id: int, target: AdminUserRow) -> None:
    """Refuse to take ``target`` away when he is the last active Administration user."""
    if not is_active_administrator(target):
        return
    others = session.scalar(
        select(func.count())
        .select_from(AdminUserRow)
        .where(
            AdminUserRow.tenant_id == tenant_id,
            AdminUserRow.id != target.id,
            AdminUserRow.state == UserState.ACTIVE.value,
            AdminUserRow.role == Role.ADMINISTRATION,
        )
    )
    if not others:
        raise ApiError(
            409,
            LAST_ADMINISTRATOR,
            f"{label(target)} is the last active Administration user of the tenant; a tenant "
            "always keeps one: invite another Administration user and wait until he has "
            "accepted, then try again",
        )


def change_role(session: Session, admin: SignedIn, user_id: int, role: Role) -> AdminUser:
    """Give a user another role (also an invited one: he gets it when he accepts)."""
    actor = lock_actor(session, admin)
    target = fresh_user(session, admin.tenant.id, user_id)
    roles.require_may_manage(actor, target.role)
    roles.require_may_grant(actor, role)
    if state_of(target) is UserState.REVOKED:
        raise ApiError(409, USER_REVOKED, f"{label(target)} has been removed")
    old = Role(target.role)
    if old is not role:
        if role is not Role.ADMINISTRATION:
            _keep_an_administrator(session, admin.tenant.id, target)
        target.role = role
        audit.record(
            session,
            admin.tenant.id,
            AuditAction.ROLE_CHANGED,
            actor=actor,
            target=label(target),
            detail=f"{roles.role_name(old)} → {roles.role_name(role)}",
        )
    session.commit()
    return view_of(session, admin.tenant, target)


def remove_user(session: Session, admin: SignedIn, user_id: int) -> None:
    """Revoke a user: his sessions end at once, his invitation links stop working."""
    actor = lock_actor(session, admin)
    target = fresh_user(session, admin.tenant.id, user_id)
    roles.require_may_manage(actor, target.role)
    if state_of(target) is UserState.REVOKED:
        session.commit()
        return
    _keep_an_administrator(session, admin.tenant.id, target)
    was = state_of(target)
    revoke_user(session, target)
    audit.record(
        session,
        admin.tenant.id,
        AuditAction.USER_REMOVED,
        actor=actor,
        target=label(target),
        detail=f"{roles.role_name(target.role)}, {was.value}",
    )
    session.commit()


def revoke_user(session: Session, target: AdminUserRow) -> None:
    """Mark him revoked, end his sessions and his open invitations (the caller commits)."""
    now = utc_now()
    target.state = UserState.REVOKED.value
    target.revoked_at = now
    session.execute(
        update(RefreshTokenRow)
        .where(RefreshTokenRow.user_id == target.id, RefreshTokenRow.revoked_at.is_(None))
        .values(revoked_at=now)
    )
    session.execute(
        update(InvitationRow)
        .where(
            InvitationRow.user_id == target.id,
            InvitationRow.accepted_at.is_(None),
            InvitationRow.revoked_at.is_(None),
        )
        .values(revoked_at=now)
    )
