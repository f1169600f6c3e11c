"""What an ``admin_users`` row stands for: its state, its name, and the invited user's row.

An invited user exists from the invitation on, so roles, the audit log and the handover can
name him; he chooses his user name and password only when he accepts. Until then his row holds
a placeholder user name that no log-in can send (``~`` is not allowed in user names) and a
password hash that no password matches (``!``, as in ``/etc/shadow``), and he is not active:
log-in, refresh and bearer calls accept active users only.
"""

from __future__ import annotations

import secrets
from typing import Final

from cloudsetup.models import Role, UserState
from cloudsetup.server.tables import AdminUserRow

INVITED_USERNAME_PREFIX: Final = "~invited-"
UNUSABLE_PASSWORD_HASH: Final = "!"  # noqa: S105 - the marker of "no password", not a secret


def invited_user(
    *, tenant_id: int, email: str, role: Role, display_name: str | None, invited_by: int
) -> AdminUserRow:
    """The row of a newly invited user (not able to sign in until he accepts)."""
    return AdminUserRow(
        tenant_id=tenant_id,
        username=INVITED_USERNAME_PREFIX + secrets.token_hex(12),
        email=email,
        role=role,
        password_hash=UNUSABLE_PASSWORD_HASH,
        state=UserState.INVITED.value,
        display_name=display_name,
        invited_by=invited_by,
    )


def state_of(user: AdminUserRow) -> UserState:
    return UserState(user.state)


def is_active(user: AdminUserRow) -> bool:
    return user.state == UserState.ACTIVE.value


def is_active_administrator(user: AdminUserRow) -> bool:
    return is_active(user) and Role(user.role) is Role.ADMINISTRATION


def username_of(user: AdminUserRow) -> str | None:
    """His user name; none while he has only been invited."""
    return None if user.username.startswith(INVITED_USERNAME_PREFIX) else user.username


def label(user: AdminUserRow) -> str:
    """How messages and the audit log name him: user name, else e-mail address."""
    return username_of(user) or user.email
