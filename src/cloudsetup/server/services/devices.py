"""Devices from the office admin's side: list, approve (with the limit and replace), reject, revoke.

Every decision takes the tenant's write lock first (:mod:`.locking`) and reads the device, its
employee's approved devices and the sync position only then. Two approvals of a third device
at the same moment are therefore checked one after the other: the first one fills the last
free place, the second sees it and gets 409 ``device_limit``. A replacement revokes the old
device and approves the new one in the same transaction, so the limit never holds three.
"""

from __future__ import annotations

from datetime import datetime
from typing import Final

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from cloudsetup.models import (
    MAX_APPROVED_DEVICES,
    AuditAction,
    Device,
    DeviceApproval,
    DeviceState,
    ErrorCode,
    Platform,
)
from cloudsetup.server.errors import ApiError, field_error
from cloudsetup.server.services import audit
from cloudsetup.server.services.auth import SignedIn
from cloudsetup.server.services.locking import lock_tenant
from cloudsetup.server.tables import DeviceRow, EmployeeRow, TenantRow, utc_now

DEVICE_LIMIT: Final = "device_limit"
NOT_SYNCED: Final = "not_synced"
DEVICE_NOT_PENDING: Final = "device_not_pending"
DEVICE_NOT_APPROVED: Final = "device_not_approved"
CONSENT_MISSING: Final = "consent_missing"
REPLACES_INVALID: Final = "replaces_invalid"


def device_view(row: DeviceRow, employee_name: str) -> Device:
    """The device as the admin sees it; the code only while it is still pending."""
    state = DeviceState(row.state)
    return Device(
        id=row.id,
        employee_id=row.employee_id,
        employee_name=employee_name,
        device_id=row.device_id,
        name=row.name,
        platform=Platform(row.platform),
        state=state,
        verification_code=row.verification_code if state is DeviceState.PENDING else None,
        requested_at=row.requested_at,
        last_seen_at=row.last_seen_at,
        decided_at=row.decided_at,
    )


def list_devices(
    session: Session,
    tenant_id: int,
    *,
    state: DeviceState | None = None,
    employee_id: int | None = None,
) -> list[Device]:
    """The tenant's devices: pending first, then by employee name and device name."""
    query = (
        select(DeviceRow, EmployeeRow.name)
        .join(EmployeeRow, DeviceRow.employee_id == EmployeeRow.id)
        .where(DeviceRow.tenant_id == tenant_id)
        .order_by(
            case((DeviceRow.state == DeviceState.PENDING.value, 0), else_=1),
            func.lower(EmployeeRow.name),
            func.lower(DeviceRow.name),
            DeviceRow.id,
        )
    )
    if state is not None:
        query = query.where(DeviceRow.state == state.value)
    if employee_id is not None:
        query = query.where(DeviceRow.employee_id == employee_id)
    return [device_view(row, name) for row, name in session.execute(query)]


def count_pending(session: Session, tenant_id: int) -> int:
    return int(
        session.execute(
            select(func.count())
            .select_from(DeviceRow)
            .where(DeviceRow.tenant_id == tenant_id, DeviceRow.state == DeviceState.PENDING.value)
        ).scalar_one()
    )


def _not_found() -> ApiError:
    # Another tenant's device is as unknown as no device: its ids are not confirmed.
    return ApiError(404, ErrorCode.NOT_FOUND, "there is no such device")


def _locked(session: Session, tenant_id: int, device_pk: int) -> tuple[DeviceRow, EmployeeRow]:
    """Take the tenant's write lock, then read the device and its employee afresh."""
    lock_tenant(session, tenant_id)
    found = session.execute(
        select(DeviceRow, EmployeeRow)
        .join(EmployeeRow, DeviceRow.employee_id == EmployeeRow.id)
        .where(DeviceRow.id == device_pk, DeviceRow.tenant_id == tenant_id)
        .execution_options(populate_existing=True)
    ).one_or_none()
    if found is None:
        raise _not_found()
    device, employee = found
    return device, employee


_AUDITED: Final = {
    DeviceState.APPROVED: AuditAction.DEVICE_APPROVED,
    DeviceState.REJECTED: AuditAction.DEVICE_REJECTED,
    DeviceState.REVOKED: AuditAction.DEVICE_REVOKED,
}


