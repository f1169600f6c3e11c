"""The "Gastbenutzer einladen" dialog: whom to invite, with which access role (seed 003).

The entries are checked here first (an address that is no address is said at the field), then
the invitation goes to the cloud on a worker, which mails the link; an answer such as "already
invited" comes back at its field. The dialog stays open with everything typed until the cloud
has accepted the invitation.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtGui import QCloseEvent, QShowEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout, QWidget

from cloudsetup.models import Invitation, InvitationIn, Role
from cloudsetup.services.errors import UserError
from cloudsetup.wizard.messages import describe, diagnostics
from cloudsetup.wizard.pages.dialogs import fit_to_content, size_by_content
from cloudsetup.wizard.users.invitation_form import InvitationForm
from cloudsetup.wizard.widgets import BusyIndicator, MessagePanel
from cloudsetup.wizard.worker import Worker, run_in_worker

SendInvitation = Callable[[InvitationIn], Invitation]


class InviteDialog(QDialog):
    """Invite a guest user; :attr:`invited` carries the cloud's invitation."""

    invited = Signal(object)
    #: The cloud kept the invitation but could not send its mail (the UserError): the dialog
    #: closes, the caller shows the message and offers "Einladung erneut senden".
    mail_failed = Signal(object)

    def __init__(
        self,
        send: SendInvitation,
        *,
        actor_role: Role,
        parent: QWidget | None = None,
    ) -> None:
        """``actor_role`` is the signed-in user's role: a Service Provider cannot offer
        Verwaltung."""
        super().__init__(parent)
        self._send = send
        self._worker: Worker | None = None
        self.setObjectName("inviteDialog")
        self.setWindowTitle(self.tr("Invite a guest user"))

        intro = QLabel(
            self.tr(
                "The cloud sends an invitation mail with a link to this address. With it, the "
                "invited person chooses his own user name and password; until then he is listed "
                'as "invited".'
            )
        )
        intro.setObjectName("inviteIntro")
        intro.setWordWrap(True)
        self.form = InvitationForm()
        self.form.roles.set_actor_role(actor_role)
        self.form.roles.set_role(
            Role.ADMINISTRATION if actor_role is Role.ADMINISTRATION else Role.SERVICE_PROVIDER
        )
        self.panel = MessagePanel()
        self.busy = BusyIndicator()
        self.busy.cancel_button.setVisible(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.invite_button: QPushButton = self.buttons.addButton(
            self.tr("&Invite"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.invite_button.setObjectName("sendInvitation")
        # Enter sends the invitation, wherever the cursor is; "Abbrechen" is Esc.
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAutoDefault(False)
        self.invite_button.setDefault(True)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.form)
        layout.addWidget(self.panel)
        layout.addWidget(self.busy)
        layout.addWidget(self.buttons)
        size_by_content(self, 560)
        self.form.edited.connect(self._on_edited)
        self.form.email.setFocus()

    @property
    def is_sending(self) -> bool:
        return self._worker is not None

    def submit(self) -> Worker | None:
        """Check the entries here, then send the invitation; ``None`` when a check failed."""
        if self._worker is not None:
            return None
        self.panel.clear()
        try:
            entry = self.form.entry()
        except UserError as exc:
            self.show_error(exc)
            return None
        self._set_busy(True)
        self._worker = run_in_worker(
            self._send, entry, on_returned=self._on_sent, on_errored=self._on_failed
        )
        return self._worker

    def show_error(self, exc: BaseException) -> None:
        if not self.form.show_error(exc):
            message, hint = describe(exc)
            self.panel.show_message("error", message, hint, details=diagnostics(exc))
        fit_to_content(self)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        # The button box would make its first button the default; "Einladen" is.
        self.invite_button.setDefault(True)
        fit_to_content(self)

    def reject(self) -> None:
        # A send still running finishes in the cloud; its answer must not reach a closed dialog.
        if self._worker is not None:
            self._worker.cancel()
            self._worker = None
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self.reject()
        event.accept()

    def _on_sent(self, invitation: Invitation) -> None:
        self._worker = None
        self._set_busy(False)
        self.invited.emit(invitation)
        self.accept()

    def _on_failed(self, exc: BaseException) -> None:
        self._worker = None
        self._set_busy(False)
        if isinstance(exc, UserError) and exc.code == "mail_failed":
            self.mail_failed.emit(exc)
            self.accept()
            return
        self.show_error(exc)

    def _on_edited(self) -> None:
        if self.panel.isVisible():
            self.panel.clear()
            fit_to_content(self)

    def _set_busy(self, busy: bool) -> None:
        self.form.set_read_only(busy)
        self.invite_button.setEnabled(not busy)
        if busy:
            self.busy.start(self.tr("Sending the invitation…"))
        else:
            self.busy.stop()
        fit_to_content(self)
