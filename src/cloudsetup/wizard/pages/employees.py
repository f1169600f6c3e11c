"""Page 2, "Mitarbeiter": who works with the cloud, each with his own e-mail address.

The list and its changes are the :class:`~cloudsetup.wizard.pages.employee_editor.EmployeeEditor`
(the settings' "Mitarbeiter" section shows the same widget); the page loads it whenever it is
entered (so a wizard reopened days later shows what is there) and adds the wizard's rule:
"Weiter" needs at least one employee, and while it is disabled a note says why.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget, QWizardPage

from cloudsetup.models import Employee, SetupState
from cloudsetup.services.employees import EmployeeService
from cloudsetup.wizard.pages.dialogs import ConfirmDialog
from cloudsetup.wizard.pages.employee_dialog import EmployeeDialog
from cloudsetup.wizard.pages.employee_editor import EmployeeEditor
from cloudsetup.wizard.pages.employee_import import ImportPreviewDialog
from cloudsetup.wizard.worker import Worker


class EmployeesPage(QWizardPage):
    """Add, edit, remove and import employees; complete with at least one."""

    #: The employees as the cloud holds them now (after a load or a change).
    employees_changed = Signal(list)

    def __init__(self, employees: EmployeeService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._state: SetupState | None = None
        self.setTitle(self.tr("Employees"))
        self.setSubTitle(
            self.tr(
                "Step 2 of 4: at least one employee must be set up. Best add all of them right "
                "away, the boss too."
            )
        )
        self.editor = EmployeeEditor(employees)
        # The editor's parts, under the names the page always had (tests, screenshots).
        self.model = self.editor.model
        self.table = self.editor.table
        self.add_button = self.editor.add_button
        self.edit_button = self.editor.edit_button
        self.remove_button = self.editor.remove_button
        self.import_button = self.editor.import_button
        self.busy = self.editor.busy
        self.panel = self.editor.panel
        self.drafts = self.editor.drafts
        self.next_note = QLabel(
            self.tr('"Next" becomes possible as soon as at least one employee is set up.')
        )
        self.next_note.setObjectName("nextNote")
        self.next_note.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.addWidget(self.editor, 1)
        layout.addWidget(self.next_note)
        self.editor.employees_changed.connect(self._on_employees_changed)

    # -- state -------------------------------------------------------------------------------

    @property
    def employees(self) -> list[Employee]:
        return self.editor.employees

    @property
    def is_busy(self) -> bool:
        return self.editor.is_busy

    @property
    def dialog(self) -> EmployeeDialog | None:
        return self.editor.dialog

    @property
    def confirm_box(self) -> ConfirmDialog | None:
        return self.editor.confirm_box

    @property
    def import_preview(self) -> ImportPreviewDialog | None:
        return self.editor.import_preview

    @property
    def loading(self) -> Worker | None:
        """The load on its way, if any (entering the page starts one)."""
        return self.editor.loading

    def set_state(self, state: SetupState | None) -> None:
        """The cloud's setup state: stands in for the list until the list is loaded."""
        self._state = state
        self._update_complete()

    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        if self.editor.loaded:
            return self.model.rowCount() > 0
        return self._state is not None and self._state.employees > 0

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        self.load()

    # -- what the editor does ------------------------------------------------------------------

    def selected(self) -> Employee | None:
        return self.editor.selected()

    def load(self) -> Worker | None:
        return self.editor.load()

    def cancel(self) -> None:
        """Drop the answers of work still running (the wizard is closing)."""
        self.editor.cancel()

    def add_employee(self) -> EmployeeDialog:
        return self.editor.add_employee()

    def edit_selected(self) -> EmployeeDialog | None:
        return self.editor.edit_selected()

    def remove_selected(self) -> ConfirmDialog | None:
        return self.editor.remove_selected()

    def import_file(self, path: Path) -> Worker | None:
        return self.editor.import_file(path)

    def _on_employees_changed(self, employees: list[Employee]) -> None:
        self._update_complete()
        self.employees_changed.emit(employees)

    def _update_complete(self) -> None:
        self.next_note.setVisible(not self.isComplete())
        self.completeChanged.emit()
