"""The six steps of the partner's handover (seed 003) and whether each is done.

Which step is done follows from what the cloud says: the handover step of ``GET /handover``
(derived from the users), the tenant's setup state and the notification recipients. This module
turns them into one :class:`StepState` per step, with a line that says why; the assistant only
shows them.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum

from PySide6.QtCore import QCoreApplication

from cloudsetup.models import HandoverStep, SetupState, UserState, email_key
from cloudsetup.services.notifications import RecipientsState
from cloudsetup.services.users import UserOverview
from cloudsetup.wizard.users.texts import invitation_text


class Step(IntEnum):
    """The assistant's steps, numbered as it shows them."""

    CREATED = 1
    PREPARED = 2
    INVITED = 3
    ACCEPTED = 4
    STEPPED_BACK = 5
    RECIPIENTS = 6


@dataclass(frozen=True)
class StepState:
    done: bool
    detail: str


def title(step: Step) -> str:
    titles = {
        Step.CREATED: QCoreApplication.translate(
            "HandoverSteps", "Cloud created with your own e-mail address"
        ),
        Step.PREPARED: QCoreApplication.translate(
            "HandoverSteps", "Prepare the cloud for the customer"
        ),
        Step.INVITED: QCoreApplication.translate(
            "HandoverSteps", "Invite the customer as a guest user with the role Administration"
        ),
        Step.ACCEPTED: QCoreApplication.translate(
            "HandoverSteps", "Wait until the customer has accepted the invitation"
        ),
        Step.STEPPED_BACK: QCoreApplication.translate(
            "HandoverSteps", "Change your own role to Service Provider"
        ),
        Step.RECIPIENTS: QCoreApplication.translate(
            "HandoverSteps",
            "Notification recipients: enter the customer's addresses, remove your own",
        ),
    }
    return titles[step]


def partner_email(overview: UserOverview) -> str:
    """The partner's address: the one who prepared the cloud, else the signed-in user."""
    if overview.handover.partner_email:
        return overview.handover.partner_email
    partner = next((u for u in overview.users if u.id == overview.partner_id), None)
    return partner.email if partner is not None else overview.me.email


def customer_emails(overview: UserOverview) -> list[str]:
    return [user.email for user in overview.customers]


def _created(overview: UserOverview) -> StepState:
    if overview.handover.prepared_by_partner:
        return StepState(
            True,
            QCoreApplication.translate(
                "HandoverSteps", "Prepared for the customer; you ({email}) are its first user."
            ).format(email=partner_email(overview)),
        )
    return StepState(
        False,
        QCoreApplication.translate(
            "HandoverSteps",
            "This cloud was not created for a customer (create-tenant --for-customer). The "
            "following steps apply all the same.",
        ),
    )


def _prepared(setup: SetupState) -> StepState:
    filled = (
        QCoreApplication.translate("HandoverSteps", "filled")
        if setup.filled
        else QCoreApplication.translate("HandoverSteps", "not filled yet")
    )
    detail = QCoreApplication.translate(
        "HandoverSteps",
        "{employees} employees, {activated} of them activated; the cloud is {filled}.",
    )
    return StepState(
        setup.is_complete,
        detail.format(
            employees=setup.employees, activated=setup.employees_activated, filled=filled
        ),
    )


def _invited(overview: UserOverview) -> StepState:
    customers = overview.customers
    if not customers:
        return StepState(
            False,
            QCoreApplication.translate(
                "HandoverSteps",
                "The customer gets a mail with a link; with it he chooses his user name and "
                "password.",
            ),
        )
    lines = []
    for customer in customers:
        invitation = overview.latest_invitation(customer.id)
        lines.append(
            QCoreApplication.translate("HandoverSteps", "{email}: {state}").format(
                email=customer.email, state=invitation_text(invitation)
            )
        )
    return StepState(True, "\n".join(lines))


def _accepted(overview: UserOverview) -> StepState:
    active = [user for user in overview.customers if user.state is UserState.ACTIVE]
    if active:
        return StepState(
            True,
            QCoreApplication.translate(
                "HandoverSteps", "{email} has accepted and administers the cloud."
            ).format(email=active[0].email),
        )
    return StepState(
        False,
        QCoreApplication.translate(
            "HandoverSteps",
            "As soon as the customer has chosen his password with the link, this step is done "
            "by itself.",
        ),
    )


def _stepped_back(overview: UserOverview) -> StepState:
    if overview.reached(HandoverStep.PARTNER_IS_SERVICE_PROVIDER):
        return StepState(
            True,
            QCoreApplication.translate(
                "HandoverSteps", "You now support the cloud as a Service Provider."
            ),
        )
    return StepState(
        False,
        QCoreApplication.translate(
            "HandoverSteps",
            "The customer becomes the owner of the cloud; you keep configuring and supporting it.",
        ),
    )


def _recipients(overview: UserOverview, recipients: RecipientsState | None) -> StepState:
    if recipients is None:
        return StepState(False, "")
    # No detail: the recipients' section right below shows who gets the mails.
    partner = email_key(partner_email(overview))
    stored = recipients.recipients.addresses
    partner_gets_mail = any(email_key(a) == partner for a in recipients.recipients.effective)
    return StepState(bool(stored) and not partner_gets_mail, "")


def step_states(
    overview: UserOverview, setup: SetupState, recipients: RecipientsState | None
) -> dict[Step, StepState]:
    return {
        Step.CREATED: _created(overview),
        Step.PREPARED: _prepared(setup),
        Step.INVITED: _invited(overview),
        Step.ACCEPTED: _accepted(overview),
        Step.STEPPED_BACK: _stepped_back(overview),
        Step.RECIPIENTS: _recipients(overview, recipients),
    }
