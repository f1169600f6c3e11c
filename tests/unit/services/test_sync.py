"""SyncService on the fake sync cloud and a fake office: pull, push, resume, cancel, refuse."""

from __future__ import annotations

import json
import threading
from collections.abc import Generator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from cloudsetup.cloud.errors import ConnectionFailed, ValidationFailed
from cloudsetup.localdata.errors import RecordRefusedError
from cloudsetup.models import ChangeBatch, DeviceState, ErrorBody, FieldError, RecordChange
from cloudsetup.models.fill import Collection, canonical_json
from cloudsetup.services import SyncCancelled, SyncProgress, SyncService, UserError
from cloudsetup.services.setup import SetupService
from cloudsetup.services.sync_state import STATE_FILE_NAME

from .fake_sync import FakeChangeOffice, SyncCloud

CUSTOMERS = Collection.CUSTOMERS


@pytest.fixture
def cloud() -> SyncCloud:
    return SyncCloud()


@pytest.fixture
def office() -> FakeChangeOffice:
    office = FakeChangeOffice()
    for n in range(1, 24):
        office.upsert(CUSTOMERS, f"c-{n:02d}", {"name": f"Kunde {n}", "city": "Köln"})
    return office


@pytest.fixture
def sync(connected: SetupService, tmp_path: Path) -> SyncService:
    return SyncService(connected, state_dir=tmp_path / "state", batch_size=5)


def run(
    sync: SyncService, office: FakeChangeOffice, cancel: threading.Event | None = None
) -> tuple[Any, list[SyncProgress]]:
    seen: list[SyncProgress] = []
    result = sync.run(office, on_progress=seen.append, cancel=cancel or threading.Event())
    return result, seen


def cloud_holds_the_office(cloud: SyncCloud, office: FakeChangeOffice) -> bool:
    expected = {key: canonical_json(data) for key, (_, data) in office.rows.items()}
    return cloud.sync.records == expected and cloud.sync.pushed_version == office.version


def invoice(number: int, customer: str = "c-01") -> list[RecordChange]:
    invoice_id = f"inv-{number:04d}"
    return [
        RecordChange(
            collection=Collection.INVOICES,
            id=invoice_id,
            data={"number": f"RE-MM-{number}", "customer_id": customer, "gross_cents": 119},
        ),
        RecordChange(
            collection=Collection.INVOICE_LINES,
            id=f"{invoice_id}-1",
            data={"invoice_id": invoice_id, "position": 1, "text": "Anfahrt"},
        ),
    ]


def test_a_first_sync_pushes_every_change_in_batches_of_the_batch_size(
    sync: SyncService, office: FakeChangeOffice, cloud: SyncCloud, tmp_path: Path
) -> None:
    result, _ = run(sync, office)
    assert [len(b.changes) for b in cloud.sync.batches] == [5, 5, 5, 5, 3]
    bases = [(b.base_version, b.through_version) for b in cloud.sync.batches]
    assert bases == [(0, 5), (5, 10), (10, 15), (15, 20), (20, 23)]
    assert cloud_holds_the_office(cloud, office)
    assert (result.pulled_invoices, result.pushed_changes, result.unchanged) == (0, 23, 0)
    assert result.overview.everything_synced
    state = json.loads((tmp_path / "state" / STATE_FILE_NAME).read_text(encoding="utf-8"))
    assert state["last_sync_at"] is not None
    assert "token" not in json.dumps(state)


def test_a_second_run_with_nothing_waiting_pushes_nothing(
    sync: SyncService, office: FakeChangeOffice, cloud: SyncCloud
) -> None:
    run(sync, office)
    cloud.sync.batches.clear()
    result, _ = run(sync, office)
    assert cloud.sync.batches == []
    assert (result.pulled_invoices, result.pushed_changes, result.unchanged) == (0, 0, 0)


