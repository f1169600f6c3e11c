"""A hand-written fake of the users, invitations, handover and recipients endpoints.

:class:`FakeUserServer` keeps the rules of the reference cloud that the services rely on: a
Service Provider may not give the Administration role nor touch an Administration user
(``forbidden_role``), the last active Administration user stays (``last_administrator``), one
address one user (``email_taken`` / ``already_invited``), closed invitations
(``invitation_closed`` / ``invitation_accepted``), a failed invitation mail (``mail_failed``:
the invitation is kept), the handover step derived from the users, and the recipient lines
refused by number (422 ``lines.N``). :class:`UsersCloud` is the fake cloud of fake_cloud.py
whose clients also speak these endpoints.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from cloudsetup.cloud.errors import (
    APIStatusError,
    Conflict,
    Forbidden,
    NotFound,
    ServerError,
    ValidationFailed,
)
from cloudsetup.models import (
    AdminUser,
    CurrentUser,
    ErrorBody,
    FieldError,
    Handover,
    Invitation,
    InvitationIn,
    InvitationState,
    NotificationRecipients,
    NotificationRecipientsIn,
    RecipientLinesError,
    Role,
    TokenPair,
    UserState,
    email_key,
    handover_step,
)

from .fake_cloud import DOMAIN, USERNAME, FakeClient, FakeCloud

NOW = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)
ADMIN, SERVICE = Role.ADMINISTRATION, Role.SERVICE_PROVIDER
OWN_EMAIL = "chef@example.de"


def api_error(
    cls: type[APIStatusError], status: int, code: str, *, field: str | None = None
) -> APIStatusError:
    fields = [FieldError(field=field, code=code, detail=code)] if field else []
    body = ErrorBody(code=code, detail=code.replace("_", " "), fields=fields)
    return cls(
        f"HTTP {status} {code}", status_code=status, code=code, detail=body.detail, body=body
    )


class FakeUserServer:
    """Users, invitations and recipients of one tenant, with the reference cloud's rules."""

    def __init__(self, *, prepared_by_partner: bool = False) -> None:
        self._ids = itertools.count(2)
        me = AdminUser(
            id=1,
            username=USERNAME,
            email=OWN_EMAIL,
            role=ADMIN,
            state=UserState.ACTIVE,
            is_partner=prepared_by_partner,
            created_at=NOW,
        )
        self.users: dict[int, AdminUser] = {1: me}
        self.invitations: dict[int, Invitation] = {}
        self.me_id = 1
        self.prepared_by_partner = prepared_by_partner
        self.recipients: list[str] = []
        #: Every change the clients made, e.g. ``("change_role", 1, "service_provider")``.
        self.calls: list[tuple[object, ...]] = []
        #: The next invitation mail fails (the invitation is kept as ``mail_failed``).
        self.mail_fails = False

    # -- what a test arranges ---------------------------------------------------------------

    def add_user(
        self, email: str, role: Role, state: UserState = UserState.ACTIVE, name: str = ""
    ) -> AdminUser:
        user_id = next(self._ids)
        user = AdminUser(
            id=user_id,
            username=email.split("@")[0] if state is UserState.ACTIVE else None,
            email=email,
            display_name=name or None,
            role=role,
            state=state,
            created_at=NOW,
        )
        self.users[user_id] = user
        return user

    def accept(self, email: str) -> None:
        """The invited person accepts his newest link."""
        user = next(u for u in self.users.values() if email_key(u.email) == email_key(email))
        self.users[user.id] = user.model_copy(
            update={"state": UserState.ACTIVE, "username": email.split("@")[0]}
        )
        newest = max(i.id for i in self.invitations.values() if i.user_id == user.id)
        self.invitations[newest] = self.invitations[newest].model_copy(
            update={"state": InvitationState.ACCEPTED, "accepted_at": NOW}
        )

    @property
    def actor(self) -> AdminUser:
        return self.users[self.me_id]

    # -- the endpoints ---------------------------------------------------------------------

    def me(self) -> CurrentUser:
        actor = self.actor
        return CurrentUser(
            user_id=actor.id,
            username=actor.username or "",
            email=actor.email,
            role=actor.role,
            domain=DOMAIN,
        )

    def list_users(self) -> list[AdminUser]:
        return sorted(self.users.values(), key=lambda u: (u.display_name or u.email).casefold())

    def list_invitations(self) -> list[Invitation]:
        return sorted(self.invitations.values(), key=lambda i: -i.id)

    def handover(self) -> Handover:
        if not self.prepared_by_partner:
            return Handover(prepared_by_partner=False, step=None)
        return Handover(
            prepared_by_partner=True,
            partner_user_id=1,
            partner_email=OWN_EMAIL,
            step=handover_step(list(self.users.values()), 1),
        )

    def _grant(self, role: Role) -> None:
        if role is ADMIN and self.actor.role is not ADMIN:
            raise api_error(Forbidden, 403, "forbidden_role")

    def _manage(self, target: AdminUser) -> None:
        if target.role is ADMIN and self.actor.role is not ADMIN:
            raise api_error(Forbidden, 403, "forbidden_role")

    def _keep_an_administrator(self, target: AdminUser) -> None:
        if target.role is not ADMIN or target.state is not UserState.ACTIVE:
            return
        others = [
            u
            for u in self.users.values()
            if u.id != target.id and u.role is ADMIN and u.state is UserState.ACTIVE
        ]
        if not others:
            raise api_error(Conflict, 409, "last_administrator")

    def _user(self, user_id: int) -> AdminUser:
        if user_id not in self.users:
            raise api_error(NotFound, 404, "not_found")
        return self.users[user_id]

    def invite(self, entry: InvitationIn) -> Invitation:
        self._grant(entry.role)
        for other in self.users.values():
            if other.state is UserState.REVOKED or email_key(other.email) != email_key(entry.email):
                continue
            code = "already_invited" if other.state is UserState.INVITED else "email_taken"
            raise api_error(Conflict, 409, code, field="email")
        user = self.add_user(entry.email, entry.role, UserState.INVITED, entry.display_name or "")
        self.calls.append(("invite", entry.email, entry.role.value))
        return self._mail(user)

    def _mail(self, user: AdminUser) -> Invitation:
        invitation = Invitation(
            id=next(self._ids),
            user_id=user.id,
            email=user.email,
            display_name=user.display_name,
            role=user.role,
            state=InvitationState.MAIL_FAILED if self.mail_fails else InvitationState.PENDING,
            created_at=NOW,
            expires_at=NOW + timedelta(days=7),
        )
        for earlier in [i for i in self.invitations.values() if i.user_id == user.id]:
            if earlier.state is InvitationState.PENDING:
                self.invitations[earlier.id] = earlier.model_copy(
                    update={"state": InvitationState.REVOKED}
                )
        self.invitations[invitation.id] = invitation
        if self.mail_fails:
            self.mail_fails = False
            raise api_error(ServerError, 503, "mail_failed")
        return invitation

    def resend(self, invitation_id: int) -> Invitation:
        invitation = self.invitations.get(invitation_id)
        if invitation is None:
            raise api_error(NotFound, 404, "not_found")
        user = self.users[invitation.user_id]
        self._manage(user)
        if user.state is not UserState.INVITED:
            raise api_error(Conflict, 409, "invitation_closed")
        self.calls.append(("resend", invitation_id))
        return self._mail(user)

    def revoke(self, invitation_id: int) -> Invitation:
        invitation = self.invitations.get(invitation_id)
        if invitation is None:
            raise api_error(NotFound, 404, "not_found")
        user = self.users[invitation.user_id]
        self._manage(user)
        if invitation.state is InvitationState.ACCEPTED:
            raise api_error(Conflict, 409, "invitation_accepted")
        self.users[user.id] = user.model_copy(update={"state": UserState.REVOKED})
        revoked = invitation.model_copy(update={"state": InvitationState.REVOKED})
        self.invitations[invitation_id] = revoked
        self.calls.append(("revoke", invitation_id))
        return revoked

    def change_role(self, user_id: int, role: Role) -> AdminUser:
        target = self._user(user_id)
        self._manage(target)
        self._grant(role)
        if target.state is UserState.REVOKED:
            raise api_error(Conflict, 409, "user_revoked")
        if role is not ADMIN:
            self._keep_an_administrator(target)
        self.users[user_id] = target.model_copy(update={"role": role})
        self.calls.append(("change_role", user_id, role.value))
        return self.users[user_id]

    def remove(self, user_id: int) -> None:
        target = self._user(user_id)
        self._manage(target)
        self._keep_an_administrator(target)
        self.users[user_id] = target.model_copy(update={"state": UserState.REVOKED})
        self.calls.append(("remove", user_id))

    def get_recipients(self) -> NotificationRecipients:
        effective = self.recipients or [
            u.email for u in self.users.values() if u.role is ADMIN and u.state is UserState.ACTIVE
        ]
        return NotificationRecipients(addresses=list(self.recipients), effective=effective)

    def set_recipients(self, body: NotificationRecipientsIn) -> NotificationRecipients:
        self.calls.append(("set_recipients", body.lines))
        self.recipients = body.addresses
        return self.get_recipients()

    def refuse_lines(self, error: RecipientLinesError) -> ValidationFailed:
        """The 422 the cloud answers for bad lines (what the API's error handler builds)."""
        fields = [FieldError(field=p.field, code=p.code, detail=p.detail) for p in error.problems]
        body = ErrorBody(code="validation_failed", detail="invalid lines", fields=fields)
        return ValidationFailed(
            "HTTP 422 validation_failed",
            status_code=422,
            code="validation_failed",
            detail=body.detail,
            body=body,
        )


