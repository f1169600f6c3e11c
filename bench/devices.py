"""Benchmark of the device side: approved devices pulling and pushing, against a health check.

    python bench/devices.py [--devices 200] [--requests 20000] [--threads 8] [--records 5000]
                            [--push-share 0.10] [--keep DIR]

Starts ``cloudsetup-server run`` on a fresh SQLite database in its own process
(``bench/cloud_process.py``) and sets it up through the real API only
(``bench/device_setup.py``): employees (two devices
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
import random
import statistics
import tempfile
import threading
import time
import uuid
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import httpx
from cloud_process import CloudProcess, cloud_process
from device_setup import (
    Device,
    Setup,
    add_employees,
    approved_devices,
    fill,
    office_records,
    ok,
    pull,
    pull_to_head,
)

from cloudsetup.models import paths

PUSH_SHARE = 0.10


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
            pull(client, device)
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
        ok(client.post(paths.DEVICE_INVOICES, json=body, headers=headers), 201)
        return "push"

    return work


def _health_work(client: httpx.Client, _thread: int, _n: int) -> str:
    ok(client.get(paths.HEALTH))
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
            token = ok(client.post(paths.AUTH_LOGIN, json=login))["access_token"]
            setup = Setup(client, {"Authorization": f"Bearer {token}"}, cloud.access.domain)
            started = time.perf_counter()
            add_employees(setup, cloud, (devices + 1) // 2)
            filled = fill(setup, office_records(setup, records))
            fleet = approved_devices(setup, devices, min(threads, 8))
            with ThreadPoolExecutor(max_workers=min(threads, 8)) as pool:
                list(pool.map(lambda device: pull_to_head(base_url, device), fleet))
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
            status = ok(client.get(paths.SYNC_STATUS, headers=setup.auth))
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
