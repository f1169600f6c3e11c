"""The cloud's reasons from the users, invitations and handover endpoints, as :class:`UserError`.

:class:`~cloudsetup.services.users.UserService` asks here before the general mapping
(:func:`~cloudsetup.services.errors.user_error_from`), because two codes mean something else
here than at the employees: ``email_taken`` is an admin user who has the address, not an
employee, and ``mail_failed`` is the invitation mail, not the consent mail. ``forbidden_role``
says what a Service Provider may not do, which depends on what he tried: give the
Administration role, or change or remove an Administration user.
"""

from __future__ import annotations

from typing import Final

from cloudsetup.cloud.errors import APIStatusError
from cloudsetup.models.users import (
    ALREADY_INVITED,
    EMAIL_TAKEN,
    FORBIDDEN_ROLE,
    INVITATION_ACCEPTED,
    INVITATION_CLOSED,
    LAST_ADMINISTRATOR,
    USER_REVOKED,
)
from cloudsetup.services.text import QT_TRANSLATE_NOOP, Text
from cloudsetup.services.user_error import UserError

_RELOAD: Final = QT_TRANSLATE_NOOP(
    "UserErrors", "Reload the list of users to see their current state."
)

#: The refusal of a Service Provider who tried to give the Administration role.
GRANT_REFUSED: Final = QT_TRANSLATE_NOOP(
    "UserErrors",
    "A Service Provider cannot make himself or anybody else an Administration user.",
)
#: The refusal of a Service Provider who tried to change or remove an Administration user.
MANAGE_REFUSED: Final = QT_TRANSLATE_NOOP(
    "UserErrors",
    "A Service Provider cannot add, change or remove users with the role Administration.",
)
ASK_AN_ADMINISTRATOR: Final = QT_TRANSLATE_NOOP(
    "UserErrors", "Ask a user with the role Administration of this cloud to do it."
)
#: Why the last active Administration user cannot step back or be removed (seed 003).
LAST_ADMINISTRATOR_MESSAGE: Final = QT_TRANSLATE_NOOP(
    "UserErrors", "There must always be at least one active user with the role Administration."
)
LAST_ADMINISTRATOR_HINT: Final = QT_TRANSLATE_NOOP(
    "UserErrors",
    "First invite the customer with the role Administration and wait until he has accepted "
    "the invitation.",
)

#: code -> (message, hint, the input it belongs to)
_MESSAGES: Final[dict[str, tuple[Text, Text, str | None]]] = {
    LAST_ADMINISTRATOR: (LAST_ADMINISTRATOR_MESSAGE, LAST_ADMINISTRATOR_HINT, None),
    EMAIL_TAKEN: (
        QT_TRANSLATE_NOOP("UserErrors", "A user of this cloud already has this e-mail address."),
        QT_TRANSLATE_NOOP(
            "UserErrors",
            "Every user needs his own e-mail address. Change the role of the existing user "
            "instead, or use another address.",
        ),
        "email",
    ),
    ALREADY_INVITED: (
        QT_TRANSLATE_NOOP("UserErrors", "This e-mail address has already been invited."),
        QT_TRANSLATE_NOOP(
            "UserErrors",
            'Select him in the list and click "Send invitation again" if the mail did not arrive.',
        ),
        "email",
    ),
    INVITATION_CLOSED: (
        QT_TRANSLATE_NOOP("UserErrors", "This invitation has already been accepted or withdrawn."),
        _RELOAD,
        None,
    ),
    INVITATION_ACCEPTED: (
        QT_TRANSLATE_NOOP(
            "UserErrors",
            "This invitation has already been accepted, so it cannot be withdrawn any more.",
        ),
        QT_TRANSLATE_NOOP(
            "UserErrors", "To take his access away, remove the user from the list instead."
        ),
        None,
    ),
    USER_REVOKED: (
        QT_TRANSLATE_NOOP("UserErrors", "This user has been removed from the cloud."),
        QT_TRANSLATE_NOOP("UserErrors", "Invite him again if he should have access to the cloud."),
        None,
    ),
    "mail_failed": (
        QT_TRANSLATE_NOOP(
            "UserErrors",
            "The invitation is saved, but the cloud could not send the invitation mail.",
        ),
        QT_TRANSLATE_NOOP(
            "UserErrors",
            'Click "Send invitation again" to try again; if it keeps failing, check the mail '
            "settings of the cloud.",
        ),
        None,
    ),
}


def _technical(exc: APIStatusError) -> str:
    return f"{type(exc).__name__}: HTTP {exc.status_code} {exc.code}: {exc.detail}"


def user_user_error(exc: APIStatusError, *, grants_administration: bool) -> UserError | None:
    """The :class:`UserError` for a reason of the users endpoints, else ``None``.

    ``grants_administration`` is whether the request gave somebody the Administration role
    (an invitation or role change to it): it decides which ``forbidden_role`` message fits.
    """
    if exc.code == FORBIDDEN_ROLE:
        return UserError(
            GRANT_REFUSED if grants_administration else MANAGE_REFUSED,
            hint=ASK_AN_ADMINISTRATOR,
            code=FORBIDDEN_ROLE,
            technical=_technical(exc),
        )
    known = _MESSAGES.get(exc.code)
    if known is None:
        return None
    message, hint, field = known
    return UserError(message, hint=hint, code=exc.code, field=field, technical=_technical(exc))
