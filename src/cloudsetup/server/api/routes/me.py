"""``GET /me``: the signed-in admin user."""

from __future__ import annotations

from fastapi import APIRouter

from cloudsetup.models import CurrentUser, ErrorBody
from cloudsetup.server.api.deps import CurrentAdmin
from cloudsetup.server.json_body import JsonBodyRoute

router = APIRouter(route_class=JsonBodyRoute, tags=["me"], responses={401: {"model": ErrorBody}})


@router.get("/me", response_model=CurrentUser)
def read_me(admin: CurrentAdmin) -> CurrentUser:
    """The admin user the access token belongs to, with his role."""
    return CurrentUser(
        user_id=admin.user.id,
        username=admin.user.username,
        email=admin.user.email,
        role=admin.user.role,
        domain=admin.tenant.domain,
    )
