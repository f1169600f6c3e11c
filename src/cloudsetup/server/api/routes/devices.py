"""Devices from the office's side: list them, approve, reject, revoke."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Path, Query

from cloudsetup.models import Device, DeviceApproval, DeviceState, ErrorBody
from cloudsetup.server.api.deps import CurrentAdmin, SessionDep
from cloudsetup.server.json_body import JsonBodyRoute
from cloudsetup.server.services import devices

router = APIRouter(
    route_class=JsonBodyRoute,
    prefix="/devices",
    tags=["devices"],
    responses={401: {"model": ErrorBody}},
)

DevicePk = Annotated[int, Path(ge=1, le=2**31 - 1)]

_Responses = dict[int | str, dict[str, Any]]
_NOT_FOUND: _Responses = {404: {"model": ErrorBody}}


@router.get("", response_model=list[Device])
def list_devices(
    admin: CurrentAdmin,
    session: SessionDep,
    state: Annotated[DeviceState | None, Query()] = None,
    employee_id: Annotated[int | None, Query(ge=1, le=2**31 - 1)] = None,
) -> list[Device]:
    """The tenant's devices: pending first, then by employee name and device name."""
    return devices.list_devices(session, admin.tenant.id, state=state, employee_id=employee_id)


@router.post(
    "/{device_pk}/approve",
    response_model=Device,
    responses={
        **_NOT_FOUND,
        409: {
            "model": ErrorBody,
            "description": "device_limit, not_synced, device_not_pending, consent_missing",
        },
        422: {"model": ErrorBody, "description": "replaces_invalid"},
    },
)
def approve_device(
    device_pk: DevicePk, body: DeviceApproval, admin: CurrentAdmin, session: SessionDep
) -> Device:
    """Approve a pending device; ``replaces`` revokes one of the employee's in the same step."""
    return devices.approve(session, admin, device_pk, body)


@router.post(
    "/{device_pk}/reject",
    response_model=Device,
    responses={**_NOT_FOUND, 409: {"model": ErrorBody, "description": "device_not_pending"}},
)
def reject_device(device_pk: DevicePk, admin: CurrentAdmin, session: SessionDep) -> Device:
    """Refuse a pending device."""
    return devices.reject(session, admin, device_pk)


@router.post(
    "/{device_pk}/revoke",
    response_model=Device,
    responses={**_NOT_FOUND, 409: {"model": ErrorBody, "description": "device_not_approved"}},
)
def revoke_device(device_pk: DevicePk, admin: CurrentAdmin, session: SessionDep) -> Device:
    """End an approved device; its token stops working at once."""
    return devices.revoke(session, admin, device_pk)
