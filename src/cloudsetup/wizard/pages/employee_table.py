"""The employees as a table model, shared by page 2 (who) and page 3 (his access state).

A :class:`~cloudsetup.wizard.record_table.RecordTableModel` over a list of :class:`Employee`;
the page chooses the columns. Refreshing with a new list keeps rows in place when the same
employees come back (the poll on page 3 does this every few seconds), so the selection and the
scroll position stay.
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import Enum
from typing import Final

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeyEvent
from PySide6.QtWidgets import QTableView, QWidget

from cloudsetup.models import AccessState, Employee
from cloudsetup.wizard.record_table import RecordTableModel, setup_row_view

_STATE_COLORS: Final = {
    AccessState.NOT_ACTIVATED: "#5f6368",
    AccessState.MAIL_FAILED: "#b3261e",
    AccessState.MAIL_SENT: "#8a5a00",
    AccessState.OPENED: "#8a5a00",
    AccessState.CONFIRMED: "#1e7b34",
    AccessState.EXPIRED: "#b3261e",
}


def access_state_text(state: AccessState) -> str:
    """The state as the admin reads it, in the UI language."""
    texts = {
        AccessState.NOT_ACTIVATED: QCoreApplication.translate("AccessState", "Not activated"),
        AccessState.MAIL_FAILED: QCoreApplication.translate("AccessState", "Mail failed"),
        AccessState.MAIL_SENT: QCoreApplication.translate("AccessState", "Mail sent"),
        AccessState.OPENED: QCoreApplication.translate("AccessState", "Link opened"),
        AccessState.CONFIRMED: QCoreApplication.translate("AccessState", "Confirmed"),
        AccessState.EXPIRED: QCoreApplication.translate("AccessState", "Link expired"),
    }
    return texts[state]


class Column(Enum):
    NAME = "name"
    EMAIL = "email"
    OWNER = "owner"
    NUMBER = "number"
    STATE = "state"


def _header(column: Column) -> str:
    return {
        Column.NAME: QCoreApplication.translate("EmployeeTable", "Name"),
        Column.EMAIL: QCoreApplication.translate("EmployeeTable", "E-mail"),
        Column.OWNER: QCoreApplication.translate("EmployeeTable", "Boss/owner"),
        Column.NUMBER: QCoreApplication.translate("EmployeeTable", "Employee no."),
        Column.STATE: QCoreApplication.translate("EmployeeTable", "Status"),
    }[column]


class EmployeeTableModel(RecordTableModel[Employee, Column]):
    """Read-only rows of employees with the given columns."""

    # -- data ---------------------------------------------------------------------------------

    @property
    def employees(self) -> list[Employee]:
        return list(self._records)

    def employee(self, row: int) -> Employee | None:
        return self.record(row)

    def set_employees(self, employees: Sequence[Employee]) -> None:
        """Show ``employees``; the same people in the same order only repaint their cells."""
        new = list(employees)
        if [e.id for e in new] == [e.id for e in self._records]:
            if new != self._records:
                self._records = new
                self.dataChanged.emit(
                    self.index(0, 0), self.index(len(new) - 1, len(self._columns) - 1)
                )
            return
        self._reset(new)

    def replace(self, employee: Employee) -> None:
        """Put a changed employee (an answer of the cloud) into his row."""
        row = self.row_of(employee.id)
        if row < 0:
            self.set_employees([*self._records, employee])
            return
        self._records[row] = employee
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self._columns) - 1))

    # -- cells --------------------------------------------------------------------------------

    def _header(self, column: Column) -> str:
        return _header(column)

    def _key(self, record: Employee) -> int:
        return record.id

    def _color(self, record: Employee, column: Column) -> QBrush | None:
        if column is not Column.STATE:
            return None
        return QBrush(QColor(_STATE_COLORS[record.access.state]))

    def _display(self, record: Employee, column: Column) -> str:
        if column is Column.NAME:
            return record.name
        if column is Column.EMAIL:
            return record.email
        if column is Column.OWNER:
            return QCoreApplication.translate("EmployeeTable", "yes") if record.is_owner else ""
        if column is Column.NUMBER:
            return record.employee_number or ""
        return access_state_text(record.access.state)


class EmployeeTableView(QTableView):
    """The table of a page: whole rows, one at a time, and keys for keyboard-only use.

    Enter asks to edit the row (instead of reaching the wizard's "Weiter"), Del to remove it,
    Insert to add one. The first columns stretch, the last ones fit their content.
    """

    edit_requested = Signal()
    remove_requested = Signal()
    add_requested = Signal()

    def __init__(self, model: EmployeeTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        setup_row_view(
            self,
            elide=Qt.TextElideMode.ElideMiddle,
            # The e-mail address is the long one: it takes the room that is left.
            stretches=lambda section: model.column(section) is Column.EMAIL,
        )
        self.doubleClicked.connect(lambda _index: self.edit_requested.emit())

    def selected_row(self) -> int:
        rows = self.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        signal = {
            Qt.Key.Key_Return: self.edit_requested,
            Qt.Key.Key_Enter: self.edit_requested,
            Qt.Key.Key_Delete: self.remove_requested,
            Qt.Key.Key_Insert: self.add_requested,
        }.get(Qt.Key(event.key()))
        if signal is None or event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            super().keyPressEvent(event)
            return
        event.accept()
        signal.emit()