class UsersClient(FakeClient):
    """A fake client that also speaks the users and recipients endpoints to its cloud."""

    cloud: UsersCloud

    def _server(self, method: str) -> FakeUserServer:
        self.cloud.calls.append(method)
        self._maybe_fail(method)
        self._require_session()
        return self.cloud.users

    def get_me(self) -> CurrentUser:
        return self._server("get_me").me()

    def list_users(self) -> list[AdminUser]:
        return self._server("list_users").list_users()

    def get_user(self, user_id: int) -> AdminUser:
        return self._server("get_user")._user(user_id)

    def change_role(self, user_id: int, *, role: Role) -> AdminUser:
        return self._server("change_role").change_role(user_id, role)

    def remove_user(self, user_id: int) -> None:
        self._server("remove_user").remove(user_id)

    def list_invitations(self) -> list[Invitation]:
        return self._server("list_invitations").list_invitations()

    def invite_user(self, invitation: InvitationIn) -> Invitation:
        return self._server("invite_user").invite(invitation)

    def resend_invitation(self, invitation_id: int) -> Invitation:
        return self._server("resend_invitation").resend(invitation_id)

    def revoke_invitation(self, invitation_id: int) -> Invitation:
        return self._server("revoke_invitation").revoke(invitation_id)

    def get_handover(self) -> Handover:
        return self._server("get_handover").handover()

    def get_notification_recipients(self) -> NotificationRecipients:
        return self._server("get_notification_recipients").get_recipients()

    def set_notification_recipients(
        self, recipients: NotificationRecipientsIn
    ) -> NotificationRecipients:
        return self._server("set_notification_recipients").set_recipients(recipients)


class UsersCloud(FakeCloud):
    """The fake cloud of fake_cloud.py with users, invitations and recipients."""

    def __init__(self, *, prepared_by_partner: bool = False) -> None:
        super().__init__()
        self.users = FakeUserServer(prepared_by_partner=prepared_by_partner)

    def factory(
        self, base_url: str, /, *, on_tokens_changed: Callable[[TokenPair], None]
    ) -> UsersClient:
        client = UsersClient(self, base_url, on_tokens_changed)
        self.clients.append(client)
        return client
