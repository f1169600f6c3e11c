"""Devices as a table model and view, shared by the settings' device list and page 3's tab.

Like :mod:`cloudsetup.wizard.pages.employee_table`: a :class:`RecordTableModel` over a list of
:class:`Device`, the caller chooses the columns; whole rows, one at a time, keyboard first.
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import Enum

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QTableView, QWidget

from cloudsetup.models import Device
from cloudsetup.wizard.devices.texts import STATE_COLORS, platform_text, since_text, state_text
from cloudsetup.wizard.record_table import RecordTableModel, setup_row_view


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


class DeviceTableModel(RecordTableModel[Device, DeviceColumn]):
    """Read-only rows of devices with the given columns."""

    @property
    def devices(self) -> list[Device]:
        return list(self._records)

    def device(self, row: int) -> Device | None:
        return self.record(row)

    def set_devices(self, devices: Sequence[Device]) -> None:
        self._reset(devices)

    def _header(self, column: DeviceColumn) -> str:
        return _header(column)

    def _key(self, record: Device) -> int:
        return record.id

    def _color(self, record: Device, column: DeviceColumn) -> QBrush | None:
        return QBrush(STATE_COLORS[record.state]) if column is DeviceColumn.STATE else None

    def _display(self, record: Device, column: DeviceColumn) -> str:
        if column is DeviceColumn.EMPLOYEE:
            return record.employee_name
        if column is DeviceColumn.NAME:
            return record.name
        if column is DeviceColumn.PLATFORM:
            return platform_text(record.platform)
        if column is DeviceColumn.STATE:
            return state_text(record.state)
        return since_text(record)


class DeviceTableView(QTableView):
    """Whole rows, one at a time; the device name takes the room that is left."""

    def __init__(self, model: DeviceTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.device_model = model
        self.setModel(model)
        setup_row_view(
            self,
            elide=Qt.TextElideMode.ElideRight,
            stretches=lambda section: model.column(section) is DeviceColumn.NAME,
        )

    def selected(self) -> Device | None:
        rows = self.selectionModel().selectedRows()
        return self.device_model.device(rows[0].row()) if rows else None
