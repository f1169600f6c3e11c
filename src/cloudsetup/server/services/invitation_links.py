"""The invitation link from the invited person's side: look it up, open it, accept it.

Opening (GET) only records that the link was opened: mail scanners open links before the
person does. Accepting is the POST of the page's form with his user name and password: both
are checked (the user name's rule, the password policy of :mod:`cloudsetup.models.passwords`),
then, under the tenant's write lock, the user name must be free in the tenant and the link is
claimed in one conditional UPDATE, so it is used at most once even when two requests race.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Final

from sqlalchemy import Select, exists, select
from sqlalchemy.orm import Session

from cloudsetup.models import AuditAction, IdentifierError, UserState, check_password
from cloudsetup.models.identifiers import check_username
from cloudsetup.server.security import hash_password
from cloudsetup.server.services import audit
from cloudsetup.server.services.accounts import state_of
from cloudsetup.server.services.link_tokens import claim_link, find_token_row
from cloudsetup.server.services.locking import lock_tenant
from cloudsetup.server.services.roles import role_name
from cloudsetup.server.tables import AdminUserRow, InvitationRow, TenantRow, utc_now

USERNAME_TAKEN: Final = "username_taken"
EMAIL_NOT_USERNAME: Final = "email_not_username"
PASSWORD_MISMATCH: Final = "password_mismatch"  # noqa: S105 - a reason code


class LinkStatus(StrEnum):
    UNKNOWN = "unknown"
    VALID = "valid"
    ACCEPTED = "accepted"  # accepted by this request
    EXPIRED = "expired"
    USED = "used"  # accepted before (by this link or another one of his)
    REPLACED = "replaced"  # a newer link was sent, or this link's mail failed
    REVOKED = "revoked"  # the invitation was withdrawn or the user removed


@dataclass(frozen=True)
class Link:
    status: LinkStatus
    invitation: InvitationRow | None = None
    user: AdminUserRow | None = None
    tenant: TenantRow | None = None
    # When the form was refused: {field: reason code}, fields username / password / repeat.
    problems: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class AccessForm:
    """What the invited person typed into the page's form."""

    username: str
    password: str
    repeat: str

    def __repr__(self) -> str:
        return f"AccessForm(username={self.username!r})"


_UNKNOWN: Final = Link(LinkStatus.UNKNOWN)


def _select_by_hash(token_hash: str) -> Select[InvitationRow, AdminUserRow, TenantRow]:
    return (
        select(InvitationRow, AdminUserRow, TenantRow)
        .join(AdminUserRow, InvitationRow.user_id == AdminUserRow.id)
        .join(TenantRow, InvitationRow.tenant_id == TenantRow.id)
        .where(InvitationRow.token_hash == token_hash)
    )


def find_link(session: Session, token: str) -> Link:
    """The link ``token`` stands for, and where it stands."""
    found = find_token_row(session, token, _select_by_hash)
    if found is None:
        return _UNKNOWN
    row, user, tenant = found
    state = state_of(user)
    if row.accepted_at is not None or state is UserState.ACTIVE:
        status = LinkStatus.USED
    elif state is UserState.REVOKED:
        status = LinkStatus.REVOKED
    elif row.revoked_at is not None:
        status = LinkStatus.REPLACED
    elif row.expires_at <= utc_now():
        status = LinkStatus.EXPIRED
    else:
        status = LinkStatus.VALID
    return Link(status, row, user, tenant)


def open_link(session: Session, token: str) -> Link:
    """Look the link up and, when it is valid, note that it was opened (the first time)."""
    link = find_link(session, token)
    if link.status is LinkStatus.VALID and link.invitation and link.invitation.opened_at is None:
        link.invitation.opened_at = utc_now()
        session.commit()
    return link


def _check_form(link: Link, form: AccessForm) -> tuple[str, dict[str, str]]:
    """(the user name he gets, the problems by field) before anything is written."""
    assert link.user is not None  # noqa: S101 - a valid link has both
    assert link.tenant is not None  # noqa: S101
    problems: dict[str, str] = {}
    typed = form.username.strip()
    username = ""
    try:
        username = check_username(typed or link.user.email)
    except IdentifierError as exc:
        problems["username"] = exc.reason if typed else EMAIL_NOT_USERNAME
    names = [name for name in (link.user.display_name, username) if name]
    problem = check_password(
        form.password, company=link.tenant.name, names=names, email=link.user.email
    )
    if problem is not None:
        problems["password"] = problem.value
    elif form.password != form.repeat:
        problems["repeat"] = PASSWORD_MISMATCH
    return username, problems


def _username_taken(session: Session, user: AdminUserRow, username: str) -> bool:
    return bool(
        session.scalar(
            select(
                exists().where(
                    AdminUserRow.tenant_id == user.tenant_id,
                    AdminUserRow.username == username,
                    AdminUserRow.id != user.id,
                )
            )
        )
    )


def accept(session: Session, token: str, form: AccessForm) -> Link:
    """Set up his access with a valid link; else the link's status (or the form's problems)."""
    link = find_link(session, token)
    if link.status is not LinkStatus.VALID:
        return link
    username, problems = _check_form(link, form)
    if problems:
        return Link(LinkStatus.VALID, link.invitation, link.user, link.tenant, problems)
    # Argon2 takes a moment; do it before the lock so other writers do not wait for it. The
    # password is hashed as typed, as the admin log-in verifies it.
    password_hash = hash_password(form.password)
    assert link.tenant is not None  # noqa: S101 - a valid link
    lock_tenant(session, link.tenant.id)
    link = find_link(session, token)  # again under the lock: a parallel request may have won
    if link.status is not LinkStatus.VALID or link.invitation is None or link.user is None:
        session.rollback()
        return link
    if _username_taken(session, link.user, username):
        session.rollback()
        problems = {"username": USERNAME_TAKEN}
        return Link(LinkStatus.VALID, link.invitation, link.user, link.tenant, problems)
    now = utc_now()
    if not claim_link(session, InvitationRow, link.invitation.id, InvitationRow.accepted_at, now):
        session.rollback()
        return find_link(session, token)
    user = link.user
    user.username = username
    user.password_hash = password_hash
    user.state = UserState.ACTIVE.value
    user.accepted_at = now
    audit.record(
        session,
        user.tenant_id,
        AuditAction.INVITATION_ACCEPTED,
        actor=user,
        target=user.email,
        detail=role_name(user.role),
    )
    session.commit()
    return Link(LinkStatus.ACCEPTED, link.invitation, user, link.tenant)