def test_inserts_updates_and_deletions_after_the_last_sync_are_pushed_once(
    sync: SyncService, office: FakeChangeOffice, cloud: SyncCloud
) -> None:
    run(sync, office)
    cloud.sync.batches.clear()
    office.upsert(CUSTOMERS, "c-99", {"name": "Neu", "city": "Bonn"})
    office.upsert(CUSTOMERS, "c-01", {"name": "Kunde 1", "city": "Bonn"})
    office.delete(CUSTOMERS, "c-02")
    result, _ = run(sync, office)
    [batch] = cloud.sync.batches
    assert [(c.id, c.deleted) for c in batch.changes] == [
        ("c-99", False),
        ("c-01", False),
        ("c-02", True),
    ]
    assert result.pushed_changes == 3
    assert cloud_holds_the_office(cloud, office)


def test_device_invoices_are_stored_then_pushed_back_as_unchanged(
    sync: SyncService, office: FakeChangeOffice, cloud: SyncCloud
) -> None:
    run(sync, office)
    cloud.sync.add_invoice("RE-MM-1", invoice(1))
    cloud.sync.add_invoice("RE-MM-2", invoice(2, "c-03"))

    result, _ = run(sync, office)

    assert (Collection.INVOICES, "inv-0002") in office.rows
    assert (result.pulled_invoices, result.pushed_changes, result.unchanged) == (2, 0, 4)
    assert cloud.sync.pulled_seq == cloud.sync.inbox_head == 2
    assert result.overview.cloud_waiting == 0
    assert result.overview.everything_synced


def test_the_inbox_is_pulled_page_by_page_and_the_last_empty_pull_confirms_it(
    sync: SyncService, office: FakeChangeOffice, cloud: SyncCloud
) -> None:
    for n in range(1, 251):
        cloud.sync.add_invoice(f"RE-MM-{n}", invoice(n))
    result, _ = run(sync, office)
    assert [p.after for p in cloud.sync.pulls] == [0, 100, 200, 250]
    assert result.pulled_invoices == 250
    assert cloud.sync.pulled_seq == 250


def test_a_sync_gap_starts_the_push_again_from_the_clouds_version(
    sync: SyncService, office: FakeChangeOffice, cloud: SyncCloud
) -> None:
    run(sync, office)
    for n in range(30, 42):
        office.upsert(CUSTOMERS, f"c-{n}", {"name": f"Kunde {n}", "city": "Ulm"})
    other: list[ChangeBatch] = []

    def elsewhere(batch: ChangeBatch) -> None:
        if not other:  # a second sync of the same office gets there first, up to version 30
            changes = [c for v, c in office.changes_since(23) if v <= 30]
            other.append(ChangeBatch(base_version=23, through_version=30, changes=changes))
            cloud.sync.on_push = None
            cloud.sync.push(other[0])

    cloud.sync.on_push = elsewhere
    cloud.sync.batches.clear()
    result, _ = run(sync, office)
    assert cloud_holds_the_office(cloud, office)
    ours = [(b.base_version, b.through_version) for b in cloud.sync.batches if b not in other]
    assert ours == [(23, 28), (30, 35)]  # refused as a gap, then on from the cloud's version
    assert result.pushed_changes == 5


def test_a_gap_that_keeps_coming_back_gives_up_with_a_message(
    sync: SyncService, office: FakeChangeOffice, cloud: SyncCloud
) -> None:
    def elsewhere(batch: ChangeBatch) -> None:
        cloud.sync.pushed_version = batch.base_version + 1  # someone else keeps pushing

    cloud.sync.on_push = elsewhere
    with pytest.raises(UserError) as caught:
        run(sync, office)
    assert caught.value.code == "sync_gap"
    assert len(cloud.sync.batches) == 4  # the first try and three restarts


