"""The office sync: positions, idempotent change batches, the gap rule, the inbox, the fill."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from sqlalchemy import text

from cloudsetup.models import ChangeReceipt, paths
from cloudsetup.models.fill import Collection
from cloudsetup.server.embedded import EmbeddedServer
from support.cloud import (
    assert_error,
    commit_fill,
    fill_batches,
    fill_totals,
    live_records,
    office_records,
    put_batch,
)
from support.device_data import invoice_body
from support.devices import Office, device_id, push_invoice

RENAMED = {"number": "K-1", "name": "Familie Schmitz-Weber", "city": "Köln"}


@pytest.fixture
def office(cloud_server: EmbeddedServer, api: httpx.Client) -> Office:
    return Office.create(cloud_server, api, "Max Maler")


def _counters(server: EmbeddedServer, domain: str) -> tuple[int, int]:
    """(change_version, tombstones) of the tenant."""
    with server.runtime.engine.connect() as connection:
        version = connection.execute(
            text("SELECT change_version FROM tenants WHERE domain = :d"), {"d": domain}
        ).scalar_one()
        tombstones = connection.execute(
            text(
                "SELECT count(*) FROM record_tombstones s JOIN tenants t ON t.id = s.tenant_id "
                "WHERE t.domain = :d"
            ),
            {"d": domain},
        ).scalar_one()
    return int(version), int(tombstones)


def _fill_at(office: Office, source_version: int) -> None:
    records = {Collection.CUSTOMERS: office_records(Collection.CUSTOMERS, 5)}
    batches = fill_batches(records, 10)
    body = {
        "expected": fill_totals(records),
        "total_batches": len(batches),
        "source_version": source_version,
    }
    created = office.client.post(paths.FILL_JOBS, json=body, headers=office.auth)
    assert created.status_code == 201, created.text
    job_id = created.json()["id"]
    for seq, batch in enumerate(batches):
        assert put_batch(office.client, office.admin, job_id, seq, batch).status_code == 200
    assert commit_fill(office.client, office.admin, job_id, fill_totals(records)).status_code == 200


def test_status_before_and_after_the_fill(cloud_server: EmbeddedServer, api: httpx.Client) -> None:
    office = Office.create(cloud_server, api, "Max Maler", fill=False)
    before = office.status()
    office.sign_in("max", device_id())
    _fill_at(office, 41)

    after = office.status()

    assert (before.filled, before.pushed_version, before.inbox_head, before.pulled_seq) == (
        False,
        0,
        0,
        0,
    )
    assert before.last_sync_at is None
    assert (after.filled, after.pushed_version, after.pending_devices) == (True, 41, 1)


def test_changes_and_inbox_need_a_fill_first(
    cloud_server: EmbeddedServer, api: httpx.Client
) -> None:
    office = Office.create(cloud_server, api, "Max Maler", fill=False)
    change = {"collection": "customers", "id": "cus-1", "data": RENAMED}

    assert_error(office.push([change], base=0, through=1), 409, "not_filled")
    inbox = api.post(paths.SYNC_INBOX, json={"after": 0}, headers=office.auth)
    assert_error(inbox, 409, "not_filled")


def test_a_batch_must_start_where_the_cloud_is(office: Office) -> None:
    change = {"collection": "customers", "id": "cus-1", "data": RENAMED}
    office.pushed([change])  # now at 1

    body = assert_error(office.push([change], base=0, through=5), 409, "sync_gap")
    ahead = assert_error(office.push([change], base=3, through=5), 409, "sync_gap")

    assert "up to version 1" in body.detail
    assert "up to version 1" in ahead.detail
    assert office.status().pushed_version == 1


def test_a_batch_sent_again_is_answered_without_a_change(
    office: Office, cloud_server: EmbeddedServer
) -> None:
    changes: list[dict[str, Any]] = [
        {"collection": "customers", "id": "cus-1", "data": RENAMED},
        {"collection": "articles", "id": "art-1", "data": None},
    ]
    first = office.push(changes, base=0, through=7)
    counters = _counters(cloud_server, office.data.domain)
    again = office.push(changes, base=0, through=7)
    older = office.push(changes[:1], base=0, through=3)

    assert first.status_code == again.status_code == older.status_code == 200
    assert ChangeReceipt.model_validate_json(first.content) == ChangeReceipt(
        pushed_version=7, applied=2, unchanged=0
    )
    assert ChangeReceipt.model_validate_json(again.content).pushed_version == 7
    assert ChangeReceipt.model_validate_json(older.content).pushed_version == 7
    assert _counters(cloud_server, office.data.domain) == counters == (2, 1)
    status = office.status()
    assert status.pushed_version == 7
    assert status.last_sync_at is not None


def test_unchanged_records_and_unknown_deletions_take_no_version(
    office: Office, cloud_server: EmbeddedServer
) -> None:
    office.pushed([{"collection": "customers", "id": "cus-1", "data": RENAMED}])
    before = _counters(cloud_server, office.data.domain)

    receipt = office.pushed(
        [
            {"collection": "customers", "id": "cus-1", "data": dict(reversed(RENAMED.items()))},
            {"collection": "customers", "id": "nie-dagewesen", "data": None},
        ]
    )

    assert (receipt.applied, receipt.unchanged) == (0, 2)
    assert _counters(cloud_server, office.data.domain) == before


def test_a_record_twice_in_one_batch_is_rejected_by_name(office: Office) -> None:
    change = {"collection": "customers", "id": "cus-1", "data": RENAMED}

    body = assert_error(office.push([change, {**change, "data": None}]), 422, "record_rejected")

    assert [field.field for field in body.fields] == ["customers/cus-1"]
    assert office.status().pushed_version == 0


def test_the_inbox_pages_and_its_position_never_goes_back(office: Office) -> None:
    office.permit("max")
    office.give_range("max")
    token = office.approved_device("max")
    numbers = [f"RE-M-{1000 + n}" for n in range(3)]
    for number in numbers:
        assert push_invoice(office.client, token, invoice_body(number)).status_code == 201

    first = office.client.post(
        paths.SYNC_INBOX, json={"after": 0, "limit": 2}, headers=office.auth
    ).json()
    rest = office.inbox(after=2)
    positions = [office.status().pulled_seq]
    office.inbox(after=1)  # an older position confirms nothing new
    positions.append(office.status().pulled_seq)
    office.inbox(after=99)  # never past the head
    positions.append(office.status().pulled_seq)

    assert [item["number"] for item in first["items"]] == numbers[:2]
    assert (first["head"], first["more"]) == (3, True)
    assert [item.number for item in rest] == numbers[2:]
    assert positions == [2, 2, 3]


def test_a_new_fill_drops_the_old_generations_tombstones(
    office: Office, cloud_server: EmbeddedServer
) -> None:
    office.pushed([{"collection": "articles", "id": "art-1", "data": None}])
    assert _counters(cloud_server, office.data.domain)[1] == 1

    _fill_at(office, 12)

    assert _counters(cloud_server, office.data.domain)[1] == 0
    assert office.status().pushed_version == 12
    assert {entry[0] for entry in live_records(cloud_server, office.data.domain)} == {"customers"}
