"""Invitations from the admin's side: invite a user by e-mail, resend, revoke, list.

Sending follows the consent mail's three steps (see :mod:`.access`), so nothing is lost or sent
twice: (1) under the tenant's write lock, store the invited user and the link's hash, ending
his earlier links; (2) mail the link with no transaction open; (3) record the outcome — sent
(and the audit entry), or, when the mail was not accepted, the link is ended (it is in nobody's
mailbox) and its state is ``mail_failed``; the user stays invited, so "resend" tries again.

The token is 256 random bits; the database holds only its SHA-256. It is used once, expires
after ``invitation_link_days``, and only its page's POST accepts it (see
:mod:`.invitation_links`).
"""

from __future__ import annotations

import logging
import smtplib
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from cloudsetup.models import (
    AuditAction,
    ErrorCode,
    Invitation,
    InvitationIn,
    InvitationState,
    Language,
    UserState,
    email_key,
)
from cloudsetup.models.users import (
    ALREADY_INVITED,
    EMAIL_TAKEN,
    INVITATION_ACCEPTED,
    INVITATION_CLOSED,
)
from cloudsetup.server.errors import ApiError, field_error
from cloudsetup.server.invitations.mail import invitation_link, invitation_mail
from cloudsetup.server.runtime import Runtime
from cloudsetup.server.services import audit, roles
from cloudsetup.server.services.accounts import invited_user, label, state_of
from cloudsetup.server.services.auth import SignedIn
from cloudsetup.server.services.link_tokens import hash_link_token, new_link_token
from cloudsetup.server.services.users import lock_actor, revoke_user
from cloudsetup.server.tables import AdminUserRow, InvitationRow, TenantRow, utc_now

logger = logging.getLogger(__name__)

MAIL_FAILED = "mail_failed"


# The invitation link's token is the shared single-use link token.
new_invitation_token = new_link_token
hash_invitation_token = hash_link_token


def invitation_state(row: InvitationRow, user: AdminUserRow, now: datetime) -> InvitationState:
    if row.accepted_at is not None:
        return InvitationState.ACCEPTED
    if state_of(user) is UserState.REVOKED:  # withdrawn, whatever became of its mail
        return InvitationState.REVOKED
    if row.mail_failed_at is not None:
        return InvitationState.MAIL_FAILED
    if row.revoked_at is not None:
        return InvitationState.REVOKED
    if row.expires_at <= now:
        return InvitationState.EXPIRED
    return InvitationState.PENDING


def invitation_view(
    row: InvitationRow, user: AdminUserRow, inviter: str | None, now: datetime | None = None
) -> Invitation:
    return Invitation(
        id=row.id,
        user_id=user.id,
        email=user.email,
        display_name=user.display_name,
        role=user.role,
        state=invitation_state(row, user, now or utc_now()),
        language=Language(row.language),
        invited_by=inviter,
        created_at=row.created_at,
        expires_at=row.expires_at,
        opened_at=row.opened_at,
        accepted_at=row.accepted_at,
        revoked_at=row.revoked_at,
    )


def _inviter_names(session: Session, tenant_id: int) -> dict[int, str]:
    rows = session.scalars(select(AdminUserRow).where(AdminUserRow.tenant_id == tenant_id))
    return {row.id: label(row) for row in rows}


def list_invitations(session: Session, tenant_id: int) -> list[Invitation]:
    """Every invitation of the tenant, newest first (a resend is a new one)."""
    names = _inviter_names(session, tenant_id)
    found = session.execute(
        select(InvitationRow, AdminUserRow)
        .join(AdminUserRow, InvitationRow.user_id == AdminUserRow.id)
        .where(InvitationRow.tenant_id == tenant_id)
        .order_by(InvitationRow.id.desc())
    )
    now = utc_now()
    return [invitation_view(row, user, names.get(row.invited_by or 0), now) for row, user in found]


def get_invitation(
    session: Session, tenant_id: int, invitation_id: int, *, fresh: bool = False
) -> tuple[InvitationRow, AdminUserRow]:
    """The tenant's invitation and its user; another tenant's is as unknown as none (404)."""
    query = (
        select(InvitationRow, AdminUserRow)
        .join(AdminUserRow, InvitationRow.user_id == AdminUserRow.id)
        .where(InvitationRow.id == invitation_id, InvitationRow.tenant_id == tenant_id)
    )
    if fresh:
        query = query.execution_options(populate_existing=True)
    found = session.execute(query).one_or_none()
    if found is None:
        raise ApiError(404, ErrorCode.NOT_FOUND, "there is no such invitation")
    return found[0], found[1]


@dataclass(frozen=True)
class _PendingLink:
    invitation_id: int
    token: str
    expires_at: datetime