def test_a_cancel_between_batches_loses_nothing_and_the_next_run_continues(
    sync: SyncService, office: FakeChangeOffice, cloud: SyncCloud
) -> None:
    cancel = threading.Event()
    cloud.sync.on_push = lambda batch: cancel.set() if len(cloud.sync.batches) == 2 else None
    with pytest.raises(SyncCancelled):
        run(sync, office, cancel)
    assert len(cloud.sync.batches) == 2
    assert cloud.sync.pushed_version == 10

    cloud.sync.on_push = None
    result, _ = run(sync, office)
    assert [b.base_version for b in cloud.sync.batches[2:]] == [10, 15, 20]
    assert result.pushed_changes == 13
    assert cloud_holds_the_office(cloud, office)


def test_a_cancel_before_the_start_sends_nothing(
    sync: SyncService, office: FakeChangeOffice, cloud: SyncCloud
) -> None:
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(SyncCancelled):
        run(sync, office, cancel)
    assert cloud.sync.batches == []
    assert cloud.sync.pulls == []


def test_a_pull_broken_off_after_storing_a_page_stores_nothing_twice(
    sync: SyncService, office: FakeChangeOffice, cloud: SyncCloud
) -> None:
    run(sync, office)
    for n in range(1, 151):
        cloud.sync.add_invoice(f"RE-MM-{n}", invoice(n))

    calls = 0
    original = cloud.sync.pull

    def flaky(request: Any) -> Any:
        nonlocal calls
        calls += 1
        if calls == 2:  # the first page is stored, then the line drops
            raise ConnectionFailed("connection reset")
        return original(request)

    cloud.sync.pull = flaky  # type: ignore[method-assign]
    with pytest.raises(UserError) as caught:
        run(sync, office)
    assert caught.value.code == "connection_failed"
    version = office.version

    cloud.sync.pull = original  # type: ignore[method-assign]
    result, _ = run(sync, office)
    assert result.pulled_invoices == 150  # the cloud had not heard of the first page
    invoices = [key for key in office.rows if key[0] is Collection.INVOICES]
    assert len(invoices) == 150
    assert office.version == version + 100  # only the second page was new: 50 invoices
    assert result.overview.everything_synced


def test_before_the_fill_the_sync_says_fill_first(
    sync: SyncService, office: FakeChangeOffice, cloud: SyncCloud
) -> None:
    cloud.sync.filled = False
    with pytest.raises(UserError) as caught:
        run(sync, office)
    assert caught.value.code == "not_filled"
    assert "Fill now" in str(caught.value.hint)
    assert cloud.sync.batches == []
    assert not sync.overview(office).everything_synced


def test_an_office_database_behind_the_cloud_is_refused(
    sync: SyncService, office: FakeChangeOffice, cloud: SyncCloud
) -> None:
    cloud.sync.pushed_version = office.version + 50
    with pytest.raises(UserError) as caught:
        run(sync, office)
    assert caught.value.code == "office_database_mismatch"
    with pytest.raises(UserError):
        sync.overview(office)


def test_a_device_invoice_the_office_refuses_is_named_and_stays_in_the_cloud(
    sync: SyncService, office: FakeChangeOffice, cloud: SyncCloud
) -> None:
    cloud.sync.add_invoice("RE-MM-7", invoice(7, customer="c-gone"))
    with pytest.raises(UserError) as caught:
        run(sync, office)
    assert caught.value.code == "invoice_not_stored"
    assert "RE-MM-7" in caught.value.message.english()
    assert "Max Muster" in caught.value.message.english()
    assert "c-gone" not in caught.value.message.english()
    assert "unknown_reference" in caught.value.technical
    assert cloud.sync.pulled_seq == 0
    assert (Collection.INVOICES, "inv-0007") not in office.rows


def test_a_record_the_cloud_refuses_is_named_in_the_syncs_words(
    sync: SyncService, office: FakeChangeOffice, cloud: SyncCloud
) -> None:
    field = FieldError(field="customers/c-03", code="invalid", detail="name missing")
    body = ErrorBody(code="record_rejected", detail="record rejected", fields=(field,))
    cloud.sync.fail_next(
        "push_changes",
        ValidationFailed(
            "HTTP 422", status_code=422, code="record_rejected", detail=body.detail, body=body
        ),
    )
    with pytest.raises(UserError) as caught:
        run(sync, office)
    assert caught.value.code == "record_rejected"
    assert caught.value.message.english() == ('The cloud refused the record "c-03" in "customers".')
    assert "synchronise again" in str(caught.value.hint)


