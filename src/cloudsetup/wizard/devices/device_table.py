"""Devices as a table model and view, shared by the settings' device list and page 3's tab.

Like :mod:`cloudsetup.wizard.pages.employee_table`: one small read-only model over a list of
:class:`Device`, the caller chooses the columns; whole rows, one at a time, keyboard first.
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import Enum

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from cloudsetup.models import Device
from cloudsetup.wizard.devices.texts import STATE_COLORS, platform_text, since_text, state_text

_Index = QModelIndex | QPersistentModelIndex


class DeviceColumn(Enum):
    EMPLOYEE = "employee"
    NAME = "name"
    PLATFORM = "platform"
    STATE = "state"
    SINCE = "since"


def _header(column: DeviceColumn) -> str:
    return {
        DeviceColumn.EMPLOYEE: QCoreApplication.translate("DeviceTable", "Employee"),
        DeviceColumn.NAME: QCoreApplication.translate("DeviceTable", "Device"),
        DeviceColumn.PLATFORM: QCoreApplication.translate("DeviceTable", "Kind"),
        DeviceColumn.STATE: QCoreApplication.translate("DeviceTable", "Status"),
        DeviceColumn.SINCE: QCoreApplication.translate("DeviceTable", "Since"),
    }[column]


class DeviceTableModel(QAbstractTableModel):
    """Read-only rows of devices with the given columns."""

    def __init__(self, columns: Sequence[DeviceColumn]) -> None:
        super().__init__()
        self._columns = tuple(columns)
        self._devices: list[Device] = []

    @property
    def devices(self) -> list[Device]:
        return list(self._devices)

    def column(self, section: int) -> DeviceColumn:
        return self._columns[section]

    def device(self, row: int) -> Device | None:
        return self._devices[row] if 0 <= row < len(self._devices) else None

    def row_of(self, device_pk: int) -> int:
        """The row of the device with the cloud's id ``device_pk``, or -1."""
        return next((row for row, d in enumerate(self._devices) if d.id == device_pk), -1)

    def set_devices(self, devices: Sequence[Device]) -> None:
        self.beginResetModel()
        self._devices = list(devices)
        self.endResetModel()

    def text(self, row: int, column: DeviceColumn) -> str:
        """What the cell of ``row`` in ``column`` shows (tests and screen readers)."""
        device = self.device(row)
        return "" if device is None else self._display(device, column)

    # -- Qt model -----------------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self._devices)

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
        device = self.device(index.row()) if index.isValid() else None
        if device is None or not 0 <= index.column() < len(self._columns):
            return None
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(device, column)
        if role == Qt.ItemDataRole.ForegroundRole and column is DeviceColumn.STATE:
            return QBrush(STATE_COLORS[device.state])
        if role == Qt.ItemDataRole.UserRole:
            return device.id
        return None

    @staticmethod
    def _display(device: Device, column: DeviceColumn) -> str:
        if column is DeviceColumn.EMPLOYEE:
            return device.employee_name
        if column is DeviceColumn.NAME:
            return device.name
        if column is DeviceColumn.PLATFORM:
            return platform_text(device.platform)
        if column is DeviceColumn.STATE:
            return state_text(device.state)
        return since_text(device)


class DeviceTableView(QTableView):
    """Whole rows, one at a time; the device name takes the room that is left."""

    def __init__(self, model: DeviceTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.device_model = model
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.horizontalHeader()
        for section in range(model.columnCount()):
            header.setSectionResizeMode(
                section,
                QHeaderView.ResizeMode.Stretch
                if model.column(section) is DeviceColumn.NAME
                else QHeaderView.ResizeMode.ResizeToContents,
            )

    def selected(self) -> Device | None:
        rows = self.selectionModel().selectedRows()
        return self.device_model.device(rows[0].row()) if rows else None
