"""Bring the newest progress snapshot of a long task from its pool thread to the GUI thread.

A long task (the fill, the office sync) reports snapshots on the worker thread, often. A
:class:`ProgressRelay` hands only the newest one to the GUI thread through a queued signal;
while a delivery is pending, newer snapshots replace the waiting one instead of queuing up, so
a fast task can never flood the GUI thread's event queue.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtCore import QObject, Qt, Signal, Slot

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
