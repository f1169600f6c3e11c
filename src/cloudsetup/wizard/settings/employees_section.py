"""The "Mitarbeiter" section: page 2's list with add, edit, remove and import, in the settings."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from cloudsetup.models import Employee
from cloudsetup.services.employees import EmployeeService
from cloudsetup.wizard.pages.employee_editor import EmployeeEditor
from cloudsetup.wizard.settings.context import EMPLOYEES, SettingsContext
from cloudsetup.wizard.settings.section import SettingsSection
from cloudsetup.wizard.worker import Worker


class EmployeeSettings(SettingsSection):
    """The employees as the cloud holds them; every change is saved at once."""

    section_id = "employees"

    def __init__(self, context: SettingsContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent=parent)
        self.editor = EmployeeEditor(EmployeeService(context.service))
        self.content.addWidget(self.editor, 1)
        self.editor.employees_changed.connect(self._on_changed_employees)
        self._seen: list[Employee] | None = None

    def title(self) -> str:
        return self.tr("Employees")

    def load(self) -> Worker | None:
        return self.editor.load()

    @property
    def is_busy(self) -> bool:
        return self.editor.is_busy

    def shutdown(self) -> None:
        self.editor.cancel()

    def _on_changed_employees(self, employees: list[Employee]) -> None:
        # A load that brings the same employees changes nothing for the other sections.
        if self._seen is not None and employees != self._seen:
            self.announce(EMPLOYEES)
        self._seen = employees
