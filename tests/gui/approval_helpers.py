"""Opening the device-approval dialog on a :class:`DeviceWorld` and waiting until it settled."""

from __future__ import annotations

from dataclasses import dataclass

from pytestqt.qtbot import QtBot

from cloudsetup.wizard.devices.approval_dialog import DeviceApprovalDialog
from cloudsetup.wizard.devices.approvals import DeviceApprovals
from cloudsetup.wizard.devices.pending_row import PendingDeviceRow
from cloudsetup.wizard.sync.runner import SyncRunner
from gui.device_world import DeviceWorld
from gui.wizard_pages import WAIT_MS


@dataclass
class OpenDialog:
    """The dialog with the runner and opener it works on (kept alive by the test)."""

    dialog: DeviceApprovalDialog
    runner: SyncRunner
    approvals: DeviceApprovals

    def settled(self) -> bool:
        """No load, decision, overview check or sync on its way."""
        runner, dialog = self.runner, self.dialog
        return not (dialog.is_busy or runner.is_loading or runner.is_running)

    def row(self, name: str) -> PendingDeviceRow:
        row = self.dialog.row_for(name)
        assert row is not None, f"no row for {name!r}: {[r.device.name for r in self.dialog.rows]}"
        return row


def open_dialog(qtbot: QtBot, world: DeviceWorld) -> OpenDialog:
    """ "Neue Geräte zulassen" on a fresh runner; returns once the list and overview are in."""
    runner = world.runner()
    approvals = world.approvals(runner)
    dialog = approvals.open(None)
    qtbot.addWidget(dialog)
    opened = OpenDialog(dialog, runner, approvals)
    wait_settled(qtbot, opened)
    return opened


def wait_settled(qtbot: QtBot, opened: OpenDialog) -> None:
    qtbot.waitUntil(opened.settled, timeout=WAIT_MS)
