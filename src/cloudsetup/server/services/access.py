"""User access: set an employee's password, send (and resend) his consent link, permissions.

Sending a link happens in three steps so that nothing is lost or duplicated:

1. one short transaction (under the tenant's write lock) stores the password hash, ends every
   earlier link of the employee and stores the new link's hash: one live link at a time;
2. the mail goes out with no transaction open (SMTP may take seconds; the database stays free);
3. a second transaction records the outcome: ``mail_sent`` with the link's expiry, or, when the
   mail could not be delivered, the link is ended (it is in nobody's mailbox) and the state is
   ``mail_failed``; the password is kept, so "resend" simply tries again.
"""

from __future__ import annotations

import logging
import smtplib
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import update
from sqlalchemy.orm import Session

from cloudsetup.models import (
    Employee,
    ErrorCode,
    Language,
    PasswordProblem,
    Permissions,
    check_password,
)
from cloudsetup.models.passwords import MAX_LENGTH, MIN_LENGTH, normalize_password
from cloudsetup.server.consent.mail import consent_link, consent_mail
from cloudsetup.server.errors import ApiError, field_error
from cloudsetup.server.runtime import Runtime
from cloudsetup.server.security import hash_password
from cloudsetup.server.services.employees import employee_view, get_employee_row
from cloudsetup.server.services.link_tokens import hash_link_token, new_link_token
from cloudsetup.server.services.locking import lock_tenant
from cloudsetup.server.tables import ConsentTokenRow, EmployeeRow, TenantRow, utc_now

logger = logging.getLogger(__name__)

ALREADY_CONFIRMED = "already_confirmed"
NOT_ACTIVATED = "not_activated"
MAIL_FAILED = "mail_failed"


# The consent link's token is the shared single-use link token.
new_consent_token = new_link_token
hash_consent_token = hash_link_token


_PASSWORD_PROBLEMS = {
    PasswordProblem.TOO_SHORT: f"the password has fewer than {MIN_LENGTH} characters",
    PasswordProblem.TOO_LONG: f"the password has more than {MAX_LENGTH} characters",
    PasswordProblem.COMMON: "the password is one of the most common passwords",
    PasswordProblem.CONTAINS_COMPANY: "the password contains the company name",
    PasswordProblem.CONTAINS_NAME: "the password contains the employee's name",
    PasswordProblem.CONTAINS_EMAIL: "the password contains the employee's e-mail address",
}


@dataclass(frozen=True)
class _PendingLink:
    employee_id: int
    token_id: int
    token: str
    expires_at: datetime


def _issue_link(
    session: Session, runtime: Runtime, row: EmployeeRow, now: datetime
) -> _PendingLink:
    """End his earlier links and store a new one (step 1; the caller commits)."""
    session.execute(
        update(ConsentTokenRow)
        .where(
            ConsentTokenRow.employee_id == row.id,
            ConsentTokenRow.used_at.is_(None),
            ConsentTokenRow.revoked_at.is_(None),
        )
        .values(revoked_at=now)
    )
    token = new_consent_token()
    expires_at = now + timedelta(days=runtime.settings.consent_link_days)
    link = ConsentTokenRow(
        token_hash=hash_consent_token(token),
        employee_id=row.id,
        created_at=now,
        expires_at=expires_at,
    )
    session.add(link)
    session.flush()
    return _PendingLink(employee_id=row.id, token_id=link.id, token=token, expires_at=expires_at)


