"""The request of every route of the authorization matrix, made from the cell's caller.

A request names tenant A's objects (tests/support/matrix_targets.py) and is valid, so that
the callers who may act get their 2xx and the others are refused for who they are, never
for what they sent. Each route also lists the targets a 2xx of it uses up.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Final

from cloudsetup.models import paths
from support.authorization import HOME_CALLERS, HOME_ONLY_CUSTOMER, World
from support.cloud import INVITED_PASSWORD, fill_totals, unique_email
from support.device_data import invoice_body
from support.devices import device_id
from support.matrix_targets import Targets


@dataclass(frozen=True)
class Call:
    method: str
    url: str
    json: Any = None
    form: dict[str, str] | None = None


@dataclass(frozen=True)
class Cell:
    """What a route's request is made from: the world, tenant A's targets, the caller."""

    world: World
    targets: Targets
    caller: str

    def url(self, template: str, **kinds: str) -> str:
        """``template`` with each parameter set to the id of a target (employee_id="emma")."""
        values = {name: _id(self.targets[kind]) for name, kind in kinds.items()}
        return template.format(**values)

    def invoice_number(self) -> str:
        return f"RE-M-{1000 + uuid.uuid4().int % 1000}"


def _id(target: Any) -> str:
    return str(getattr(target, "id", target))


def _sync_change(cell: Cell) -> dict[str, Any]:
    base = cell.world.tenant_of(cell.caller).pushed_version()
    change = {"collection": "customers", "id": f"cus-{cell.world.fresh_name()}", "data": {}}
    return {"base_version": base, "through_version": base + 1, "changes": [change]}


def _invoice(cell: Cell) -> dict[str, Any]:
    return invoice_body(cell.invoice_number(), customer_id=HOME_ONLY_CUSTOMER)


def _approve(cell: Cell) -> Call:
    """As the office does it: synchronise (the device invoices pushed so far), then approve."""
    if cell.caller in HOME_CALLERS:  # (the others are refused; tenant A stays as it is)
        cell.world.home.synced()
    return Call("POST", cell.url(P.DEVICE_APPROVE, device_pk="pending_device"), {})


def _totals(cell: Cell) -> list[dict[str, Any]]:
    return fill_totals(cell.world.home.records)


def _batch(cell: Cell) -> dict[str, Any]:
    collection, records = next(iter(cell.world.home.records.items()))
    return {"collection": collection.value, "records": records}


P = paths
Build = Callable[[Cell], Call]
# "METHOD path" -> (the request, the targets a 2xx of it by a caller of tenant A uses up)
REQUESTS: Final[dict[str, tuple[Build, tuple[str, ...]]]] = {
    "GET /api/v1/health": (lambda c: Call("GET", P.HEALTH), ()),
    "POST /api/v1/device/signin": (
        lambda c: Call(
            "POST", P.DEVICE_SIGNIN, c.world.home.office.sign_in_body("max", device_id())
        ),
        (),
    ),
    "GET /api/v1/device/me": (lambda c: Call("GET", P.DEVICE_ME), ()),
    "GET /api/v1/device/records": (lambda c: Call("GET", P.DEVICE_RECORDS), ()),
    "POST /api/v1/device/invoices": (lambda c: Call("POST", P.DEVICE_INVOICES, _invoice(c)), ()),
    "GET /api/v1/sync/status": (lambda c: Call("GET", P.SYNC_STATUS), ()),
    "POST /api/v1/sync/changes": (lambda c: Call("POST", P.SYNC_CHANGES, _sync_change(c)), ()),
    "POST /api/v1/sync/inbox": (lambda c: Call("POST", P.SYNC_INBOX, {"after": 0}), ()),
    "GET /api/v1/devices": (lambda c: Call("GET", P.DEVICES), ()),
    "POST /api/v1/devices/{device_pk}/approve": (_approve, ("pending_device",)),
    "POST /api/v1/devices/{device_pk}/reject": (
        lambda c: Call("POST", c.url(P.DEVICE_REJECT, device_pk="pending_device")),
        ("pending_device",),
    ),
    "POST /api/v1/devices/{device_pk}/revoke": (
        lambda c: Call("POST", c.url(P.DEVICE_REVOKE, device_pk="approved_device")),
        ("approved_device",),
    ),
    "POST /api/v1/auth/login": (
        lambda c: Call(
            "POST",
            P.AUTH_LOGIN,
            {
                "domain": c.world.home.office.data.domain,
                "username": c.world.home.office.data.username,
                "password": c.world.home.office.data.password,
            },
        ),
        (),
    ),
    "POST /api/v1/auth/refresh": (
        lambda c: Call("POST", P.AUTH_REFRESH, {"refresh_token": c.targets["refresh_token"]}),
        ("refresh_token",),
    ),
    "POST /api/v1/auth/logout": (
        lambda c: Call("POST", P.AUTH_LOGOUT, {"refresh_token": c.targets["refresh_token"]}),
        ("refresh_token",),
    ),
    "GET /api/v1/me": (lambda c: Call("GET", P.ME), ()),
    "GET /api/v1/tenant": (lambda c: Call("GET", P.TENANT), ()),
    "GET /api/v1/employees": (lambda c: Call("GET", P.EMPLOYEES), ()),
    "POST /api/v1/employees": (
        lambda c: Call("POST", P.EMPLOYEES, {"name": "Neu Person", "email": unique_email()}),
        (),
    ),
    "GET /api/v1/employees/{employee_id}": (
        lambda c: Call("GET", c.url(P.EMPLOYEE, employee_id="employee")),
        (),
    ),
    "PUT /api/v1/employees/{employee_id}": (
        lambda c: Call(
            "PUT",
            c.url(P.EMPLOYEE, employee_id="emma"),
            {"name": c.targets["emma"].name, "email": c.targets["emma"].email},
        ),
        (),
    ),
    "DELETE /api/v1/employees/{employee_id}": (
        lambda c: Call("DELETE", c.url(P.EMPLOYEE, employee_id="disposable_employee")),
        ("disposable_employee",),
    ),
    "POST /api/v1/employees/{employee_id}/activation": (
        lambda c: Call(
            "POST",
            c.url(P.EMPLOYEE_ACTIVATION, employee_id="emma"),
            {"password": "Blau-Wal-Tanz-97"},
        ),
        (),
    ),
    "POST /api/v1/employees/{employee_id}/activation/resend": (
        lambda c: Call("POST", c.url(P.EMPLOYEE_ACTIVATION_RESEND, employee_id="emma")),
        (),
    ),
    "PUT /api/v1/employees/{employee_id}/permissions": (
        lambda c: Call(
            "PUT",
            c.url(P.EMPLOYEE_PERMISSIONS, employee_id="emma"),
            {"may_create_invoices": False},
        ),
        (),
    ),
    "GET /api/v1/ranges": (lambda c: Call("GET", P.RANGES), ()),
    "GET /api/v1/ranges/suggestion": (
        lambda c: Call("GET", f"{P.RANGE_SUGGESTION}?prefix=RE-&size=100"),
        (),
    ),
    "PUT /api/v1/ranges/office": (
        lambda c: Call("PUT", P.OFFICE_RANGE, {"prefix": "BU-", "start": 1, "end": 999}),
        (),
    ),
    "PUT /api/v1/employees/{employee_id}/range": (
        lambda c: Call(
            "PUT",
            c.url(P.EMPLOYEE_RANGE, employee_id="emma"),
            {"prefix": "RE-E-", "start": 1, "end": 99},
        ),
        (),
    ),
    "DELETE /api/v1/employees/{employee_id}/range": (
        lambda c: Call("DELETE", c.url(P.EMPLOYEE_RANGE, employee_id="ranged_employee")),
        ("ranged_employee",),
    ),
    "POST /api/v1/fill/jobs": (
        lambda c: Call("POST", P.FILL_JOBS, {"expected": [], "total_batches": 0}),
        ("job",),  # a new job aborts the open one
    ),
    "GET /api/v1/fill/jobs/{job_id}": (lambda c: Call("GET", c.url(P.FILL_JOB, job_id="job")), ()),
    "PUT /api/v1/fill/jobs/{job_id}/batches/{seq}": (
        lambda c: Call("PUT", c.url(P.FILL_BATCH.replace("{seq}", "0"), job_id="job"), _batch(c)),
        (),
    ),
    "POST /api/v1/fill/jobs/{job_id}/commit": (
        lambda c: Call("POST", c.url(P.FILL_COMMIT, job_id="job"), {"totals": _totals(c)}),
        ("job",),
    ),
    "POST /api/v1/fill/jobs/{job_id}/abort": (
        lambda c: Call("POST", c.url(P.FILL_ABORT, job_id="job")),
        ("job",),
    ),
    "GET /api/v1/fill/status": (lambda c: Call("GET", P.FILL_STATUS), ()),
    "GET /api/v1/users": (lambda c: Call("GET", P.USERS), ()),
    "GET /api/v1/users/{user_id}": (lambda c: Call("GET", c.url(P.USER, user_id="admin_user")), ()),
    "DELETE /api/v1/users/{user_id}": (
        lambda c: Call("DELETE", c.url(P.USER, user_id="invited_admin")),
        ("invited_admin",),
    ),
    "PUT /api/v1/users/{user_id}/role": (
        lambda c: Call(
            "PUT", c.url(P.USER_ROLE, user_id="invited_provider"), {"role": "administration"}
        ),
        ("invited_provider",),
    ),
    "GET /api/v1/handover": (lambda c: Call("GET", P.HANDOVER), ()),
    "GET /api/v1/invitations": (lambda c: Call("GET", P.INVITATIONS), ()),
    "POST /api/v1/invitations": (
        lambda c: Call(
            "POST", P.INVITATIONS, {"email": unique_email("neu"), "role": "administration"}
        ),
        (),
    ),
    "POST /api/v1/invitations/{invitation_id}/resend": (
        lambda c: Call("POST", c.url(P.INVITATION_RESEND, invitation_id="admin_invitation")),
        ("admin_invitation",),
    ),
    "POST /api/v1/invitations/{invitation_id}/revoke": (
        lambda c: Call("POST", c.url(P.INVITATION_REVOKE, invitation_id="admin_invitation")),
        ("admin_invitation",),
    ),
    "GET /api/v1/notifications/recipients": (lambda c: Call("GET", P.NOTIFICATION_RECIPIENTS), ()),
    "PUT /api/v1/notifications/recipients": (
        lambda c: Call("PUT", P.NOTIFICATION_RECIPIENTS, {"lines": "buero@example.de"}),
        (),
    ),
    "GET /api/v1/audit": (lambda c: Call("GET", P.AUDIT), ()),
    "GET /consent/{token}": (lambda c: Call("GET", c.targets["consent_link"]), ()),
    "POST /consent/{token}": (
        lambda c: Call("POST", c.targets["fresh_consent_link"]),
        ("fresh_consent_link",),
    ),
    "POST /consent/{token}/renew": (
        lambda c: Call("POST", c.targets["consent_link"] + "/renew"),
        (),
    ),
    "GET /invitation/{token}": (lambda c: Call("GET", c.targets["invitation_link"]), ()),
    "POST /invitation/{token}": (
        lambda c: Call(
            "POST",
            c.targets["fresh_invitation_link"],
            form={
                "username": c.world.fresh_name(),
                "password": INVITED_PASSWORD,
                "repeat": INVITED_PASSWORD,
            },
        ),
        ("fresh_invitation_link",),
    ),
    "GET /openapi.json": (lambda c: Call("GET", "/openapi.json"), ()),
    "GET /docs": (lambda c: Call("GET", "/docs"), ()),
    "GET /docs/oauth2-redirect": (lambda c: Call("GET", "/docs/oauth2-redirect"), ()),
    "GET /redoc": (lambda c: Call("GET", "/redoc"), ()),
}
