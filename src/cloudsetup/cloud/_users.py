"""The admin user endpoints of the cloud API: users and roles, invitations, the handover.

Retries follow :mod:`cloudsetup.cloud.retry`: reading, changing a role (``PUT``) and removing a
user (``DELETE``) are idempotent and retried after transient failures; revoking an invitation
is too (revoking twice leaves it revoked). Inviting and resending are not (a repeat would send
a second mail), so they are repeated only when the request provably never left this computer.
"""

from __future__ import annotations

from cloudsetup.cloud._calls import BearerCalls, id_path
from cloudsetup.models import AdminUser, Handover, Invitation, InvitationIn, Role, RoleChange, paths


class UserEndpoints(BearerCalls):
    """``/users``, ``/invitations`` and ``/handover``."""

    def list_users(self) -> list[AdminUser]:
        """``GET /users``: the tenant's admin users with role and state."""
        return self._call_list(paths.USERS, AdminUser)

    def get_user(self, user_id: int) -> AdminUser:
        """``GET /users/{id}``: one admin user."""
        return self._call("GET", id_path(paths.USER, user_id=user_id), AdminUser)

    def change_role(self, user_id: int, *, role: Role) -> AdminUser:
        """``PUT /users/{id}/role``: 403 ``forbidden_role``, 409 ``last_administrator``."""
        return self._call(
            "PUT",
            id_path(paths.USER_ROLE, user_id=user_id),
            AdminUser,
            json=RoleChange(role=role).model_dump(mode="json"),
        )

    def remove_user(self, user_id: int) -> None:
        """``DELETE /users/{id}``: revoke the user; his sessions end at once."""
        self._call_no_content("DELETE", id_path(paths.USER, user_id=user_id))

    def list_invitations(self) -> list[Invitation]:
        """``GET /invitations``: every invitation with its state, newest first."""
        return self._call_list(paths.INVITATIONS, Invitation)

    def invite_user(self, invitation: InvitationIn) -> Invitation:
        """``POST /invitations``: invite somebody with a role (503 ``mail_failed``: saved)."""
        return self._call(
            "POST",
            paths.INVITATIONS,
            Invitation,
            json=invitation.model_dump(mode="json"),
            idempotent=False,
        )

    def resend_invitation(self, invitation_id: int) -> Invitation:
        """``POST /invitations/{id}/resend``: a new invitation; every earlier link stops."""
        return self._call(
            "POST",
            id_path(paths.INVITATION_RESEND, invitation_id=invitation_id),
            Invitation,
            idempotent=False,
        )

    def revoke_invitation(self, invitation_id: int) -> Invitation:
        """``POST /invitations/{id}/revoke``: withdraw it; the invited user is revoked."""
        return self._call(
            "POST",
            id_path(paths.INVITATION_REVOKE, invitation_id=invitation_id),
            Invitation,
            idempotent=True,
        )

    def get_handover(self) -> Handover:
        """``GET /handover``: the partner's handover step, derived from the users."""
        return self._call("GET", paths.HANDOVER, Handover)
