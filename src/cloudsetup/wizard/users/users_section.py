"""The "Benutzer & Rollen" section: who administers the cloud, with which role, and invitations.

A standalone widget like the devices section: it loads the users, their invitations and who is
signed in on a worker when first shown (and with :meth:`load`), invites guest users
("Gastbenutzer einladen…"), resends or withdraws an invitation, changes a role and removes a
user after a confirmation. What the signed-in user may not do is disabled with the reason
under the buttons (a Service Provider and the Verwaltung users); the cloud refuses it anyway,
and every refusal (the last Verwaltung user, …) is shown in the message panel.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDialog, QLabel, QVBoxLayout, QWidget

from cloudsetup.models import AdminUser, Invitation, Role, UserState
from cloudsetup.services.users import UserOverview, UserService
from cloudsetup.wizard.buttons import button_row, plain_button
from cloudsetup.wizard.messages import describe, diagnostics, translate
from cloudsetup.wizard.pages.dialogs import ConfirmDialog
from cloudsetup.wizard.users.invitation_form import WARNING_COLOR
from cloudsetup.wizard.users.invite_dialog import InviteDialog
from cloudsetup.wizard.users.role_dialog import RoleDialog
from cloudsetup.wizard.users.texts import role_text, user_name
from cloudsetup.wizard.users.user_table import UserTableModel, UserTableView
from cloudsetup.wizard.widgets import BusyIndicator, MessagePanel
from cloudsetup.wizard.worker import Worker, run_in_worker


class UsersSection(QWidget):
    """The tenant's admin users; invite, resend, withdraw, change the role, remove."""

    #: The overview as loaded from the cloud (after every load).
    loaded = Signal(object)
    #: Something was changed in the cloud (an invitation, a role, a removal).
    changed = Signal()
    #: "Für Kunden vorbereiten / Übergabe…": the window opens the handover assistant.
    handover_requested = Signal()

    def __init__(self, users: UserService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("usersSection")
        self._users = users
        self._overview: UserOverview | None = None
        self._load_worker: Worker | None = None
        self._action_worker: Worker | None = None
        self._shown_once = False
        self.dialog: QDialog | None = None  # the open invite, role or confirmation dialog

        intro = QLabel(
            self.tr(
                "These users administer the cloud from the office software. Administration may do "
                "everything; a Service Provider (your partner or support) sets up and supports, "
                "but does not decide who administers the cloud."
            )
        )
        intro.setObjectName("usersIntro")
        intro.setWordWrap(True)
        self.model = UserTableModel()
        self.table = UserTableView(self.model, on_delete=self._delete_pressed)
        self.table.setObjectName("usersTable")
        self.table.setMinimumHeight(self.table.verticalHeader().defaultSectionSize() * 4 + 4)
        self.reason = QLabel()
        self.reason.setObjectName("usersReason")
        self.reason.setWordWrap(True)
        self.reason.setTextFormat(Qt.TextFormat.PlainText)
        self.reason.setStyleSheet(f"color: {WARNING_COLOR};")
        self.reason.setVisible(False)

        self.invite_button = plain_button(self.tr("&Invite a guest user…"), "inviteUser")
        self.role_button = plain_button(self.tr("Change the &role…"), "changeUserRole")
        self.resend_button = plain_button(self.tr("&Send invitation again"), "resendInvitation")
        self.revoke_button = plain_button(self.tr("With&draw invitation…"), "revokeInvitation")
        self.remove_button = plain_button(self.tr("Re&move user…"), "removeUser")
        self.reload_button = plain_button(self.tr("Reload the &list"), "reloadUsers")
        self.handover_button = plain_button(
            self.tr("Prepare for the customer / &hand over…"), "openHandover"
        )
        first = button_row(self.invite_button, self.role_button, self.remove_button)
        second = button_row(self.resend_button, self.revoke_button, self.reload_button)
        second.addWidget(self.handover_button)
        self.busy = BusyIndicator()
        self.busy.cancel_button.setVisible(False)
        self.panel = MessagePanel()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.reason)
        layout.addLayout(first)
        layout.addLayout(second)
        layout.addWidget(self.busy)
        layout.addWidget(self.panel)

        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.invite_button.clicked.connect(self.invite)
        self.role_button.clicked.connect(self.change_role_of_selected)
        self.resend_button.clicked.connect(self.resend_selected)
        self.revoke_button.clicked.connect(self.revoke_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        self.reload_button.clicked.connect(self.load)
        self.handover_button.clicked.connect(self.handover_requested)
        self._update_buttons()

    # -- public ----------------------------------------------------------------------------

    @property
    def overview(self) -> UserOverview | None:
        return self._overview

    @property
    def is_busy(self) -> bool:
        return self._load_worker is not None or self._action_worker is not None

    @property
    def loading(self) -> Worker | None:
        return self._load_worker

    def select(self, email: str) -> AdminUser:
        """Select the (not removed, else any) user with this address and return him."""
        rows = [row for row, u in enumerate(self.model.users) if u.email == email]
        if not rows:
            raise LookupError(f"no user with the address {email!r}")
        live = [row for row in rows if self.model.users[row].state is not UserState.REVOKED]
        row = (live or rows)[0]
        self.table.selectRow(row)
        return self.model.users[row]

    def load(self) -> Worker | None:
        """Fetch users, invitations and the signed-in user's role from the cloud."""
        if self._load_worker is not None:
            return None
        self.busy.start(self.tr("Loading the users from the cloud…"))
        self._load_worker = run_in_worker(
            self._users.overview, on_returned=self._on_loaded, on_errored=self._on_load_failed
        )
        self._update_buttons()
        return self._load_worker

    def invite(self) -> InviteDialog | None:
        """ "Gastbenutzer einladen…": the dialog, opened (``None`` while busy)."""
        if not self._idle() or self._overview is None:
            return None
        dialog = InviteDialog(self._users.invite, actor_role=self._overview.my_role, parent=self)
        dialog.invited.connect(self._on_invited)
        dialog.mail_failed.connect(self._on_action_failed)
        dialog.finished.connect(lambda _result: self._dialog_closed(dialog))
        self.dialog = dialog
        self._update_buttons()
        dialog.open()
        return dialog

    def change_role_of_selected(self) -> RoleDialog | None:
        user = self.table.selected()
        if user is None or self._overview is None or not self._idle():
            return None
        dialog = RoleDialog(
            user,
            actor_role=self._overview.my_role,
            is_me=self._overview.is_me(user),
            parent=self,
        )
        dialog.accepted.connect(lambda: self.set_role(user, dialog.role))
        dialog.finished.connect(lambda _result: self._dialog_closed(dialog))
        self.dialog = dialog
        self._update_buttons()
        dialog.open()
        return dialog

    def set_role(self, user: AdminUser, role: Role) -> Worker:
        """Send the role change (the cloud refuses e.g. the last Verwaltung user)."""
        done = self.tr("{user} now has the role {role}.").format(
            user=user_name(user), role=role_text(role)
        )
        return self._run(
            self.tr("Changing the role…"), done, self._users.change_role, user.id, role
        )

    def resend_selected(self) -> Worker | None:
        invitation = self._selected_invitation()
        if invitation is None or not self._idle():
            return None
        done = self.tr("A new invitation mail is on its way to {email}.").format(
            email=invitation.email
        )
        return self._run(
            self.tr("Sending the invitation again…"), done, self._users.resend, invitation.id
        )

    def revoke_selected(self) -> ConfirmDialog | None:
        invitation = self._selected_invitation()
        if invitation is None or not self._idle():
            return None
        question = self.tr(
            "Withdraw the invitation of {email}? The link in his mail stops working at once."
        ).format(email=invitation.email)
        done = self.tr("The invitation of {email} is withdrawn.").format(email=invitation.email)
        return self._confirm(
            self.tr("Withdraw the invitation"),
            question,
            self.tr("&Yes, withdraw"),
            lambda: self._run(
                self.tr("Withdrawing the invitation…"), done, self._users.revoke, invitation.id
            ),
        )

    def remove_selected(self) -> ConfirmDialog | None:
        user = self.table.selected()
        if user is None or not self._idle():
            return None
        question = self.tr(
            "Remove {user} from the cloud? He can no longer sign in, and a session he has open "
            "ends at once."
        ).format(user=user_name(user))
        done = self.tr("{user} is removed.").format(user=user_name(user))
        return self._confirm(
            self.tr("Remove the user"),
            question,
            self.tr("&Yes, remove"),
            lambda: self._run(self.tr("Removing the user…"), done, self._users.remove, user.id),
        )

    def cancel(self) -> None:
        """The window is closing: drop the answers still on their way."""
        for worker in (self._load_worker, self._action_worker):
            if worker is not None:
                worker.cancel()
        self._load_worker = self._action_worker = None
        if self.dialog is not None:
            self.dialog.close()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if not self._shown_once:
            self._shown_once = True
            if self._overview is None:
                self.load()

    # -- internals -------------------------------------------------------------------------

    def _delete_pressed(self) -> None:
        if self.remove_button.isEnabled():
            self.remove_selected()

    def _selected_invitation(self) -> Invitation | None:
        user = self.table.selected()
        if user is None or self._overview is None or user.state is not UserState.INVITED:
            return None
        return self._overview.latest_invitation(user.id)

    def _confirm(
        self, title: str, question: str, confirm: str, then: Callable[[], object]
    ) -> ConfirmDialog:
        box = ConfirmDialog(title, question, confirm=confirm, keep=self.tr("&No"), parent=self)
        box.setObjectName("confirmUserChange")
        box.accepted.connect(then)
        box.finished.connect(lambda _result: self._dialog_closed(box))
        self.dialog = box
        self._update_buttons()
        box.open()
        return box

    def _dialog_closed(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()
        self._update_buttons()

    def _run(self, busy: str, done: str, fn: Callable[..., Any], *args: object) -> Worker:
        self.panel.clear()
        self.busy.start(busy)
        self._action_worker = run_in_worker(
            fn,
            *args,
            on_returned=lambda _result: self._on_action_done(done),
            on_errored=self._on_action_failed,
        )
        self._update_buttons()
        return self._action_worker

    def _on_loaded(self, overview: UserOverview) -> None:
        self._load_worker = None
        self.busy.stop()
        selected = self.table.selected()
        self._overview = overview
        self.model.set_overview(overview)
        row = self.model.row_of(selected.id) if selected is not None else -1
        if row >= 0:
            self.table.selectRow(row)
        self._update_buttons()
        self.loaded.emit(overview)

    def _on_load_failed(self, exc: BaseException) -> None:
        self._load_worker = None
        self.busy.stop()
        message, hint = describe(exc)
        self.panel.show_message("error", message, hint, details=diagnostics(exc))
        self._update_buttons()

    def _on_invited(self, invitation: Invitation) -> None:
        self.panel.show_message(
            "success",
            self.tr("The invitation mail is on its way to {email}.").format(email=invitation.email),
            self.tr('He is listed as "invited" until he has accepted it.'),
        )
        self.changed.emit()
        self.load()

    def _on_action_done(self, done: str) -> None:
        self._action_worker = None
        self.busy.stop()
        self.panel.show_message("success", done)
        self.changed.emit()
        self.load()

    def _on_action_failed(self, exc: BaseException) -> None:
        self._action_worker = None
        self.busy.stop()
        message, hint = describe(exc)
        self.panel.show_message("error", message, hint, details=diagnostics(exc))
        self.changed.emit()  # refused or half done (a mail that failed): the state as it is
        self.load()

    def _idle(self) -> bool:
        return self._action_worker is None and self.dialog is None

    def _update_buttons(self) -> None:
        user, overview = self.table.selected(), self._overview
        idle = self._idle() and overview is not None
        allowed = overview.allowed(user) if user is not None and overview is not None else None
        change = allowed is not None and allowed.change
        invitation = self._selected_invitation() is not None
        self.invite_button.setEnabled(idle)
        self.role_button.setEnabled(idle and change)
        self.remove_button.setEnabled(idle and allowed is not None and allowed.remove)
        self.resend_button.setEnabled(idle and invitation and change)
        self.revoke_button.setEnabled(idle and invitation and change)
        self.reload_button.setEnabled(self._load_worker is None)
        reason = allowed.reason if allowed is not None else None
        self.reason.setText(translate(reason) if reason is not None else "")
        self.reason.setVisible(reason is not None)
