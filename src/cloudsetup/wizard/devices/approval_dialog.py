"""The device-approval dialog ("Neue Geräte zulassen"): pending devices, approve or reject.

It lists the devices employees signed in with that wait for the office's decision, one row
each (:class:`~cloudsetup.wizard.devices.pending_row.PendingDeviceRow`). Approving is only
allowed while the office has synchronised everything (seed: "erst alles synchronisieren und
dann neue Geräte zulassen"); until then the reason and what waits are shown above the list
with "Jetzt synchronisieren", which runs the shared :class:`~cloudsetup.wizard.sync.runner.
SyncRunner`. The cloud enforces the same rule and the two-device limit again.

Every cloud call runs on a worker; after each decision the list is loaded again, so a second
pending device of the same employee turns into "Ersetzen…" once the first was approved.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cloudsetup.models import Device, DeviceState
from cloudsetup.services.devices import DeviceService
from cloudsetup.services.errors import UserError
from cloudsetup.wizard.devices.pending_row import PendingDeviceList, PendingDeviceRow
from cloudsetup.wizard.devices.replace_dialog import ReplaceDeviceDialog
from cloudsetup.wizard.devices.sync_gate import SyncGate
from cloudsetup.wizard.devices.texts import decision_text
from cloudsetup.wizard.messages import describe, diagnostics
from cloudsetup.wizard.pages.dialogs import ConfirmDialog, size_by_content
from cloudsetup.wizard.sync.runner import SyncRunner
from cloudsetup.wizard.sync.texts import problem_text
from cloudsetup.wizard.widgets import BusyIndicator, MessagePanel
from cloudsetup.wizard.worker import Worker, run_in_worker


class DeviceApprovalDialog(QDialog):
    """Approve or reject the pending devices; approval waits until everything is synced."""

    # A device was approved, replaced or rejected (device lists elsewhere reload).
    devices_changed = Signal()

    def __init__(
        self, devices: DeviceService, runner: SyncRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._devices = devices
        self._runner = runner
        self._load_worker: Worker | None = None
        self._action_worker: Worker | None = None
        self._approved: dict[int, list[Device]] = {}
        self.question: QDialog | None = None
        self._focus_pending = False
        self._replacing: Device | None = None
        self.setObjectName("deviceApprovalDialog")
        self.setWindowTitle(self.tr("Allow new devices"))

        intro = QLabel(
            self.tr(
                "These devices were signed in by employees and wait for your decision. Compare "
                "the code with the one the device shows before you approve it. At most 2 "
                "devices per employee; the office PC does not count."
            )
        )
        intro.setObjectName("approvalIntro")
        intro.setWordWrap(True)
        self.sync_gate = SyncGate(runner)
        self.busy = BusyIndicator()
        self.busy.cancel_button.setVisible(False)

        self.pending = PendingDeviceList()
        self.panel = MessagePanel()

        self.reload_button = QPushButton(self.tr("&Reload the list"))
        self.reload_button.setObjectName("reloadDevices")
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setObjectName("closeButton")
        for button in (self.reload_button, self.close_button):
            button.setAutoDefault(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.reload_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.sync_gate)
        layout.addWidget(self.busy)
        layout.addWidget(self.pending, 1)
        layout.addWidget(self.panel)
        layout.addLayout(buttons)
        size_by_content(self, 680)
        self.resize(680, 540)

        self.pending.approve_clicked.connect(self.approve)
        self.pending.reject_clicked.connect(self.reject_device)
        self.reload_button.clicked.connect(lambda: self.load())
        self.close_button.clicked.connect(self.reject)
        # The runner outlives this dialog: bound methods, which Qt disconnects when it goes.
        runner.overview_changed.connect(self._on_sync_state)
        runner.overview_failed.connect(self._on_sync_state)
        runner.running_changed.connect(self._on_sync_state)
        runner.succeeded.connect(self._on_synced)
        runner.failed.connect(self._on_sync_failed)
        self._update()

    # -- public ----------------------------------------------------------------------------

    @property
    def approval_allowed(self) -> bool:
        """Everything is synchronised (as far as the office knows) and no sync is running."""
        return self.sync_gate.approval_allowed

    @property
    def is_busy(self) -> bool:
        return self._load_worker is not None or self._action_worker is not None

    @property
    def loading(self) -> Worker | None:
        return self._load_worker

    @property
    def acting(self) -> Worker | None:
        """The approval or rejection on its way, if any."""
        return self._action_worker

    @property
    def rows(self) -> list[PendingDeviceRow]:
        """The rows of the pending devices, in the cloud's order."""
        return list(self.pending.rows)

    def row_for(self, device_name: str) -> PendingDeviceRow | None:
        """The row of the pending device called ``device_name`` (the first, if two are)."""
        return self.pending.row_for(device_name)

    def start(self) -> None:
        """Load the pending devices and check what is waiting (opening the dialog does this)."""
        self.load()
        self._runner.load_overview()

    def load(self, *, clear_message: bool = True) -> Worker | None:
        """Fetch the devices from the cloud on a worker; the rows follow."""
        if self._load_worker is not None:
            return None
        if clear_message:
            self.panel.clear()
        self.busy.start(self.tr("Loading the devices from the cloud…"))
        self._load_worker = run_in_worker(
            self._devices.list, on_returned=self._on_loaded, on_errored=self._on_load_failed
        )
        self._update()
        return self._load_worker

    def approve(self, device: Device) -> Worker | None:
        """ "Zulassen" of ``device``'s row; for an employee with two devices, ask which goes."""
        if not self._can_act() or not self.approval_allowed:
            return None
        approved = self._approved.get(device.employee_id, [])
        row = self.pending.row_of(device.id)
        if row is not None and row.needs_replace:
            self._ask_replace(device, approved)
            return None
        return self._act(partial(self._devices.approve, device.id))

    def reject_device(self, device: Device) -> None:
        """ "Ablehnen" of ``device``'s row, after a confirmation (the device is shut out)."""
        if not self._can_act():
            return
        box = ConfirmDialog(
            self.tr("Reject the device"),
            self.tr(
                'Reject "{device}" of {employee}? This device cannot sign in to the cloud any more.'
            ).format(device=device.name, employee=device.employee_name),
            confirm=self.tr("&Yes, reject"),
            keep=self.tr("&No"),
            parent=self,
        )
        box.setObjectName("confirmRejectDevice")
        box.finished.connect(lambda result: self._on_reject_answered(box, device, result))
        self.question = box
        self._update()
        box.open()

    def done(self, result: int) -> None:
        # Answers still on their way must not reach a dialog that is going away; a sync that
        # runs goes on (it belongs to the runner, the settings window still shows it).
        for worker in (self._load_worker, self._action_worker):
            if worker is not None:
                worker.cancel()
        self._load_worker = self._action_worker = None
        if self.question is not None:
            self.question.close()
        super().done(result)

    # -- loading ---------------------------------------------------------------------------

    def _on_loaded(self, devices: list[Device]) -> None:
        self._load_worker = None
        self.busy.stop()
        self._approved = {}
        for device in devices:
            if device.state is DeviceState.APPROVED:
                self._approved.setdefault(device.employee_id, []).append(device)
        self._set_rows([d for d in devices if d.state is DeviceState.PENDING])

    def _on_load_failed(self, exc: BaseException) -> None:
        self._load_worker = None
        self.busy.stop()
        self._show_error(exc)
        self._update()

    def _set_rows(self, pending: list[Device]) -> None:
        self.pending.set_devices(pending, self._approved)
        self._update()
        # Every load follows a step of the admin (open, reload, decide, sync): the keys go on
        # to the next one; until the overview is known, that is decided again when it comes.
        self._focus_pending = self._runner.overview is None
        self.focus_next_step()

    def focus_next_step(self) -> None:
        """Keys go to what comes next: the first "Zulassen", else the sync, else "Ablehnen"."""
        gate_action = self.sync_gate.action_button
        candidates = [row.approve_button for row in self.rows]
        candidates.append(gate_action)
        candidates.extend(row.reject_button for row in self.rows)
        candidates.append(self.close_button)
        for button in candidates:
            if button.isEnabled() and not button.isHidden():
                button.setFocus(Qt.FocusReason.OtherFocusReason)
                return

    # -- decisions -------------------------------------------------------------------------

    def _ask_replace(self, device: Device, approved: list[Device]) -> None:
        box = ReplaceDeviceDialog(device, approved, parent=self)
        box.finished.connect(lambda result: self._on_replace_answered(box, result))
        self.question = box
        self._update()
        box.open()

    def _on_replace_answered(self, box: ReplaceDeviceDialog, result: int) -> None:
        self.question = None
        box.deleteLater()
        old = box.chosen()
        if result == QDialog.DialogCode.Accepted and old is not None and self.approval_allowed:
            self._act(partial(self._devices.approve, box.device.id, replaces=old.id), replaces=old)
        self._update()

    def _on_reject_answered(self, box: ConfirmDialog, device: Device, result: int) -> None:
        self.question = None
        box.deleteLater()
        if result == QDialog.DialogCode.Accepted:
            self._act(partial(self._devices.reject, device.id))
        self._update()

    def _act(self, call: Callable[[], Device], *, replaces: Device | None = None) -> Worker:
        self.panel.clear()
        self._replacing = replaces
        self._action_worker = run_in_worker(
            call,
            on_returned=self._on_decided,
            on_errored=self._on_action_failed,
        )
        self.busy.start(self.tr("Telling the cloud…"))
        self._update()
        return self._action_worker

    def _on_decided(self, device: Device) -> None:
        self._action_worker = None
        self.busy.stop()
        message, hint = decision_text(device, self._replacing)
        self.panel.show_message("success", message, hint)
        self.devices_changed.emit()
        self.load(clear_message=False)

    def _on_action_failed(self, exc: BaseException) -> None:
        self._action_worker = None
        self.busy.stop()
        self._show_error(exc)
        if isinstance(exc, UserError) and exc.code == "not_synced":
            self._runner.load_overview()  # the cloud knows of something new: show what waits
        self.load(clear_message=False)

    # -- shared ----------------------------------------------------------------------------

    def _on_sync_state(self, _news: object) -> None:
        self._update()

    def _on_synced(self, _result: object) -> None:
        self.load(clear_message=False)  # the rows may change their "Zulassen" now

    def _on_sync_failed(self, exc: BaseException) -> None:
        message, hint = problem_text(exc)
        self.panel.show_message("error", message, hint, details=diagnostics(exc))

    def _show_error(self, exc: BaseException) -> None:
        message, hint = describe(exc)
        self.panel.show_message("error", message, hint, details=diagnostics(exc))

    # -- state -----------------------------------------------------------------------------

    def _can_act(self) -> bool:
        return self._action_worker is None and self.question is None

    def _update(self) -> None:
        idle = self._action_worker is None and self.question is None
        allowed = self.approval_allowed
        for row in self.rows:
            row.set_enabled_actions(approve=idle and allowed, reject=idle)
        self.reload_button.setEnabled(self._load_worker is None)
        if self._focus_pending and self._runner.overview is not None:
            self._focus_pending = False
            self.focus_next_step()
