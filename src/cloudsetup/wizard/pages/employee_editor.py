"""The employees list with add, edit, remove and import: page 2's body and the settings' section.

The list comes from the cloud with :meth:`EmployeeEditor.load` (the page loads it when it is
entered, the settings section when it is first shown) and every change goes to the cloud on a
worker. A new employee's entries not saved yet are kept as a draft and fill the dialog again the
next time it is opened, also after a restart.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cloudsetup.models import Employee
from cloudsetup.services.csv_import import CsvImport
from cloudsetup.services.drafts import DraftValues
from cloudsetup.services.employees import EmployeeService, ImportResult
from cloudsetup.wizard.buttons import button_row
from cloudsetup.wizard.drafts import DraftKeeper
from cloudsetup.wizard.messages import describe, diagnostics
from cloudsetup.wizard.pages.dialogs import ConfirmDialog
from cloudsetup.wizard.pages.employee_dialog import EmployeeDialog
from cloudsetup.wizard.pages.employee_import import ImportPreviewDialog, summary_text
from cloudsetup.wizard.pages.employee_table import (
    Column,
    EmployeeTableModel,
    EmployeeTableView,
)
from cloudsetup.wizard.widgets import BusyIndicator, MessagePanel
from cloudsetup.wizard.worker import Worker, run_in_worker


class EmployeeEditor(QWidget):
    """The employees in a table; add, edit, remove and import them in the cloud."""

    #: The employees as the cloud holds them now (after a load or a change).
    employees_changed = Signal(list)

    def __init__(self, employees: EmployeeService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = employees
        self._loaded = False
        self._load_worker: Worker | None = None
        self._change_worker: Worker | None = None
        self.dialog: EmployeeDialog | None = None
        self.confirm_box: ConfirmDialog | None = None
        self.import_preview: ImportPreviewDialog | None = None
        #: Keeps the new-employee dialog's entries; outlives every dialog, so no write is lost.
        self.drafts = DraftKeeper(employees.save_draft, employees.discard_draft, self)
        self._draft: DraftValues | None = None

        why = QLabel(
            self.tr(
                "Each employee needs his OWN e-mail address that he can read: he confirms there "
                "that he agrees to receive company-internal data on his devices."
            )
        )
        why.setObjectName("ownEmailNote")
        why.setWordWrap(True)

        self.model = EmployeeTableModel([Column.NAME, Column.EMAIL, Column.OWNER, Column.NUMBER])
        self.table = EmployeeTableView(self.model)
        self.table.setObjectName("employeeTable")

        self.add_button = QPushButton(self.tr("&Add…"))
        self.add_button.setObjectName("addEmployee")
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.edit_button.setObjectName("editEmployee")
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.remove_button.setObjectName("removeEmployee")
        self.import_button = QPushButton(self.tr("&Import from file…"))
        self.import_button.setObjectName("importEmployees")
        self.import_button.setToolTip(
            self.tr("A CSV file with the columns name, e-mail and optionally boss/owner")
        )
        buttons = button_row(
            self.add_button, self.edit_button, self.remove_button, self.import_button
        )

        self.busy = BusyIndicator()
        self.busy.cancel_button.setVisible(False)
        self.panel = MessagePanel()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(why)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.busy)
        layout.addWidget(self.panel)

        self.add_button.clicked.connect(self.add_employee)
        self.edit_button.clicked.connect(self.edit_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        self.import_button.clicked.connect(self._choose_file)
        self.table.edit_requested.connect(self.edit_selected)
        self.table.remove_requested.connect(self.remove_selected)
        self.table.add_requested.connect(self.add_employee)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.panel.action_clicked.connect(self.load)
        self._update_buttons()

    # -- state -------------------------------------------------------------------------------

    @property
    def employees(self) -> list[Employee]:
        return self.model.employees

    @property
    def is_busy(self) -> bool:
        return self._load_worker is not None or self._change_worker is not None

    @property
    def loaded(self) -> bool:
        """The list came from the cloud at least once."""
        return self._loaded

    def selected(self) -> Employee | None:
        return self.model.employee(self.table.selected_row())

    # -- load ----------------------------------------------------------------------------------

    @property
    def loading(self) -> Worker | None:
        """The load on its way, if any (entering the page starts one)."""
        return self._load_worker

    def load(self) -> Worker | None:
        """Fetch the list from the cloud on a worker; a load already running is not doubled."""
        if self._load_worker is not None:
            return None
        self.panel.clear()
        self.busy.start(self.tr("Loading the employees from the cloud…"))
        service = self._service

        def work() -> tuple[list[Employee], DraftValues | None]:  # on the pool thread
            employees = service.list()
            return employees, service.load_draft(employees)

        self._load_worker = run_in_worker(
            work, on_returned=self._on_loaded, on_errored=self._on_load_failed
        )
        return self._load_worker

    def cancel(self) -> None:
        """Drop the answers of work still running (the wizard is closing)."""
        for worker in (self._load_worker, self._change_worker):
            if worker is not None:
                worker.cancel()
        self._load_worker = self._change_worker = None
        if self.dialog is not None:
            self.dialog.leave()  # what was typed stays a draft for the next start
        for window in (self.confirm_box, self.import_preview):
            if window is not None:
                window.close()

    def _on_loaded(self, result: tuple[list[Employee], DraftValues | None]) -> None:
        self._load_worker = None
        self.busy.stop()
        employees, self._draft = result
        self._show(employees)

    def _on_load_failed(self, exc: BaseException) -> None:
        self._load_worker = None
        self.busy.stop()
        message, hint = describe(exc)
        self.panel.show_message(
            "error", message, hint, action=self.tr("Load &again"), details=diagnostics(exc)
        )

    def _show(self, employees: list[Employee], select_id: int | None = None) -> None:
        current = self.selected()
        keep = select_id if select_id is not None else (current.id if current else None)
        self.model.set_employees(employees)
        self._loaded = True
        row = self.model.row_of(keep) if keep is not None else -1
        if row >= 0:
            self.table.selectRow(row)
        self._update_buttons()
        self.employees_changed.emit(self.model.employees)

    # -- add / edit / remove ---------------------------------------------------------------------

    def add_employee(self) -> EmployeeDialog:
        """Open the dialog for a new employee (window-modal, not blocking)."""
        return self._open_dialog(None)

    def edit_selected(self) -> EmployeeDialog | None:
        employee = self.selected()
        return self._open_dialog(employee) if employee is not None else None

    def _open_dialog(self, employee: Employee | None) -> EmployeeDialog:
        if employee is None:
            dialog = EmployeeDialog(
                self._service.add, None, self, drafts=self.drafts, draft=self._draft
            )
            self._draft = None  # from here on the dialog holds it (and keeps it on disk)
        else:
            employee_id = employee.id
            save = lambda entry: self._service.update(employee_id, entry)  # noqa: E731
            dialog = EmployeeDialog(save, employee, self)
        dialog.saved.connect(self._on_saved)
        dialog.finished.connect(dialog.deleteLater)
        dialog.finished.connect(lambda _result: self._forget_dialog(dialog))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _forget_dialog(self, dialog: EmployeeDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_saved(self, employee: Employee) -> None:
        employees = [e for e in self.model.employees if e.id != employee.id] + [employee]
        self._show(sorted(employees, key=lambda e: (e.name.casefold(), e.id)), employee.id)
        self.panel.show_message(
            "success", self.tr("{name} is saved in the cloud.").format(name=employee.name)
        )

    def remove_selected(self) -> ConfirmDialog | None:
        """Ask before removing the selected employee (the box names him)."""
        employee = self.selected()
        if employee is None or self._change_worker is not None:
            return None
        box = ConfirmDialog(
            self.tr("Remove employee"),
            self.tr(
                "Remove {name} ({email}) from the cloud? His access, his number range and his "
                "devices are removed with him."
            ).format(name=employee.name, email=employee.email),
            confirm=self.tr("&Remove"),
            keep=self.tr("&Keep"),
            parent=self,
        )
        box.setObjectName("confirmRemove")
        box.finished.connect(lambda result: self._on_confirmed(box, result, employee))
        self.confirm_box = box
        box.open()
        return box

    def _on_confirmed(self, box: ConfirmDialog, result: int, employee: Employee) -> None:
        self.confirm_box = None
        box.deleteLater()
        if result != ConfirmDialog.DialogCode.Accepted:
            return
        self._start_change(
            self.tr("Removing {name}…").format(name=employee.name),
            self._service.remove,
            employee.id,
            on_returned=lambda _none: self._on_removed(employee),
        )

    def _on_removed(self, employee: Employee) -> None:
        self._show([e for e in self.model.employees if e.id != employee.id])
        self.panel.show_message(
            "success", self.tr("{name} was removed.").format(name=employee.name)
        )

    # -- import ---------------------------------------------------------------------------------

    def _choose_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Import employees"), "", self.tr("CSV files (*.csv *.txt);;All files (*)")
        )
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path) -> Worker | None:
        """Read ``path`` on a worker and show the preview of what it holds."""
        return self._start_change(
            self.tr("Reading {file}…").format(file=path.name),
            self._service.read_csv,
            path,
            on_returned=lambda data: self._preview(data, path.name),
        )

    def _preview(self, data: CsvImport, file_name: str) -> None:
        dialog = ImportPreviewDialog(data, file_name, self)
        dialog.finished.connect(lambda result: self._on_preview_closed(dialog, result))
        self.import_preview = dialog
        dialog.open()

    def _on_preview_closed(self, dialog: ImportPreviewDialog, result: int) -> None:
        self.import_preview = None
        dialog.deleteLater()
        if result != ImportPreviewDialog.DialogCode.Accepted:
            return
        self._start_change(
            self.tr("Importing the employees…"),
            self._service.import_entries,
            dialog.data.entries,
            on_returned=self._on_imported,
        )

    def _on_imported(self, result: ImportResult) -> None:
        message, details = summary_text(result)
        self.load()
        if details is None:
            self.panel.show_message("success", message)
        else:
            self.panel.show_message("warning", message, details)

    # -- helpers ----------------------------------------------------------------------------------

    def _start_change(
        self,
        busy_text: str,
        fn: Callable[..., Any],
        *args: object,
        on_returned: Callable[[Any], object],
    ) -> Worker | None:
        if self._change_worker is not None:
            return None
        self.panel.clear()
        self.busy.start(busy_text)

        def returned(value: object) -> None:
            self._change_worker = None
            self.busy.stop()
            self._update_buttons()
            on_returned(value)

        self._change_worker = run_in_worker(
            fn,
            *args,
            on_returned=returned,
            on_errored=self._on_change_failed,
        )
        self._update_buttons()
        return self._change_worker

    def _on_change_failed(self, exc: BaseException) -> None:
        self._change_worker = None
        self.busy.stop()
        self._update_buttons()
        message, hint = describe(exc)
        self.panel.show_message("error", message, hint, details=diagnostics(exc))

    def _update_buttons(self) -> None:
        has_selection = self.selected() is not None
        idle = self._change_worker is None
        self.edit_button.setEnabled(has_selection and idle)
        self.remove_button.setEnabled(has_selection and idle)
        self.import_button.setEnabled(idle)
