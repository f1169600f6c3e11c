"""The sync's reports: the throttled progress on a fake clock, and when everything is synced."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from cloudsetup.services import SyncOverview, SyncProgress
from cloudsetup.services.sync_report import ProgressThrottle


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_updates_come_at_most_ten_times_a_second_and_phases_at_once() -> None:
    clock = Clock()
    seen: list[SyncProgress] = []
    throttle = ProgressThrottle(seen.append, clock=clock)
    throttle.phase("pushing", total=100)
    for done in range(1, 101):
        throttle.update(done, 100)
        clock.now += 0.01  # one second in all
    throttle.phase("done")
    assert seen[0] == SyncProgress("pushing", 0, 100)
    assert seen[-1] == SyncProgress("done", 0, 0)
    assert 9 <= len(seen) - 2 <= 11


def test_done_never_exceeds_the_total_it_is_shown_with() -> None:
    seen: list[SyncProgress] = []
    throttle = ProgressThrottle(seen.append, clock=Clock())
    throttle.phase("pulling", done=5, total=3)
    assert seen == [SyncProgress("pulling", 5, 5)]


@pytest.mark.parametrize(
    ("filled", "local", "cloud", "synced"),
    [(True, 0, 0, True), (True, 1, 0, False), (True, 0, 2, False), (False, 0, 0, False)],
)
def test_everything_synced_needs_a_filled_cloud_and_nothing_waiting(
    filled: bool, local: int, cloud: int, synced: bool
) -> None:
    overview = SyncOverview(
        filled=filled,
        local_waiting=local,
        cloud_waiting=cloud,
        pending_devices=3,
        last_sync_at=datetime(2026, 3, 2, tzinfo=UTC),
    )
    assert overview.everything_synced is synced
