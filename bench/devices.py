"""Benchmark of the device side: approved devices pulling and pushing, against a health check.

    python bench/devices.py [--devices 200] [--requests 20000] [--threads 8] [--records 5000]

Starts ``cloudsetup-server run`` on a fresh SQLite database in its own process
(``bench/cloud_process.py``) and sets it up through the real API only: employees (two devices
each), their passwords, their consent given on the real consent page (the link read from the
server's mail outbox, the form posted like a browser does), invoice permission and a number
range each, a fill of a few thousand office records, and the devices signed in, approved and
signed in again for their tokens. Every device then pulls once to the head of the data.

The measured load is ``--requests`` requests from a bounded pool of ``--threads`` threads, one
httpx client each, every thread serving its share of the devices in turn: incremental pulls
(each device with its own cursor) and, with ``--push-share`` (0.10), invoice pushes from the
employee's range. All devices belong to one tenant, so a pull brings what the other devices
pushed since its own last pull (at 200 devices about 20 invoices, 60 records); with
``--push-share 0`` every pull is at the head. Then the same number of ``GET /api/v1/health``
requests, same pool, same server. Printed per phase: rate, latency (also per kind of
request) and the server process's CPU time per request. The last line sums up:

    devices: 200 devices, 20000 requests, 1450 req/s, p50 12 ms, p99 48 ms; health 2100 req/s; ratio 0.69
"""  # noqa: E501 - the line above is the output format

from __future__ import annotations

import argparse
import email
import email.policy
import itertools
import random
import re
import statistics
import tempfile
import threading
import time
import uuid
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from email.utils import parseaddr
from pathlib import Path
from typing import Any

import httpx
from cloud_process import CloudProcess, cloud_process

from cloudsetup.models import paths
from cloudsetup.models.fill import Collection, add_to_checksum, canonical_json, record_digest

PASSWORD = "Blau-Wal-Tanz-97"  # noqa: S105 - the benchmark employees' password
PUSH_SHARE = 0.10
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


def _ok(response: httpx.Response, *statuses: int) -> Any:
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


def _employees(setup: Setup, cloud: CloudProcess, count: int) -> None:
    """``count`` employees, activated, consent confirmed, with permission and a range."""
    ids: list[int] = []
    for index in range(count):
        address = f"monteur{index:03}@benchmark-maler.de"
        body = {"name": f"Monteur {index:03}", "email": address, "employee_number": f"MA-{index}"}
        ids.append(
            _ok(setup.client.post(paths.EMPLOYEES, json=body, headers=setup.auth), 201)["id"]
        )
        setup.emails.append(address)
    for employee_id in ids:
        url = paths.EMPLOYEE_ACTIVATION.format(employee_id=employee_id)
        _ok(setup.client.post(url, json={"password": PASSWORD}, headers=setup.auth))
    links = _consent_links(cloud.database.parent / "outbox")
    origin = {"Origin": cloud.access.server_url}
    for employee_id, address in zip(ids, setup.emails, strict=True):
        response = setup.client.post(links[address.casefold()], headers=origin)
        if response.status_code != 200:
            raise RuntimeError(f"consent of {address} failed: {response.status_code}")
        url = paths.EMPLOYEE_PERMISSIONS.format(employee_id=employee_id)
        _ok(setup.client.put(url, json={"may_create_invoices": True}, headers=setup.auth))
        start = 100_000 + len(setup.ranges) * RANGE_SIZE
        entry = {"prefix": "RE-D-", "start": start, "end": start + RANGE_SIZE - 1}
        url = paths.EMPLOYEE_RANGE.format(employee_id=employee_id)
        _ok(setup.client.put(url, json=entry, headers=setup.auth))
        setup.ranges.append(("RE-D-", itertools.count(start)))


def _office_records(setup: Setup, total: int) -> dict[Collection, list[dict[str, Any]]]:
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


def _fill(setup: Setup, records: dict[Collection, list[dict[str, Any]]]) -> int:
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
    job = _ok(setup.client.post(paths.FILL_JOBS, json=body, headers=setup.auth), 201)["id"]
    for seq, batch in enumerate(batches):
        url = paths.FILL_BATCH.format(job_id=job, seq=seq)
        _ok(setup.client.put(url, json=batch, headers=setup.auth))
    url = paths.FILL_COMMIT.format(job_id=job)
    _ok(setup.client.post(url, json={"totals": totals}, headers=setup.auth))
    return sum(len(entries) for entries in records.values())


