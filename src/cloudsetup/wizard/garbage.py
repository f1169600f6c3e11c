"""Run Python's cyclic garbage collector on the GUI thread only.

Python collects reference cycles on whichever thread happens to allocate when a threshold is
crossed: a worker thread, or the embedded demo cloud's server thread. If such a cycle holds a Qt
object (a dialog with a lambda connected to its own signal, a worker's signals object), its C++
destructor then runs on that foreign thread, and Qt crashes the process. So while the GUI runs,
automatic collection is off and this timer collects on the GUI thread, generation by generation
with Python's own thresholds — the pattern PyQt applications use for this.
"""

from __future__ import annotations

import gc
from typing import Final

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS: Final = 500


class GuiThreadGarbageCollector(QObject):
    """Owns the timer; :meth:`start` turns automatic collection off, :meth:`stop` back on."""

    def __init__(self, parent: QObject | None = None, *, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        self._thresholds = gc.get_threshold()
        self._was_enabled = gc.isenabled()
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.collect)

    @property
    def running(self) -> bool:
        return self._timer.isActive()

    def start(self) -> None:
        self._was_enabled = gc.isenabled()
        gc.disable()
        self._timer.start()

    def stop(self) -> None:
        """Collect once more here, then give collection back to Python."""
        self._timer.stop()
        gc.collect()
        if self._was_enabled:
            gc.enable()

    def collect(self) -> int:
        """Collect the generations whose counts passed their thresholds; returns objects found."""
        first, second, third = gc.get_count()
        found = 0
        if first > self._thresholds[0]:
            found += gc.collect(0)
            if second > self._thresholds[1]:
                found += gc.collect(1)
                if third > self._thresholds[2]:
                    found += gc.collect(2)
        return found
