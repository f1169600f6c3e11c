"""Admin users of a tenant: roles, states, invitations, and the partner's handover.

An admin user administers the tenant from the office software (the employees' device access is
another thing, see :mod:`cloudsetup.models.employees`). His :class:`~cloudsetup.models.Role`
says what he may do: *Administration* everything, *Service Provider* configure and support but
not change who administers. A user comes in by invitation: *invited* until he accepts the link
in his mail (choosing his user name and password there), then *active*; a removed user, or one
whose invitation was withdrawn, is *revoked* and kept for the audit log. A tenant always has at
least one active Administration user.

A partner prepares a customer's cloud under his own e-mail address and hands it over (seed 003):
*prepared* → *customer invited* (an Administration invitation is out) → *customer accepted* (an
Administration user besides the partner is active) → *partner is Service Provider*.
:func:`handover_step` derives the step from the users, the same way on both sides.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from enum import StrEnum
from typing import Annotated, Final

from pydantic import BeforeValidator, Field

from cloudsetup.models.auth import Role
from cloudsetup.models.common import ApiModel
from cloudsetup.models.emails import EmailAddress
from cloudsetup.models.employees import Language, PersonName

#: Error codes of the users and invitations API (``ErrorBody.code``).
FORBIDDEN_ROLE: Final = "forbidden_role"
LAST_ADMINISTRATOR: Final = "last_administrator"
EMAIL_TAKEN: Final = "email_taken"
ALREADY_INVITED: Final = "already_invited"
INVITATION_CLOSED: Final = "invitation_closed"
INVITATION_ACCEPTED: Final = "invitation_accepted"
USER_REVOKED: Final = "user_revoked"


def _blank_is_none(value: object) -> object:
    return None if isinstance(value, str) and not value.strip() else value


#: A person's name that may be left out (an empty field is no name).
OptionalName = Annotated[PersonName | None, BeforeValidator(_blank_is_none)]


class UserState(StrEnum):
    """Where an admin user stands: invited → active; revoked once removed or withdrawn."""

    INVITED = "invited"
    ACTIVE = "active"
    REVOKED = "revoked"


class AdminUser(ApiModel):
    """``GET /users``: an admin user of the tenant (never his password)."""

    id: int
    username: str | None = Field(description="what he signs in with; none while invited")
    email: str
    display_name: str | None = None
    role: Role
    state: UserState
    is_partner: bool = Field(
        default=False, description="the partner who prepared the tenant for the customer"
    )
    invited_by: str | None = Field(default=None, description="user name of who invited him")
    created_at: datetime
    accepted_at: datetime | None = None
    revoked_at: datetime | None = None


class RoleChange(ApiModel):
    """Body of ``PUT /users/{id}/role``."""

    role: Role


class InvitationIn(ApiModel):
    """Body of ``POST /invitations``: whom to invite, with which role, in which language."""

    email: EmailAddress
    role: Role
    display_name: OptionalName = Field(default=None, description="how the mail greets him")
    language: Language = Language.DE


class InvitationState(StrEnum):
    """Where an invitation stands.

    pending → accepted; a link that ran out is ``expired``; one withdrawn by an admin or
    replaced by a newer one (resend) is ``revoked``; one whose mail could not be delivered is
    ``mail_failed`` (resend tries again).
    """

    PENDING = "pending"
    ACCEPTED = "accepted"
    EXPIRED = "expired"
    REVOKED = "revoked"
    MAIL_FAILED = "mail_failed"


class Invitation(ApiModel):
    """One invitation mail to a (then invited) admin user; a resend makes a new one."""

    id: int
    user_id: int
    email: str
    display_name: str | None = None
    role: Role
    state: InvitationState
    language: Language = Language.DE
    invited_by: str | None = None
    created_at: datetime
    expires_at: datetime
    opened_at: datetime | None = None
    accepted_at: datetime | None = None
    revoked_at: datetime | None = None


class HandoverStep(StrEnum):
    """The partner's handover steps, in order (seed 003, step 3)."""

    PREPARED = "prepared"
    CUSTOMER_INVITED = "customer_invited"
    CUSTOMER_ACCEPTED = "customer_accepted"
    PARTNER_IS_SERVICE_PROVIDER = "partner_is_service_provider"

    @property
    def position(self) -> int:
        return list(HandoverStep).index(self)


def handover_step(users: Sequence[AdminUser], partner_user_id: int | None) -> HandoverStep:
    """The last handover step reached, derived from the tenant's users.

    The customer is any Administration user other than the partner. The partner has stepped
    back once he is a Service Provider or removed, after a customer has accepted.
    """
    partner = next((user for user in users if user.id == partner_user_id), None)
    customers = [
        user for user in users if user.role is Role.ADMINISTRATION and user.id != partner_user_id
    ]
    invited = any(user.state in (UserState.INVITED, UserState.ACTIVE) for user in customers)
    accepted = any(user.state is UserState.ACTIVE for user in customers)
    stepped_back = partner is None or (
        partner.role is Role.SERVICE_PROVIDER or partner.state is UserState.REVOKED
    )
    if accepted and stepped_back:
        return HandoverStep.PARTNER_IS_SERVICE_PROVIDER
    if accepted:
        return HandoverStep.CUSTOMER_ACCEPTED
    if invited:
        return HandoverStep.CUSTOMER_INVITED
    return HandoverStep.PREPARED


class Handover(ApiModel):
    """``GET /handover``: how far the partner's handover has come."""

    prepared_by_partner: bool = Field(description="created with create-tenant --for-customer")
    partner_user_id: int | None = None
    partner_email: str | None = None
    step: HandoverStep | None = Field(
        description="the last step reached; none when no partner prepared the tenant"
    )

    def reached(self, step: HandoverStep) -> bool:
        """Whether ``step`` is done (the assistant ticks it)."""
        return self.step is not None and self.step.position >= step.position

    @property
    def complete(self) -> bool:
        return self.step is HandoverStep.PARTNER_IS_SERVICE_PROVIDER
