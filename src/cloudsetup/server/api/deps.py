"""``Annotated`` dependencies the routes declare: the runtime, a database session, the admin,
the role checks, and the device a device token names.

``CurrentAdmin`` is any active admin user, of either role: the routes that Administration and
Service Provider both may use (almost all) take it. The role rule
(:mod:`cloudsetup.server.services.roles`) is applied here, to what a request names:
``GrantableRole`` / ``GrantableInvitation`` (a body that gives a role), ``ManagedUser`` /
``ManagedInvitation`` (a user or invitation of the tenant that the admin may change; 404 for
one of another tenant, 403 ``forbidden_role`` for an Administration one when he is a Service
Provider).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from typing import Annotated, ParamSpec, TypeVar

from fastapi import Depends, Path, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy.orm import Session

from cloudsetup.models import ErrorCode, InvitationIn, RoleChange
from cloudsetup.server.errors import UnauthorizedError
from cloudsetup.server.runtime import Runtime
from cloudsetup.server.services import invitations, roles, users
from cloudsetup.server.services.auth import SignedIn, signed_in
from cloudsetup.server.services.device_auth import (
    SignedInDevice,
    note_seen,
    seen_is_due,
    signed_in_device,
)
from cloudsetup.server.tables import AdminUserRow, InvitationRow

# auto_error=False: a missing token gets our ErrorBody, not FastAPI's default answer.
_bearer = HTTPBearer(auto_error=False, description="the access token from /auth/login")
_device_bearer = HTTPBearer(
    auto_error=False,
    scheme_name="DeviceToken",
    description="the device token from /device/signin (an approved device)",
)


# A sync dependency is a trip to the thread pool and back. The runtime and the session are
# made without I/O, so they are async (run on the event loop): a device pull pays for its
# token lookup and its page, not for four thread hand-offs (measured in bench/devices.py).


async def get_runtime(request: Request) -> Runtime:
    runtime: Runtime = request.app.state.runtime
    return runtime


RuntimeDep = Annotated[Runtime, Depends(get_runtime)]

_P = ParamSpec("_P")
_T = TypeVar("_T")


async def run_read(
    runtime: Runtime, read: Callable[_P, _T], *args: _P.args, **kwargs: _P.kwargs
) -> _T:
    """Run ``read``, a database call that only reads, where it is cheapest.

    On the event loop where the database's reads never wait (SQLite), else in the thread pool
    (:attr:`Runtime.reads_on_event_loop`). Never for a write: a write may wait for a lock.
    """
    if runtime.reads_on_event_loop:
        return read(*args, **kwargs)
    return await run_in_threadpool(read, *args, **kwargs)


async def get_session(runtime: RuntimeDep) -> AsyncIterator[Session]:
    """The request's session; closed in the thread pool only while it holds a connection.

    A session that committed (or never ran a statement) holds none and closes without I/O;
    otherwise closing rolls back on the database, which must not block the event loop.
    """
    session = runtime.sessions()
    try:
        yield session
    finally:
        if session.in_transaction():
            await run_in_threadpool(session.close)
        else:
            session.close()


SessionDep = Annotated[Session, Depends(get_session)]


def get_current_admin(
    runtime: RuntimeDep,
    session: SessionDep,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> SignedIn:
    """The admin user and the tenant named by the bearer token (never by the request)."""
    if credentials is None:
        raise UnauthorizedError(ErrorCode.INVALID_TOKEN, "an access token is required")
    return signed_in(runtime, session, credentials.credentials)


CurrentAdmin = Annotated[SignedIn, Depends(get_current_admin)]


async def get_current_device(
    runtime: RuntimeDep,
    session: SessionDep,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_device_bearer)],
) -> SignedInDevice:
    """The approved device, its employee and tenant named by the device token."""
    if credentials is None:
        raise UnauthorizedError(ErrorCode.INVALID_TOKEN, "a device token is required")
    device = await run_read(runtime, signed_in_device, session, credentials.credentials)
    if seen_is_due(device):  # once a minute per device; a write, so never on the event loop
        await run_in_threadpool(note_seen, session, device)
    return device


CurrentDevice = Annotated[SignedInDevice, Depends(get_current_device)]


UserId = Annotated[int, Path(ge=1, le=2**31 - 1)]
InvitationId = Annotated[int, Path(ge=1, le=2**31 - 1)]


def _grantable_role(admin: CurrentAdmin, body: RoleChange) -> RoleChange:
    roles.require_may_grant(admin.user, body.role)
    return body


GrantableRole = Annotated[RoleChange, Depends(_grantable_role)]


def _grantable_invitation(admin: CurrentAdmin, body: InvitationIn) -> InvitationIn:
    roles.require_may_grant(admin.user, body.role)
    return body


GrantableInvitation = Annotated[InvitationIn, Depends(_grantable_invitation)]


def _managed_user(admin: CurrentAdmin, session: SessionDep, user_id: UserId) -> AdminUserRow:
    target = users.get_user_row(session, admin.tenant.id, user_id)
    roles.require_may_manage(admin.user, target.role)
    return target


ManagedUser = Annotated[AdminUserRow, Depends(_managed_user)]


def _managed_invitation(
    admin: CurrentAdmin, session: SessionDep, invitation_id: InvitationId
) -> InvitationRow:
    row, user = invitations.get_invitation(session, admin.tenant.id, invitation_id)
    roles.require_may_manage(admin.user, user.role)
    return row


ManagedInvitation = Annotated[InvitationRow, Depends(_managed_invitation)]
