"""The device benchmark's setup, through the real API only (see ``bench/devices.py``).

Employees with passwords and consent (given on the real consent page: the link is read from
the server's ``.eml`` outbox and the form posted with the browser's ``Origin``), invoice
permission and a range each; a fill of office records that name them; devices signed in,
approved by the admin and signed in again for their tokens; and the device's pull.
"""

from __future__ import annotations

import email
import email.policy
import itertools
import random
import re
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from email.utils import parseaddr
from pathlib import Path
from typing import Any

import httpx
from cloud_process import CloudProcess

from cloudsetup.models import paths
from cloudsetup.models.fill import Collection, add_to_checksum, canonical_json, record_digest

PASSWORD = "Blau-Wal-Tanz-97"  # noqa: S105 - the benchmark employees' password
BATCH_SIZE = 1000
RANGE_SIZE = 10_000
_LINK = re.compile(r"https?://\S+/consent/[A-Za-z0-9_-]+")


@dataclass
class Device:
    token: str
    employee: int  # index of the employee
    cursor: str | None = None


@dataclass
class Setup:
    client: httpx.Client
    auth: dict[str, str]
    domain: str
    emails: list[str] = field(default_factory=list)
    ranges: list[tuple[str, itertools.count[int]]] = field(default_factory=list)
    customers: list[str] = field(default_factory=list)
    articles: list[str] = field(default_factory=list)


def ok(response: httpx.Response, *statuses: int) -> Any:
    if response.status_code not in (statuses or (200,)):
        raise RuntimeError(f"{response.request.method} {response.request.url}: {response.text}")
    return response.json() if response.content else None


# -- setup through the real API ----------------------------------------------------------------


def _consent_links(outbox: Path) -> dict[str, str]:
    """``{address: newest consent link}`` from the server's ``.eml`` outbox."""
    links: dict[str, str] = {}
    for path in sorted(outbox.glob("*.eml")):
        message = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
        body = message.get_body(preferencelist=("plain",))
        found = _LINK.search(str(body.get_content())) if body is not None else None
        if found:
            links[parseaddr(str(message["To"]))[1].casefold()] = found.group(0)
    return links


def add_employees(setup: Setup, cloud: CloudProcess, count: int) -> None:
    """``count`` employees, activated, consent confirmed, with permission and a range."""
    ids: list[int] = []
    for index in range(count):
        address = f"monteur{index:03}@benchmark-maler.de"
        body = {"name": f"Monteur {index:03}", "email": address, "employee_number": f"MA-{index}"}
        ids.append(ok(setup.client.post(paths.EMPLOYEES, json=body, headers=setup.auth), 201)["id"])
        setup.emails.append(address)
    for employee_id in ids:
        url = paths.EMPLOYEE_ACTIVATION.format(employee_id=employee_id)
        ok(setup.client.post(url, json={"password": PASSWORD}, headers=setup.auth))
    links = _consent_links(cloud.database.parent / "outbox")
    origin = {"Origin": cloud.access.server_url}
    for employee_id, address in zip(ids, setup.emails, strict=True):
        response = setup.client.post(links[address.casefold()], headers=origin)
        if response.status_code != 200:
            raise RuntimeError(f"consent of {address} failed: {response.status_code}")
        url = paths.EMPLOYEE_PERMISSIONS.format(employee_id=employee_id)
        ok(setup.client.put(url, json={"may_create_invoices": True}, headers=setup.auth))
        start = 100_000 + len(setup.ranges) * RANGE_SIZE
        entry = {"prefix": "RE-D-", "start": start, "end": start + RANGE_SIZE - 1}
        url = paths.EMPLOYEE_RANGE.format(employee_id=employee_id)
        ok(setup.client.put(url, json=entry, headers=setup.auth))
        setup.ranges.append(("RE-D-", itertools.count(start)))


