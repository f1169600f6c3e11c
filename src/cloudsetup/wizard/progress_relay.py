"""Bring the newest progress snapshot of a long task from its pool thread to the GUI thread.

A long task (the fill, the office sync) reports snapshots on the worker thread, often. A
:class:`ProgressRelay` hands only the newest one to the GUI thread through a queued signal;
while a delivery is pending, newer snapshots replace the waiting one instead of queuing up, so
a fast task can never flood the GUI thread's event queue. A :class:`ProgressRun` is such a
task with its worker, its cancel event and its relay, started and ended as one.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QObject, Qt, Signal, Slot

from cloudsetup.wizard.worker import Worker, run_in_worker

T = TypeVar("T")


class ProgressRelay(QObject, Generic[T]):
    """Brings the newest snapshot from any thread to ``deliver`` on the GUI thread."""

    _ready = Signal()

    def __init__(self, deliver: Callable[[T], None]) -> None:
        super().__init__()  # created on the GUI thread: the queued slot runs there
        self._deliver = deliver
        self._lock = threading.Lock()
        self._waiting: T | None = None
        self._closed = False
        self._ready.connect(self._flush, Qt.ConnectionType.QueuedConnection)

    def post(self, progress: T) -> None:
        """Called on the worker thread: never touches a widget."""
        with self._lock:
            if self._closed:
                return
            first = self._waiting is None
            self._waiting = progress
        if first:
            self._ready.emit()

    def close(self) -> None:
        """Drop what is still waiting and everything posted from now on (the run ended)."""
        with self._lock:
            self._closed = True
            self._waiting = None

    @Slot()
    def _flush(self) -> None:
        with self._lock:
            progress, self._waiting = self._waiting, None
        if progress is not None:
            self._deliver(progress)


class ProgressRun(Generic[T]):
    """A long task on a worker with a cancel event and a :class:`ProgressRelay`.

    :meth:`start` runs ``fn(*args, on_progress=…, cancel=…)``; the owner calls :meth:`end` when
    the run has answered (done or failed), or :meth:`stop` when its window closes first.
    """

    def __init__(self, worker: Worker, cancel: threading.Event, relay: ProgressRelay[T]) -> None:
        self.worker = worker
        self._cancel = cancel
        self._relay = relay

    @classmethod
    def start(
        cls,
        fn: Callable[..., object],
        /,
        *args: object,
        deliver: Callable[[T], None],
        on_returned: Callable[[Any], object],
        on_errored: Callable[[BaseException], object],
    ) -> ProgressRun[T]:
        """Start ``fn`` on the thread pool; its progress goes to ``deliver`` on the GUI thread."""
        cancel = threading.Event()
        relay = ProgressRelay(deliver)
        worker = run_in_worker(
            fn,
            *args,
            on_progress=relay.post,
            cancel=cancel,
            on_returned=on_returned,
            on_errored=on_errored,
        )
        return cls(worker, cancel, relay)

    @property
    def cancelling(self) -> bool:
        return self._cancel.is_set()

    def request_cancel(self) -> bool:
        """Ask the task to stop at its next check; ``False`` when that was asked before."""
        if self._cancel.is_set():
            return False
        self._cancel.set()
        return True

    def end(self) -> None:
        """The run has answered: progress still on its way is dropped."""
        self._relay.close()
        self._relay.deleteLater()

    def stop(self) -> None:
        """The window is closing: stop the task and drop its answer and its progress."""
        self._cancel.set()
        self.worker.cancel()
        self.end()
