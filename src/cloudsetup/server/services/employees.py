"""Employees of a tenant: create, read, update, delete, and how the API shows one.

The e-mail address is unique per tenant in any letter case. The rule lives in the database (a
unique index on the folded address), so two requests adding the same address at once cannot
both succeed; the loser gets the same 409 as a plain duplicate.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import delete, func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from cloudsetup.models import (
    AccessInfo,
    AccessState,
    Employee,
    EmployeeIn,
    Language,
    Permissions,
    Restrictions,
    email_key,
)
from cloudsetup.server.errors import ApiError, field_error
from cloudsetup.server.tables import ConsentTokenRow, EmployeeRow, TenantRow, utc_now

EMAIL_TAKEN = "email_taken"


def access_state(row: EmployeeRow, now: datetime) -> AccessState:
    """Where his access stands; ``expired`` is derived from the link's expiry."""
    if row.confirmed_at is not None:
        return AccessState.CONFIRMED
    if row.mail_failed_at is not None:
        return AccessState.MAIL_FAILED
    if row.mail_sent_at is None:
        return AccessState.NOT_ACTIVATED
    if row.link_expires_at is not None and row.link_expires_at <= now:
        return AccessState.EXPIRED
    if row.opened_at is not None:
        return AccessState.OPENED
    return AccessState.MAIL_SENT


def employee_view(row: EmployeeRow, now: datetime | None = None) -> Employee:
    """The employee as the API shows him (never his password hash)."""
    access = AccessInfo(
        state=access_state(row, now or utc_now()),
        password_set=row.password_hash is not None,
        mail_sent_at=row.mail_sent_at,
        opened_at=row.opened_at,
        confirmed_at=row.confirmed_at,
        link_expires_at=row.link_expires_at,
    )
    permissions = Permissions(
        may_create_invoices=row.may_create_invoices,
        restrictions=Restrictions(
            no_purchase_prices=row.no_purchase_prices,
            own_projects_only=row.own_projects_only,
            no_revenue_figures=row.no_revenue_figures,
        ),
    )
    return Employee(
        id=row.id,
        name=row.name,
        email=row.email,
        is_owner=row.is_owner,
        employee_number=row.employee_number,
        mobile=row.mobile,
        language=Language(row.language),
        access=access,
        permissions=permissions,
        created_at=row.created_at,
    )


def not_found() -> ApiError:
    # The same answer for another tenant's employee: ids of other tenants are not confirmed.
    return ApiError(404, "not_found", "there is no such employee")


def get_employee_row(session: Session, tenant_id: int, employee_id: int) -> EmployeeRow:
    row = session.scalar(
        select(EmployeeRow).where(EmployeeRow.id == employee_id, EmployeeRow.tenant_id == tenant_id)
    )
    if row is None:
        raise not_found()
    return row


def list_employees(session: Session, tenant_id: int) -> list[Employee]:
    rows = session.scalars(
        select(EmployeeRow)
        .where(EmployeeRow.tenant_id == tenant_id)
        .order_by(func.lower(EmployeeRow.name), EmployeeRow.id)
    )
    now = utc_now()
    return [employee_view(row, now) for row in rows]


def _email_taken(email: str) -> ApiError:
    return field_error(
        409, EMAIL_TAKEN, "email", f"another employee already has the e-mail address {email}"
    )


def _apply(row: EmployeeRow, entry: EmployeeIn) -> None:
    row.name = entry.name
    row.email = entry.email
    row.email_key = email_key(entry.email)
    row.is_owner = entry.is_owner
    row.employee_number = entry.employee_number
    row.mobile = entry.mobile
    row.language = entry.language.value


def _commit_or_taken(session: Session, email: str) -> None:
    try:
        session.commit()
    except IntegrityError as exc:
        session.rollback()
        raise _email_taken(email) from exc


def create_employee(session: Session, tenant_id: int, entry: EmployeeIn) -> Employee:
    row = EmployeeRow(tenant_id=tenant_id)
    _apply(row, entry)
    session.add(row)
    _commit_or_taken(session, entry.email)
    return employee_view(row)


def update_employee(
    session: Session, tenant_id: int, employee_id: int, entry: EmployeeIn
) -> Employee:
    """Change his data; a new address needs a new consent (the old one was given elsewhere)."""
    row = get_employee_row(session, tenant_id, employee_id)
    if email_key(entry.email) != row.email_key:
        _forget_consent(session, row)  # before the change: its UPDATE flushes the session
    _apply(row, entry)
    _commit_or_taken(session, entry.email)
    return employee_view(row)


def _forget_consent(session: Session, row: EmployeeRow) -> None:
    """The consent belonged to the old mailbox: links die, state goes back to not activated.

    The password stays, so "Mail erneut senden" mails the new address without asking for it.
    """
    session.execute(
        update(ConsentTokenRow)
        .where(ConsentTokenRow.employee_id == row.id, ConsentTokenRow.revoked_at.is_(None))
        .values(revoked_at=utc_now())
    )
    row.mail_sent_at = row.mail_failed_at = row.opened_at = None
    row.confirmed_at = row.link_expires_at = None


def delete_employee(session: Session, tenant_id: int, employee_id: int) -> None:
    """Delete him; his number range and consent links go with him (foreign keys cascade)."""
    row = get_employee_row(session, tenant_id, employee_id)
    session.execute(delete(EmployeeRow).where(EmployeeRow.id == row.id))
    session.commit()


def count_states(session: Session, tenant: TenantRow) -> tuple[int, int, int]:
    """(employees, whose consent mail was sent, who confirmed) for the setup state."""
    rows: Sequence[EmployeeRow] = session.scalars(
        select(EmployeeRow).where(EmployeeRow.tenant_id == tenant.id)
    ).all()
    now = utc_now()
    states = [access_state(row, now) for row in rows]
    sent = sum(state.mail_was_sent for state in states)
    confirmed = sum(state is AccessState.CONFIRMED for state in states)
    return len(states), sent, confirmed
