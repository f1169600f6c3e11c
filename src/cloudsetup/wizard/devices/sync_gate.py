"""The approval dialog's gate: whether everything is synchronised, and if not, what waits.

Above the pending devices it says one of: checking; everything synchronised (approval
allowed); "Erst alles synchronisieren, dann neue Geräte zulassen" with what waits and "Jetzt
synchronisieren"; a sync running, with its progress and "Abbrechen"; or why the state cannot
be checked. It follows the shared :class:`~cloudsetup.wizard.sync.runner.SyncRunner`.
"""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from cloudsetup.wizard.messages import diagnostics
from cloudsetup.wizard.sync.office_sync import OfficeDataMissing
from cloudsetup.wizard.sync.progress_view import SyncProgressView
from cloudsetup.wizard.sync.runner import SyncRunner
from cloudsetup.wizard.sync.texts import approval_blocked_text, problem_text
from cloudsetup.wizard.widgets import MessagePanel


class SyncGate(QWidget):
    """The sync state for approving: a message with "Jetzt synchronisieren", and the progress."""

    def __init__(self, runner: SyncRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self.panel = MessagePanel()
        self.panel.action_button.setObjectName("syncNow")
        self.panel.action_button.setAutoDefault(True)  # Enter on it starts the sync
        self.progress = SyncProgressView(runner)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.panel)
        layout.addWidget(self.progress)
        self.panel.action_clicked.connect(self._on_action)
        # The runner outlives the dialog: bound methods, which Qt disconnects when it goes.
        runner.overview_changed.connect(self._on_sync_state)
        runner.overview_failed.connect(self._on_sync_state)
        runner.running_changed.connect(self._on_sync_state)
        self.refresh()

    @property
    def approval_allowed(self) -> bool:
        """Everything is synchronised (as far as the office knows) and no sync is running."""
        overview = self._runner.overview
        return overview is not None and overview.everything_synced and not self._runner.is_running

    @property
    def action_button(self) -> QPushButton:
        """ "Jetzt synchronisieren" (or "Erneut prüfen"); hidden when there is nothing to do."""
        return self.panel.action_button

    def refresh(self) -> None:
        runner = self._runner
        overview = runner.overview
        error = runner.overview_error
        panel = self.panel
        if runner.is_running:
            panel.show_message(
                "info",
                self.tr("Synchronising: new devices can be approved once everything is done."),
            )
        elif overview is not None and overview.everything_synced:
            panel.show_message(
                "success", self.tr("Everything is synchronised: new devices can be approved.")
            )
        elif overview is not None:
            message, details = approval_blocked_text(overview)
            panel.show_message(
                "warning",
                message,
                details or None,
                action=self.tr("&Synchronise now") if overview.filled else None,
            )
        elif error is not None:
            message, hint = problem_text(error)
            missing = isinstance(error, OfficeDataMissing)
            panel.show_message(
                "warning",
                self.tr("It cannot be checked whether everything is synchronised."),
                f"{message} {hint}" if hint else message,
                action=None if missing else self.tr("Check &again"),
                details="" if missing else diagnostics(error),
            )
        else:
            panel.show_message("info", self.tr("Checking whether everything is synchronised…"))
        panel.action_button.setEnabled(not runner.is_running and not runner.is_loading)

    def _on_sync_state(self, _news: object) -> None:
        self.refresh()

    def _on_action(self) -> None:
        if self._runner.overview is None:
            self._runner.load_overview()  # "Erneut prüfen" after a failed check
        else:
            self._runner.start()