def _devices(setup: Setup, count: int, threads: int) -> list[Device]:
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
            _ok(response, 202)
        pending = _ok(
            setup.client.get(paths.DEVICES, params={"state": "pending"}, headers=setup.auth)
        )
        for device in pending:
            url = paths.DEVICE_APPROVE.format(device_pk=device["id"])
            _ok(setup.client.post(url, json={}, headers=setup.auth))
        answers = list(pool.map(sign_in, range(count)))
    return [
        Device(token=_ok(answer)["device_token"], employee=index // 2)
        for index, answer in enumerate(answers)
    ]


def _pull_to_head(base_url: str, device: Device) -> None:
    with httpx.Client(base_url=base_url, timeout=60) as client:
        while True:
            page = _pull(client, device)
            if not page["more"]:
                return


def _pull(client: httpx.Client, device: Device) -> Any:
    params: dict[str, str | int] = {"limit": 1000}
    if device.cursor is not None:
        params["cursor"] = device.cursor
    headers = {"Authorization": f"Bearer {device.token}"}
    page = _ok(client.get(paths.DEVICE_RECORDS, params=params, headers=headers))
    device.cursor = page["cursor"]
    return page


# -- the measured load -------------------------------------------------------------------------


def _percentile_ms(latencies: list[float], share: float) -> float:
    ordered = sorted(latencies)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))] * 1000


@dataclass(frozen=True)
class Measured:
    requests: int
    seconds: float
    by_kind: dict[str, list[float]]  # latencies in seconds, per kind of request
    server_cpu_seconds: float

    @property
    def rate(self) -> float:
        return self.requests / self.seconds

    @property
    def latencies(self) -> list[float]:
        return [value for values in self.by_kind.values() for value in values]

    def percentile_ms(self, share: float) -> float:
        return _percentile_ms(self.latencies, share)


