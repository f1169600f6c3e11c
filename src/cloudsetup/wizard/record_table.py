"""What the wizard's read-only lists share: a table model over records and its view's setup.

The employee, device and user tables are each a :class:`RecordTableModel` over a list of one
kind of record with the columns the caller (or the kind) chooses; a subclass says what a cell
shows, its colour, and the cloud's id of a record (``UserRole``, and :meth:`row_of`).
:func:`setup_row_view` gives their views the same behaviour: whole rows, one at a time, no
editing, keyboard first, one column taking the room that is left.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from enum import Enum
from typing import Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

_Index = QModelIndex | QPersistentModelIndex
_Record = TypeVar("_Record")
_Column = TypeVar("_Column", bound=Enum)


class RecordTableModel(QAbstractTableModel, Generic[_Record, _Column]):
    """Read-only rows of records with the given columns."""

    def __init__(self, columns: Sequence[_Column]) -> None:
        super().__init__()
        self._columns = tuple(columns)
        self._records: list[_Record] = []

    def column(self, section: int) -> _Column:
        return self._columns[section]

    def record(self, row: int) -> _Record | None:
        return self._records[row] if 0 <= row < len(self._records) else None

    def row_of(self, key: int) -> int:
        """The row of the record with the cloud's id ``key``, or -1."""
        return next((row for row, r in enumerate(self._records) if self._key(r) == key), -1)

    def text(self, row: int, column: _Column) -> str:
        """What the cell of ``row`` in ``column`` shows (tests and screen readers)."""
        record = self.record(row)
        return "" if record is None else self._display(record, column)

    def _reset(self, records: Sequence[_Record]) -> None:
        self.beginResetModel()
        self._records = list(records)
        self.endResetModel()

    # -- what a subclass says -----------------------------------------------------------------

    def _header(self, column: _Column) -> str:
        raise NotImplementedError

    def _display(self, record: _Record, column: _Column) -> str:
        raise NotImplementedError

    def _key(self, record: _Record) -> int:
        raise NotImplementedError

    def _color(self, record: _Record, column: _Column) -> QBrush | None:
        return None

    def _font(self, record: _Record) -> QFont | None:
        return None

    # -- Qt model -----------------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self._records)

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
            return self._header(self._columns[section])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        record = self.record(index.row()) if index.isValid() else None
        if record is None or not 0 <= index.column() < len(self._columns):
            return None
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(record, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            # The tooltip repeats the cell: an address elided in a narrow column stays readable.
            return self._display(record, column) or None
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._color(record, column)
        if role == Qt.ItemDataRole.FontRole:
            return self._font(record)
        if role == Qt.ItemDataRole.UserRole:
            return self._key(record)
        return None


def setup_row_view(
    view: QTableView, *, elide: Qt.TextElideMode, stretches: Callable[[int], bool]
) -> None:
    """Whole rows, one at a time, read-only; the sections ``stretches`` names take the room."""
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setTabKeyNavigation(False)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.setTextElideMode(elide)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
    header = view.horizontalHeader()
    for section in range(view.model().columnCount()):
        header.setSectionResizeMode(
            section,
            QHeaderView.ResizeMode.Stretch
            if stretches(section)
            else QHeaderView.ResizeMode.ResizeToContents,
        )
