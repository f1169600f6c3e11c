"""``GET /health``: who answers at this address."""

from __future__ import annotations

from fastapi import APIRouter

import cloudsetup
from cloudsetup.models import ServerInfo
from cloudsetup.server.json_body import JsonBodyRoute

router = APIRouter(route_class=JsonBodyRoute, tags=["health"])


@router.get("/health", response_model=ServerInfo)
def health() -> ServerInfo:
    """Name and version of the service; needs no log-in."""
    return ServerInfo(version=cloudsetup.__version__)
