"""The employees' access states and the details of the selected one: page 3's body and the
settings' "Benutzerzugänge" section.

The table shows each employee's access state and is refreshed from the cloud every few seconds
while the editor is visible (a poll on a worker, never two at once), so the admin watches "Mail
gesendet" turn into "Bestätigt" when the employee agrees. Below it, :class:`AccessDetails` sets
the password, activates, resends, and keeps the permissions, his number range and his devices.
"""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from cloudsetup.models import Employee, NumberRange
from cloudsetup.services.access import AccessService
from cloudsetup.services.devices import DeviceService
from cloudsetup.services.employees import EmployeeService
from cloudsetup.services.ranges import RangeService
from cloudsetup.wizard.messages import describe, diagnostics
from cloudsetup.wizard.pages.access_details import AccessDetails
from cloudsetup.wizard.pages.employee_table import (
    Column,
    EmployeeTableModel,
    EmployeeTableView,
)
from cloudsetup.wizard.widgets import BusyIndicator, MessagePanel
from cloudsetup.wizard.worker import Worker, run_in_worker

POLL_INTERVAL_MS: Final = 3000


class AccessEditor(QWidget):
    """Activate every employee for the cloud and watch his consent arrive."""

    #: The employees as the cloud holds them now (after a load, a poll or a change).
    employees_changed = Signal(list)

    def __init__(
        self,
        employees: EmployeeService,
        access: AccessService,
        ranges: RangeService,
        devices: DeviceService,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._employees = employees
        self._ranges_service = ranges
        self._loaded = False
        self._ranges: list[NumberRange] = []
        self._load_worker: Worker | None = None
        self._poll_worker: Worker | None = None

        self.model = EmployeeTableModel([Column.NAME, Column.EMAIL, Column.STATE])
        self.table = EmployeeTableView(self.model)
        self.table.setObjectName("accessTable")
        # Header and five rows; the details below take only the room they need.
        self.table.setMinimumHeight(self.table.verticalHeader().defaultSectionSize() * 6 + 4)

        self.details = AccessDetails(access, ranges, devices)
        self.busy = BusyIndicator()
        self.busy.cancel_button.setVisible(False)
        self.panel = MessagePanel()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.busy)
        layout.addWidget(self.panel)
        layout.addWidget(self.details)

        self.poll_timer = QTimer(self)
        self.poll_timer.setInterval(POLL_INTERVAL_MS)
        self.poll_timer.timeout.connect(self.poll)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._show_selected())
        self.table.edit_requested.connect(self._focus_details)
        self.details.employee_changed.connect(self._on_employee_changed)
        self.details.range_saved.connect(self._on_range_saved)
        self.panel.action_clicked.connect(self.load)

    # -- state ---------------------------------------------------------------------------------

    @property
    def employees(self) -> list[Employee]:
        return self.model.employees

    @property
    def polling(self) -> Worker | None:
        """The poll on its way, if any."""
        return self._poll_worker

    def set_company(self, name: str) -> None:
        self.details.set_company(name)

    @property
    def loaded(self) -> bool:
        """The list came from the cloud at least once."""
        return self._loaded

    @property
    def ranges(self) -> list[NumberRange]:
        """The number ranges as the last load (and the saves since) left them."""
        return list(self._ranges)

    def selected(self) -> Employee | None:
        return self.model.employee(self.table.selected_row())

    def select(self, employee_id: int) -> None:
        row = self.model.row_of(employee_id)
        if row >= 0:
            self.table.selectRow(row)

    # -- load and poll --------------------------------------------------------------------------

    @property
    def loading(self) -> Worker | None:
        """The load on its way, if any (entering the page starts one)."""
        return self._load_worker

    def load(self) -> Worker | None:
        """Fetch the employees and the number ranges from the cloud on a worker."""
        if self._load_worker is not None:
            return None
        employees, ranges = self._employees, self._ranges_service
        self.panel.clear()
        self.busy.start(self.tr("Loading the employees from the cloud…"))
        self._load_worker = run_in_worker(
            lambda: (employees.list(), ranges.list()),
            on_returned=self._on_loaded,
            on_errored=self._on_load_failed,
        )
        return self._load_worker

    def poll(self) -> Worker | None:
        """Refresh the states from the cloud; skipped while a load or poll still runs."""
        if self._poll_worker is not None or self._load_worker is not None:
            return None
        self._poll_worker = run_in_worker(
            self._employees.list, on_returned=self._on_polled, on_errored=self._on_poll_failed
        )
        return self._poll_worker

    def cancel(self) -> None:
        """Stop polling and drop the answers of work still running (the window is closing)."""
        self.poll_timer.stop()
        for worker in (self._load_worker, self._poll_worker):
            if worker is not None:
                worker.cancel()
        self._load_worker = self._poll_worker = None
        self.details.cancel()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        self.poll_timer.start()

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt override
        self.poll_timer.stop()
        super().hideEvent(event)

    def _on_loaded(self, result: tuple[list[Employee], list[NumberRange]]) -> None:
        self._load_worker = None
        self.busy.stop()
        employees, self._ranges = result
        current = self.selected()
        self._set_employees(employees)
        self.select(current.id if current is not None else (employees[0].id if employees else -1))
        self._show_selected(force=True)

    def _on_load_failed(self, exc: BaseException) -> None:
        self._load_worker = None
        self.busy.stop()
        message, hint = describe(exc)
        self.panel.show_message(
            "error", message, hint, action=self.tr("Load &again"), details=diagnostics(exc)
        )

    def _on_polled(self, employees: list[Employee]) -> None:
        self._poll_worker = None
        if self.details.is_busy:
            return  # an answer of the running change is fresher than this list
        self.panel.clear()
        current = self.selected()
        self._set_employees(employees)
        if current is not None and self.model.row_of(current.id) >= 0:
            self.select(current.id)
            self.details.update_employee(self.model.employee(self.model.row_of(current.id)))
        else:
            self._show_selected()

    def _on_poll_failed(self, exc: BaseException) -> None:
        # The next poll tries again; say so quietly instead of interrupting the admin.
        self._poll_worker = None
        message, _hint = describe(exc)
        self.panel.show_message(
            "warning",
            message,
            self.tr("The status could not be refreshed; trying again in a few seconds."),
        )

    # -- selection and changes ------------------------------------------------------------------

    def _show_selected(self, *, force: bool = False) -> None:
        employee = self.selected()
        shown = self.details.employee
        if not force and employee is not None and shown is not None and shown.id == employee.id:
            self.details.update_employee(employee)
            return
        if employee is None:
            self.details.show_employee(None, None)
            return
        self.details.show_employee(employee, self._range_of(employee.id), self._office_prefix())

    def _focus_details(self) -> None:
        """Enter on a row: on to his password (keyboard-only use)."""
        self.details.setCurrentIndex(0)
        self.details.password.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_employee_changed(self, employee: Employee) -> None:
        self.model.replace(employee)
        self._after_change()

    def _on_range_saved(self, stored: NumberRange) -> None:
        self._ranges = [r for r in self._ranges if r.id != stored.id] + [stored]

    def _set_employees(self, employees: list[Employee]) -> None:
        self.model.set_employees(employees)
        self._loaded = True
        self._after_change()

    def _after_change(self) -> None:
        self.employees_changed.emit(self.model.employees)

    def _range_of(self, employee_id: int) -> NumberRange | None:
        return next((r for r in self._ranges if r.employee_id == employee_id), None)

    def _office_prefix(self) -> str:
        office = next((r for r in self._ranges if r.employee_id is None), None)
        return office.prefix if office is not None else ""