def test_progress_goes_through_the_phases_in_order(
    sync: SyncService, office: FakeChangeOffice, cloud: SyncCloud
) -> None:
    cloud.sync.add_invoice("RE-MM-1", invoice(1))
    _, seen = run(sync, office)
    phases = [p.phase for p in seen]
    assert phases[0] == "checking"
    assert phases[-1] == "done"
    order = [phase for n, phase in enumerate(phases) if n == 0 or phases[n - 1] != phase]
    assert order == ["checking", "pulling", "pushing", "done"]
    pushing = [p for p in seen if p.phase == "pushing"]
    assert pushing[0].total == office.count_changes_since(0)
    assert all(p.done <= p.total for p in seen)


def test_the_overview_says_what_waits_on_either_side(
    sync: SyncService, office: FakeChangeOffice, cloud: SyncCloud
) -> None:
    before = sync.overview(office)
    assert (before.local_waiting, before.cloud_waiting, before.last_sync_at) == (23, 0, None)
    run(sync, office)
    office.upsert(CUSTOMERS, "c-50", {"name": "Neu", "city": "Bonn"})
    cloud.sync.add_invoice("RE-MM-1", invoice(1))
    cloud.sync.add_device(3, 7, "iPad", DeviceState.PENDING)
    after = sync.overview(office)
    assert (after.local_waiting, after.cloud_waiting, after.pending_devices) == (1, 1, 1)
    assert after.last_sync_at is not None
    assert after.last_sync_at <= datetime.now(UTC)
    assert not after.everything_synced


def test_a_damaged_state_file_is_ignored(
    sync: SyncService, office: FakeChangeOffice, tmp_path: Path
) -> None:
    (tmp_path / "state").mkdir()
    (tmp_path / "state" / STATE_FILE_NAME).write_text("{not json", encoding="utf-8")
    result, _ = run(sync, office)
    assert result.overview.last_sync_at is not None


def test_the_batch_size_must_fit_the_cloud(connected: SetupService, tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="batch_size"):
        SyncService(connected, state_dir=tmp_path, batch_size=0)
    with pytest.raises(ValueError, match="batch_size"):
        SyncService(connected, state_dir=tmp_path, batch_size=2001)


def test_last_sync_at_is_read_locally_and_set_by_a_finished_run(
    sync: SyncService, office: FakeChangeOffice, cloud: SyncCloud
) -> None:
    assert sync.last_sync_at() is None
    result, _ = run(sync, office)
    calls = len(cloud.sync.calls)
    assert sync.last_sync_at() == result.overview.last_sync_at
    assert len(cloud.sync.calls) == calls  # nothing asked of the cloud


class _OfficeWithABadId(FakeChangeOffice):
    """An office whose third change is a record with an id the cloud would refuse."""

    def changes_since(
        self, version: int, *, chunk_size: int = 1000
    ) -> Generator[tuple[int, RecordChange], None, None]:
        for count, change in enumerate(super().changes_since(version, chunk_size=chunk_size)):
            if count == 2:
                raise RecordRefusedError(CUSTOMERS, "c-\x01", "bad_data", "control character")
            yield change


def test_a_record_that_cannot_be_sent_is_named_and_what_came_before_it_arrives(
    sync: SyncService, cloud: SyncCloud
) -> None:
    office = _OfficeWithABadId()
    for n in range(1, 6):
        office.upsert(CUSTOMERS, f"c-{n:02d}", {"name": f"Kunde {n}"})

    with pytest.raises(UserError) as caught:
        run(sync, office)

    assert caught.value.code == "record_not_sendable"
    assert caught.value.message.english() == (
        'The record "c-\x01" in "customers" cannot be sent to the cloud.'
    )
    assert cloud.sync.pushed_version == 2  # the two changes before it are in the cloud
