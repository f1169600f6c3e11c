"""Sending all office data to the cloud, with progress, cancel and resume: page 4's body and the
settings' "Cloud befüllen" section.

:meth:`FillPanel.load_counts` reads the record counts of the office database on a worker. "Jetzt
neu befüllen" first asks the cloud what it holds; when that is data, a confirmation says it will
be replaced. The fill itself (:class:`~cloudsetup.services.fill.FillService`) runs as a
:class:`~cloudsetup.wizard.progress_relay.ProgressRun` (a worker, its progress relayed). Cancel
sets the fill's event and waits for it to stop between two requests; the job stays stored, so
the next start continues it.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from cloudsetup.models import SetupState
from cloudsetup.models.fill import CloudData, Collection
from cloudsetup.services.fill import FillCancelled, FillProgress, FillService
from cloudsetup.services.setup import SetupService
from cloudsetup.wizard.buttons import button_row
from cloudsetup.wizard.messages import describe, diagnostics
from cloudsetup.wizard.pages.dialogs import ConfirmDialog
from cloudsetup.wizard.pages.fill_progress_view import FillProgressView
from cloudsetup.wizard.pages.fill_texts import number, planning_text, status_line
from cloudsetup.wizard.pages.fill_work import (
    FillOutcome,
    cloud_holds_data,
    read_counts,
    run_fill,
)
from cloudsetup.wizard.progress_relay import ProgressRun
from cloudsetup.wizard.widgets import BusyIndicator, MessagePanel
from cloudsetup.wizard.worker import Worker, run_in_worker


class FillPanel(QWidget):
    """The office data's counts, "Jetzt neu befüllen" with progress and cancel, the result."""

    #: The cloud's setup state after a verified fill (the wizard's step marks follow it).
    filled = Signal(object)
    #: A progress snapshot was shown (the screenshots and the GUI benchmark listen).
    progress_shown = Signal(object)
    #: A fill started (True) or ended, any way (False).
    running_changed = Signal(bool)

    def __init__(
        self,
        setup: SetupService,
        *,
        office_db: Path | None,
        state_dir: Path,
        batch_size: int = 2000,
        in_wizard: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        """``state_dir`` keeps the fill's progress for resuming; ``batch_size`` is the records
        per upload (tests use small ones to get many parts); ``in_wizard`` chooses the hints
        (the wizard's "Finish", or none in the settings)."""
        super().__init__(parent)
        self._in_wizard = in_wizard
        self._setup = setup
        self._office_db = office_db
        self._state_dir = state_dir
        self._fill = FillService(setup, state_dir=state_dir, batch_size=batch_size)
        self._state: SetupState | None = None
        self._counts: dict[Collection, int] | None = None
        self._counts_worker: Worker | None = None
        self._check_worker: Worker | None = None
        self._fill_run: ProgressRun[FillProgress] | None = None
        self.confirm_box: ConfirmDialog | None = None

        self.heading = QLabel(self.tr("This office data is sent:"))
        self.heading.setObjectName("fillHeading")
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.view = FillProgressView()
        self.status = QLabel()
        self.status.setObjectName("fillStatus")
        self.status.setWordWrap(True)

        self.fill_button = QPushButton(self.tr("&Fill now"))
        self.fill_button.setObjectName("fillNow")
        self.cancel_button = QPushButton(self.tr("&Cancel"))
        self.cancel_button.setObjectName("cancelFill")
        buttons = button_row(self.fill_button, self.cancel_button)
        self.busy = BusyIndicator()
        self.busy.cancel_button.setVisible(False)
        self.panel = MessagePanel()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.view)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        layout.addWidget(self.busy)
        layout.addWidget(self.panel)
        layout.addStretch(1)

        self.fill_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self.cancel_fill)
        self.panel.action_clicked.connect(self._resume)
        self._update_buttons()

    # -- state ---------------------------------------------------------------------------------

    @property
    def is_running(self) -> bool:
        return self._fill_run is not None

    @property
    def is_busy(self) -> bool:
        workers = (self._counts_worker, self._check_worker, self._fill_run)
        return any(worker is not None for worker in workers) or self.confirm_box is not None

    @property
    def counts(self) -> dict[Collection, int] | None:
        """The office's record counts, once read (``None`` before, or without office data)."""
        return self._counts

    def set_batch_size(self, batch_size: int) -> None:
        """Records per upload from the next fill on (the screenshots use small ones)."""
        if self.is_running:
            raise RuntimeError("the batch size cannot change during a fill")
        self._fill = FillService(self._setup, state_dir=self._state_dir, batch_size=batch_size)

    def set_state(self, state: SetupState | None) -> None:
        """What the cloud says about the setup (whether it was filled before)."""
        self._state = state

    # -- counting --------------------------------------------------------------------------------

    @property
    def loading(self) -> Worker | None:
        return self._counts_worker

    def load_counts(self) -> Worker | None:
        """Read the office database's counts on a worker (entering the page does this)."""
        if self._office_db is None:
            self._show_missing(None)
            return None
        if self._counts_worker is not None:
            return None
        self.busy.start(self.tr("Reading the office data…"))
        self._counts_worker = run_in_worker(
            read_counts,
            self._office_db,
            on_returned=self._on_counts,
            on_errored=self._on_counts_failed,
        )
        self._update_buttons()
        return self._counts_worker

    def _on_counts(self, counts: dict[Collection, int] | None) -> None:
        self._counts_worker = None
        self.busy.stop()
        if counts is None:
            self._show_missing(self._office_db)
            return
        self._counts = counts
        self.view.show_counts(counts)
        self.status.clear()
        if self._state is not None and self._state.filled:
            self.panel.show_message(
                "success",
                self.tr("The cloud has already been filled."),
                self.tr('Click "Finish". "Fill now" would replace the data in the cloud.')
                if self._in_wizard
                else self.tr('"Fill now" replaces the data in the cloud with the office data.'),
            )
        else:
            self.panel.clear()
        self._update_buttons()

    def _on_counts_failed(self, exc: BaseException) -> None:
        self._counts_worker = None
        self.busy.stop()
        self._counts = None
        self._show_error(exc, action=self.tr("Read &again"))
        self._update_buttons()

    def _show_missing(self, path: Path | None) -> None:
        self._counts = None
        self.view.show_counts(None)
        self.status.clear()
        if path is None:
            message = self.tr("No office data is set up on this computer.")
            hint = self.tr(
                "The office data is expected in the database of the office software. Start "
                'the program with "--office-db FILE" to name the file.'
            )
        else:
            message = self.tr("The office data was not found.")
            hint = self.tr("It is expected in this file: {path}").format(path=str(path))
        self.panel.show_message("warning", message, hint)
        self._update_buttons()

    # -- the fill ------------------------------------------------------------------------------

    def start(self) -> Worker | None:
        """ "Jetzt neu befüllen": ask the cloud what it holds, confirm a replace, then fill."""
        if self.is_busy or self._office_db is None or self._counts is None:
            return None
        self.panel.clear()
        self.busy.start(self.tr("Asking the cloud what it holds…"))
        self._check_worker = run_in_worker(
            cloud_holds_data,
            self._fill,
            on_returned=self._on_checked,
            on_errored=self._on_check_failed,
        )
        self._update_buttons()
        return self._check_worker

    def _on_checked(self, held: CloudData | None) -> None:
        self._check_worker = None
        self.busy.stop()
        if held is None:
            self._run()
            return
        count = sum(totals.count for totals in held.totals)
        box = ConfirmDialog(
            self.tr("Replace the data in the cloud"),
            self.tr(
                "The cloud already holds {count} records. They will be replaced by the office "
                "data. Fill the cloud anew?"
            ).format(count=number(count)),
            confirm=self.tr("&Yes, replace"),
            keep=self.tr("&No"),
            parent=self,
        )
        box.setObjectName("confirmReplace")
        box.finished.connect(lambda result: self._on_confirmed(box, result))
        self.confirm_box = box
        self._update_buttons()
        box.open()

    def _on_confirmed(self, box: ConfirmDialog, result: int) -> None:
        self.confirm_box = None
        box.deleteLater()
        if result == ConfirmDialog.DialogCode.Accepted:
            self._run()
        else:
            self._update_buttons()

    def _on_check_failed(self, exc: BaseException) -> None:
        self._check_worker = None
        self.busy.stop()
        self._show_error(exc, action=self.tr("&Try again"))
        self._update_buttons()

    def _resume(self) -> None:
        """The message's button: read the counts again, or continue the fill."""
        if self._counts is None:
            self.load_counts()
        else:
            self.start()

    def _run(self) -> None:
        if self._office_db is None:  # start() checked it; the confirmation came in between
            return
        self.panel.clear()
        self.status.setText(planning_text())
        self._fill_run = ProgressRun.start(
            run_fill,
            self._fill,
            self._setup,
            self._office_db,
            deliver=self._on_progress,
            on_returned=self._on_filled,
            on_errored=self._on_fill_failed,
        )
        self._update_buttons()
        self.running_changed.emit(True)

    def cancel_fill(self) -> None:
        """ "Abbrechen": the fill stops after the requests on their way (the job stays)."""
        if self._fill_run is None or not self._fill_run.request_cancel():
            return
        self.status.setText(self.tr("Cancelling… the parts on their way are finished first."))
        self._update_buttons()

    def _on_progress(self, progress: FillProgress) -> None:
        if self._fill_run is None:
            return
        self.view.show_progress(progress.done, progress.total)
        if not self._fill_run.cancelling:
            self.status.setText(status_line(progress))
        self.progress_shown.emit(progress)

    def _end_run(self) -> None:
        if self._fill_run is not None:
            self._fill_run.end()
        self._fill_run = None

    def _on_filled(self, outcome: FillOutcome) -> None:
        self._end_run()
        counts: Mapping[Collection, int] = {t.collection: t.count for t in outcome.result.totals}
        self.view.show_verified(counts)
        total = sum(counts.values())
        self.status.clear()
        self.panel.show_message(
            "success",
            self.tr("The cloud is filled: {count} records, checked by the cloud.").format(
                count=number(total)
            ),
            self.tr('The cloud can be used now. Click "Finish" to end the setup.')
            if self._in_wizard
            else self.tr("The devices get the new data with their next sync."),
        )
        self._state = outcome.state
        self._update_buttons()
        self.running_changed.emit(False)
        self.filled.emit(outcome.state)

    def _on_fill_failed(self, exc: BaseException) -> None:
        self._end_run()
        if isinstance(exc, FillCancelled):
            self.status.clear()
            self.panel.show_message(
                "info",
                self.tr("The fill was cancelled. The data in the cloud is unchanged."),
                self.tr('The next "Fill now" continues where it stopped.'),
            )
        else:
            self.status.clear()
            self._show_error(exc, action=self.tr("&Try again"))
        self._update_buttons()
        self.running_changed.emit(False)

    # -- shared ----------------------------------------------------------------------------------

    def cancel(self) -> None:
        """The window is closing: stop the fill and drop the answers of work still running."""
        for worker in (self._counts_worker, self._check_worker):
            if worker is not None:
                worker.cancel()
        self._counts_worker = self._check_worker = None
        if self._fill_run is not None:
            self._fill_run.stop()
        self._fill_run = None
        if self.confirm_box is not None:
            self.confirm_box.close()

    def _show_error(self, exc: BaseException, *, action: str) -> None:
        message, hint = describe(exc)
        self.panel.show_message("error", message, hint, action=action, details=diagnostics(exc))

    def _update_buttons(self) -> None:
        running = self.is_running
        self.fill_button.setEnabled(
            not self.is_busy and self._office_db is not None and self._counts is not None
        )
        self.cancel_button.setVisible(running)
        self.cancel_button.setEnabled(self._fill_run is not None and not self._fill_run.cancelling)
        self.panel.action_button.setEnabled(not self.is_busy)
