"""The "Benutzerzugänge" section: page 3's states, activation and per-employee settings.

The same :class:`~cloudsetup.wizard.pages.access_editor.AccessEditor` as page 3: the states
follow the cloud live while the section is shown, and the password, the invoice permission,
the number range, the restrictions and the devices of the selected employee are saved on
their own.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from cloudsetup.services.access import AccessService
from cloudsetup.services.devices import DeviceService
from cloudsetup.services.employees import EmployeeService
from cloudsetup.services.ranges import RangeService
from cloudsetup.services.setup import Connection
from cloudsetup.wizard.pages.access_editor import AccessEditor
from cloudsetup.wizard.settings.context import ACCESS, EMPLOYEES, RANGES, SettingsContext
from cloudsetup.wizard.settings.section import SettingsSection
from cloudsetup.wizard.worker import Worker


class AccessSettings(SettingsSection):
    """Each employee's access: activate, resend, permissions, range, restrictions, devices."""

    section_id = "access"
    follows = frozenset({EMPLOYEES, RANGES})

    def __init__(self, context: SettingsContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent=parent)
        service = context.service
        self.editor = AccessEditor(
            EmployeeService(service),
            AccessService(service),
            RangeService(service),
            DeviceService(service),
        )
        self.content.addWidget(self.editor, 1)
        self._show_company(context.connection)
        context.connection_changed.connect(self._show_company)
        self.editor.details.employee_changed.connect(lambda _e: self.announce(ACCESS))
        self.editor.details.range_saved.connect(lambda _r: self.announce(RANGES))

    def title(self) -> str:
        return self.tr("User access")

    def load(self) -> Worker | None:
        return self.editor.load()

    @property
    def is_busy(self) -> bool:
        return self.editor.loading is not None or self.editor.details.is_busy

    def shutdown(self) -> None:
        self.editor.cancel()

    def _show_company(self, connection: Connection) -> None:
        self.editor.set_company(connection.tenant.name)