def _issue_link(
    session: Session,
    runtime: Runtime,
    user: AdminUserRow,
    actor: AdminUserRow,
    language: Language,
) -> _PendingLink:
    """End his earlier links and store a new one (step 1; the caller commits)."""
    now = utc_now()
    session.execute(
        update(InvitationRow)
        .where(
            InvitationRow.user_id == user.id,
            InvitationRow.accepted_at.is_(None),
            InvitationRow.revoked_at.is_(None),
        )
        .values(revoked_at=now)
    )
    token = new_invitation_token()
    expires_at = now + timedelta(days=runtime.settings.invitation_link_days)
    row = InvitationRow(
        tenant_id=user.tenant_id,
        user_id=user.id,
        token_hash=hash_invitation_token(token),
        language=language.value,
        invited_by=actor.id,
        created_at=now,
        expires_at=expires_at,
    )
    session.add(row)
    session.flush()
    return _PendingLink(invitation_id=row.id, token=token, expires_at=expires_at)


def _deliver(
    session: Session,
    runtime: Runtime,
    tenant: TenantRow,
    user: AdminUserRow,
    actor: AdminUserRow,
    pending: _PendingLink,
    action: AuditAction,
) -> Invitation:
    """Mail the link (step 2) and record the outcome (step 3)."""
    row = session.get_one(InvitationRow, pending.invitation_id)
    now = utc_now()
    try:
        message = invitation_mail(
            sender=runtime.settings.mail_from,
            name=user.display_name,
            email=user.email,
            company=tenant.name,
            inviter=label(actor),
            role=user.role,
            language=Language(row.language),
            link=invitation_link(runtime.settings.public_url, pending.token),
            expires_at=pending.expires_at,
            now=now,
        )
        runtime.mailer.send(message)
    except (OSError, smtplib.SMTPException, ValueError) as exc:
        logger.warning("invitation mail to admin user %s failed: %r", user.id, exc)
        row.mail_failed_at = now
        row.revoked_at = row.revoked_at or now
        session.commit()
        raise ApiError(
            503,
            MAIL_FAILED,
            "the invitation mail could not be sent (the mail server did not accept it); the "
            "invitation is saved, try 'resend' later or check the server's mail settings",
        ) from exc
    row.mail_sent_at = now
    audit.record(
        session,
        tenant.id,
        action,
        actor=actor,
        target=user.email,
        detail=roles.role_name(user.role),
    )
    session.commit()
    return invitation_view(row, user, label(actor), now)


def invite(session: Session, runtime: Runtime, admin: SignedIn, body: InvitationIn) -> Invitation:
    """Invite somebody as a new admin user with ``body.role`` and mail him the link."""
    actor = lock_actor(session, admin)
    roles.require_may_grant(actor, body.role)
    key = email_key(body.email)
    for other in session.scalars(
        select(AdminUserRow).where(
            AdminUserRow.tenant_id == admin.tenant.id,
            AdminUserRow.state != UserState.REVOKED.value,
        )
    ):
        if email_key(other.email) != key:
            continue
        if state_of(other) is UserState.INVITED:
            raise field_error(
                409, ALREADY_INVITED, "email", f"{body.email} is invited already: resend instead"
            )
        raise field_error(409, EMAIL_TAKEN, "email", f"{body.email} is a user already")
    user = invited_user(
        tenant_id=admin.tenant.id,
        email=body.email,
        role=body.role,
        display_name=body.display_name,
        invited_by=actor.id,
    )
    session.add(user)
    session.flush()
    pending = _issue_link(session, runtime, user, actor, body.language)
    session.commit()
    return _deliver(
        session, runtime, admin.tenant, user, actor, pending, AuditAction.INVITATION_SENT
    )


def resend(session: Session, runtime: Runtime, admin: SignedIn, invitation_id: int) -> Invitation:
    """A new link for a user who is still invited; every earlier link stops working."""
    actor = lock_actor(session, admin)
    row, user = get_invitation(session, admin.tenant.id, invitation_id, fresh=True)
    roles.require_may_manage(actor, user.role)
    if state_of(user) is not UserState.INVITED:
        closed = "accepted" if state_of(user) is UserState.ACTIVE else "withdrawn"
        raise ApiError(409, INVITATION_CLOSED, f"the invitation of {user.email} was {closed}")
    pending = _issue_link(session, runtime, user, actor, Language(row.language))
    session.commit()
    return _deliver(
        session, runtime, admin.tenant, user, actor, pending, AuditAction.INVITATION_RESENT
    )


def revoke(session: Session, admin: SignedIn, invitation_id: int) -> Invitation:
    """Withdraw the invitation: its user is revoked and none of his links works any more."""
    actor = lock_actor(session, admin)
    row, user = get_invitation(session, admin.tenant.id, invitation_id, fresh=True)
    roles.require_may_manage(actor, user.role)
    if row.accepted_at is not None:
        raise ApiError(
            409,
            INVITATION_ACCEPTED,
            f"{user.email} has accepted the invitation; remove the user instead",
        )
    if state_of(user) is UserState.INVITED:
        revoke_user(session, user)
        audit.record(
            session,
            admin.tenant.id,
            AuditAction.INVITATION_REVOKED,
            actor=actor,
            target=user.email,
            detail=roles.role_name(user.role),
        )
    session.commit()
    names = _inviter_names(session, admin.tenant.id)
    return invitation_view(row, user, names.get(row.invited_by or 0))
