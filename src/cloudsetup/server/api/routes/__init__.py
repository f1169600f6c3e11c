"""One router per resource; ``api_router`` collects them under ``/api/v1``."""

from __future__ import annotations

from fastapi import APIRouter

from cloudsetup.models.paths import API_PREFIX
from cloudsetup.server.api.routes import (
    auth,
    device,
    devices,
    employees,
    fill,
    health,
    invitations,
    me,
    notifications,
    ranges,
    sync,
    tenant,
    users,
)

api_router = APIRouter(prefix=API_PREFIX)
# Routes are tried in this order: the health check and what devices call (by far the most
# requests of a running cloud) come first.
for _module in (
    health,
    device,
    sync,
    devices,
    auth,
    me,
    tenant,
    employees,
    ranges,
    fill,
    users,
    invitations,
    notifications,
):
    api_router.include_router(_module.router)
