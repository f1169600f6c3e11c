"""The "Benutzer & Rollen" section: who administers the cloud, invitations, the handover.

The issue-6 :class:`~cloudsetup.wizard.users.users_section.UsersSection` in the settings
window. Its "Für Kunden vorbereiten / Übergabe…" opens the
:class:`~cloudsetup.wizard.handover.assistant.HandoverAssistant` over the window; where the
assistant's step 2 leads (the wizard, employees, access, ranges) the window goes.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from cloudsetup.services.notifications import NotificationService
from cloudsetup.services.users import UserService
from cloudsetup.wizard.handover.assistant import HandoverAssistant
from cloudsetup.wizard.settings.context import RECIPIENTS, USERS, SettingsContext
from cloudsetup.wizard.settings.section import SettingsSection
from cloudsetup.wizard.users.users_section import UsersSection
from cloudsetup.wizard.worker import Worker


class UserSettings(SettingsSection):
    """Admin users and their roles, guest invitations, and the way into the handover."""

    section_id = "users"
    follows = frozenset({USERS})

    def __init__(self, context: SettingsContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent=parent)
        self._users = UserService(context.service)
        self.users = UsersSection(self._users)
        self.assistant: HandoverAssistant | None = None
        self.content.addWidget(self.users, 1)
        # The window's "Neu laden" (F5) loads the section: one key for it, not two.
        self.users.reload_button.hide()
        self.users.changed.connect(lambda: self.announce(USERS))
        self.users.handover_requested.connect(self.open_handover)

    def title(self) -> str:
        return self.tr("Users & roles")

    def load(self) -> Worker | None:
        return self.users.load()

    @property
    def is_busy(self) -> bool:
        return self.users.is_busy or (self.assistant is not None and self.assistant.is_busy)

    def open_handover(self) -> HandoverAssistant:
        """ "Für Kunden vorbereiten / Übergabe…": the assistant, one at a time."""
        if self.assistant is None:
            assistant = HandoverAssistant(
                self._users,
                NotificationService(self.context.service),
                self.context.service,
                parent=self.window(),
            )
            assistant.open_requested.connect(self.context.open_requested)
            assistant.changed.connect(self._on_assistant_changed)
            assistant.finished.connect(lambda _result: self._on_assistant_closed(assistant))
            self.assistant = assistant
        self.assistant.show()
        self.assistant.activateWindow()
        return self.assistant

    def shutdown(self) -> None:
        self.users.cancel()
        if self.assistant is not None:
            self.assistant.close()

    def _on_assistant_changed(self) -> None:
        # The assistant invited, stepped back or set the recipients: both sections are stale.
        self.context.changed.emit(USERS)
        self.context.changed.emit(RECIPIENTS)

    def _on_assistant_closed(self, assistant: HandoverAssistant) -> None:
        if self.assistant is assistant:
            self.assistant = None
        assistant.deleteLater()
        if self.isVisible():
            self.reload()
