"""ProgressMeter: throttled snapshots, a moving rate and the time left, on a fake clock."""

from __future__ import annotations

import pytest

from cloudsetup.models.fill import Collection
from cloudsetup.services import COLLECTION_LABELS, FillProgress
from cloudsetup.services.fill_progress import ProgressMeter


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


TOTAL = {Collection.CUSTOMERS: 1000, Collection.INVOICES: 1000}


@pytest.fixture
def clock() -> Clock:
    return Clock()


def meter(clock: Clock, seen: list[FillProgress]) -> ProgressMeter:
    return ProgressMeter(TOTAL, seen.append, clock=clock)


def test_snapshots_come_at_most_ten_times_a_second(clock: Clock) -> None:
    seen: list[FillProgress] = []
    progress = meter(clock, seen)
    for _ in range(100):
        progress.uploaded(Collection.CUSTOMERS, 1)
        clock.now += 0.01  # one second in all
    assert 9 <= len(seen) <= 11


def test_phase_changes_are_reported_at_once(clock: Clock) -> None:
    seen: list[FillProgress] = []
    progress = meter(clock, seen)
    progress.set_phase("planning")
    progress.set_phase("uploading")
    assert [p.phase for p in seen] == ["planning", "uploading"]


def test_rate_and_time_left_follow_the_last_seconds(clock: Clock) -> None:
    seen: list[FillProgress] = []
    progress = meter(clock, seen)
    progress.set_phase("uploading")
    for _ in range(10):  # 100 records per second for ten seconds
        clock.now += 1.0
        progress.uploaded(Collection.CUSTOMERS, 100)
    assert seen[-1].records_per_second == pytest.approx(100.0)
    assert seen[-1].seconds_left == pytest.approx(10.0)  # 1000 left at 100 per second
    for _ in range(5):  # then 200 per second: the rate follows within its five seconds
        clock.now += 1.0
        progress.uploaded(Collection.INVOICES, 200)
    assert seen[-1].records_done == 2000
    assert seen[-1].records_per_second == pytest.approx(200.0)


def test_held_records_count_as_done_but_not_toward_the_rate(clock: Clock) -> None:
    seen: list[FillProgress] = []
    progress = meter(clock, seen)
    progress.skipped(Collection.CUSTOMERS, 1000)
    clock.now += 1.0
    progress.report(force=True)
    last = seen[-1]
    assert (last.records_done, last.records_total) == (1000, 2000)
    assert dict(last.done) == {Collection.CUSTOMERS: 1000, Collection.INVOICES: 0}
    assert last.records_per_second == 0.0
    assert last.seconds_left is None  # unknown until something was uploaded


def test_done_has_no_time_left(clock: Clock) -> None:
    seen: list[FillProgress] = []
    progress = meter(clock, seen)
    progress.set_phase("done")
    assert seen[-1].seconds_left == 0.0


def test_every_collection_has_a_label() -> None:
    assert set(COLLECTION_LABELS) == set(Collection)
    assert COLLECTION_LABELS[Collection.INVOICE_LINES].english() == "Invoice lines"
