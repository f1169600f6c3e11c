"""Users and roles of the cloud ("Benutzer & Rollen") and the partner's handover (seed 003).

The admin users of a tenant, their invitations and the handover step come from the cloud in one
:class:`UserOverview`; inviting, resending, withdrawing, changing a role and removing are single
calls. Every refusal leaves as a :class:`UserError` that says what the rule is and what to do
(``last_administrator``, ``forbidden_role``, ``already_invited`` …).

The role rule is applied here too, without a network call (:func:`grant_refusal`,
:func:`manage_refusal`), so the GUI can disable what a Service Provider may not do and say why;
the cloud enforces the same rule again.
"""

from __future__ import annotations

import builtins
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from cloudsetup.cloud.errors import APIStatusError, CloudError
from cloudsetup.models import (
    AdminUser,
    CurrentUser,
    Handover,
    HandoverStep,
    IdentifierError,
    Invitation,
    InvitationIn,
    Role,
    UserState,
    check_email,
    email_key,
    handover_step,
)
from cloudsetup.models.employees import check_person_name
from cloudsetup.services.entry_checks import parse_language
from cloudsetup.services.errors import user_error_from
from cloudsetup.services.field_errors import entry_message
from cloudsetup.services.setup import SetupService
from cloudsetup.services.text import QT_TRANSLATE_NOOP, Text
from cloudsetup.services.user_codes import GRANT_REFUSED, MANAGE_REFUSED, user_user_error
from cloudsetup.services.user_error import UserError

T = TypeVar("T")

_INVITE_EMAIL_HINT = QT_TRANSLATE_NOOP(
    "UserErrors",
    "The invitation mail goes to this address; the invited person chooses his user name and "
    "password from the link in it.",
)
_SELF_REMOVAL = QT_TRANSLATE_NOOP(
    "UserErrors",
    "You cannot remove yourself. To step back, change your own role to Service Provider.",
)
_SELF_REMOVAL_SERVICE = QT_TRANSLATE_NOOP(
    "UserErrors", "You cannot remove yourself; a user with the role Administration can."
)
_ALREADY_REMOVED = QT_TRANSLATE_NOOP("UserErrors", "This user has been removed already.")


def grant_refusal(actor: Role, role: Role) -> Text | None:
    """Why a user with the role ``actor`` may not give ``role`` to anybody, or ``None``."""
    if role is Role.ADMINISTRATION and actor is not Role.ADMINISTRATION:
        return GRANT_REFUSED
    return None


def self_removal_refusal(role: Role) -> Text:
    """Why nobody removes himself here (the handover steps back by a role change)."""
    return _SELF_REMOVAL if role is Role.ADMINISTRATION else _SELF_REMOVAL_SERVICE


def manage_refusal(actor: Role, target: AdminUser) -> Text | None:
    """Why ``actor`` may not change or remove ``target`` (or his invitation), or ``None``."""
    if target.state is UserState.REVOKED:
        return _ALREADY_REMOVED
    if target.role is Role.ADMINISTRATION and actor is not Role.ADMINISTRATION:
        return MANAGE_REFUSED
    return None


@dataclass(frozen=True)
class Allowed:
    """What the signed-in user may do with one user of the list, and why not."""

    change: bool  # his role, his invitation (resend, withdraw)
    remove: bool
    reason: Text | None