def _decide(
    session: Session,
    row: DeviceRow,
    employee: EmployeeRow,
    state: DeviceState,
    admin: SignedIn,
    now: datetime,
    *,
    detail: str = "",
) -> None:
    """Record the admin's decision on ``row`` and its audit entry (the caller commits)."""
    row.state = state.value
    row.decided_at = now
    row.decided_by = admin.user.id
    if state is not DeviceState.APPROVED:
        row.token_hash = None  # its token stops working with this commit
    target = f'"{row.name}" ({row.platform}) of {employee.name}'
    audit.record(
        session,
        admin.tenant.id,
        _AUDITED[state],
        actor=admin.user,
        target=target,
        detail=detail,
        at=now,
    )


def _limit_error(employee: EmployeeRow, approved: list[DeviceRow]) -> ApiError:
    named = ", ".join(f'"{row.name}" ({row.platform}, id {row.id})' for row in approved)
    return ApiError(
        409,
        DEVICE_LIMIT,
        f"{employee.name} already has {len(approved)} approved devices: {named}; "
        f"at most {MAX_APPROVED_DEVICES} are allowed, approve with 'replaces' set to one of them",
    )


def _check_synced(session: Session, tenant_id: int) -> None:
    head, pulled = session.execute(
        select(TenantRow.inbox_head, TenantRow.office_pulled_seq).where(TenantRow.id == tenant_id)
    ).one()
    if head > pulled:
        raise ApiError(
            409,
            NOT_SYNCED,
            f"{head - pulled} invoices written on devices have not reached the office yet; "
            "synchronise first, then approve new devices",
        )


def approve(session: Session, admin: SignedIn, device_pk: int, approval: DeviceApproval) -> Device:
    """Approve a pending device, replacing one of the employee's approved devices if asked."""
    device, employee = _locked(session, admin.tenant.id, device_pk)
    if device.state != DeviceState.PENDING:
        raise ApiError(409, DEVICE_NOT_PENDING, f"the device is {device.state}, not pending")
    if employee.confirmed_at is None:
        raise ApiError(
            409, CONSENT_MISSING, f"{employee.name} has not confirmed his consent (again)"
        )
    _check_synced(session, admin.tenant.id)
    approved = list(
        session.scalars(
            select(DeviceRow)
            .where(
                DeviceRow.employee_id == employee.id,
                DeviceRow.state == DeviceState.APPROVED.value,
            )
            .order_by(DeviceRow.decided_at, DeviceRow.id)
            .execution_options(populate_existing=True)
        )
    )
    now = utc_now()
    replaced: DeviceRow | None = None
    if approval.replaces is not None:
        replaced = next((row for row in approved if row.id == approval.replaces), None)
        if replaced is None:
            raise field_error(
                422,
                REPLACES_INVALID,
                "replaces",
                f"device {approval.replaces} is not an approved device of {employee.name}",
            )
        approved.remove(replaced)
    if len(approved) >= MAX_APPROVED_DEVICES:
        raise _limit_error(employee, approved)
    if replaced is not None:
        _decide(
            session,
            replaced,
            employee,
            DeviceState.REVOKED,
            admin,
            now,
            detail=f'replaced by "{device.name}"',
        )
    _decide(
        session,
        device,
        employee,
        DeviceState.APPROVED,
        admin,
        now,
        detail=f'replacing "{replaced.name}"' if replaced is not None else "",
    )
    session.commit()
    return device_view(device, employee.name)


def reject(session: Session, admin: SignedIn, device_pk: int) -> Device:
    """Refuse a pending device; its sign-ins are answered with 403 ``device_rejected``."""
    device, employee = _locked(session, admin.tenant.id, device_pk)
    if device.state != DeviceState.PENDING:
        raise ApiError(409, DEVICE_NOT_PENDING, f"the device is {device.state}, not pending")
    _decide(session, device, employee, DeviceState.REJECTED, admin, utc_now())
    session.commit()
    return device_view(device, employee.name)


def revoke(session: Session, admin: SignedIn, device_pk: int) -> Device:
    """End an approved device; its token stops working at once."""
    device, employee = _locked(session, admin.tenant.id, device_pk)
    if device.state != DeviceState.APPROVED:
        raise ApiError(409, DEVICE_NOT_APPROVED, f"the device is {device.state}, not approved")
    _decide(session, device, employee, DeviceState.REVOKED, admin, utc_now())
    session.commit()
    return device_view(device, employee.name)
