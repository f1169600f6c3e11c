"""The "Geräte" list of the settings: every device of every employee, revoke, allow new ones.

A standalone widget like the sync panel: it lists the devices from the cloud (pending,
approved, rejected, revoked) on a worker when it is first shown and after every decision,
revokes the selected approved device after a confirmation (its token stops working at once),
and opens the approval dialog with "Neue Geräte zulassen".
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import QDialog, QLabel, QPushButton, QVBoxLayout, QWidget

from cloudsetup.models import Device, DeviceState
from cloudsetup.wizard.buttons import button_row
from cloudsetup.wizard.devices.approvals import DeviceApprovals
from cloudsetup.wizard.devices.device_table import DeviceColumn, DeviceTableModel, DeviceTableView
from cloudsetup.wizard.messages import describe, diagnostics
from cloudsetup.wizard.pages.dialogs import ConfirmDialog
from cloudsetup.wizard.widgets import BusyIndicator, MessagePanel
from cloudsetup.wizard.worker import Worker, run_in_worker

COLUMNS = (
    DeviceColumn.EMPLOYEE,
    DeviceColumn.NAME,
    DeviceColumn.PLATFORM,
    DeviceColumn.STATE,
    DeviceColumn.SINCE,
)


class _Table(DeviceTableView):
    """Del on an approved device asks to revoke it (keyboard-only use)."""

    def __init__(self, model: DeviceTableModel, section: DevicesSection) -> None:
        super().__init__(model)
        self._section = section

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() == Qt.Key.Key_Delete and not event.modifiers():
            event.accept()
            self._section.revoke_selected()
            return
        super().keyPressEvent(event)


class DevicesSection(QWidget):
    """All devices with their state; "Sperren…" and "Neue Geräte zulassen"."""

    def __init__(self, approvals: DeviceApprovals, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("devicesSection")
        self._approvals = approvals
        self._devices = approvals.devices
        self._load_worker: Worker | None = None
        self._revoke_worker: Worker | None = None
        self._shown_once = False
        self.question: ConfirmDialog | None = None

        self.model = DeviceTableModel(COLUMNS)
        self.table = _Table(self.model, self)
        self.table.setObjectName("devicesTable")
        self.table.setMinimumHeight(self.table.verticalHeader().defaultSectionSize() * 4 + 4)
        self.empty_label = QLabel(self.tr("No employee has signed in with a device yet."))
        self.empty_label.setObjectName("noDevices")
        self.note = QLabel(
            self.tr(
                "At most 2 devices per employee (the office PC does not count). Attention: "
                'first synchronise everything, then click "Allow new devices".'
            )
        )
        self.note.setObjectName("devicesNote")
        self.note.setWordWrap(True)
        self.revoke_button = QPushButton(self.tr("&Revoke…"))
        self.revoke_button.setObjectName("revokeDevice")
        self.approve_button = QPushButton(self.tr("Allow new de&vices"))
        self.approve_button.setObjectName("allowNewDevices")
        self.reload_button = QPushButton(self.tr("Reload the &list"))
        self.reload_button.setObjectName("reloadDevices")
        buttons = button_row(self.approve_button, self.revoke_button, self.reload_button)
        self.busy = BusyIndicator()
        self.busy.cancel_button.setVisible(False)
        self.panel = MessagePanel()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.note)
        layout.addLayout(buttons)
        layout.addWidget(self.busy)
        layout.addWidget(self.panel)

        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.revoke_button.clicked.connect(self.revoke_selected)
        self.approve_button.clicked.connect(lambda: self._approvals.open(self))
        self.reload_button.clicked.connect(self.load)
        approvals.devices_changed.connect(self.load)
        self.empty_label.setVisible(False)
        self._update_buttons()

    # -- public ----------------------------------------------------------------------------

    @property
    def devices(self) -> list[Device]:
        return self.model.devices

    @property
    def loading(self) -> Worker | None:
        return self._load_worker

    @property
    def revoking(self) -> Worker | None:
        return self._revoke_worker

    def select(self, device_name: str) -> Device:
        """Select the row of the device called ``device_name`` and return it."""
        for row, device in enumerate(self.model.devices):
            if device.name == device_name:
                self.table.selectRow(row)
                return device
        raise LookupError(f"no device called {device_name!r}")

    def load(self) -> Worker | None:
        """Fetch every device from the cloud on a worker."""
        if self._load_worker is not None:
            return None
        self.busy.start(self.tr("Loading the devices from the cloud…"))
        self._load_worker = run_in_worker(
            self._devices.list, on_returned=self._on_loaded, on_errored=self._on_load_failed
        )
        self._update_buttons()
        return self._load_worker

    def revoke_selected(self) -> None:
        """ "Sperren…" of the selected approved device, after a confirmation."""
        device = self.table.selected()
        if device is None or device.state is not DeviceState.APPROVED or not self._idle():
            return
        box = ConfirmDialog(
            self.tr("Revoke the device"),
            self.tr(
                'Revoke "{device}" of {employee}? The device gets no data from the cloud any '
                "more, at once. To use it again, he must sign in anew and you must approve it."
            ).format(device=device.name, employee=device.employee_name),
            confirm=self.tr("&Yes, revoke"),
            keep=self.tr("&No"),
            parent=self,
        )
        box.setObjectName("confirmRevokeDevice")
        box.finished.connect(lambda result: self._on_revoke_answered(box, device, result))
        self.question = box
        self._update_buttons()
        box.open()

    def cancel(self) -> None:
        """The window is closing: drop the answers still on their way."""
        for worker in (self._load_worker, self._revoke_worker):
            if worker is not None:
                worker.cancel()
        self._load_worker = self._revoke_worker = None
        if self.question is not None:
            self.question.close()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if not self._shown_once:
            self._shown_once = True
            self.load()

    # -- internals -------------------------------------------------------------------------

    def _on_loaded(self, devices: list[Device]) -> None:
        self._load_worker = None
        self.busy.stop()
        selected = self.table.selected()
        self.model.set_devices(devices)
        row = self.model.row_of(selected.id) if selected is not None else -1
        if row >= 0:
            self.table.selectRow(row)
        self.empty_label.setVisible(not devices)
        self._update_buttons()

    def _on_load_failed(self, exc: BaseException) -> None:
        self._load_worker = None
        self.busy.stop()
        message, hint = describe(exc)
        self.panel.show_message("error", message, hint, details=diagnostics(exc))
        self._update_buttons()

    def _on_revoke_answered(self, box: ConfirmDialog, device: Device, result: int) -> None:
        self.question = None
        box.deleteLater()
        if result != QDialog.DialogCode.Accepted:
            self._update_buttons()
            return
        self.panel.clear()
        self.busy.start(self.tr("Revoking the device…"))
        self._revoke_worker = run_in_worker(
            self._devices.revoke,
            device.id,
            on_returned=self._on_revoked,
            on_errored=self._on_revoke_failed,
        )
        self._update_buttons()

    def _on_revoked(self, device: Device) -> None:
        self._revoke_worker = None
        self.busy.stop()
        self.panel.show_message(
            "success",
            self.tr('"{device}" of {employee} is revoked.').format(
                device=device.name, employee=device.employee_name
            ),
        )
        self.load()

    def _on_revoke_failed(self, exc: BaseException) -> None:
        self._revoke_worker = None
        self.busy.stop()
        message, hint = describe(exc)
        self.panel.show_message("error", message, hint, details=diagnostics(exc))
        self.load()

    def _idle(self) -> bool:
        return self._revoke_worker is None and self.question is None

    def _update_buttons(self) -> None:
        device = self.table.selected()
        self.revoke_button.setEnabled(
            self._idle() and device is not None and device.state is DeviceState.APPROVED
        )
        self.reload_button.setEnabled(self._load_worker is None)
