"""The "Benachrichtigungen" section: who gets the cloud's mails, one address per line.

The issue-6 :class:`~cloudsetup.wizard.notifications.notifications_section.NotificationsSection`
in the settings window (seed: "Fügen Sie jede weitere E-Mail-Adresse in eine neue Zeile ein").
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from cloudsetup.services.notifications import NotificationService
from cloudsetup.wizard.notifications.notifications_section import NotificationsSection
from cloudsetup.wizard.settings.context import RECIPIENTS, SettingsContext
from cloudsetup.wizard.settings.section import SettingsSection
from cloudsetup.wizard.worker import Worker


class NotificationSettings(SettingsSection):
    """The notification recipients: edited, checked line by line, saved on their own."""

    section_id = "notifications"
    follows = frozenset({RECIPIENTS})

    def __init__(self, context: SettingsContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent=parent)
        self.recipients = NotificationsSection(NotificationService(context.service))
        self.content.addWidget(self.recipients, 1)
        # The window's "Neu laden" (F5) loads the section: one key for it, not two.
        self.recipients.reload_button.hide()
        self.recipients.saved.connect(lambda _saved: self.announce(RECIPIENTS))

    def title(self) -> str:
        return self.tr("Notifications")

    def load(self) -> Worker | None:
        return self.recipients.load()

    @property
    def is_busy(self) -> bool:
        return self.recipients.is_busy

    def shutdown(self) -> None:
        self.recipients.cancel()
