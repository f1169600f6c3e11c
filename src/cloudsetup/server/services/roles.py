"""Who may change whom: the rule behind ``forbidden_role``, in one place.

Administration may do everything. A Service Provider configures and supports (employees,
access, ranges, devices, fill, sync, recipients, and users of his own role) but may not add,
remove or change an Administration user (an invitation with that role included), and may not
make himself or anybody else an Administration user. The route dependencies in ``api/deps.py``
apply it to the request; the user services apply it once more under the tenant's lock, to the
rows as they are then (a concurrent request may just have changed a role).
"""

from __future__ import annotations

from typing import Final

from cloudsetup.models import Role
from cloudsetup.models.users import FORBIDDEN_ROLE
from cloudsetup.server.errors import ApiError
from cloudsetup.server.tables import AdminUserRow

_ROLE_NAMES: Final = {
    Role.ADMINISTRATION: "Administration",
    Role.SERVICE_PROVIDER: "Service Provider",
}


def role_name(role: Role | str) -> str:
    return _ROLE_NAMES[Role(role)]


def _forbidden(detail: str) -> ApiError:
    return ApiError(403, FORBIDDEN_ROLE, detail)


def _is_administration(actor: AdminUserRow) -> bool:
    return Role(actor.role) is Role.ADMINISTRATION


def require_may_grant(actor: AdminUserRow, role: Role) -> None:
    """``actor`` may give ``role`` to somebody (himself included), by invitation or change."""
    if role is Role.ADMINISTRATION and not _is_administration(actor):
        raise _forbidden(
            "a Service Provider cannot make himself or anybody else an Administration user; "
            "ask an Administration user of the tenant"
        )


def require_may_manage(actor: AdminUserRow, target_role: Role | str) -> None:
    """``actor`` may change or remove a user (or his invitation) who has ``target_role``."""
    if Role(target_role) is Role.ADMINISTRATION and not _is_administration(actor):
        raise _forbidden(
            "a Service Provider cannot add, remove or change Administration users; "
            "ask an Administration user of the tenant"
        )