def _deliver(
    session: Session, runtime: Runtime, tenant: TenantRow, row: EmployeeRow, pending: _PendingLink
) -> bool:
    """Mail the link (step 2) and record the outcome (step 3); whether it went out."""
    now = utc_now()
    try:
        message = consent_mail(
            sender=runtime.settings.mail_from,
            name=row.name,
            email=row.email,
            company=tenant.name,
            language=Language(row.language),
            link=consent_link(runtime.settings.public_url, pending.token),
            expires_at=pending.expires_at,
            now=now,
        )
        runtime.mailer.send(message)
    except (OSError, smtplib.SMTPException, ValueError) as exc:
        # OSError covers refused connections and timeouts; ValueError an address the mail
        # system cannot encode. Either way the admin gets a clear 503 and can retry.
        logger.warning("consent mail to employee %s failed: %r", row.id, exc)
        session.execute(
            update(ConsentTokenRow)
            .where(ConsentTokenRow.id == pending.token_id, ConsentTokenRow.revoked_at.is_(None))
            .values(revoked_at=now)
        )
        row.mail_failed_at = now
        session.commit()
        return False
    row.mail_sent_at = now
    row.mail_failed_at = None
    row.opened_at = None
    row.link_expires_at = pending.expires_at
    session.commit()
    return True


def send_new_link(session: Session, runtime: Runtime, tenant: TenantRow, row: EmployeeRow) -> bool:
    """Issue a new link (ending the old one) and mail it; ``False`` when the mail failed.

    The caller has taken the tenant's write lock and made its own changes to ``row``.
    """
    pending = _issue_link(session, runtime, row, utc_now())
    session.commit()
    return _deliver(session, runtime, tenant, row, pending)


def _mail_failed() -> ApiError:
    return ApiError(
        503,
        MAIL_FAILED,
        "the consent mail could not be sent (the mail server did not accept it); the password "
        "is saved, try 'resend' later or check the server's mail settings",
    )


def _lock_employee(session: Session, tenant: TenantRow, employee_id: int) -> EmployeeRow:
    lock_tenant(session, tenant.id)
    row = get_employee_row(session, tenant.id, employee_id)
    session.refresh(row)  # read again under the lock: another request may just have changed it
    if row.confirmed_at is not None:
        raise ApiError(409, ALREADY_CONFIRMED, "the employee has already confirmed his consent")
    return row


def activate(
    session: Session, runtime: Runtime, tenant: TenantRow, employee_id: int, password: str
) -> Employee:
    """Set his password (checked against the policy) and mail him his consent link."""
    row = get_employee_row(session, tenant.id, employee_id)
    if row.confirmed_at is not None:  # say so first: no password would change that answer
        raise ApiError(409, ALREADY_CONFIRMED, "the employee has already confirmed his consent")
    problem = check_password(password, company=tenant.name, names=[row.name], email=row.email)
    if problem is not None:
        raise field_error(
            422,
            ErrorCode.VALIDATION_FAILED,
            "password",
            _PASSWORD_PROBLEMS[problem],
            field_code=problem.value,
        )
    # Argon2 takes a moment; do it before the lock so other writers do not wait for it.
    password_hash = hash_password(normalize_password(password))
    row = _lock_employee(session, tenant, employee_id)
    row.password_hash = password_hash
    if not send_new_link(session, runtime, tenant, row):
        raise _mail_failed()
    return employee_view(row)


def resend(session: Session, runtime: Runtime, tenant: TenantRow, employee_id: int) -> Employee:
    """A new link for an activated employee; the old link stops working."""
    row = _lock_employee(session, tenant, employee_id)
    if row.password_hash is None:
        raise ApiError(409, NOT_ACTIVATED, "the employee has not been activated yet")
    if not send_new_link(session, runtime, tenant, row):
        raise _mail_failed()
    return employee_view(row)


def set_permissions(
    session: Session, tenant: TenantRow, employee_id: int, permissions: Permissions
) -> Employee:
    row = get_employee_row(session, tenant.id, employee_id)
    row.may_create_invoices = permissions.may_create_invoices
    row.no_purchase_prices = permissions.restrictions.no_purchase_prices
    row.own_projects_only = permissions.restrictions.own_projects_only
    row.no_revenue_figures = permissions.restrictions.no_revenue_figures
    session.commit()
    return employee_view(row)
