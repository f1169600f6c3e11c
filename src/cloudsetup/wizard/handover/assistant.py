"""The "Für Kunden vorbereiten / Übergabe" assistant: the handover steps of seed 003, with state.

The partner walks from top to bottom: the cloud created under his own address, prepared (the
buttons emit :attr:`HandoverAssistant.open_requested` so the window that owns the assistant opens
the wizard or a settings section), the customer invited as Verwaltung right here, his acceptance
awaited (the state is fetched again every few seconds while it is awaited, and with "Stand
neu laden"), his own role changed to Service Provider (only once the customer has accepted: the
button says why before), and the notification recipients set in the editor of the
Benachrichtigungen section. Every call runs on a worker; what each step shows comes from the
cloud.
"""

from __future__ import annotations

from typing import Any, ClassVar

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import QDialog, QWidget

from cloudsetup.models import HandoverStep, Role, SetupState
from cloudsetup.services.errors import UserError
from cloudsetup.services.notifications import NotificationService, RecipientsState
from cloudsetup.services.setup import SetupService
from cloudsetup.services.users import UserOverview, UserService
from cloudsetup.wizard.handover.actions import (
    Destination,
    StepActions,
    may_step_back,
    open_invitation,
)
from cloudsetup.wizard.handover.layout import AssistantLayout
from cloudsetup.wizard.handover.step_row import StepRow
from cloudsetup.wizard.handover.steps import Step, customer_emails, step_states
from cloudsetup.wizard.messages import describe, diagnostics
from cloudsetup.wizard.pages.dialogs import ConfirmDialog
from cloudsetup.wizard.worker import Worker, run_in_worker

__all__ = ["Destination", "HandoverAssistant"]