def _run_load(
    cloud: CloudProcess,
    threads: int,
    requests: int,
    work: Callable[[httpx.Client, int, int], str],
) -> Measured:
    """``requests`` calls of ``work(client, thread, n)`` spread over ``threads`` threads."""
    share = [requests // threads + (1 if t < requests % threads else 0) for t in range(threads)]
    barrier = threading.Barrier(threads + 1)
    latencies: list[list[tuple[str, float]]] = [[] for _ in range(threads)]

    def worker(thread: int) -> None:
        with httpx.Client(base_url=cloud.access.server_url, timeout=60) as client:
            client.get(paths.HEALTH)  # open the connection before the clock starts
            barrier.wait()
            own = latencies[thread]
            for n in range(share[thread]):
                start = time.perf_counter()
                kind = work(client, thread, n)
                own.append((kind, time.perf_counter() - start))

    with ThreadPoolExecutor(max_workers=threads) as pool:
        futures = [pool.submit(worker, thread) for thread in range(threads)]
        barrier.wait()
        started, cpu = time.perf_counter(), cloud.cpu_seconds()
        for future in futures:
            future.result()
        seconds, cpu = time.perf_counter() - started, cloud.cpu_seconds() - cpu
    by_kind: dict[str, list[float]] = {}
    for own in latencies:
        for kind, value in own:
            by_kind.setdefault(kind, []).append(value)
    return Measured(requests, seconds, by_kind, cpu)


def _device_work(
    setup: Setup, devices: list[Device], threads: int, push_share: float
) -> Callable[[httpx.Client, int, int], str]:
    mine = [devices[thread::threads] for thread in range(threads)]
    rngs = [random.Random(thread) for thread in range(threads)]
    number_lock = threading.Lock()

    def next_number(employee: int) -> str:
        prefix, counter = setup.ranges[employee]
        with number_lock:
            return f"{prefix}{next(counter)}"

    def work(client: httpx.Client, thread: int, n: int) -> str:
        device = mine[thread][n % len(mine[thread])]
        rng = rngs[thread]
        if rng.random() >= push_share:
            _pull(client, device)
            return "pull"
        body = {
            "id": uuid.uuid4().hex,
            "number": next_number(device.employee),
            "date": "2026-03-15",
            "customer_id": rng.choice(setup.customers),
            "lines": [
                {"position": 1, "article_id": rng.choice(setup.articles), "text": "Material",
                 "unit": "Stück", "quantity_centi": 300, "unit_price_cents": 1250, "vat_rate": 19},
                {"position": 2, "text": "Arbeitszeit", "unit": "Std", "quantity_centi": 150,
                 "unit_price_cents": 5400, "vat_rate": 19},
            ],
        }  # fmt: skip
        headers = {"Authorization": f"Bearer {device.token}"}
        _ok(client.post(paths.DEVICE_INVOICES, json=body, headers=headers), 201)
        return "push"

    return work


def _health_work(client: httpx.Client, _thread: int, _n: int) -> str:
    _ok(client.get(paths.HEALTH))
    return "health"


def _summary(name: str, measured: Measured) -> str:
    return (
        f"{name}: {measured.requests} requests in {measured.seconds:.1f} s = "
        f"{measured.rate:.0f} req/s; p50 {measured.percentile_ms(0.5):.1f} ms, "
        f"p99 {measured.percentile_ms(0.99):.1f} ms, mean "
        f"{statistics.fmean(measured.latencies) * 1000:.1f} ms; server CPU "
        f"{measured.server_cpu_seconds / measured.requests * 1000:.2f} ms per request"
        + "".join(
            f"\n  {kind}: {len(values)}, p50 {_percentile_ms(values, 0.5):.1f} ms, "
            f"p99 {_percentile_ms(values, 0.99):.1f} ms"
            for kind, values in sorted(measured.by_kind.items())
            if len(measured.by_kind) > 1
        )
    )


def run(
    work_dir: Path, *, devices: int, requests: int, threads: int, records: int, push_share: float
) -> None:
    with cloud_process(work_dir / "cloud") as cloud:
        base_url = cloud.access.server_url
        with httpx.Client(base_url=base_url, timeout=60) as client:
            login = {
                "domain": cloud.access.domain,
                "username": cloud.access.username,
                "password": cloud.access.password,
            }
            token = _ok(client.post(paths.AUTH_LOGIN, json=login))["access_token"]
            setup = Setup(client, {"Authorization": f"Bearer {token}"}, cloud.access.domain)
            started = time.perf_counter()
            _employees(setup, cloud, (devices + 1) // 2)
            filled = _fill(setup, _office_records(setup, records))
            fleet = _devices(setup, devices, min(threads, 8))
            with ThreadPoolExecutor(max_workers=min(threads, 8)) as pool:
                list(pool.map(lambda device: _pull_to_head(base_url, device), fleet))
            print(
                f"setup: {len(setup.emails)} employees (consent on the real page), {filled} "
                f"records filled, {len(fleet)} devices approved and at the head, "
                f"{time.perf_counter() - started:.1f} s"
            )
            device_load = _run_load(
                cloud, threads, requests, _device_work(setup, fleet, threads, push_share)
            )
            print(_summary("devices", device_load))
            health = _run_load(cloud, threads, requests, _health_work)
            print(_summary("health", health))
            status = _ok(client.get(paths.SYNC_STATUS, headers=setup.auth))
            rss = cloud.peak_rss_mb()
            print(f"invoices pushed: {status['inbox_head']}; server peak RSS {rss:.0f} MB")
    ratio = device_load.rate / health.rate
    p50, p99 = device_load.percentile_ms(0.5), device_load.percentile_ms(0.99)
    print(
        f"devices: {devices} devices, {requests} requests, {device_load.rate:.0f} req/s, "
        f"p50 {p50:.0f} ms, p99 {p99:.0f} ms; health {health.rate:.0f} req/s; ratio {ratio:.2f}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--devices", type=int, default=200)
    parser.add_argument("--requests", type=int, default=20_000)
    parser.add_argument("--threads", type=int, default=8, help="client threads (one client each)")
    parser.add_argument("--records", type=int, default=5000, help="size of the fill (about)")
    parser.add_argument(
        "--push-share", type=float, default=PUSH_SHARE, help="share of pushes (0.10)"
    )
    parser.add_argument("--keep", type=Path, help="work in this folder and keep it")
    args = parser.parse_args()
    options = {
        "devices": args.devices,
        "requests": args.requests,
        "threads": args.threads,
        "records": args.records,
        "push_share": args.push_share,
    }
    if args.keep is not None:
        args.keep.mkdir(parents=True, exist_ok=True)
        run(args.keep, **options)
    else:
        with tempfile.TemporaryDirectory(prefix="cloudsetup-bench-") as work:
            run(Path(work), **options)


if __name__ == "__main__":
    main()
