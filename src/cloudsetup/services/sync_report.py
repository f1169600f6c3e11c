"""What the office sync reports: the overview before and after, progress while it runs, the result.

:class:`SyncOverview` is what the settings window shows ("Cloudabgleich": last sync, what is
waiting) and what the device-approval dialog asks before it allows an approval.
:class:`ProgressThrottle` hands :class:`SyncProgress` snapshots to the caller at most
``max_rate`` times a second (a phase change always at once), so a fast sync does not flood the
GUI thread with signals.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Literal

SyncPhase = Literal["checking", "pulling", "pushing", "done"]


@dataclass(frozen=True)
class SyncOverview:
    """Where the sync stands: what waits on either side, pending devices, the last sync.

    ``local_waiting`` counts office changes (upserts and deletions) the cloud does not hold
    yet, ``cloud_waiting`` device invoices the office has not pulled yet.
    """

    filled: bool
    local_waiting: int
    cloud_waiting: int
    pending_devices: int
    last_sync_at: datetime | None

    @property
    def everything_synced(self) -> bool:
        """Filled, and nothing waiting on either side: new devices may be approved."""
        return self.filled and self.local_waiting == 0 and self.cloud_waiting == 0


@dataclass(frozen=True)
class SyncProgress:
    """A snapshot of a running sync: ``done`` of ``total`` in the current phase.

    Pulling counts device invoices, pushing counts office changes; ``total`` is what was
    waiting when the phase began (it grows when more arrives meanwhile).
    """

    phase: SyncPhase
    done: int
    total: int


@dataclass(frozen=True)
class SyncResult:
    """What a sync did: invoices taken into the office data, office changes the cloud applied,
    changes it already held exactly so, and the overview after the run."""

    pulled_invoices: int
    pushed_changes: int
    unchanged: int
    overview: SyncOverview


class ProgressThrottle:
    """Reports :class:`SyncProgress` to ``on_progress``, at most ``max_rate`` per second."""

    def __init__(
        self,
        on_progress: Callable[[SyncProgress], None],
        *,
        max_rate: float = 10.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._on_progress = on_progress
        self._interval = 1.0 / max_rate
        self._clock = clock
        self._last_sent = -float("inf")
        self._phase: SyncPhase = "checking"

    def phase(self, phase: SyncPhase, *, done: int = 0, total: int = 0) -> None:
        """Enter ``phase`` and report it at once."""
        self._phase = phase
        self._send(SyncProgress(phase, done, max(total, done)))

    def update(self, done: int, total: int) -> None:
        """Report the current phase's counts unless a report went out very recently."""
        if self._clock() - self._last_sent < self._interval:
            return
        self._send(SyncProgress(self._phase, done, max(total, done)))

    def _send(self, progress: SyncProgress) -> None:
        self._last_sent = self._clock()
        self._on_progress(progress)
