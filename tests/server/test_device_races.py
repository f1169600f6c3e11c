"""Concurrent approvals and invoice pushes, on SQLite and on PostgreSQL: the limits hold.

As in test_races.py, threads are released together by a barrier and send over their own HTTP
connections, so the server handles the requests in parallel in its thread pool.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import pytest

from cloudsetup.models import DeviceState, ErrorBody, NumberRange, paths
from cloudsetup.server.embedded import EmbeddedServer
from support.cloud import running_server
from support.device_data import invoice_body
from support.devices import Office, device_id, pull_all, push_invoice

TIMEOUT_SECONDS = 60
PUSHERS = 10


@pytest.fixture(params=["sqlite", "postgresql"])
def server(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[EmbeddedServer]:
    overrides = {}
    if request.param == "postgresql":
        overrides["database_url"] = request.getfixturevalue("postgres_url")
    with running_server(tmp_path, **overrides) as running:
        yield running


def _all_at_once(
    count: int, send: Callable[[httpx.Client, int], httpx.Response]
) -> list[httpx.Response]:
    barrier = threading.Barrier(count, timeout=TIMEOUT_SECONDS)

    def contender(index: int) -> httpx.Response:
        with httpx.Client(timeout=TIMEOUT_SECONDS) as client:
            barrier.wait()
            return send(client, index)

    with ThreadPoolExecutor(max_workers=count) as pool:
        return list(pool.map(contender, range(count)))


def test_two_concurrent_approvals_of_a_third_device_leave_one_409(
    server: EmbeddedServer,
) -> None:
    with httpx.Client(base_url=server.url, timeout=30) as api:
        office = Office.create(server, api, "Max Maler", fill=False)
        office.approved_device("max", device_id())
        contenders = [device_id(), device_id()]
        for device in contenders:
            assert office.sign_in("max", device).status_code == 202
        pks = [office.device_pk(device) for device in contenders]

        def approve(client: httpx.Client, index: int) -> httpx.Response:
            url = server.url + paths.DEVICE_APPROVE.format(device_pk=pks[index])
            return client.post(url, json={}, headers=office.auth)

        answers = _all_at_once(2, approve)
        states = {row.id: row.state for row in office.devices()}

    assert sorted(answer.status_code for answer in answers) == [200, 409]
    refused = next(answer for answer in answers if answer.status_code == 409)
    assert ErrorBody.model_validate_json(refused.content).code == "device_limit"
    assert list(states.values()).count(DeviceState.APPROVED) == 2
    assert list(states.values()).count(DeviceState.PENDING) == 1


def test_concurrent_pushes_of_one_number_accept_exactly_one(server: EmbeddedServer) -> None:
    with httpx.Client(base_url=server.url, timeout=30) as api:
        office = Office.create(server, api, "Max Maler")
        office.permit("max")
        office.give_range("max")
        token = office.approved_device("max", device_id())
        bodies = [invoice_body("RE-M-1500") for _ in range(PUSHERS)]  # ten ids, one number

        def push(client: httpx.Client, index: int) -> httpx.Response:
            client.base_url = httpx.URL(server.url)
            return push_invoice(client, token, bodies[index])

        answers = _all_at_once(PUSHERS, push)
        inbox = office.inbox(after=0)
        ranges = api.get(paths.RANGES, headers=office.auth).json()

    codes = sorted(answer.status_code for answer in answers)
    assert codes == [201] + [409] * (PUSHERS - 1), [answer.text for answer in answers]
    for answer in answers:
        if answer.status_code == 409:
            assert ErrorBody.model_validate_json(answer.content).code == "number_used"
    assert [item.number for item in inbox] == ["RE-M-1500"]
    [own] = [NumberRange.model_validate(entry) for entry in ranges]
    assert own.next_number == 1501


def test_the_whole_device_flow_works_on_each_database(server: EmbeddedServer) -> None:
    """Sign-in, approval, full and incremental pulls with restrictions, push, sync, inbox."""
    with httpx.Client(base_url=server.url, timeout=30) as api:
        office = Office.create(server, api, "Max Maler", "Eva Elektro")
        office.permit("max", no_purchase_prices=True, own_projects_only=True)
        office.give_range("max")
        token = office.approved_device("max", device_id())
        held, cursor, _pages = pull_all(api, token, limit=2)
        renamed = {"number": "K-2", "name": "Bäckerei Jansen & Söhne", "city": "Bonn"}
        office.pushed(
            [
                {"collection": "customers", "id": "cus-2", "data": renamed},
                {"collection": "articles", "id": "art-3", "data": None},
            ]
        )
        pushed = push_invoice(api, token, invoice_body("RE-M-1001", project_id="prj-max"))
        after, _cursor, pages = pull_all(api, token, cursor, dict(held), limit=2)
        inbox = office.inbox(after=0)

    assert {key for key in held if key[0] == "projects"} == {("projects", "prj-max")}
    assert all(
        "purchase_price_cents" not in data for key, data in held.items() if key[0] == "articles"
    )
    assert pushed.status_code == 201, pushed.text
    assert not any(page.reset for page in pages)
    assert after[("customers", "cus-2")] == renamed
    assert ("articles", "art-3") not in after
    assert ("invoices", inbox[0].id) in after
    assert [item.number for item in inbox] == ["RE-M-1001"]
