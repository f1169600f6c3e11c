"""The "Geräte" section: every device of every employee, revoke, and "Neue Geräte zulassen".

The issue-5 device list (:class:`~cloudsetup.wizard.devices.devices_section.DevicesSection`)
with the approval dialog, on the window's one sync runner.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from cloudsetup.wizard.devices.devices_section import DevicesSection
from cloudsetup.wizard.settings.context import ACCESS, SYNC, SettingsContext
from cloudsetup.wizard.settings.section import SettingsSection
from cloudsetup.wizard.worker import Worker


class DeviceSettings(SettingsSection):
    """Approved, pending, rejected and revoked devices; revoke; allow new ones."""

    section_id = "devices"
    follows = frozenset({ACCESS, SYNC})

    def __init__(self, context: SettingsContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent=parent)
        self.devices = DevicesSection(context.approvals)
        # The window's "Neu laden" (F5) reloads the list; a second button would share its key.
        self.devices.reload_button.setVisible(False)
        self.content.addWidget(self.devices, 1)

    def title(self) -> str:
        return self.tr("Devices")

    def load(self) -> Worker | None:
        return self.devices.load()

    @property
    def is_busy(self) -> bool:
        return self.devices.loading is not None or self.devices.revoking is not None

    def shutdown(self) -> None:
        self.devices.cancel()
