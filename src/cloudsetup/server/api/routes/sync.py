"""The office sync: its position, the office's changes in, the devices' invoices out."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter

from cloudsetup.models import (
    ChangeBatch,
    ChangeReceipt,
    ErrorBody,
    InboxPage,
    InboxPull,
    SyncStatus,
)
from cloudsetup.server.api.deps import CurrentAdmin, SessionDep
from cloudsetup.server.json_body import JsonBodyRoute
from cloudsetup.server.services import sync

router = APIRouter(
    route_class=JsonBodyRoute, prefix="/sync", tags=["sync"], responses={401: {"model": ErrorBody}}
)

_NOT_FILLED: dict[int | str, dict[str, Any]] = {
    409: {"model": ErrorBody, "description": "not_filled"}
}


@router.get("/status", response_model=SyncStatus)
def read_status(admin: CurrentAdmin, session: SessionDep) -> SyncStatus:
    """Where the office's sync stands as the cloud sees it, and how many devices wait."""
    return sync.status(session, admin.tenant)


@router.post(
    "/changes",
    response_model=ChangeReceipt,
    responses={
        409: {"model": ErrorBody, "description": "not_filled, sync_gap"},
        422: {"model": ErrorBody, "description": "record_rejected, invalid"},
    },
)
def push_changes(body: ChangeBatch, admin: CurrentAdmin, session: SessionDep) -> ChangeReceipt:
    """Apply the office's changes after ``base_version``; a batch held already changes nothing."""
    return sync.push_changes(session, admin.tenant.id, body)


@router.post("/inbox", response_model=InboxPage, responses=_NOT_FILLED)
def pull_inbox(body: InboxPull, admin: CurrentAdmin, session: SessionDep) -> InboxPage:
    """Invoices written on devices after ``after`` (which the office confirms to hold)."""
    return sync.pull_inbox(session, admin.tenant.id, body)
