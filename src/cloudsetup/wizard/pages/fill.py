"""Page 4, "Cloud befüllen": all office data to the cloud, with progress, cancel and resume.

The counts, the fill and its progress are the
:class:`~cloudsetup.wizard.pages.fill_panel.FillPanel` (the settings' "Cloud befüllen" section
shows the same widget); entering the page reads the counts, and the page is complete once the
cloud says it is filled and no fill runs.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget, QWizardPage

from cloudsetup.models import SetupState
from cloudsetup.models.fill import Collection
from cloudsetup.services.setup import SetupService
from cloudsetup.wizard.pages.dialogs import ConfirmDialog
from cloudsetup.wizard.pages.fill_panel import FillPanel
from cloudsetup.wizard.worker import Worker


class FillPage(QWizardPage):
    """Fill the cloud with the office data; complete when the cloud says it is filled."""

    #: The cloud's setup state after a verified fill (the wizard's step marks follow it).
    filled = Signal(object)
    #: A progress snapshot was shown (the screenshots and the GUI benchmark listen).
    progress_shown = Signal(object)

    def __init__(
        self,
        setup: SetupService,
        *,
        office_db: Path | None,
        state_dir: Path,
        batch_size: int = 2000,
        parent: QWidget | None = None,
    ) -> None:
        """``state_dir`` keeps the fill's progress for resuming; ``batch_size`` is the records
        per upload (tests use small ones to get many parts)."""
        super().__init__(parent)
        self._state: SetupState | None = None
        self.setTitle(self.tr("Fill the cloud"))
        self.setSubTitle(self.tr("Step 4 of 4: send the office data to the cloud."))
        intro = QLabel(
            self.tr(
                'Simply click "Fill now" and off it goes: all office data is sent to the '
                "cloud. The cloud can be used once this fill is done."
            )
        )
        intro.setObjectName("fillIntro")
        intro.setWordWrap(True)
        self.fill_panel = FillPanel(
            setup, office_db=office_db, state_dir=state_dir, batch_size=batch_size
        )
        # The panel's parts, under the names the page always had (tests, screenshots).
        panel = self.fill_panel
        self.heading = panel.heading
        self.view = panel.view
        self.status = panel.status
        self.fill_button = panel.fill_button
        self.cancel_button = panel.cancel_button
        self.busy = panel.busy
        self.panel = panel.panel

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addSpacing(6)
        layout.addWidget(panel, 1)
        panel.filled.connect(self._on_filled)
        panel.progress_shown.connect(self.progress_shown)
        panel.running_changed.connect(lambda _running: self.completeChanged.emit())

    # -- state ---------------------------------------------------------------------------------

    @property
    def is_running(self) -> bool:
        return self.fill_panel.is_running

    @property
    def is_busy(self) -> bool:
        return self.fill_panel.is_busy

    @property
    def counts(self) -> dict[Collection, int] | None:
        """The office's record counts, once read (``None`` before, or without office data)."""
        return self.fill_panel.counts

    @property
    def confirm_box(self) -> ConfirmDialog | None:
        return self.fill_panel.confirm_box

    @property
    def loading(self) -> Worker | None:
        return self.fill_panel.loading

    def set_batch_size(self, batch_size: int) -> None:
        """Records per upload from the next fill on (the screenshots use small ones)."""
        self.fill_panel.set_batch_size(batch_size)

    def set_state(self, state: SetupState | None) -> None:
        """What the cloud says about the setup; the page is complete once it says filled."""
        self._state = state
        self.fill_panel.set_state(state)
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        return self._state is not None and self._state.filled and not self.is_running

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        if not self.is_running:
            self.load_counts()

    # -- what the panel does -------------------------------------------------------------------

    def load_counts(self) -> Worker | None:
        return self.fill_panel.load_counts()

    def start(self) -> Worker | None:
        return self.fill_panel.start()

    def cancel_fill(self) -> None:
        self.fill_panel.cancel_fill()

    def cancel(self) -> None:
        """The wizard is closing: stop the fill and drop the answers of work still running."""
        self.fill_panel.cancel()

    def _on_filled(self, state: SetupState) -> None:
        self._state = state
        self.completeChanged.emit()
        self.filled.emit(state)
