"""Who a device token belongs to: the approved device, its employee and the tenant.

Every call of a device (pull, push, ``/device/me``) starts here, so this is one indexed query
(``devices.token_hash`` is unique) joined to the employee and the tenant, and it writes only
when ``last_seen_at`` is more than a minute old: a device that pulls every few seconds does not
turn each pull into a write.

A device token is opaque random text (see :func:`~cloudsetup.server.security.new_device_token`),
never a JWT: an admin's access token is unknown here, and a device token is not a valid JWT for
the admin routes, so neither opens the other's door.
"""

from __future__ import annotations

import hmac
import re
from dataclasses import dataclass
from datetime import timedelta
from typing import Final

from sqlalchemy import or_, select, update
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import set_committed_value

from cloudsetup.models import DeviceMe, DeviceState, ErrorCode, Platform
from cloudsetup.server.errors import UnauthorizedError
from cloudsetup.server.security import hash_device_token
from cloudsetup.server.tables import DeviceRow, EmployeeRow, TenantRow, utc_now

#: How stale ``last_seen_at`` may get before a request writes it again.
LAST_SEEN_GRANULARITY: Final = timedelta(minutes=1)
# token_urlsafe(32) is 43 characters; anything else is not looked up at all.
_TOKEN_SHAPE: Final = re.compile(r"[A-Za-z0-9_-]{43}")


@dataclass(frozen=True)
class SignedInDevice:
    """The approved device a token stands for, with its employee and tenant."""

    device: DeviceRow
    employee: EmployeeRow
    tenant: TenantRow


def _refused() -> UnauthorizedError:
    # One answer for unknown, revoked, rejected, deleted and unconfirmed: nothing to probe.
    return UnauthorizedError(ErrorCode.INVALID_TOKEN, "the device token is not valid")


def signed_in_device(session: Session, token: str) -> SignedInDevice:
    """The device of a valid token; 401 ``invalid_token`` for anything else."""
    if not _TOKEN_SHAPE.fullmatch(token):
        raise _refused()
    token_hash = hash_device_token(token)
    found = session.execute(
        select(DeviceRow, EmployeeRow, TenantRow)
        .join(EmployeeRow, DeviceRow.employee_id == EmployeeRow.id)
        .join(TenantRow, DeviceRow.tenant_id == TenantRow.id)
        .where(DeviceRow.token_hash == token_hash)
    ).one_or_none()
    if found is None:
        raise _refused()
    device, employee, tenant = found
    if (
        not hmac.compare_digest(device.token_hash or "", token_hash)
        or device.state != DeviceState.APPROVED
        or employee.tenant_id != tenant.id
        or employee.confirmed_at is None
    ):
        raise _refused()
    _touch(session, device)
    return SignedInDevice(device=device, employee=employee, tenant=tenant)


def _touch(session: Session, device: DeviceRow) -> None:
    """Note that the device was seen, at most once per :data:`LAST_SEEN_GRANULARITY`."""
    now = utc_now()
    stale = now - LAST_SEEN_GRANULARITY
    if device.last_seen_at is not None and device.last_seen_at > stale:
        return
    # Conditional, so that concurrent requests of one device write it once.
    session.execute(
        update(DeviceRow)
        .where(
            DeviceRow.id == device.id,
            or_(DeviceRow.last_seen_at.is_(None), DeviceRow.last_seen_at <= stale),
        )
        .values(last_seen_at=now)
        .execution_options(synchronize_session=False)
    )
    session.commit()
    set_committed_value(device, "last_seen_at", now)  # as stored; nothing left to flush


def device_me(signed: SignedInDevice) -> DeviceMe:
    """What the token stands for, as the device shows it."""
    return DeviceMe(
        device_id=signed.device.device_id,
        name=signed.device.name,
        platform=Platform(signed.device.platform),
        employee_name=signed.employee.name,
        company=signed.tenant.name,
        domain=signed.tenant.domain,
        may_create_invoices=signed.employee.may_create_invoices,
        filled=signed.tenant.live_generation is not None,
    )
