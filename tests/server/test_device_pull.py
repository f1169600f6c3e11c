"""Device pulls: the whole generation page by page, then exactly the changes; a strict cursor."""

from __future__ import annotations

import base64
import json

import httpx
import pytest
from sqlalchemy import text

from cloudsetup.models import paths
from cloudsetup.models.fill import Collection
from cloudsetup.server.embedded import EmbeddedServer
from support.cloud import FillRecords, assert_error, office_records
from support.device_data import office_data
from support.devices import Office, pull, pull_all, pull_page


@pytest.fixture
def office(cloud_server: EmbeddedServer, api: httpx.Client) -> Office:
    return Office.create(cloud_server, api, "Max Maler", "Eva Elektro")


def _as_held(records: FillRecords) -> dict[tuple[str, str], dict[str, object]]:
    return {
        (collection.value, entry["id"]): entry["data"]
        for collection, entries in records.items()
        for entry in entries
    }


def _tombstones(server: EmbeddedServer, domain: str) -> set[tuple[str, str]]:
    with server.runtime.engine.connect() as connection:
        rows = connection.execute(
            text(
                "SELECT s.collection, s.record_id FROM record_tombstones s "
                "JOIN tenants t ON t.id = s.tenant_id WHERE t.domain = :domain"
            ),
            {"domain": domain},
        )
        return {(collection, record_id) for collection, record_id in rows}


def test_before_the_first_fill_the_device_is_told_why(
    cloud_server: EmbeddedServer, api: httpx.Client
) -> None:
    empty = Office.create(cloud_server, api, "Max Maler", fill=False)
    token = empty.approved_device("max")

    body = assert_error(pull(api, token), 409, "not_filled")
    me = api.get(paths.DEVICE_ME, headers={"Authorization": f"Bearer {token}"}).json()

    assert "first fill" in body.detail
    assert me["filled"] is False


def test_full_pull_gets_every_record_once_in_small_pages(
    office: Office, cloud_server: EmbeddedServer
) -> None:
    records = office.fill(
        {**office_data(office.people), Collection.CONTACTS: office_records(Collection.CONTACTS, 11)}
    )
    token = office.approved_device("max")

    held, _cursor, pages = pull_all(office.client, token, limit=4)

    sent = [(change.collection.value, change.id) for page in pages for change in page.changes]
    assert len(sent) == len(set(sent)), "a record came twice"
    assert held == _as_held(records)
    assert pages[0].reset
    assert not any(page.reset for page in pages[1:])
    assert all(len(page.changes) <= 4 for page in pages)
    order = [Collection(collection) for collection, _id in sent]
    assert order == sorted(order, key=list(Collection).index), "parents come first"


def test_at_the_head_a_pull_sends_nothing_and_keeps_the_cursor(office: Office) -> None:
    token = office.approved_device("max")
    _held, cursor, _pages = pull_all(office.client, token, limit=50)

    again = [pull_page(office.client, token, cursor) for _ in range(3)]

    for page in again:
        assert (page.changes, page.more, page.reset, page.cursor) == ([], False, False, cursor)


def test_incremental_pull_sees_office_changes_and_deletions_once(
    office: Office, cloud_server: EmbeddedServer
) -> None:
    token = office.approved_device("max")
    held, cursor, _pages = pull_all(office.client, token, limit=50)
    renamed = {"number": "K-1", "name": "Familie Schmitz-Weber", "city": "Köln"}
    receipt = office.pushed(
        [
            {"collection": "customers", "id": "cus-1", "data": renamed},
            {"collection": "customers", "id": "cus-3", "data": {"number": "K-3", "name": "Neu"}},
            {"collection": "articles", "id": "art-3", "data": None},
        ]
    )

    page = pull_page(office.client, token, cursor, limit=50)
    at_head = pull_page(office.client, token, page.cursor)

    assert (receipt.applied, receipt.unchanged) == (3, 0)
    assert [(c.collection.value, c.id, c.data) for c in page.changes] == [
        ("customers", "cus-1", renamed),
        ("customers", "cus-3", {"number": "K-3", "name": "Neu"}),
        ("articles", "art-3", None),
    ]
    assert (page.more, page.reset) == (False, False)
    assert at_head.changes == []
    assert _tombstones(cloud_server, office.data.domain) == {("articles", "art-3")}
    assert ("articles", "art-3") in held


def test_a_deleted_record_that_comes_back_loses_its_tombstone(
    office: Office, cloud_server: EmbeddedServer
) -> None:
    token = office.approved_device("max")
    _held, cursor, _pages = pull_all(office.client, token, limit=50)
    office.pushed([{"collection": "articles", "id": "art-1", "data": None}])
    back = {"number": "A-1", "name": "Wandfarbe 1 neu", "unit": "Eimer"}
    office.pushed([{"collection": "articles", "id": "art-1", "data": back}])

    page = pull_page(office.client, token, cursor, limit=50)

    assert [(c.id, c.data) for c in page.changes] == [("art-1", back)]
    assert _tombstones(cloud_server, office.data.domain) == set()


def test_a_change_made_during_the_full_pass_is_not_missed(office: Office) -> None:
    token = office.approved_device("max")
    first = pull_page(office.client, token, limit=2)  # employees: already sent
    changed = {"number": "MA-001", "name": "Eva Elektro-Meister", "email": "x@example.de"}
    office.pushed([{"collection": "employees", "id": "emp-eva", "data": changed}])

    held, _cursor, pages = pull_all(office.client, token, first.cursor, limit=50)

    assert first.more
    assert [c.id for c in first.changes] == ["emp-eva", "emp-max"]
    assert held[("employees", "emp-eva")] == changed
    assert not any(page.reset for page in pages)


def test_a_new_fill_starts_the_devices_again_with_reset(office: Office) -> None:
    token = office.approved_device("max")
    _held, cursor, _pages = pull_all(office.client, token, limit=50)
    office.pushed([{"collection": "articles", "id": "art-1", "data": None}])
    second = {Collection.CUSTOMERS: office_records(Collection.CUSTOMERS, 3, tag=" neu")}
    office.fill(second)

    page = pull_page(office.client, token, cursor, limit=50)

    assert page.reset
    assert {(c.collection, c.id) for c in page.changes} == {
        (Collection.CUSTOMERS, entry["id"]) for entry in second[Collection.CUSTOMERS]
    }
    assert all(change.data is not None for change in page.changes)


def _forged(payload: dict[str, object]) -> str:
    raw = json.dumps(payload, separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode()


def test_a_cursor_that_is_not_one_of_ours_is_refused(office: Office) -> None:
    token = office.approved_device("max")
    _held, cursor, _pages = pull_all(office.client, token, limit=50)
    decoded = json.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
    bad = [
        "kaputt!",
        "x" * 600,
        _forged({**decoded, "v": "1"}),  # a string where a number belongs
        _forged({**decoded, "extra": 1}),
        _forged({**decoded, "p": "f", "c": 99}),
        _forged({**decoded, "v": decoded["v"] + 1000}),  # ahead of the cloud
        cursor + "A",
        base64.urlsafe_b64encode(b"[]").decode(),
    ]

    for value in bad:
        body = assert_error(pull(office.client, token, value), 422, "invalid_cursor")
        assert "pull without one" in body.detail
    assert pull(office.client, token, cursor).status_code == 200


def test_page_size_is_bounded(office: Office) -> None:
    token = office.approved_device("max")

    assert_error(pull(office.client, token, limit=1001), 422, "validation_failed")
    assert_error(pull(office.client, token, limit=0), 422, "validation_failed")
    assert len(pull_page(office.client, token, limit=1).changes) == 1
