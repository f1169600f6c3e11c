"""Admin session: log in, refresh, log out."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Response, status

from cloudsetup.models import ErrorBody, LoginRequest, RefreshRequest, TokenPair
from cloudsetup.server.api.deps import RuntimeDep, SessionDep
from cloudsetup.server.json_body import JsonBodyRoute
from cloudsetup.server.services import auth

router = APIRouter(route_class=JsonBodyRoute, prefix="/auth", tags=["auth"])

_UNAUTHORIZED: dict[int | str, dict[str, Any]] = {
    401: {"model": ErrorBody, "description": "not signed in"}
}


@router.post(
    "/login",
    response_model=TokenPair,
    responses={
        **_UNAUTHORIZED,
        429: {"model": ErrorBody, "description": "too many failed log-ins; see Retry-After"},
    },
)
def login(body: LoginRequest, runtime: RuntimeDep, session: SessionDep) -> TokenPair:
    """Log in with domain, user name and password; returns an access and a refresh token."""
    return auth.login(runtime, session, body)


@router.post("/refresh", response_model=TokenPair, responses=_UNAUTHORIZED)
def refresh(body: RefreshRequest, runtime: RuntimeDep, session: SessionDep) -> TokenPair:
    """Trade a refresh token (used up by this) for a new token pair."""
    return auth.refresh(runtime, session, body.refresh_token)


@router.post("/logout", status_code=status.HTTP_204_NO_CONTENT, response_class=Response)
def logout(body: RefreshRequest, session: SessionDep) -> Response:
    """End the session the refresh token belongs to."""
    auth.logout(session, body.refresh_token)
    return Response(status_code=status.HTTP_204_NO_CONTENT)
