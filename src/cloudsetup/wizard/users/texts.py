"""How users, roles and invitations read in the UI ("Verwaltung", "eingeladen", "Link abgelaufen").

The role names follow the seed's vocabulary: the Zugriffsrolle *Verwaltung* (Administration) and
*Service Provider*.
"""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from cloudsetup.models import AdminUser, Invitation, InvitationState, Role, UserState
from cloudsetup.wizard.moments import local_time

STATE_COLORS: Final = {
    UserState.INVITED: QColor("#8a5a00"),
    UserState.ACTIVE: QColor("#1e7b34"),
    UserState.REVOKED: QColor("#5f6368"),
}
#: An invitation that needs the inviter to act (resend) shows in the error colour.
NEEDS_ACTION_COLOR: Final = QColor("#b3261e")


def role_text(role: Role) -> str:
    texts = {
        Role.ADMINISTRATION: QCoreApplication.translate("UserTexts", "Administration"),
        Role.SERVICE_PROVIDER: QCoreApplication.translate("UserTexts", "Service Provider"),
    }
    return texts[role]


def role_description(role: Role) -> str:
    """One line on what the role may do, shown beside the choice of a role."""
    texts = {
        Role.ADMINISTRATION: QCoreApplication.translate(
            "UserTexts", "everything, including who administers the cloud"
        ),
        Role.SERVICE_PROVIDER: QCoreApplication.translate(
            "UserTexts",
            "sets up and supports (employees, access, ranges, devices, fill), but does not "
            "decide who administers the cloud",
        ),
    }
    return texts[role]


def state_text(state: UserState) -> str:
    texts = {
        UserState.INVITED: QCoreApplication.translate("UserTexts", "invited"),
        UserState.ACTIVE: QCoreApplication.translate("UserTexts", "active"),
        UserState.REVOKED: QCoreApplication.translate("UserTexts", "removed"),
    }
    return texts[state]


def invitation_text(invitation: Invitation | None) -> str:
    """The invitation's state in words, with the moment that matters for it."""
    if invitation is None:
        return "—"
    state = invitation.state
    if state is InvitationState.PENDING:
        if invitation.opened_at is not None:
            return QCoreApplication.translate(
                "UserTexts", "link opened, valid until {date}"
            ).format(date=local_time(invitation.expires_at))
        return QCoreApplication.translate("UserTexts", "mail sent, valid until {date}").format(
            date=local_time(invitation.expires_at)
        )
    if state is InvitationState.ACCEPTED:
        return QCoreApplication.translate("UserTexts", "accepted on {date}").format(
            date=local_time(invitation.accepted_at)
        )
    if state is InvitationState.EXPIRED:
        return QCoreApplication.translate("UserTexts", "link expired on {date}").format(
            date=local_time(invitation.expires_at)
        )
    if state is InvitationState.MAIL_FAILED:
        return QCoreApplication.translate("UserTexts", "mail could not be sent")
    return QCoreApplication.translate("UserTexts", "withdrawn")


def invitation_needs_action(invitation: Invitation | None) -> bool:
    """An expired link or a failed mail: the invited person cannot accept until it is resent."""
    return invitation is not None and invitation.state in (
        InvitationState.EXPIRED,
        InvitationState.MAIL_FAILED,
    )


def user_name(user: AdminUser, *, is_me: bool = False) -> str:
    """ "Frau Kunde <kunde@…>" or the address alone; "(Sie)" after the signed-in user."""
    shown = user.display_name or user.username or ""
    if shown and shown.casefold() != user.email.casefold():
        text = QCoreApplication.translate("UserTexts", "{name} <{email}>").format(
            name=shown, email=user.email
        )
    else:
        text = user.email
    if is_me:
        return QCoreApplication.translate("UserTexts", "{user} (you)").format(user=text)
    return text
