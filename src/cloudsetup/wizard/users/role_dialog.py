"""The "Rolle ändern" dialog: choose the access role of one user.

The choice a Service Provider may not make (Verwaltung) is disabled with the reason; stepping
back from Verwaltung oneself says what follows from it. The dialog only chooses: the section
sends the change on a worker and shows the cloud's answer.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout, QWidget

from cloudsetup.models import AdminUser, Role
from cloudsetup.wizard.pages.dialogs import fit_to_content, size_by_content
from cloudsetup.wizard.users.invitation_form import WARNING_COLOR, RoleChoice
from cloudsetup.wizard.users.texts import user_name


class RoleDialog(QDialog):
    """Choose a role for ``user``; :attr:`role` is the choice once accepted."""

    def __init__(
        self,
        user: AdminUser,
        *,
        actor_role: Role,
        is_me: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._user = user
        self._is_me = is_me
        self.setObjectName("roleDialog")
        self.setWindowTitle(self.tr("Change the access role"))
        who = QLabel(self.tr("Access role of {user}:").format(user=user_name(user, is_me=is_me)))
        who.setObjectName("roleUser")
        who.setTextFormat(Qt.TextFormat.PlainText)
        who.setWordWrap(True)
        self.roles = RoleChoice()
        self.roles.set_actor_role(actor_role, current=user.role)
        self.roles.set_role(user.role)
        self.consequence = QLabel()
        self.consequence.setObjectName("roleConsequence")
        self.consequence.setWordWrap(True)
        self.consequence.setStyleSheet(f"color: {WARNING_COLOR};")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.change_button: QPushButton = self.buttons.addButton(
            self.tr("C&hange role"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.change_button.setObjectName("changeRole")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(who)
        layout.addWidget(self.roles)
        layout.addWidget(self.consequence)
        layout.addWidget(self.buttons)
        size_by_content(self, 480)
        self.roles.changed.connect(self._update)
        self._update()

    @property
    def role(self) -> Role:
        return self.roles.role or self._user.role

    def _update(self) -> None:
        changed = self.role is not self._user.role
        self.change_button.setEnabled(changed)
        stepping_back = (
            self._is_me
            and self._user.role is Role.ADMINISTRATION
            and self.role is Role.SERVICE_PROVIDER
        )
        self.consequence.setText(
            self.tr(
                "As a Service Provider you can no longer make yourself or anybody else "
                "Administration: only a user with the role Administration can undo this."
            )
            if stepping_back
            else ""
        )
        self.consequence.setVisible(stepping_back)
        fit_to_content(self)
