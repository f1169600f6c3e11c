"""Who opens the device-approval dialog: one dialog at a time, from anywhere that offers it.

The sync panel opens it after a sync that leaves devices pending and from its "Neue Geräte
zulassen" button; the device list has the same button. Both ask this one
:class:`DeviceApprovals`, which raises the dialog that is already open instead of a second
one, and tells every device list when a decision changed the devices.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from cloudsetup.services.devices import DeviceService
from cloudsetup.wizard.devices.approval_dialog import DeviceApprovalDialog
from cloudsetup.wizard.sync.runner import SyncRunner


class DeviceApprovals(QObject):
    """Opens the :class:`DeviceApprovalDialog` on the shared sync runner."""

    #: The dialog that was just opened (tests and the screenshots drive it).
    dialog_opened = Signal(object)
    #: A device was approved, replaced or rejected.
    devices_changed = Signal()

    def __init__(
        self, devices: DeviceService, runner: SyncRunner, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.devices = devices
        self.runner = runner
        self.dialog: DeviceApprovalDialog | None = None

    def open(self, parent: QWidget | None = None) -> DeviceApprovalDialog:
        """Show the dialog (window-modal over ``parent``'s window), or bring back the open one."""
        if self.dialog is not None:
            # A window-modal dialog stays above its window; activating brings it to the keys.
            self.dialog.activateWindow()
            self.dialog.load(clear_message=False)
            return self.dialog
        dialog = DeviceApprovalDialog(self.devices, self.runner, parent=parent)
        dialog.devices_changed.connect(self.devices_changed)
        dialog.finished.connect(lambda _result: self._closed(dialog))
        self.dialog = dialog
        dialog.open()
        dialog.start()
        self.dialog_opened.emit(dialog)
        return dialog

    def close(self) -> None:
        """The window that offers the dialog is closing: close the dialog too."""
        if self.dialog is not None:
            self.dialog.reject()

    def _closed(self, dialog: DeviceApprovalDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()