@dataclass(frozen=True)
class UserOverview:
    """What "Benutzer & Rollen" and the handover assistant show, read in one go."""

    me: CurrentUser
    users: tuple[AdminUser, ...]
    invitations: tuple[Invitation, ...]  # newest first, as the cloud lists them
    handover: Handover

    def is_me(self, user: AdminUser) -> bool:
        if self.me.user_id is not None:
            return user.id == self.me.user_id
        return user.username == self.me.username

    @property
    def my_account(self) -> AdminUser | None:
        return next((user for user in self.users if self.is_me(user)), None)

    @property
    def my_role(self) -> Role:
        """The role the cloud gives the signed-in user now (a change counts at once)."""
        mine = self.my_account
        return mine.role if mine is not None else self.me.role

    def latest_invitation(self, user_id: int) -> Invitation | None:
        """The newest invitation of the user (a resend replaces the earlier ones)."""
        return next((inv for inv in self.invitations if inv.user_id == user_id), None)

    @property
    def partner_id(self) -> int | None:
        """The partner of the handover: the one who prepared the tenant, else the user himself."""
        if self.handover.prepared_by_partner:
            return self.handover.partner_user_id
        mine = self.my_account
        return mine.id if mine is not None else None

    @property
    def step(self) -> HandoverStep:
        """The handover step reached (derived like the cloud does, also for a tenant that was
        not created for a customer: then the signed-in user stands in for the partner)."""
        if self.handover.step is not None:
            return self.handover.step
        return handover_step(self.users, self.partner_id)

    def reached(self, step: HandoverStep) -> bool:
        return self.step.position >= step.position

    @property
    def customers(self) -> builtins.list[AdminUser]:
        """Administration users besides the partner that are invited or active."""
        return [
            user
            for user in self.users
            if user.role is Role.ADMINISTRATION
            and user.id != self.partner_id
            and user.state is not UserState.REVOKED
        ]

    def allowed(self, user: AdminUser) -> Allowed:
        """The role rule for ``user``; nobody removes himself (he steps back by his role)."""
        refusal = manage_refusal(self.my_role, user)
        if refusal is None and self.is_me(user):
            return Allowed(change=True, remove=False, reason=self_removal_refusal(self.my_role))
        return Allowed(change=refusal is None, remove=refusal is None, reason=refusal)

    def user_with_email(self, email: str) -> AdminUser | None:
        key = email_key(email)
        return next(
            (
                user
                for user in self.users
                if email_key(user.email) == key and user.state is not UserState.REVOKED
            ),
            None,
        )


def validate_invitation_input(
    *, email: str, role: Role, display_name: str = "", language: str = "de"
) -> InvitationIn:
    """The invitation dialog's entries as :class:`InvitationIn`; :class:`UserError` at the
    input (``email``, ``display_name``) otherwise."""
    try:
        address = check_email(email)
    except IdentifierError as exc:
        raise UserError(
            entry_message(exc.reason, field="email"),
            hint=_INVITE_EMAIL_HINT,
            code=exc.reason,
            field="email",
            technical=str(exc),
        ) from None
    name: str | None = None
    if display_name.strip():
        try:
            name = check_person_name(display_name)
        except IdentifierError as exc:
            raise UserError(
                entry_message(exc.reason, field="name"),
                code=exc.reason,
                field="display_name",
                technical=str(exc),
            ) from None
    return InvitationIn(
        email=address, role=role, display_name=name, language=parse_language(language)
    )


class UserService:
    """The tenant's admin users and invitations, and the partner's handover."""

    def __init__(self, setup: SetupService) -> None:
        self._setup = setup

    def overview(self) -> UserOverview:
        """Who is signed in (with his current role), every user, every invitation, the step."""

        def read() -> UserOverview:
            client = self._setup.client
            return UserOverview(
                me=client.get_me(),
                users=tuple(client.list_users()),
                invitations=tuple(client.list_invitations()),
                handover=client.get_handover(),
            )

        return self._cloud(read)

    def handover(self) -> Handover:
        return self._cloud(lambda: self._setup.client.get_handover())

    def invite(self, invitation: InvitationIn) -> Invitation:
        """Invite somebody with a role; the cloud mails him the link.

        ``mail_failed``: the invitation is saved and :meth:`resend` tries the mail again.
        """
        return self._cloud(
            lambda: self._setup.client.invite_user(invitation),
            grants_administration=invitation.role is Role.ADMINISTRATION,
        )

    def resend(self, invitation_id: int) -> Invitation:
        """A new invitation mail with a new link; the earlier links stop working."""
        return self._cloud(lambda: self._setup.client.resend_invitation(invitation_id))

    def revoke(self, invitation_id: int) -> Invitation:
        """Withdraw an invitation that has not been accepted; the invited user is removed."""
        return self._cloud(lambda: self._setup.client.revoke_invitation(invitation_id))

    def change_role(self, user_id: int, role: Role) -> AdminUser:
        """Give the user ``role`` (refused: ``forbidden_role``, ``last_administrator``)."""
        return self._cloud(
            lambda: self._setup.client.change_role(user_id, role=role),
            grants_administration=role is Role.ADMINISTRATION,
        )

    def remove(self, user_id: int) -> None:
        """Remove the user: his sessions and open invitation links end at once."""
        self._cloud(lambda: self._setup.client.remove_user(user_id))

    @staticmethod
    def _cloud(call: Callable[[], T], *, grants_administration: bool = False) -> T:
        try:
            return call()
        except APIStatusError as exc:
            specific = user_user_error(exc, grants_administration=grants_administration)
            raise (specific or user_error_from(exc)) from exc
        except CloudError as exc:
            raise user_error_from(exc) from exc
