"""The buttons and inputs inside the handover steps, and which of them are offered when.

Step 2 leads to the wizard and the settings sections, step 3 invites the customer inline (the
invitation form with the role fixed to Verwaltung), step 4 reloads, step 5 changes the partner's
role (disabled with the reason until the customer has accepted), step 6 holds the
Benachrichtigungen section. The assistant connects them; this module builds them and decides,
from the cloud's state, what is shown and enabled.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QPushButton

from cloudsetup.models import HandoverStep, Invitation, Role, UserState
from cloudsetup.services.notifications import NotificationService
from cloudsetup.services.user_codes import LAST_ADMINISTRATOR_MESSAGE
from cloudsetup.services.users import UserOverview
from cloudsetup.wizard.buttons import button_row, plain_button
from cloudsetup.wizard.handover.layout import AssistantLayout
from cloudsetup.wizard.handover.steps import Step, StepState, customer_emails
from cloudsetup.wizard.messages import translate
from cloudsetup.wizard.notifications.notifications_section import NotificationsSection
from cloudsetup.wizard.users.invitation_form import InvitationForm


class Destination(StrEnum):
    """Where step 2's buttons lead; the owner of the assistant opens it."""

    WIZARD = "wizard"
    EMPLOYEES = "employees"
    ACCESS = "access"
    RANGES = "ranges"


def open_invitation(overview: UserOverview) -> Invitation | None:
    """The newest invitation of a customer who has not accepted yet (to send again)."""
    for customer in overview.customers:
        invitation = overview.latest_invitation(customer.id)
        if customer.state is UserState.INVITED and invitation is not None:
            return invitation
    return None


def may_step_back(overview: UserOverview | None) -> bool:
    """Step 5 is possible: a customer has accepted, the partner has not stepped back yet."""
    return (
        overview is not None
        and overview.reached(HandoverStep.CUSTOMER_ACCEPTED)
        and not overview.reached(HandoverStep.PARTNER_IS_SERVICE_PROVIDER)
    )


class StepActions:
    """What can be done in each step, placed into the rows of ``view``.

    The texts are in the assistant's translation context, one for the dialog and its steps.
    """

    def __init__(self, view: AssistantLayout, notifications: NotificationService) -> None:
        self._view = view
        self.destinations = {
            Destination.WIZARD: plain_button(
                QCoreApplication.translate("HandoverAssistant", "Open the setup &wizard"),
                "openSetupWizard",
            ),
            Destination.EMPLOYEES: plain_button(
                QCoreApplication.translate("HandoverAssistant", "Em&ployees…"), "openEmployees"
            ),
            Destination.ACCESS: plain_button(
                QCoreApplication.translate("HandoverAssistant", "User access and &restrictions…"),
                "openAccess",
            ),
            Destination.RANGES: plain_button(
                QCoreApplication.translate("HandoverAssistant", "N&umber ranges…"), "openRanges"
            ),
        }
        self._row(Step.PREPARED, *self.destinations.values())

        self.invite_form = InvitationForm(fixed_role=Role.ADMINISTRATION)
        self.invite_button = plain_button(
            QCoreApplication.translate("HandoverAssistant", "&Invite the customer"),
            "inviteCustomer",
        )
        self.resend_button = plain_button(
            QCoreApplication.translate("HandoverAssistant", "Send in&vitation again"),
            "resendCustomer",
        )
        view.rows[Step.INVITED].content_layout.addWidget(self.invite_form)
        self._row(Step.INVITED, self.invite_button, self.resend_button)

        self.reload_button = plain_button(
            QCoreApplication.translate("HandoverAssistant", "Reloa&d"), "reloadHandover"
        )
        self._row(Step.ACCEPTED, self.reload_button)

        self.step_back_button = plain_button(self._step_back_text(None), "stepBack")
        self.step_back_reason = view.note("stepBackReason")
        self._row(Step.STEPPED_BACK, self.step_back_button)
        view.rows[Step.STEPPED_BACK].content_layout.addWidget(self.step_back_reason)

        self.fill_in_button = plain_button(
            QCoreApplication.translate("HandoverAssistant", "En&ter the customer's addresses"),
            "fillInCustomer",
        )
        self.recipients = NotificationsSection(notifications)
        self.recipients.intro.setVisible(False)  # the step's title says what it is for
        lines = self.recipients.editor.fontMetrics().height()
        self.recipients.editor.setMaximumHeight(lines * 9)
        self._row(Step.RECIPIENTS, self.fill_in_button)
        view.rows[Step.RECIPIENTS].content_layout.addWidget(self.recipients)

    def show(
        self,
        overview: UserOverview | None,
        states: dict[Step, StepState] | None,
        *,
        idle: bool,
        loading: bool,
    ) -> None:
        """Offer what fits the state: the form until invited, step 5 once accepted, …"""
        if overview is not None and states is not None:
            invited = states[Step.INVITED].done
            self.invite_form.setVisible(not invited)
            self.invite_button.setVisible(not invited)
            self.resend_button.setVisible(open_invitation(overview) is not None)
            self.reload_button.setVisible(not states[Step.ACCEPTED].done)
            self.step_back_button.setVisible(not states[Step.STEPPED_BACK].done)
            self.step_back_button.setText(self._step_back_text(overview))
            self.fill_in_button.setEnabled(bool(customer_emails(overview)))
        self.step_back_button.setEnabled(idle and may_step_back(overview))
        reason = ""
        if overview is not None and not overview.reached(HandoverStep.CUSTOMER_ACCEPTED):
            reason = QCoreApplication.translate(
                "HandoverAssistant", "Possible once the customer has accepted the invitation: {why}"
            ).format(why=translate(LAST_ADMINISTRATOR_MESSAGE))
        self.step_back_reason.setText(reason)
        self.step_back_reason.setVisible(bool(reason))
        for button in (self.invite_button, self.resend_button):
            button.setEnabled(idle)
        self.invite_form.set_read_only(not idle and overview is not None)
        self.reload_button.setEnabled(not loading)

    @staticmethod
    def _step_back_text(overview: UserOverview | None) -> str:
        partner = None
        if overview is not None:
            partner = next((u for u in overview.users if u.id == overview.partner_id), None)
        if partner is None or (overview is not None and overview.is_me(partner)):
            return QCoreApplication.translate(
                "HandoverAssistant", "&Change my role to Service Provider…"
            )
        return QCoreApplication.translate(
            "HandoverAssistant", "&Change the role of {email} to Service Provider…"
        ).format(email=partner.email)

    def _row(self, step: Step, *buttons: QPushButton) -> None:
        self._view.rows[step].content_layout.addLayout(button_row(*buttons))
