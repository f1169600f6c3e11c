"""The consent link from the employee's side: look it up, open it, agree, ask for a new one.

Opening (GET) only records that the link was opened: mail scanners open links before the
person does, so only the explicit POST of the form confirms. Confirming claims the link in one
conditional UPDATE, so a link is used at most once even when two requests race.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Final

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from cloudsetup.server.runtime import Runtime
from cloudsetup.server.services.access import send_new_link
from cloudsetup.server.services.link_tokens import claim_link, find_token_row
from cloudsetup.server.services.locking import lock_tenant
from cloudsetup.server.tables import ConsentTokenRow, EmployeeRow, TenantRow, utc_now


class LinkStatus(StrEnum):
    UNKNOWN = "unknown"
    VALID = "valid"
    CONFIRMED = "confirmed"  # confirmed by this request
    EXPIRED = "expired"
    USED = "used"  # this link confirmed, or he has confirmed by another one
    REPLACED = "replaced"  # a newer link was sent, or this link's mail failed


@dataclass(frozen=True)
class Link:
    status: LinkStatus
    token: ConsentTokenRow | None = None
    employee: EmployeeRow | None = None
    tenant: TenantRow | None = None


_UNKNOWN: Final = Link(LinkStatus.UNKNOWN)


def _select_by_hash(token_hash: str) -> Select[ConsentTokenRow, EmployeeRow, TenantRow]:
    return (
        select(ConsentTokenRow, EmployeeRow, TenantRow)
        .join(EmployeeRow, ConsentTokenRow.employee_id == EmployeeRow.id)
        .join(TenantRow, EmployeeRow.tenant_id == TenantRow.id)
        .where(ConsentTokenRow.token_hash == token_hash)
    )


def find_link(session: Session, token: str) -> Link:
    """The link ``token`` stands for, and where it stands."""
    found = find_token_row(session, token, _select_by_hash)
    if found is None:
        return _UNKNOWN
    row, employee, tenant = found
    if row.used_at is not None or employee.confirmed_at is not None:
        status = LinkStatus.USED
    elif row.revoked_at is not None:
        status = LinkStatus.REPLACED
    elif row.expires_at <= utc_now():
        status = LinkStatus.EXPIRED
    else:
        status = LinkStatus.VALID
    return Link(status, row, employee, tenant)


def open_link(session: Session, token: str) -> Link:
    """Look the link up and, when it is valid, note that it was opened (the first time)."""
    link = find_link(session, token)
    if (
        link.status is LinkStatus.VALID
        and link.token is not None
        and link.employee is not None
        and link.token.opened_at is None
    ):
        now = utc_now()
        link.token.opened_at = now
        link.employee.opened_at = now
        session.commit()
    return link


def confirm(session: Session, token: str) -> Link:
    """Agree with the link; a link that is not valid (any more) is answered with its status."""
    link = find_link(session, token)
    if link.status is not LinkStatus.VALID or link.token is None or link.employee is None:
        return link
    now = utc_now()
    if not claim_link(session, ConsentTokenRow, link.token.id, ConsentTokenRow.used_at, now):
        session.rollback()
        return find_link(session, token)  # another request was first, or it ran out just now
    link.employee.confirmed_at = now
    session.commit()
    return Link(LinkStatus.CONFIRMED, link.token, link.employee, link.tenant)


def renew(session: Session, runtime: Runtime, token: str) -> tuple[Link, bool]:
    """Mail a new link in place of an expired one; (the link, whether the mail went out).

    Only an expired link can be renewed, and only once (renewing replaces it), so the form
    cannot be used to flood the employee's mailbox.
    """
    link = find_link(session, token)
    if link.status is not LinkStatus.EXPIRED or link.tenant is None or link.employee is None:
        return link, False
    lock_tenant(session, link.tenant.id)
    link = find_link(session, token)  # again under the lock: a parallel renew may have won
    if link.status is not LinkStatus.EXPIRED or link.tenant is None or link.employee is None:
        return link, False
    sent = send_new_link(session, runtime, link.tenant, link.employee)
    return link, sent
