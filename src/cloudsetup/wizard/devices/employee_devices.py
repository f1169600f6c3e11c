"""One employee's devices from the cloud (page 3's "Geräte (max. 2)" tab), read-only.

Selecting an employee loads his devices on a worker; selecting another one cancels that
worker, so an answer for an employee who is no longer selected is dropped. Approving and
revoking happen in the cloud settings.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from cloudsetup.models import Device
from cloudsetup.services.devices import DeviceService
from cloudsetup.wizard.devices.device_table import DeviceColumn, DeviceTableModel, DeviceTableView
from cloudsetup.wizard.messages import describe
from cloudsetup.wizard.widgets import ERROR_COLOR
from cloudsetup.wizard.worker import Worker, run_in_worker

COLUMNS = (DeviceColumn.NAME, DeviceColumn.PLATFORM, DeviceColumn.STATE, DeviceColumn.SINCE)


class EmployeeDevices(QWidget):
    """The selected employee's devices: name, kind, state and since when."""

    def __init__(self, devices: DeviceService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._devices = devices
        self._worker: Worker | None = None
        self.model = DeviceTableModel(COLUMNS)
        self.table = DeviceTableView(self.model)
        self.table.setObjectName("employeeDevices")
        rows = self.table.verticalHeader().defaultSectionSize()
        self.table.setFixedHeight(rows * 3 + self.table.horizontalHeader().sizeHint().height() + 4)
        self.status = QLabel()
        self.status.setObjectName("employeeDevicesStatus")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addWidget(self.status)
        self.show_employee(None)

    @property
    def devices(self) -> list[Device]:
        return self.model.devices

    @property
    def loading(self) -> Worker | None:
        return self._worker

    def show_employee(self, employee_id: int | None) -> Worker | None:
        """Show the devices of ``employee_id`` (loaded from the cloud); ``None`` clears."""
        self.cancel()
        self.model.set_devices([])
        self._set_status("")
        if employee_id is None:
            return None
        self._set_status(self.tr("Loading his devices from the cloud…"))
        # Bound methods, not lambdas: Qt drops the delivery when this widget is gone first.
        # The answer for an employee no longer shown never comes: the worker was cancelled.
        self._worker = run_in_worker(
            self._devices.list,
            employee_id=employee_id,
            on_returned=self._on_loaded,
            on_errored=self._on_failed,
        )
        return self._worker

    def cancel(self) -> None:
        if self._worker is not None:
            self._worker.cancel()
        self._worker = None

    def _on_loaded(self, devices: list[Device]) -> None:
        self._worker = None
        self.model.set_devices(devices)
        self._set_status("" if devices else self.tr("No devices registered yet."))

    def _on_failed(self, exc: BaseException) -> None:
        self._worker = None
        message, hint = describe(exc)
        self._set_status(message if hint is None else f"{message} {hint}", ERROR_COLOR)

    def _set_status(self, text: str, color: str = "") -> None:
        self.status.setText(text)
        self.status.setStyleSheet(f"color: {color};" if color else "")
        self.status.setVisible(bool(text))
