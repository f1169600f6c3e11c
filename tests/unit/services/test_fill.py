"""FillService on a fake fill cloud and a fake office: plan, upload, resume, verify, cancel."""

from __future__ import annotations

import json
import threading
import time
from pathlib import Path

import pytest

from cloudsetup.cloud.errors import ConnectionFailed, ValidationFailed
from cloudsetup.models.fill import Batch, Collection, FillJobState
from cloudsetup.services import FillCancelled, FillProgress, FillService, UserError
from cloudsetup.services.fill_state import STATE_FILE_NAME
from cloudsetup.services.setup import SetupService

from .fake_fill import FakeOffice, FillCloud, api_error, office_with, totals_of


@pytest.fixture
def cloud() -> FillCloud:
    return FillCloud()


@pytest.fixture
def office() -> FakeOffice:
    return office_with(employees=3, customers=25, invoices=12, invoice_lines=40)


@pytest.fixture
def fill(connected: SetupService, tmp_path: Path) -> FillService:
    return FillService(connected, state_dir=tmp_path / "state", in_flight=2, batch_size=10)


def run(
    fill: FillService, office: FakeOffice, cancel: threading.Event | None = None
) -> list[FillProgress]:
    seen: list[FillProgress] = []
    fill.run(office, on_progress=seen.append, cancel=cancel or threading.Event())
    return seen


def live_records(cloud: FillCloud) -> set[tuple[str, str]]:
    return set(cloud.fill.live)


def office_records(office: FakeOffice) -> set[tuple[str, str]]:
    return {(c.value, record_id) for c, rows in office.records.items() for record_id in rows}


def state_file(tmp_path: Path) -> Path:
    return tmp_path / "state" / STATE_FILE_NAME


def test_fill_uploads_every_record_commits_verified_totals_and_forgets_the_job(
    fill: FillService, office: FakeOffice, cloud: FillCloud, tmp_path: Path
) -> None:
    seen = run(fill, office)
    assert live_records(cloud) == office_records(office)
    assert fill.cloud_data().totals == totals_of(cloud.fill.live)
    assert seen[0].phase == "planning"
    assert seen[-1].phase == "done"
    assert seen[-1].records_done == seen[-1].records_total == 80
    assert dict(seen[-1].done) == {c: office.count(c) for c in Collection}
    assert "verifying" in [p.phase for p in seen]
    assert not state_file(tmp_path).exists()


def test_batches_are_numbered_in_collection_order_and_hold_one_collection_each(
    fill: FillService, office: FakeOffice, cloud: FillCloud
) -> None:
    run(fill, office)
    (job,) = cloud.fill.jobs.values()
    batches = {seq: Batch.model_validate_json(body) for seq, (body, _) in job.batches.items()}
    assert sorted(batches) == list(range(1 + 3 + 2 + 4))
    order = [batches[seq].collection for seq in sorted(batches)]
    assert order == sorted(order, key=list(Collection).index)
    sizes = [len(batches[seq].records) for seq in sorted(batches)]
    assert sizes == [3, 10, 10, 5, 10, 2, 10, 10, 10, 10]


def test_the_same_data_gives_the_same_batches_in_a_new_job(
    fill: FillService, office: FakeOffice, cloud: FillCloud
) -> None:
    run(fill, office)
    run(fill, office)
    first, second = cloud.fill.jobs.values()
    assert {s: b for s, (b, _) in first.batches.items()} == {
        s: b for s, (b, _) in second.batches.items()
    }


def test_cancel_keeps_the_job_and_the_next_run_sends_only_the_missing_batches(
    fill: FillService, office: FakeOffice, cloud: FillCloud, tmp_path: Path
) -> None:
    cancel = threading.Event()
    cloud.fill.on_batch = lambda seq: cancel.set() if seq == 4 else None
    with pytest.raises(FillCancelled):
        run(fill, office, cancel)
    assert state_file(tmp_path).exists()
    assert live_records(cloud) == set()
    (job,) = cloud.fill.jobs.values()
    held_before = set(job.batches)
    assert 0 < len(held_before) < job.total_batches

    cloud.fill.on_batch = None
    puts_before = cloud.fill.calls.count("put_fill_batch")
    seen = run(fill, office)
    assert cloud.fill.calls.count("create_fill_job") == 1
    assert cloud.fill.calls.count("put_fill_batch") - puts_before == job.total_batches - len(
        held_before
    )
    assert job.state is FillJobState.COMMITTED
    assert live_records(cloud) == office_records(office)
    assert seen[-1].records_done == 80


def test_cancel_before_the_upload_sends_nothing(
    fill: FillService, office: FakeOffice, cloud: FillCloud
) -> None:
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(FillCancelled):
        run(fill, office, cancel)
    assert "put_fill_batch" not in cloud.fill.calls


def test_changed_office_data_starts_a_new_job(
    fill: FillService, office: FakeOffice, cloud: FillCloud
) -> None:
    cancel = threading.Event()
    cloud.fill.on_batch = lambda seq: cancel.set()
    with pytest.raises(FillCancelled):
        run(fill, office, cancel)
    cloud.fill.on_batch = None
    office.records[Collection.CUSTOMERS]["CU-99999"] = {"name": "Neukunde"}
    run(fill, office)
    first, second = cloud.fill.jobs.values()
    assert (first.state, second.state) == (FillJobState.ABORTED, FillJobState.COMMITTED)
    assert live_records(cloud) == office_records(office)