class HandoverAssistant(QDialog):
    """The six handover steps with their state, and what to do in each."""

    #: A :class:`Destination` value: open the wizard or that settings section.
    open_requested = Signal(str)
    #: The users or the recipients were changed here (a section showing them may reload).
    changed = Signal()

    #: While the customer's acceptance is awaited, the state is fetched this often.
    POLL_MS: ClassVar[int] = 5000

    def __init__(
        self,
        users: UserService,
        notifications: NotificationService,
        setup: SetupService,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("handoverAssistant")
        self.setWindowTitle(self.tr("Prepare for the customer / hand over"))
        self._users = users
        self._setup = setup
        self._overview: UserOverview | None = None
        self._state: SetupState | None = None
        self._recipients: RecipientsState | None = None
        self._load_worker: Worker | None = None
        self._action_worker: Worker | None = None
        self.question: ConfirmDialog | None = None

        self.view = AssistantLayout(self)
        self.controls = actions = StepActions(self.view, notifications)
        for destination, button in actions.destinations.items():
            button.clicked.connect(lambda _=False, d=destination: self.open_requested.emit(d.value))
        actions.invite_form.email.returnPressed.connect(self.invite_customer)
        actions.invite_form.display_name.returnPressed.connect(self.invite_customer)
        actions.invite_button.clicked.connect(self.invite_customer)
        actions.resend_button.clicked.connect(self.resend_invitation)
        actions.reload_button.clicked.connect(self.load)
        actions.step_back_button.clicked.connect(self.step_back)
        actions.fill_in_button.clicked.connect(self.enter_customer_addresses)
        self.recipients = actions.recipients
        self.recipients.loaded.connect(self._on_recipients)
        self.recipients.saved.connect(lambda _saved: self.changed.emit())

        self.view.close_button.clicked.connect(self.close)
        self._poll = QTimer(self)
        self._poll.setInterval(self.POLL_MS)
        self._poll.timeout.connect(self._poll_now)
        self._update()

    # -- public ----------------------------------------------------------------------------

    @property
    def rows(self) -> dict[Step, StepRow]:
        return dict(self.view.rows)

    @property
    def overview(self) -> UserOverview | None:
        return self._overview

    @property
    def is_busy(self) -> bool:
        return (
            self._load_worker is not None
            or self._action_worker is not None
            or self.recipients.is_busy
        )

    @property
    def is_polling(self) -> bool:
        return self._poll.isActive()

    def done_steps(self) -> list[Step]:
        return [step for step, row in self.view.rows.items() if row.is_done]

    def load(self) -> Worker | None:
        """Fetch the users, the handover step, the setup state and the recipients again."""
        self.recipients.load()
        return self._fetch(quiet=False)

    def invite_customer(self) -> Worker | None:
        """Step 3: invite the customer as Verwaltung (checked at the field first)."""
        if self._action_worker is not None:
            return None
        try:
            entry = self.controls.invite_form.entry()
        except UserError as exc:
            self._show_error(exc)
            return None
        return self._run(self.tr("Sending the invitation…"), self._users.invite, entry)

    def resend_invitation(self) -> Worker | None:
        invitation = open_invitation(self._overview) if self._overview is not None else None
        if invitation is None or self._action_worker is not None:
            return None
        return self._run(
            self.tr("Sending the invitation again…"), self._users.resend, invitation.id
        )

    def step_back(self) -> ConfirmDialog | None:
        """Step 5: after a question, the partner's role becomes Service Provider."""
        overview = self._overview
        if overview is None or overview.partner_id is None or not may_step_back(overview):
            return None
        box = ConfirmDialog(
            self.tr("Change your role to Service Provider"),
            self.tr(
                "Change your role to Service Provider now? You keep setting up and supporting "
                "the cloud, but only the customer can then decide who administers it."
            ),
            confirm=self.tr("&Yes, change"),
            keep=self.tr("&No"),
            parent=self,
        )
        box.setObjectName("confirmStepBack")
        partner_id = overview.partner_id
        box.accepted.connect(
            lambda: self._run(
                self.tr("Changing your role…"),
                self._users.change_role,
                partner_id,
                Role.SERVICE_PROVIDER,
            )
        )
        box.finished.connect(lambda _result: self._question_closed(box))
        self.question = box
        box.open()
        return box

    def enter_customer_addresses(self) -> None:
        """Step 6: the customer's addresses into the editor, instead of the partner's."""
        if self._overview is not None:
            self.recipients.set_text("\n".join(customer_emails(self._overview)))
            self.recipients.editor.setFocus()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self._overview is None:
            self._fetch(quiet=False)
        elif not event.spontaneous():  # shown again after it was closed: the state of now
            self.load()
        self._update_polling()

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt override
        self._poll.stop()
        super().hideEvent(event)

    def done(self, result: int) -> None:
        # Closed (Esc, "Schließen", the window): answers of work still running are dropped.
        for worker in (self._load_worker, self._action_worker):
            if worker is not None:
                worker.cancel()
        self._load_worker = self._action_worker = None
        self.view.busy.stop()
        self.recipients.cancel()
        self._poll.stop()
        if self.question is not None:
            self.question.close()
        super().done(result)

    # -- internals -------------------------------------------------------------------------

    def _read(self) -> tuple[UserOverview, SetupState]:
        return self._users.overview(), self._setup.setup_state()

    def _fetch(self, *, quiet: bool) -> Worker | None:
        if self._load_worker is not None:
            return None
        if not quiet:
            self.view.busy.start(self.tr("Loading the state of the handover…"))
        self._load_worker = run_in_worker(
            self._read, on_returned=self._on_loaded, on_errored=self._on_failed
        )
        self._update()
        return self._load_worker

    def _poll_now(self) -> None:
        if self._action_worker is None:
            self._fetch(quiet=True)

    def _run(self, busy: str, fn: Any, *args: object) -> Worker:
        self.view.panel.clear()
        self.view.busy.start(busy)
        self._action_worker = run_in_worker(
            fn, *args, on_returned=self._on_action_done, on_errored=self._on_action_failed
        )
        self._update()
        return self._action_worker

    def _on_loaded(self, result: tuple[UserOverview, SetupState]) -> None:
        self._load_worker = None
        if self._action_worker is None:
            self.view.busy.stop()
        self._overview, self._state = result
        self._update()

    def _on_failed(self, exc: BaseException) -> None:
        self._load_worker = None
        self.view.busy.stop()
        self._show_error(exc)
        self._update()

    def _on_action_done(self, _result: object) -> None:
        self._action_worker = None
        self.view.busy.stop()
        self.controls.invite_form.clear()
        self.changed.emit()
        self._fetch(quiet=False)

    def _on_action_failed(self, exc: BaseException) -> None:
        self._action_worker = None
        self.view.busy.stop()
        self._show_error(exc)
        self.changed.emit()  # refused, or saved with a mail that failed: the state as it is
        self._fetch(quiet=True)

    def _on_recipients(self, state: RecipientsState) -> None:
        self._recipients = state
        self._update()

    def _question_closed(self, box: ConfirmDialog) -> None:
        if self.question is box:
            self.question = None
        box.deleteLater()

    def _show_error(self, exc: BaseException) -> None:
        if self.controls.invite_form.show_error(exc):
            return
        message, hint = describe(exc)
        self.view.panel.show_message("error", message, hint, details=diagnostics(exc))

    def _update_polling(self) -> None:
        overview = self._overview
        waiting = (
            overview is not None
            and overview.reached(HandoverStep.CUSTOMER_INVITED)
            and not overview.reached(HandoverStep.CUSTOMER_ACCEPTED)
        )
        if waiting and self.isVisible():
            if not self._poll.isActive():
                self._poll.start()
        else:
            self._poll.stop()

    def _update(self) -> None:
        overview, state = self._overview, self._state
        states = None
        if overview is not None and state is not None:
            states = step_states(overview, state, self._recipients)
            self.view.show_states(states)
            self.view.show_progress(sum(s.done for s in states.values()), len(states))
        self.controls.show(
            overview,
            states,
            idle=self._action_worker is None and overview is not None,
            loading=self._load_worker is not None,
        )
        self._update_polling()
