"""Admin users and their roles, and the partner's handover derived from them."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Response, status

from cloudsetup.models import AdminUser, ErrorBody, Handover
from cloudsetup.server.api.deps import (
    CurrentAdmin,
    GrantableRole,
    ManagedUser,
    SessionDep,
    UserId,
)
from cloudsetup.server.json_body import JsonBodyRoute
from cloudsetup.server.services import handover, users

router = APIRouter(route_class=JsonBodyRoute, tags=["users"], responses={401: {"model": ErrorBody}})

_Responses = dict[int | str, dict[str, Any]]
_NOT_FOUND: _Responses = {404: {"model": ErrorBody}}
_REFUSED: _Responses = {
    **_NOT_FOUND,
    403: {"model": ErrorBody, "description": "forbidden_role"},
    409: {"model": ErrorBody, "description": "last_administrator, user_revoked"},
}


@router.get("/users", response_model=list[AdminUser])
def list_users(admin: CurrentAdmin, session: SessionDep) -> list[AdminUser]:
    """The tenant's admin users: active, then invited, then removed; by name."""
    return users.list_users(session, admin.tenant)


@router.get("/users/{user_id}", response_model=AdminUser, responses=_NOT_FOUND)
def read_user(user_id: UserId, admin: CurrentAdmin, session: SessionDep) -> AdminUser:
    """One admin user."""
    row = users.get_user_row(session, admin.tenant.id, user_id)
    return users.view_of(session, admin.tenant, row)


@router.put("/users/{user_id}/role", response_model=AdminUser, responses=_REFUSED)
def change_role(
    target: ManagedUser, change: GrantableRole, admin: CurrentAdmin, session: SessionDep
) -> AdminUser:
    """Give the user another role; the tenant always keeps one active Administration user."""
    return users.change_role(session, admin, target.id, change.role)


@router.delete(
    "/users/{user_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    response_class=Response,
    responses=_REFUSED,
)
def remove_user(target: ManagedUser, admin: CurrentAdmin, session: SessionDep) -> Response:
    """Remove the user (kept as revoked); his sessions end at once."""
    users.remove_user(session, admin, target.id)
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.get("/handover", response_model=Handover)
def read_handover(admin: CurrentAdmin, session: SessionDep) -> Handover:
    """How far the partner's handover to the customer has come (derived from the users)."""
    return handover.handover_view(session, admin.tenant)
