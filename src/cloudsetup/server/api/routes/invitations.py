"""Invitations of admin users: invite by e-mail with a role, list, resend, revoke."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, status

from cloudsetup.models import ErrorBody, Invitation
from cloudsetup.server.api.deps import (
    CurrentAdmin,
    GrantableInvitation,
    ManagedInvitation,
    RuntimeDep,
    SessionDep,
)
from cloudsetup.server.json_body import JsonBodyRoute
from cloudsetup.server.services import invitations

router = APIRouter(
    route_class=JsonBodyRoute,
    prefix="/invitations",
    tags=["users"],
    responses={401: {"model": ErrorBody}},
)

_Responses = dict[int | str, dict[str, Any]]
_FORBIDDEN: _Responses = {403: {"model": ErrorBody, "description": "forbidden_role"}}
_MAIL: _Responses = {
    503: {"model": ErrorBody, "description": "mail_failed: saved, but the mail was not sent"}
}
_NOT_FOUND: _Responses = {404: {"model": ErrorBody}}


@router.get("", response_model=list[Invitation])
def list_invitations(admin: CurrentAdmin, session: SessionDep) -> list[Invitation]:
    """Every invitation of the tenant with its state, newest first."""
    return invitations.list_invitations(session, admin.tenant.id)


@router.post(
    "",
    response_model=Invitation,
    status_code=status.HTTP_201_CREATED,
    responses={
        **_FORBIDDEN,
        **_MAIL,
        409: {"model": ErrorBody, "description": "email_taken, already_invited"},
    },
)
def invite(
    body: GrantableInvitation, admin: CurrentAdmin, runtime: RuntimeDep, session: SessionDep
) -> Invitation:
    """Invite somebody as an admin user with a role; he gets a mail with his link."""
    return invitations.invite(session, runtime, admin, body)


@router.post(
    "/{invitation_id}/resend",
    response_model=Invitation,
    responses={
        **_NOT_FOUND,
        **_FORBIDDEN,
        **_MAIL,
        409: {"model": ErrorBody, "description": "invitation_closed"},
    },
)
def resend(
    invitation: ManagedInvitation, admin: CurrentAdmin, runtime: RuntimeDep, session: SessionDep
) -> Invitation:
    """Mail a new link (a new invitation); every earlier link of his stops working."""
    return invitations.resend(session, runtime, admin, invitation.id)


@router.post(
    "/{invitation_id}/revoke",
    response_model=Invitation,
    responses={
        **_NOT_FOUND,
        **_FORBIDDEN,
        409: {"model": ErrorBody, "description": "invitation_accepted"},
    },
)
def revoke(invitation: ManagedInvitation, admin: CurrentAdmin, session: SessionDep) -> Invitation:
    """Withdraw the invitation: the invited user is revoked, his link stops working."""
    return invitations.revoke(session, admin, invitation.id)
