"""Benchmark of the initial fill: the real client against the real server, and the raw limit.

    python bench/fill.py [--records 1000000] [--keep DIR] [--profile FILE]

Generates N records of demo office data (deterministic), starts ``cloudsetup-server run`` on a
fresh SQLite database in its own process, fills it through the real ``FillService`` in another
process (so each side's peak RSS is its own), and measures the raw storage limit: the same rows
inserted straight into a fresh database of the server's schema with ``executemany`` in one
transaction (``fill_storage.insert_records``, the statement the upload route uses). Prints one
line per figure; the last line sums up:

    fill: 1000000 records in 7.9 s = 126000 rec/s; raw sqlite 560000 rec/s; ratio 0.23; ...

``--profile FILE`` writes a cProfile of the client's main thread (it reads, hashes and
serialises; the upload threads only wait for the network) and prints its top entries.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from cloud_process import cloud_process, peak_rss_mb

from cloudsetup.models import DomainData

DEFAULT_RECORDS = 1_000_000
#: Rows prepared and inserted per executemany in the raw measurement (one transaction).
RAW_CHUNK = 50_000


def _role(role: str, *args: str) -> dict[str, Any]:
    """Run this script in ``role`` in a child process; it prints one JSON object last."""
    done = subprocess.run(  # noqa: S603 - this script itself, arguments from this script
        [sys.executable, __file__, "--role", role, *args],
        check=True,
        stdout=subprocess.PIPE,
    )
    result: dict[str, Any] = json.loads(done.stdout.decode().strip().splitlines()[-1])
    return result


# -- the roles, each in its own process --------------------------------------------------------


def generate(office: Path, records: int) -> dict[str, Any]:
    from cloudsetup.localdata import generate_demo_data

    start = time.perf_counter()
    counts = generate_demo_data(office, records=records)
    return {
        "seconds": time.perf_counter() - start,
        "counts": {collection.value: count for collection, count in counts.items()},
    }


def client(office: Path, access_json: str, state_dir: Path, profile: Path | None) -> dict[str, Any]:
    import threading

    from cloudsetup.localdata import OfficeDatabase
    from cloudsetup.services.bootstrap import build_setup_service
    from cloudsetup.services.fill import FillService
    from cloudsetup.services.input_checks import validate_credentials_input
    from cloudsetup.services.secrets import SessionSecretStore

    access = DomainData.model_validate_json(access_json)
    service = build_setup_service(config_dir=state_dir, secrets=SessionSecretStore())
    service.test_connection(
        validate_credentials_input(
            access.server_url, access.domain, access.username, access.password
        )
    )
    database = OfficeDatabase(office)
    fill = FillService(service, state_dir=state_dir)
    profiler = None
    if profile is not None:
        import cProfile

        profiler = cProfile.Profile()
        profiler.enable()
    start = time.perf_counter()
    result = fill.run(database, on_progress=lambda _progress: None, cancel=threading.Event())
    seconds = time.perf_counter() - start
    if profiler is not None and profile is not None:
        import pstats

        profiler.disable()
        profiler.dump_stats(profile)
        pstats.Stats(profiler, stream=sys.stderr).sort_stats("tottime").print_stats(25)
    database.close()
    service.close()
    return {
        "seconds": seconds,
        "records": sum(totals.count for totals in result.totals),
        "peak_rss_mb": peak_rss_mb_self(),
    }


def raw_insert(office: Path, database: Path) -> dict[str, Any]:
    from cloudsetup.localdata import OfficeDatabase
    from cloudsetup.models.fill import Collection
    from cloudsetup.server.db import make_engine, upgrade_schema
    from cloudsetup.server.services.fill_storage import begin_write, insert_records, prepare_row

    engine = make_engine(f"sqlite:///{database}")
    upgrade_schema(engine)
    source = OfficeDatabase(office)
    inserted = 0
    insert_seconds = 0.0
    with engine.begin() as connection:
        begin_write(connection)
        for collection in Collection:
            chunk = []
            for record_id, data in source.iter_records(collection):
                chunk.append(prepare_row(1, 1, collection.value, record_id, data))
                if len(chunk) >= RAW_CHUNK:
                    insert_seconds += _timed_insert(insert_records, connection, chunk)
                    inserted += len(chunk)
                    chunk = []
            if chunk:
                insert_seconds += _timed_insert(insert_records, connection, chunk)
                inserted += len(chunk)
        start = time.perf_counter()
    insert_seconds += time.perf_counter() - start  # the commit belongs to the insert
    source.close()
    engine.dispose()
    return {"records": inserted, "seconds": insert_seconds}


def _timed_insert(insert: Any, connection: Any, rows: list[Any]) -> float:
    start = time.perf_counter()
    insert(connection, rows)
    return time.perf_counter() - start


def peak_rss_mb_self() -> float:
    import os

    return peak_rss_mb(os.getpid())


# -- the whole run ---------------------------------------------------------------------------------


def run(records: int, work: Path, profile: Path | None) -> None:
    office = work / "office.sqlite3"
    generated = _role("generate", "--office", str(office), "--records", str(records))
    total = sum(generated["counts"].values())
    print(f"generate: {total} records in {generated['seconds']:.1f} s")
    for collection, count in generated["counts"].items():
        print(f"  {collection}: {count}")

    with cloud_process(work / "cloud") as cloud:
        args = ["--office", str(office), "--access", cloud.access.model_dump_json()]
        args += ["--state-dir", str(work / "client")]
        if profile is not None:
            args += ["--profile", str(profile)]
        filled = _role("client", *args)
        server_rss = cloud.peak_rss_mb()
    rate = filled["records"] / filled["seconds"]
    print(f"client: {filled['records']} records in {filled['seconds']:.1f} s = {rate:.0f} rec/s")
    print(f"client peak RSS: {filled['peak_rss_mb']:.0f} MB")
    print(f"server peak RSS: {server_rss:.0f} MB")

    raw = _role("raw", "--office", str(office), "--database", str(work / "raw.sqlite3"))
    raw_rate = raw["records"] / raw["seconds"]
    print(f"raw sqlite: {raw['records']} rows in {raw['seconds']:.1f} s = {raw_rate:.0f} rec/s")
    ratio = rate / raw_rate
    print(f"ratio fill/raw: {ratio:.2f}")
    print(
        f"fill: {filled['records']} records in {filled['seconds']:.1f} s = {rate:.0f} rec/s; "
        f"raw sqlite {raw_rate:.0f} rec/s; ratio {ratio:.2f}; "
        f"client peak RSS {filled['peak_rss_mb']:.0f} MB; server peak RSS {server_rss:.0f} MB"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--records", type=int, default=DEFAULT_RECORDS)
    parser.add_argument("--keep", type=Path, help="work in this folder and keep it")
    parser.add_argument("--profile", type=Path, help="cProfile of the client into this file")
    parser.add_argument("--role", choices=("generate", "client", "raw"), help=argparse.SUPPRESS)
    parser.add_argument("--office", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--access", help=argparse.SUPPRESS)
    parser.add_argument("--state-dir", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--database", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.role == "generate":
        print(json.dumps(generate(args.office, args.records)))
    elif args.role == "client":
        print(json.dumps(client(args.office, args.access, args.state_dir, args.profile)))
    elif args.role == "raw":
        print(json.dumps(raw_insert(args.office, args.database)))
    elif args.keep is not None:
        args.keep.mkdir(parents=True, exist_ok=True)
        run(args.records, args.keep, args.profile)
    else:
        with tempfile.TemporaryDirectory(prefix="cloudsetup-bench-") as work:
            run(args.records, Path(work), args.profile)


if __name__ == "__main__":
    main()
