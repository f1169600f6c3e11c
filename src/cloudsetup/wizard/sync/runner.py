"""One office sync at a time, on a worker, shared by every widget that shows or starts it.

The settings' sync panel and the device-approval dialog both show the same sync: a run started
in the dialog ("Jetzt synchronisieren") moves the panel's progress bar too, and the overview
that comes back decides in both whether new devices may be approved. So the state lives here,
in one :class:`SyncRunner`, and the widgets only follow its signals.

A run is a :class:`~cloudsetup.wizard.progress_relay.ProgressRun`: a worker with an event for
cancel, its progress brought to the GUI thread by a relay. After every run (done, failed or
cancelled) the runner holds a fresh overview: the result's, or one it asks for.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from cloudsetup.services.sync import SyncCancelled, SyncOverview, SyncProgress, SyncResult
from cloudsetup.wizard.progress_relay import ProgressRun
from cloudsetup.wizard.sync.office_sync import OfficeSync
from cloudsetup.wizard.worker import Worker, run_in_worker


class SyncRunner(QObject):
    """Loads the sync overview and runs the sync, one of each at a time."""

    #: A fresh :class:`SyncOverview` (loaded, or the one a run ended with).
    overview_changed = Signal(object)
    #: The overview could not be loaded (the exception).
    overview_failed = Signal(object)
    #: A run started / ended (any way); widgets enable and disable their buttons on it.
    running_changed = Signal(bool)
    #: A :class:`SyncProgress` snapshot of the run (the newest only).
    progress = Signal(object)
    #: The run finished: the :class:`SyncResult`.
    succeeded = Signal(object)
    #: The run failed: the exception (``UserError``, ``OfficeDataMissing``, or a bug).
    failed = Signal(object)
    #: The run stopped because it was cancelled.
    cancelled = Signal()

    def __init__(self, sync: OfficeSync, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._sync = sync
        self._overview: SyncOverview | None = None
        self._overview_error: BaseException | None = None
        self._overview_worker: Worker | None = None
        self._run: ProgressRun[SyncProgress] | None = None
        self._reload_after_load = False

    # -- state -----------------------------------------------------------------------------

    @property
    def office_sync(self) -> OfficeSync:
        return self._sync

    @property
    def overview(self) -> SyncOverview | None:
        """The newest overview, or ``None`` before the first answer (or after a failed load)."""
        return self._overview

    @property
    def overview_error(self) -> BaseException | None:
        """Why the last load of the overview failed; ``None`` once one succeeded."""
        return self._overview_error

    @property
    def is_loading(self) -> bool:
        return self._overview_worker is not None

    @property
    def is_running(self) -> bool:
        return self._run is not None

    @property
    def is_cancelling(self) -> bool:
        return self._run is not None and self._run.cancelling

    @property
    def loading(self) -> Worker | None:
        """The overview load on its way, if any."""
        return self._overview_worker

    @property
    def running(self) -> Worker | None:
        """The sync run on its way, if any."""
        return None if self._run is None else self._run.worker

    # -- the overview ----------------------------------------------------------------------

    def load_overview(self) -> Worker | None:
        """Ask what is waiting on either side; a load already on its way is asked again after."""
        if self._run is not None:
            return None  # the run ends with a fresh overview
        if self._overview_worker is not None:
            self._reload_after_load = True
            return None
        self._overview_worker = run_in_worker(
            self._sync.overview,
            on_returned=self._on_overview,
            on_errored=self._on_overview_failed,
        )
        return self._overview_worker

    def _on_overview(self, overview: SyncOverview) -> None:
        self._overview_worker = None
        if self._again():
            return
        self._set_overview(overview)

    def _on_overview_failed(self, exc: BaseException) -> None:
        self._overview_worker = None
        if self._again():
            return
        self._overview = None
        self._overview_error = exc
        self.overview_failed.emit(exc)

    def _again(self) -> bool:
        if not self._reload_after_load:
            return False
        self._reload_after_load = False
        self.load_overview()
        return True

    def _set_overview(self, overview: SyncOverview) -> None:
        self._overview = overview
        self._overview_error = None
        self.overview_changed.emit(overview)

    # -- the run ---------------------------------------------------------------------------

    def start(self) -> Worker | None:
        """ "Jetzt synchronisieren"; ``None`` when a run is on its way already."""
        if self._run is not None:
            return None
        if self._overview_worker is not None:
            self._overview_worker.cancel()  # the run ends with a fresher one
            self._overview_worker = None
            self._reload_after_load = False
        self._run = ProgressRun.start(
            self._sync.run,
            deliver=self._on_progress,
            on_returned=self._on_synced,
            on_errored=self._on_sync_failed,
        )
        self.running_changed.emit(True)
        return self._run.worker

    def cancel(self) -> None:
        """ "Abbrechen": the run stops after the request on its way; what was done is kept."""
        if self._run is None or not self._run.request_cancel():
            return
        self.running_changed.emit(True)  # the cancel button greys out

    def shutdown(self) -> None:
        """The window is closing: stop the run and drop every answer still on its way."""
        if self._overview_worker is not None:
            self._overview_worker.cancel()
        self._overview_worker = None
        self._reload_after_load = False
        if self._run is not None:
            self._run.stop()
        self._run = None

    def _on_progress(self, progress: SyncProgress) -> None:
        if self._run is not None:
            self.progress.emit(progress)

    def _end_run(self) -> None:
        if self._run is not None:
            self._run.end()
        self._run = None

    def _on_synced(self, result: SyncResult) -> None:
        self._end_run()
        self.running_changed.emit(False)
        self._set_overview(result.overview)
        self.succeeded.emit(result)

    def _on_sync_failed(self, exc: BaseException) -> None:
        self._end_run()
        self.running_changed.emit(False)
        if isinstance(exc, SyncCancelled):
            self.cancelled.emit()
        else:
            self.failed.emit(exc)
        self.load_overview()  # part of the work may be done: say what is still waiting