def test_a_job_the_cloud_no_longer_knows_is_replaced_by_a_new_one(
    fill: FillService, office: FakeOffice, cloud: FillCloud
) -> None:
    cancel = threading.Event()
    cloud.fill.on_batch = lambda seq: cancel.set()
    with pytest.raises(FillCancelled):
        run(fill, office, cancel)
    cloud.fill.on_batch = None
    cloud.fill.jobs.clear()
    run(fill, office)
    assert cloud.fill.calls.count("create_fill_job") == 2
    assert live_records(cloud) == office_records(office)


def test_a_damaged_state_file_starts_a_new_job(
    fill: FillService, office: FakeOffice, cloud: FillCloud, tmp_path: Path
) -> None:
    state_file(tmp_path).parent.mkdir(parents=True)
    state_file(tmp_path).write_text("{not json", encoding="utf-8")
    run(fill, office)
    assert live_records(cloud) == office_records(office)


def test_state_file_names_the_job_and_holds_no_secret(
    fill: FillService, office: FakeOffice, cloud: FillCloud, tmp_path: Path
) -> None:
    cancel = threading.Event()
    cloud.fill.on_batch = lambda seq: cancel.set()
    with pytest.raises(FillCancelled):
        run(fill, office, cancel)
    stored = json.loads(state_file(tmp_path).read_text(encoding="utf-8"))
    assert stored["job_id"] == "job-1"
    assert stored["fingerprint"] == office.fingerprint()
    assert stored["batch_size"] == 10
    text = state_file(tmp_path).read_text(encoding="utf-8")
    assert "refresh-" not in text
    assert "access-" not in text


def test_rejected_record_names_collection_and_id_and_nothing_is_committed(
    fill: FillService, office: FakeOffice, cloud: FillCloud
) -> None:
    office.records[Collection.INVOICES]["IN-00007"]["invalid"] = True
    with pytest.raises(UserError) as caught:
        run(fill, office)
    assert caught.value.code == "record_rejected"
    assert '"IN-00007" in "invoices"' in caught.value.message.english()
    assert "commit_fill" not in cloud.fill.calls
    assert live_records(cloud) == set()


def test_a_failed_check_at_the_commit_forgets_the_job(
    fill: FillService, office: FakeOffice, cloud: FillCloud, tmp_path: Path
) -> None:
    cloud.fill.fail_next("commit_fill", api_error(ValidationFailed, 422, "fill_mismatch"))
    with pytest.raises(UserError) as caught:
        run(fill, office)
    assert caught.value.code == "fill_mismatch"
    assert not state_file(tmp_path).exists()
    run(fill, office)
    assert cloud.fill.calls.count("create_fill_job") == 2


def test_lost_connection_is_a_user_error_and_the_next_run_continues(
    fill: FillService, office: FakeOffice, cloud: FillCloud, tmp_path: Path
) -> None:
    for _ in range(1):
        cloud.fill.fail_next("put_fill_batch", ConnectionFailed("connection refused"))
    with pytest.raises(UserError) as caught:
        run(fill, office)
    assert caught.value.code == "connection_failed"
    assert state_file(tmp_path).exists()
    run(fill, office)
    assert cloud.fill.calls.count("create_fill_job") == 1
    assert live_records(cloud) == office_records(office)


def test_office_data_changing_during_the_read_is_refused(
    fill: FillService, office: FakeOffice, cloud: FillCloud
) -> None:
    def add_one(collection: Collection, record_id: str) -> None:
        if record_id == "CU-00005":
            office.records[Collection.CUSTOMERS]["CU-00100"] = {"name": "Neu"}

    office.on_record = add_one
    with pytest.raises(UserError) as caught:
        run(fill, office)
    assert caught.value.code == "office_data_changed"
    assert "commit_fill" not in cloud.fill.calls


def test_no_more_than_in_flight_batches_are_sent_at_once(
    fill: FillService, office: FakeOffice, cloud: FillCloud
) -> None:
    lock = threading.Lock()
    active = [0, 0]  # now, most

    def slow(seq: int) -> None:
        with lock:
            active[0] += 1
            active[1] = max(active)
        time.sleep(0.01)
        with lock:
            active[0] -= 1

    cloud.fill.on_batch = slow
    run(fill, office)
    assert active[1] == 2


def test_an_empty_office_commits_empty_totals(
    fill: FillService, cloud: FillCloud, tmp_path: Path
) -> None:
    seen = run(fill, FakeOffice({}))
    assert cloud.fill.calls.count("commit_fill") == 1
    assert seen[-1].records_total == 0
    assert cloud.fill.filled_at is not None


def test_abort_drops_the_stored_job(
    fill: FillService, office: FakeOffice, cloud: FillCloud, tmp_path: Path
) -> None:
    cancel = threading.Event()
    cloud.fill.on_batch = lambda seq: cancel.set()
    with pytest.raises(FillCancelled):
        run(fill, office, cancel)
    fill.abort()
    (job,) = cloud.fill.jobs.values()
    assert job.state is FillJobState.ABORTED
    assert not state_file(tmp_path).exists()
    fill.abort()  # nothing stored: nothing to do
    assert cloud.fill.calls.count("abort_fill") == 1


def test_the_job_names_the_change_version_read_before_any_record(
    fill: FillService, office: FakeOffice, cloud: FillCloud
) -> None:
    office.version = 41

    def later_change(collection: Collection, record_id: str) -> None:
        office.version += 1  # someone works in the office software while the fill reads

    office.on_record = later_change
    run(fill, office)
    (job,) = cloud.fill.jobs.values()
    assert job.source_version == 41
    assert office.version > 41
