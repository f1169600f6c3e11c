"""The employees as a table model, shared by page 2 (who) and page 3 (his access state).

One small :class:`QAbstractTableModel` over a list of :class:`Employee`; the page chooses the
columns. Refreshing with a new list keeps rows in place when the same employees come back (the
poll on page 3 does this every few seconds), so the selection and the scroll position stay.
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import Enum
from typing import Final

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from cloudsetup.models import AccessState, Employee

_Index = QModelIndex | QPersistentModelIndex

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


class EmployeeTableModel(QAbstractTableModel):
    """Read-only rows of employees with the given columns."""

    def __init__(self, columns: Sequence[Column]) -> None:
        super().__init__()
        self._columns = tuple(columns)
        self._employees: list[Employee] = []

    # -- data ---------------------------------------------------------------------------------

    @property
    def employees(self) -> list[Employee]:
        return list(self._employees)

    def column(self, section: int) -> Column:
        return self._columns[section]

    def employee(self, row: int) -> Employee | None:
        return self._employees[row] if 0 <= row < len(self._employees) else None

    def row_of(self, employee_id: int) -> int:
        """The row of the employee with ``employee_id``, or -1."""
        for row, employee in enumerate(self._employees):
            if employee.id == employee_id:
                return row
        return -1

    def set_employees(self, employees: Sequence[Employee]) -> None:
        """Show ``employees``; the same people in the same order only repaint their cells."""
        new = list(employees)
        if [e.id for e in new] == [e.id for e in self._employees]:
            if new != self._employees:
                self._employees = new
                self.dataChanged.emit(
                    self.index(0, 0), self.index(len(new) - 1, len(self._columns) - 1)
                )
            return
        self.beginResetModel()
        self._employees = new
        self.endResetModel()

    def replace(self, employee: Employee) -> None:
        """Put a changed employee (an answer of the cloud) into his row."""
        row = self.row_of(employee.id)
        if row < 0:
            self.set_employees([*self._employees, employee])
            return
        self._employees[row] = employee
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self._columns) - 1))

    # -- Qt model -----------------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self._employees)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self._columns)

    def headerData(  # noqa: N802 - Qt API
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self._columns)
        ):
            return _header(self._columns[section])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        employee = self.employee(index.row()) if index.isValid() else None
        if employee is None or not 0 <= index.column() < len(self._columns):
            return None
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(employee, column)
        if role == Qt.ItemDataRole.ForegroundRole and column is Column.STATE:
            return QBrush(QColor(_STATE_COLORS[employee.access.state]))
        if role == Qt.ItemDataRole.UserRole:
            return employee.id
        return None

    @staticmethod
    def _display(employee: Employee, column: Column) -> str:
        if column is Column.NAME:
            return employee.name
        if column is Column.EMAIL:
            return employee.email
        if column is Column.OWNER:
            return QCoreApplication.translate("EmployeeTable", "yes") if employee.is_owner else ""
        if column is Column.NUMBER:
            return employee.employee_number or ""
        return access_state_text(employee.access.state)


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
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.horizontalHeader()
        for column in range(model.columnCount()):
            # The e-mail address is the long one: it takes the room that is left.
            header.setSectionResizeMode(
                column,
                QHeaderView.ResizeMode.Stretch
                if model.column(column) is Column.EMAIL
                else QHeaderView.ResizeMode.ResizeToContents,
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