def office_records(setup: Setup, total: int) -> dict[Collection, list[dict[str, Any]]]:
    rng = random.Random(2026)
    n = max(total // 10, 10)
    employees = [
        {"id": f"emp-{i}", "data": {"number": f"MA-{i}", "name": f"Monteur {i:03}", "email": e}}
        for i, e in enumerate(setup.emails)
    ]
    customers = [
        {"id": f"cus-{i}", "data": {"number": f"K-{i}", "name": f"Kunde {i}", "city": "Köln"}}
        for i in range(3 * n)
    ]
    articles = [
        {
            "id": f"art-{i}",
            "data": {
                "number": f"A-{i}",
                "name": f"Artikel {i}",
                "unit": "Stück",
                "purchase_price_cents": rng.randint(100, 5000),
                "sales_price_cents": rng.randint(5000, 9000),
                "vat_rate": 19,
            },
        }
        for i in range(n)
    ]
    projects = [
        {
            "id": f"prj-{i}",
            "data": {
                "number": f"P-{i}",
                "name": f"Projekt {i}",
                "customer_id": f"cus-{i % len(customers)}",
                "employee_id": f"emp-{i % max(len(employees), 1)}",
                "status": "active",
            },
        }
        for i in range(n)
    ]
    invoices = [
        {
            "id": f"inv-{i}",
            "data": {
                "number": f"RE-{i}",
                "date": "2026-02-01",
                "customer_id": f"cus-{i % len(customers)}",
                "project_id": f"prj-{i % n}",
                "employee_id": None,
                "net_cents": 2000,
                "vat_cents": 380,
                "gross_cents": 2380,
            },
        }
        for i in range(2 * n)
    ]
    lines = [
        {
            "id": f"inv-{i}-{position}",
            "data": {
                "invoice_id": f"inv-{i}",
                "position": position,
                "article_id": f"art-{(i + position) % n}",
                "text": "Artikel",
                "unit": "Stück",
                "quantity_centi": 100,
                "unit_price_cents": 1000,
                "vat_rate": 19,
                "line_total_cents": 1000,
            },
        }
        for i in range(2 * n)
        for position in (1, 2)
    ]
    setup.customers = [str(entry["id"]) for entry in customers]
    setup.articles = [str(entry["id"]) for entry in articles]
    return {
        Collection.EMPLOYEES: employees,
        Collection.CUSTOMERS: customers,
        Collection.ARTICLES: articles,
        Collection.PROJECTS: projects,
        Collection.INVOICES: invoices,
        Collection.INVOICE_LINES: lines,
    }


def fill(setup: Setup, records: dict[Collection, list[dict[str, Any]]]) -> int:
    totals = []
    for collection, entries in records.items():
        checksum = 0
        for entry in entries:
            digest = record_digest(collection.value, entry["id"], canonical_json(entry["data"]))
            checksum = add_to_checksum(checksum, digest)
        totals.append(
            {"collection": collection.value, "count": len(entries), "checksum": str(checksum)}
        )
    batches = [
        {"collection": collection.value, "records": entries[start : start + BATCH_SIZE]}
        for collection, entries in records.items()
        for start in range(0, len(entries), BATCH_SIZE)
    ]
    body = {"expected": totals, "total_batches": len(batches), "source_version": 0}
    job = ok(setup.client.post(paths.FILL_JOBS, json=body, headers=setup.auth), 201)["id"]
    for seq, batch in enumerate(batches):
        url = paths.FILL_BATCH.format(job_id=job, seq=seq)
        ok(setup.client.put(url, json=batch, headers=setup.auth))
    url = paths.FILL_COMMIT.format(job_id=job)
    ok(setup.client.post(url, json={"totals": totals}, headers=setup.auth))
    return sum(len(entries) for entries in records.values())


def approved_devices(setup: Setup, count: int, threads: int) -> list[Device]:
    """``count`` devices, two per employee: signed in, approved, signed in for the token."""

    def sign_in(index: int) -> httpx.Response:
        body = {
            "domain": setup.domain,
            "email": setup.emails[index // 2],
            "password": PASSWORD,
            "device_id": f"bench-device-{index:04}",
            "device_name": f"Gerät {index:04}",
            "platform": "android" if index % 2 else "ios",
        }
        with httpx.Client(base_url=str(setup.client.base_url), timeout=60) as client:
            return client.post(paths.DEVICE_SIGNIN, json=body)

    with ThreadPoolExecutor(max_workers=threads) as pool:
        for response in pool.map(sign_in, range(count)):
            ok(response, 202)
        pending = ok(
            setup.client.get(paths.DEVICES, params={"state": "pending"}, headers=setup.auth)
        )
        for device in pending:
            url = paths.DEVICE_APPROVE.format(device_pk=device["id"])
            ok(setup.client.post(url, json={}, headers=setup.auth))
        answers = list(pool.map(sign_in, range(count)))
    return [
        Device(token=ok(answer)["device_token"], employee=index // 2)
        for index, answer in enumerate(answers)
    ]


def pull_to_head(base_url: str, device: Device) -> None:
    with httpx.Client(base_url=base_url, timeout=60) as client:
        while True:
            page = pull(client, device)
            if not page["more"]:
                return


def pull(client: httpx.Client, device: Device) -> Any:
    params: dict[str, str | int] = {"limit": 1000}
    if device.cursor is not None:
        params["cursor"] = device.cursor
    headers = {"Authorization": f"Bearer {device.token}"}
    page = ok(client.get(paths.DEVICE_RECORDS, params=params, headers=headers))
    device.cursor = page["cursor"]
    return page


# -- the measured load -------------------------------------------------------------------------
