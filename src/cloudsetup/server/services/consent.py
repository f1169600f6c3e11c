"""The consent link from the employee's side: look it up, open it, agree, ask for a new one.

Opening (GET) only records that the link was opened: mail scanners open links before the
person does, so only the explicit POST of the form confirms. Confirming claims the link in one
conditional UPDATE, so a link is used at most once even when two requests race.
"""

from __future__ import annotations

import hmac
import re
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, Final, cast

from sqlalchemy import CursorResult, select, update
from sqlalchemy.orm import Session

from cloudsetup.server.runtime import Runtime
from cloudsetup.server.services.access import hash_consent_token, send_new_link
from cloudsetup.server.services.locking import lock_tenant
from cloudsetup.server.tables import ConsentTokenRow, EmployeeRow, TenantRow, utc_now

# token_urlsafe(32) gives 43 characters; anything unlike a token is not looked up at all.
_TOKEN_SHAPE: Final = re.compile(r"[A-Za-z0-9_-]{32,64}")


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


def find_link(session: Session, token: str) -> Link:
    """The link ``token`` stands for, and where it stands."""
    if not _TOKEN_SHAPE.fullmatch(token):
        return _UNKNOWN
    token_hash = hash_consent_token(token)
    found = session.execute(
        select(ConsentTokenRow, EmployeeRow, TenantRow)
        .join(EmployeeRow, ConsentTokenRow.employee_id == EmployeeRow.id)
        .join(TenantRow, EmployeeRow.tenant_id == TenantRow.id)
        .where(ConsentTokenRow.token_hash == token_hash)
        # Fresh values even for rows this session has loaded before (re-checks under a lock).
        .execution_options(populate_existing=True)
    ).one_or_none()
    # The index finds the row by hash; the comparison itself runs in constant time.
    if found is None or not hmac.compare_digest(found[0].token_hash, token_hash):
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
    claimed = cast(
        "CursorResult[Any]",
        session.execute(
            update(ConsentTokenRow)
            .where(
                ConsentTokenRow.id == link.token.id,
                ConsentTokenRow.used_at.is_(None),
                ConsentTokenRow.revoked_at.is_(None),
                ConsentTokenRow.expires_at > now,
            )
            .values(used_at=now)
        ),
    )
    if claimed.rowcount != 1:
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
