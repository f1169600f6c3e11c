"""A running sync as a bar, its phase in words, and "Abbrechen"; hidden while none runs."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from cloudsetup.services.sync import SyncProgress
from cloudsetup.wizard.sync.runner import SyncRunner
from cloudsetup.wizard.sync.texts import phase_text


class SyncProgressView(QWidget):
    """Follows a :class:`SyncRunner`: shown from the start of a run to its end."""

    def __init__(self, runner: SyncRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._active = False
        self.bar = QProgressBar()
        self.bar.setObjectName("syncBar")
        self.bar.setTextVisible(False)
        self.bar.setMinimumWidth(160)
        self.text = QLabel()
        self.text.setObjectName("syncPhase")
        self.cancel_button = QPushButton(self.tr("&Cancel"))
        self.cancel_button.setObjectName("cancelSync")
        self.cancel_button.setAutoDefault(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.bar)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.cancel_button)

        self.cancel_button.clicked.connect(runner.cancel)
        runner.running_changed.connect(self._on_running_changed)
        runner.progress.connect(self._show)
        self._on_running_changed(runner.is_running)

    def _on_running_changed(self, running: bool) -> None:
        if running and not self._active:
            self.bar.setRange(0, 0)  # busy until the first snapshot
            self.text.setText(self.tr("Starting the sync…"))
        self._active = running
        if self._runner.is_cancelling:
            self.text.setText(self.tr("Cancelling… the request on its way is finished first."))
        self.cancel_button.setEnabled(running and not self._runner.is_cancelling)
        self.setVisible(running)

    def _show(self, progress: SyncProgress) -> None:
        if progress.phase in ("pulling", "pushing") and progress.total > 0:
            self.bar.setRange(0, progress.total)
            self.bar.setValue(min(progress.done, progress.total))
        elif progress.phase == "done":
            self.bar.setRange(0, 1)
            self.bar.setValue(1)
        else:
            self.bar.setRange(0, 0)
        if not self._runner.is_cancelling:
            self.text.setText(phase_text(progress))
