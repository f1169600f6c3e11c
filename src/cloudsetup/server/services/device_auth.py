"""Who a device token belongs to: the approved device, its employee and the tenant.

Every call of a device (pull, push, ``/device/me``) starts here, so this is one indexed query
(``devices.token_hash`` is unique) joined to the employee and the tenant, built once and run
as plain Core (no ORM objects: the benchmark in ``bench/devices.py`` measures this path). The
lookup only reads; noting that the device was seen is a write of its own
(:func:`note_seen`), due only when ``last_seen_at`` is more than a minute old
(:func:`seen_is_due`): a device that pulls every few seconds does not turn each pull into a
write, and the caller can run the read where reads are cheap and the write where waiting for a
lock harms no one (see ``api/deps.py``).

A device token is opaque random text (see :func:`~cloudsetup.server.security.new_device_token`),
never a JWT: an admin's access token is unknown here, and a device token is not a valid JWT for
the admin routes, so neither opens the other's door.
"""

from __future__ import annotations

import hmac
import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Final

from sqlalchemy import bindparam, or_, select, update
from sqlalchemy.orm import Session

from cloudsetup.models import DeviceMe, DeviceState, ErrorCode, Platform
from cloudsetup.server.errors import UnauthorizedError
from cloudsetup.server.security import hash_device_token
from cloudsetup.server.services.fill_storage import begin_write
from cloudsetup.server.tables import DeviceRow, EmployeeRow, TenantRow, utc_now

#: How stale ``last_seen_at`` may get before a request writes it again.
LAST_SEEN_GRANULARITY: Final = timedelta(minutes=1)
# token_urlsafe(32) is 43 characters; anything else is not looked up at all.
_TOKEN_SHAPE: Final = re.compile(r"[A-Za-z0-9_-]{43}")

_devices = DeviceRow.__table__.c
_employees = EmployeeRow.__table__.c
_tenants = TenantRow.__table__.c


@dataclass(frozen=True, slots=True)
class DeviceEmployee:
    """The employee of a signed-in device: who he is and what he may see and do."""

    id: int
    name: str
    email: str
    employee_number: str | None
    may_create_invoices: bool
    no_purchase_prices: bool
    own_projects_only: bool
    no_revenue_figures: bool


@dataclass(frozen=True, slots=True)
class DeviceTenant:
    """The tenant as a device request needs it (read with the token, in the same query)."""

    id: int
    name: str
    domain: str
    live_generation: int | None
    change_version: int


@dataclass(frozen=True, slots=True)
class SignedInDevice:
    """The approved device a token stands for, with its employee and tenant."""

    pk: int
    device_id: str
    name: str
    platform: str
    employee: DeviceEmployee
    tenant: DeviceTenant
    last_seen_at: datetime | None


# The columns of each value object, in its field order: a row is sliced into them.
_DEVICE_COLUMNS: Final = (_devices.id, _devices.device_id, _devices.name, _devices.platform)
_EMPLOYEE_COLUMNS: Final = (
    _employees.id,
    _employees.name,
    _employees.email,
    _employees.employee_number,
    _employees.may_create_invoices,
    _employees.no_purchase_prices,
    _employees.own_projects_only,
    _employees.no_revenue_figures,
)
_TENANT_COLUMNS: Final = (
    _tenants.id,
    _tenants.name,
    _tenants.domain,
    _tenants.live_generation,
    _tenants.change_version,
)
_CHECK_COLUMNS: Final = (
    _devices.state,
    _devices.token_hash,
    _devices.last_seen_at,
    _employees.confirmed_at,
)
_BY_TOKEN: Final = (
    select(*_DEVICE_COLUMNS, *_EMPLOYEE_COLUMNS, *_TENANT_COLUMNS, *_CHECK_COLUMNS)
    .select_from(DeviceRow.__table__)
    .join(EmployeeRow.__table__, _employees.id == _devices.employee_id)
    .join(
        TenantRow.__table__,
        (_tenants.id == _devices.tenant_id) & (_tenants.id == _employees.tenant_id),
    )
    .where(_devices.token_hash == bindparam("token_hash"))
)
_EMPLOYEE_AT: Final = len(_DEVICE_COLUMNS)
_TENANT_AT: Final = _EMPLOYEE_AT + len(_EMPLOYEE_COLUMNS)
_CHECK_AT: Final = _TENANT_AT + len(_TENANT_COLUMNS)
_TOUCH: Final = (
    update(DeviceRow)
    .where(
        _devices.id == bindparam("pk"),
        or_(_devices.last_seen_at.is_(None), _devices.last_seen_at <= bindparam("stale")),
    )
    .values(last_seen_at=bindparam("now"))
)


def _refused() -> UnauthorizedError:
    # One answer for unknown, revoked, rejected, deleted and unconfirmed: nothing to probe.
    return UnauthorizedError(ErrorCode.INVALID_TOKEN, "the device token is not valid")


def signed_in_device(session: Session, token: str) -> SignedInDevice:
    """The device of a valid token; 401 ``invalid_token`` for anything else. Only reads."""
    if not _TOKEN_SHAPE.fullmatch(token):
        raise _refused()
    token_hash = hash_device_token(token)
    row = session.connection().execute(_BY_TOKEN, {"token_hash": token_hash}).one_or_none()
    if row is None:
        raise _refused()
    state, stored_hash, last_seen_at, confirmed_at = row[_CHECK_AT:]
    if (
        not hmac.compare_digest(stored_hash or "", token_hash)
        or state != DeviceState.APPROVED
        or confirmed_at is None
    ):
        raise _refused()
    pk, device_id, name, platform = row[:_EMPLOYEE_AT]
    return SignedInDevice(
        pk=pk,
        device_id=device_id,
        name=name,
        platform=platform,
        employee=DeviceEmployee(*row[_EMPLOYEE_AT:_TENANT_AT]),
        tenant=DeviceTenant(*row[_TENANT_AT:_CHECK_AT]),
        last_seen_at=last_seen_at,
    )


def seen_is_due(device: SignedInDevice) -> bool:
    """Whether ``last_seen_at`` is older than :data:`LAST_SEEN_GRANULARITY` (or unset)."""
    seen = device.last_seen_at
    return seen is None or seen <= utc_now() - LAST_SEEN_GRANULARITY


def note_seen(session: Session, device: SignedInDevice) -> None:
    """Write ``last_seen_at`` (and commit); may wait for the database's write lock."""
    now = utc_now()
    connection = session.connection()
    begin_write(connection)  # on SQLite: in turn with the other writers of this process
    # Conditional, so that concurrent requests of one device write it once.
    connection.execute(_TOUCH, {"pk": device.pk, "stale": now - LAST_SEEN_GRANULARITY, "now": now})
    session.commit()


def device_me(signed: SignedInDevice) -> DeviceMe:
    """What the token stands for, as the device shows it."""
    return DeviceMe(
        device_id=signed.device_id,
        name=signed.name,
        platform=Platform(signed.platform),
        employee_name=signed.employee.name,
        company=signed.tenant.name,
        domain=signed.tenant.domain,
        may_create_invoices=signed.employee.may_create_invoices,
        filled=signed.tenant.live_generation is not None,
    )
