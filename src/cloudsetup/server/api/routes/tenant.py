"""``GET /tenant``: the signed-in admin's tenant and its setup state."""

from __future__ import annotations

from fastapi import APIRouter

from cloudsetup.models import ErrorBody, Tenant
from cloudsetup.server.api.deps import CurrentAdmin, SessionDep
from cloudsetup.server.json_body import JsonBodyRoute
from cloudsetup.server.services.tenants import tenant_view

router = APIRouter(
    route_class=JsonBodyRoute, tags=["tenant"], responses={401: {"model": ErrorBody}}
)


@router.get("/tenant", response_model=Tenant)
def read_tenant(admin: CurrentAdmin, session: SessionDep) -> Tenant:
    """Name, domain and setup state of the tenant named by the token."""
    return tenant_view(session, admin.tenant)
