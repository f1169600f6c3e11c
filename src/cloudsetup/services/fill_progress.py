"""Progress of a fill: the snapshot the GUI and the command line show, and how it is measured.

:class:`ProgressMeter` counts records per collection as the cloud confirms them, measures the
upload rate over a sliding window (the rate of the last seconds, not the average since the start,
so a pause or a faster stretch shows soon) and hands out snapshots at most ``max_rate`` times a
second, so a fast fill does not flood the GUI thread with signals.
"""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Final, Literal

from cloudsetup.models.fill import Collection
from cloudsetup.services.text import QT_TRANSLATE_NOOP, Text

Phase = Literal["planning", "uploading", "verifying", "done"]

#: What a person calls each collection (progress bars, summaries).
COLLECTION_LABELS: Final[Mapping[Collection, Text]] = MappingProxyType(
    {
        Collection.EMPLOYEES: QT_TRANSLATE_NOOP("Collections", "Employees"),
        Collection.CUSTOMERS: QT_TRANSLATE_NOOP("Collections", "Customers"),
        Collection.CONTACTS: QT_TRANSLATE_NOOP("Collections", "Contacts"),
        Collection.ARTICLES: QT_TRANSLATE_NOOP("Collections", "Articles"),
        Collection.PROJECTS: QT_TRANSLATE_NOOP("Collections", "Projects"),
        Collection.INVOICES: QT_TRANSLATE_NOOP("Collections", "Invoices"),
        Collection.INVOICE_LINES: QT_TRANSLATE_NOOP("Collections", "Invoice lines"),
    }
)

#: The window of the moving rate, in seconds.
RATE_WINDOW: Final = 5.0


@dataclass(frozen=True)
class FillProgress:
    """A snapshot of a fill, sent often (at most about ten per second)."""

    done: Mapping[Collection, int]
    total: Mapping[Collection, int]
    records_done: int
    records_total: int
    records_per_second: float
    seconds_left: float | None
    phase: Phase


class ProgressMeter:
    """Counts confirmed records and reports throttled snapshots; safe to use from any thread."""

    def __init__(
        self,
        total: Mapping[Collection, int],
        on_progress: Callable[[FillProgress], None],
        *,
        max_rate: float = 10.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._total = MappingProxyType(dict(total))
        self._done = dict.fromkeys(total, 0)
        self._on_progress = on_progress
        self._interval = 1.0 / max_rate
        self._clock = clock
        self._lock = threading.Lock()
        self._phase: Phase = "planning"
        self._last_sent = -float("inf")
        # (time, records uploaded so far) samples inside the rate window.
        self._samples: deque[tuple[float, int]] = deque()
        self._uploaded = 0

    def set_phase(self, phase: Phase) -> None:
        """Enter ``phase`` and report it at once."""
        with self._lock:
            self._phase = phase
        self.report(force=True)

    def skipped(self, collection: Collection, count: int) -> None:
        """Records the cloud already held (a resumed job): done, but not part of the rate."""
        with self._lock:
            self._done[collection] += count
        self.report()

    def uploaded(self, collection: Collection, count: int) -> None:
        """Records the cloud has just confirmed."""
        with self._lock:
            self._done[collection] += count
            self._uploaded += count
        self.report()

    def report(self, *, force: bool = False) -> None:
        """Send a snapshot unless one was sent less than a tenth of a second ago."""
        now = self._clock()
        with self._lock:
            if not force and now - self._last_sent < self._interval:
                return
            self._last_sent = now
            snapshot = self._snapshot(now)
        self._on_progress(snapshot)

    def _snapshot(self, now: float) -> FillProgress:
        samples = self._samples
        samples.append((now, self._uploaded))
        while len(samples) > 2 and now - samples[1][0] >= RATE_WINDOW:
            samples.popleft()
        first_time, first_count = samples[0]
        elapsed = now - first_time
        rate = (self._uploaded - first_count) / elapsed if elapsed > 0 else 0.0
        records_total = sum(self._total.values())
        records_done = sum(self._done.values())
        left = max(records_total - records_done, 0)
        if self._phase == "done" or left == 0:
            seconds_left: float | None = 0.0
        elif rate > 0:
            seconds_left = left / rate
        else:
            seconds_left = None
        return FillProgress(
            done=MappingProxyType(dict(self._done)),
            total=self._total,
            records_done=records_done,
            records_total=records_total,
            records_per_second=rate,
            seconds_left=seconds_left,
            phase=self._phase,
        )
