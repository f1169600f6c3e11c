"""The device's own side: sign in, who am I, pull the records, push invoices.

Sign-in needs no token; every other route takes the device token (``CurrentDevice``), never an
admin's access token. The pull answers with bytes already in the shape of ``DevicePage`` (the
records' stored JSON is spliced in, see ``services/device_pull.py``); its schema is declared by
``response_model``. The token check and the pull only read, so they run through ``run_read``
(on SQLite on the event loop, with no thread hand-off); the invoice push writes and stays a
plain ``def`` (the thread pool).
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Response, status

from cloudsetup.models import (
    DeviceInvoice,
    DeviceInvoiceIn,
    DeviceMe,
    DevicePage,
    DeviceSignIn,
    DeviceSignInResult,
    ErrorBody,
)
from cloudsetup.models.sync import PAGE_DEFAULT_RECORDS, PAGE_MAX_RECORDS
from cloudsetup.server.api.deps import CurrentDevice, RuntimeDep, SessionDep, run_read
from cloudsetup.server.json_body import JsonBodyRoute
from cloudsetup.server.services import device_invoices, device_pull, device_signin
from cloudsetup.server.services.device_auth import device_me

router = APIRouter(route_class=JsonBodyRoute, prefix="/device", tags=["device"])

_Responses = dict[int | str, dict[str, Any]]
_UNAUTHORIZED: _Responses = {401: {"model": ErrorBody, "description": "invalid_token"}}


@router.post(
    "/signin",
    response_model=DeviceSignInResult,
    status_code=status.HTTP_202_ACCEPTED,
    responses={
        200: {"model": DeviceSignInResult, "description": "approved: with a new device token"},
        401: {"model": ErrorBody, "description": "invalid_credentials"},
        403: {
            "model": ErrorBody,
            "description": "consent_missing, device_rejected, device_revoked",
        },
        429: {"model": ErrorBody, "description": "too many failed sign-ins; see Retry-After"},
    },
)
def sign_in(
    body: DeviceSignIn, runtime: RuntimeDep, session: SessionDep, response: Response
) -> DeviceSignInResult:
    """Sign a device in: pending (202, with the verification code) or approved (200, token)."""
    result, approved = device_signin.sign_in(runtime, session, body)
    if approved:
        response.status_code = status.HTTP_200_OK
    return result


@router.get("/me", response_model=DeviceMe, responses=_UNAUTHORIZED)
async def read_me(device: CurrentDevice) -> DeviceMe:
    """The device, its employee and company, as the token names them."""
    return device_me(device)


@router.get(
    "/records",
    response_model=DevicePage,
    responses={
        **_UNAUTHORIZED,
        409: {"model": ErrorBody, "description": "not_filled"},
        422: {"model": ErrorBody, "description": "invalid_cursor"},
    },
)
async def pull_records(
    runtime: RuntimeDep,
    device: CurrentDevice,
    session: SessionDep,
    cursor: Annotated[str | None, Query()] = None,
    limit: Annotated[int, Query(ge=1, le=PAGE_MAX_RECORDS)] = PAGE_DEFAULT_RECORDS,
) -> Response:
    """The next records the employee may see after ``cursor`` (none: from the beginning)."""
    page = await run_read(runtime, device_pull.pull, session, device, cursor, limit)
    return Response(page.to_json(), media_type="application/json")


@router.post(
    "/invoices",
    response_model=DeviceInvoice,
    status_code=status.HTTP_201_CREATED,
    responses={
        **_UNAUTHORIZED,
        200: {"model": DeviceInvoice, "description": "the same invoice was pushed before"},
        403: {"model": ErrorBody, "description": "invoice_not_permitted"},
        409: {
            "model": ErrorBody,
            "description": "no_range, number_used, invoice_conflict, not_filled",
        },
        422: {"model": ErrorBody, "description": "number_outside_range, unknown_reference"},
    },
)
def push_invoice(
    body: DeviceInvoiceIn, device: CurrentDevice, session: SessionDep, response: Response
) -> DeviceInvoice:
    """Send an invoice written on the device, numbered from the employee's own range."""
    invoice, created = device_invoices.push(session, device, body)
    if not created:
        response.status_code = status.HTTP_200_OK
    return invoice
