"""The office sync endpoints of CloudClient on httpx.MockTransport: bodies and the retry rules."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest

from cloudsetup.cloud import DEFAULT_RETRY_POLICY, Conflict, ValidationFailed
from cloudsetup.models import ChangeBatch, InboxPull, RecordChange, paths
from cloudsetup.models.fill import Collection

from .fake_cloud import FakeCloud, error, raises

STATUS: dict[str, Any] = {
    "filled": True,
    "pushed_version": 120,
    "inbox_head": 3,
    "pulled_seq": 1,
    "pending_devices": 1,
    "last_sync_at": "2026-03-02T08:00:00Z",
}

BATCH = ChangeBatch(
    base_version=120,
    through_version=125,
    changes=[
        RecordChange(
            collection=Collection.CUSTOMERS,
            id="c-1",
            data={"number": "K-1", "name": "  Bäckerei Krüger ", "city": None},
        ),
        RecordChange(collection=Collection.CONTACTS, id="p-9", data=None),
    ],
)


def inbox_item(seq: int) -> dict[str, Any]:
    return {
        "seq": seq,
        "id": f"inv-{seq:05d}",
        "number": f"RE-MM-{seq}",
        "employee_id": 7,
        "employee_name": "Max Muster",
        "device_name": "Max' iPhone",
        "received_at": "2026-03-02T08:10:00Z",
        "records": [{"collection": "invoices", "id": f"inv-{seq:05d}", "data": {"number": "x"}}],
    }


def test_status_is_typed(cloud: FakeCloud) -> None:
    cloud.on("GET", paths.SYNC_STATUS, httpx.Response(200, json=STATUS))
    status = cloud.signed_in_client().sync_status()
    assert (status.filled, status.pushed_version, status.inbox_head, status.pulled_seq) == (
        True,
        120,
        3,
        1,
    )
    assert status.last_sync_at is not None


def test_changes_are_posted_as_sent_with_their_data_untouched(cloud: FakeCloud) -> None:
    receipt = {"pushed_version": 125, "applied": 1, "unchanged": 1}
    cloud.on("POST", paths.SYNC_CHANGES, httpx.Response(200, json=receipt))
    answer = cloud.signed_in_client().push_changes(BATCH)
    assert (answer.pushed_version, answer.applied, answer.unchanged) == (125, 1, 1)
    sent = cloud.calls("POST", paths.SYNC_CHANGES)[0]
    assert sent.headers["content-type"] == "application/json"
    assert json.loads(sent.content) == {
        "base_version": 120,
        "through_version": 125,
        "changes": [
            {
                "collection": "customers",
                "id": "c-1",
                "data": {"number": "K-1", "name": "  Bäckerei Krüger ", "city": None},
            },
            {"collection": "contacts", "id": "p-9", "data": None},
        ],
    }


def test_a_batch_is_sent_again_with_the_same_bytes_after_a_lost_answer(cloud: FakeCloud) -> None:
    receipt = {"pushed_version": 125, "applied": 2, "unchanged": 0}
    cloud.on(
        "POST",
        paths.SYNC_CHANGES,
        raises(httpx.ReadTimeout),
        error(502, "bad_gateway"),
        httpx.Response(200, json=receipt),
    )
    client = cloud.signed_in_client(retry_policy=DEFAULT_RETRY_POLICY)
    assert client.push_changes(BATCH).pushed_version == 125
    bodies = [call.content for call in cloud.calls("POST", paths.SYNC_CHANGES)]
    assert len(bodies) == 3
    assert len(set(bodies)) == 1


def test_a_sync_gap_is_a_conflict_and_not_retried(cloud: FakeCloud) -> None:
    cloud.on("POST", paths.SYNC_CHANGES, error(409, "sync_gap", "the cloud holds version 118"))
    client = cloud.signed_in_client(retry_policy=DEFAULT_RETRY_POLICY)
    with pytest.raises(Conflict) as caught:
        client.push_changes(BATCH)
    assert caught.value.code == "sync_gap"
    assert len(cloud.calls("POST", paths.SYNC_CHANGES)) == 1


def test_a_rejected_record_names_it_in_the_fields(cloud: FakeCloud) -> None:
    field = {"field": "customers/c-1", "code": "invalid", "detail": "name missing"}
    cloud.on("POST", paths.SYNC_CHANGES, error(422, "record_rejected", fields=(field,)))
    with pytest.raises(ValidationFailed) as caught:
        cloud.signed_in_client().push_changes(BATCH)
    assert [f.field for f in caught.value.fields] == ["customers/c-1"]


def test_inbox_pull_sends_the_position_and_is_retried(cloud: FakeCloud) -> None:
    page = {"items": [inbox_item(2), inbox_item(3)], "head": 3, "more": False}
    cloud.on(
        "POST",
        paths.SYNC_INBOX,
        raises(httpx.RemoteProtocolError, "Server disconnected"),
        httpx.Response(200, json=page),
    )
    client = cloud.signed_in_client(retry_policy=DEFAULT_RETRY_POLICY)
    answer = client.pull_inbox(InboxPull(after=1, limit=50))
    assert [item.seq for item in answer.items] == [2, 3]
    assert answer.items[0].records[0].collection is Collection.INVOICES
    bodies = [json.loads(call.content) for call in cloud.calls("POST", paths.SYNC_INBOX)]
    assert bodies == [{"after": 1, "limit": 50}, {"after": 1, "limit": 50}]


def test_inbox_before_the_fill_says_not_filled(cloud: FakeCloud) -> None:
    cloud.on("POST", paths.SYNC_INBOX, error(409, "not_filled"))
    with pytest.raises(Conflict) as caught:
        cloud.signed_in_client().pull_inbox(InboxPull(after=0))
    assert caught.value.code == "not_filled"
