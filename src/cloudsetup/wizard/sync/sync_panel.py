"""The "Cloudabgleich" panel: the last sync, what is waiting, "Jetzt synchronisieren".

A standalone widget over the shared :class:`~cloudsetup.wizard.sync.runner.SyncRunner`, so the
settings window (and later its sections) can place it anywhere. Showing it the first time asks
for the overview on a worker; a run shows its progress with "Abbrechen" and ends with a
message. When a sync leaves devices waiting for approval, the approval dialog opens; "Neue
Geräte zulassen" opens it any time.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cloudsetup.services.sync import SyncOverview, SyncResult
from cloudsetup.wizard.buttons import button_row
from cloudsetup.wizard.devices.approvals import DeviceApprovals
from cloudsetup.wizard.messages import diagnostics
from cloudsetup.wizard.sync.office_sync import OfficeDataMissing
from cloudsetup.wizard.sync.progress_view import SyncProgressView
from cloudsetup.wizard.sync.runner import SyncRunner
from cloudsetup.wizard.sync.texts import last_sync_text, problem_text, result_text, waiting_text
from cloudsetup.wizard.widgets import MessagePanel
from cloudsetup.wizard.worker import Worker


def _value_label(object_name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(object_name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class SyncPanel(QWidget):
    """Last sync, what waits, the sync button with progress, and "Neue Geräte zulassen"."""

    def __init__(
        self, runner: SyncRunner, approvals: DeviceApprovals, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("syncPanel")
        self._runner = runner
        self._approvals = approvals
        self._shown_once = False
        self._message_action: Callable[[], object] | None = None

        self.last_sync = _value_label("lastSync")
        self.waiting = _value_label("syncWaiting")
        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Last sync:"), self.last_sync)
        form.addRow(self.tr("Waiting:"), self.waiting)

        self.sync_button = QPushButton(self.tr("&Synchronise now"))
        self.sync_button.setObjectName("syncNow")
        self.approve_button = QPushButton(self.tr("Allow new &devices"))
        self.approve_button.setObjectName("allowNewDevices")
        buttons = button_row(self.sync_button, self.approve_button)
        self.progress = SyncProgressView(runner)
        self.panel = MessagePanel()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.progress)
        layout.addWidget(self.panel)

        self.sync_button.clicked.connect(self.synchronise)
        self.approve_button.clicked.connect(self.open_approval)
        self.panel.action_clicked.connect(self._on_message_action)
        runner.overview_changed.connect(self._show_overview)
        runner.overview_failed.connect(self._on_overview_failed)
        runner.running_changed.connect(self._on_running_changed)
        runner.succeeded.connect(self._on_synced)
        runner.failed.connect(self._on_failed)
        runner.cancelled.connect(self._on_cancelled)
        self.last_sync.setText(self.tr("…"))
        self.waiting.setText(self.tr("Checking…"))
        if runner.overview is not None:
            self._show_overview(runner.overview)
        self._update_buttons()

    # -- public ----------------------------------------------------------------------------

    @property
    def runner(self) -> SyncRunner:
        return self._runner

    def refresh(self) -> Worker | None:
        """Ask again what is waiting (showing the panel the first time does this)."""
        return self._runner.load_overview()

    def synchronise(self) -> Worker | None:
        """ "Jetzt synchronisieren": one run on a worker; ``None`` while one runs already."""
        self.panel.clear()
        worker = self._runner.start()
        self._update_buttons()
        return worker

    def open_approval(self) -> None:
        """ "Neue Geräte zulassen": the approval dialog over this panel's window."""
        self._approvals.open(self)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if not self._shown_once:
            self._shown_once = True
            self.refresh()

    # -- the runner's news -----------------------------------------------------------------

    def _show_overview(self, overview: SyncOverview) -> None:
        self.last_sync.setText(last_sync_text(overview))
        self.waiting.setText(waiting_text(overview))
        if self.panel.kind in ("warning", "error") and not self._runner.is_running:
            self.panel.clear()  # the problem of an earlier check is over
        self._update_buttons()

    def _on_overview_failed(self, exc: BaseException) -> None:
        message, hint = problem_text(exc)
        self.last_sync.setText(self.tr("unknown"))
        self.waiting.setText(self.tr("unknown"))
        if isinstance(exc, OfficeDataMissing):
            self._say("warning", message, hint)
        else:
            self._say(
                "error",
                message,
                hint,
                action=(self.tr("Check &again"), self.refresh),
                details=diagnostics(exc),
            )
        self._update_buttons()

    def _on_synced(self, result: SyncResult) -> None:
        pending = result.overview.pending_devices
        if pending:
            self._say(
                "success",
                result_text(result),
                self.tr("%n new device(s) wait for approval.", "", pending),
            )
            self.open_approval()
        else:
            self._say("success", result_text(result))

    def _on_failed(self, exc: BaseException) -> None:
        message, hint = problem_text(exc)
        kind = "warning" if isinstance(exc, OfficeDataMissing) else "error"
        retry = None if kind == "warning" else (self.tr("&Try again"), self.synchronise)
        self._say(kind, message, hint, action=retry, details=diagnostics(exc))

    def _on_cancelled(self) -> None:
        self._say(
            "info",
            self.tr("The sync was cancelled."),
            self.tr('What was sent is kept; the next "Synchronise now" continues from there.'),
        )

    def _say(
        self,
        kind: str,
        message: str,
        hint: str | None = None,
        *,
        action: tuple[str, Callable[[], object]] | None = None,
        details: str = "",
    ) -> None:
        self._message_action = action[1] if action is not None else None
        self.panel.show_message(
            kind, message, hint, action=action[0] if action else None, details=details
        )

    def _on_message_action(self) -> None:
        if self._message_action is not None:
            self._message_action()

    def _on_running_changed(self, _running: bool) -> None:
        self._update_buttons()

    def _update_buttons(self) -> None:
        runner = self._runner
        overview = runner.overview
        missing = isinstance(runner.overview_error, OfficeDataMissing)
        can_sync = not missing and (overview is None or overview.filled)
        self.sync_button.setEnabled(not runner.is_running and can_sync)
        self.panel.action_button.setEnabled(not runner.is_running)
