"""The inputs of an invitation and the choice of a role, shared by the dialog and the assistant.

:class:`RoleChoice` offers *Verwaltung* and *Service Provider*, each with what it may do; for a
Service Provider the *Verwaltung* choice is disabled and says why (the cloud refuses it too).
:class:`InvitationForm` holds the e-mail address, an optional name, the language of the mail and
(unless fixed) the role; it checks them with the service's rule and shows a message at the field.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from cloudsetup.models import InvitationIn, Role
from cloudsetup.services.errors import UserError
from cloudsetup.services.users import grant_refusal, validate_invitation_input
from cloudsetup.wizard.messages import describe, translate
from cloudsetup.wizard.users.texts import role_description, role_text
from cloudsetup.wizard.widgets import FieldMessage

FIELDS = ("email", "display_name")
MUTED_COLOR = "#5f6368"
WARNING_COLOR = "#8a5a00"


def _note(object_name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(object_name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setStyleSheet(f"color: {MUTED_COLOR};")
    return label


class RoleChoice(QWidget):
    """Two radio buttons, Verwaltung and Service Provider, with the reason one is not offered."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("roleChoice")
        self._group = QButtonGroup(self)
        self.buttons: dict[Role, QRadioButton] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for role in Role:
            button = QRadioButton("&" + role_text(role))
            button.setObjectName(f"role_{role.value}")
            self._group.addButton(button)
            self.buttons[role] = button
            description = _note(f"roleNote_{role.value}")
            description.setText(role_description(role))
            description.setContentsMargins(22, 0, 0, 4)
            layout.addWidget(button)
            layout.addWidget(description)
        self.reason = _note("roleReason")
        self.reason.setStyleSheet(f"color: {WARNING_COLOR};")
        self.reason.setVisible(False)
        layout.addWidget(self.reason)
        self._group.buttonToggled.connect(lambda *_: self.changed.emit())
        self.set_actor_role(Role.ADMINISTRATION)

    @property
    def role(self) -> Role | None:
        return next((role for role, b in self.buttons.items() if b.isChecked()), None)

    def set_role(self, role: Role) -> None:
        self.buttons[role].setChecked(True)

    def set_actor_role(self, actor: Role, *, current: Role | None = None) -> None:
        """What ``actor`` may give; the roles he may not are disabled with the reason."""
        reasons = []
        for role, button in self.buttons.items():
            refusal = grant_refusal(actor, role)
            allowed = refusal is None or role is current
            button.setEnabled(allowed)
            if not allowed and refusal is not None:
                reasons.append(translate(refusal))
        self.reason.setText(" ".join(reasons))
        self.reason.setVisible(bool(reasons))
        chosen = self.role
        if chosen is None or not self.buttons[chosen].isEnabled():
            fallback = current or next(r for r, b in self.buttons.items() if b.isEnabled())
            self.set_role(fallback)


class InvitationForm(QWidget):
    """E-mail, name, language and role of one invitation; :meth:`entry` checks them."""

    edited = Signal()

    def __init__(self, *, fixed_role: Role | None = None, parent: QWidget | None = None) -> None:
        """``fixed_role`` hides the choice (the assistant invites the customer as Verwaltung)."""
        super().__init__(parent)
        self._fixed_role = fixed_role
        self.email = QLineEdit()
        self.email.setObjectName("inviteEmail")
        self.email.setPlaceholderText(self.tr("e.g. inhaber@fliesen-kunde.de"))
        self.display_name = QLineEdit()
        self.display_name.setObjectName("inviteName")
        self.display_name.setPlaceholderText(self.tr("e.g. Petra Kunde (optional)"))
        self.language = QComboBox()
        self.language.setObjectName("inviteLanguage")
        self.language.addItem(self.tr("German"), "de")
        self.language.addItem(self.tr("English"), "en")
        self.roles = RoleChoice(self)
        if fixed_role is not None:
            self.roles.setVisible(False)
        self.messages = {name: FieldMessage(f"{name}Message") for name in FIELDS}

        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setColumnStretch(1, 1)
        rows: list[tuple[str, QWidget, str | None]] = [
            (self.tr("&E-mail:"), self.email, "email"),
            (self.tr("&Name:"), self.display_name, "display_name"),
            (self.tr("Lan&guage of the mail:"), self.language, None),
        ]
        for row, (text, field, name) in enumerate(rows):
            label = QLabel(text)
            label.setBuddy(field)
            grid.addWidget(label, row * 2, 0)
            grid.addWidget(field, row * 2, 1)
            if name is not None:
                grid.addWidget(self.messages[name], row * 2 + 1, 1)
        if fixed_role is None:
            role_label = QLabel(self.tr("Access role:"))
            role_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            grid.addWidget(role_label, len(rows) * 2, 0)
            grid.addWidget(self.roles, len(rows) * 2, 1)
        for edit in (self.email, self.display_name):
            edit.textEdited.connect(self._on_edited)

    @property
    def role(self) -> Role:
        if self._fixed_role is not None:
            return self._fixed_role
        return self.roles.role or Role.SERVICE_PROVIDER

    def entry(self) -> InvitationIn:
        """The entries checked with the cloud's rules; :class:`UserError` at the field."""
        self.clear_messages()
        return validate_invitation_input(
            email=self.email.text(),
            role=self.role,
            display_name=self.display_name.text(),
            language=str(self.language.currentData()),
        )

    def show_error(self, exc: BaseException) -> bool:
        """Show ``exc`` at its field; ``False`` when it belongs to none (the caller shows it)."""
        field = exc.field if isinstance(exc, UserError) else None
        if field not in self.messages:
            return False
        message, hint = describe(exc)
        self.messages[field].show_text(message, hint)
        edit = self.email if field == "email" else self.display_name
        edit.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def clear_messages(self) -> None:
        for message in self.messages.values():
            message.clear_text()

    def set_read_only(self, read_only: bool) -> None:
        for edit in (self.email, self.display_name):
            edit.setReadOnly(read_only)
        self.language.setEnabled(not read_only)
        self.roles.setEnabled(not read_only)

    def clear(self) -> None:
        self.email.clear()
        self.display_name.clear()
        self.clear_messages()

    def _on_edited(self) -> None:
        self.clear_messages()
        self.edited.emit()
