"""The records as sets of (collection, id, content digest): the office's and the cloud's live ones.

The cloud's are read straight from the server's SQLite file (the live generation of the
tenant), so a comparison does not trust the server's own counting.
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from pathlib import Path

from cloudsetup.localdata import OfficeDatabase
from cloudsetup.models.fill import Collection, canonical_json, record_digest

RecordKey = tuple[str, str, int]


def office_records(path: Path) -> set[RecordKey]:
    office = OfficeDatabase(path)
    try:
        return {
            (c.value, record_id, record_digest(c.value, record_id, canonical_json(data)))
            for c in Collection
            for record_id, data in office.iter_records(c)
        }
    finally:
        office.close()


def live_records(database: Path, domain: str) -> set[RecordKey]:
    """The tenant's live records; fails on a record that is there twice."""
    with sqlite3.connect(f"file:{database}?mode=ro", uri=True, timeout=10) as connection:
        rows = connection.execute(
            "SELECT r.collection, r.record_id, r.digest FROM records AS r"
            " JOIN tenants AS t ON t.id = r.tenant_id AND t.live_generation = r.generation_id"
            " WHERE t.domain = ?",
            (domain,),
        ).fetchall()
    connection.close()
    keys = [(collection, record_id, digest % 2**64) for collection, record_id, digest in rows]
    duplicates = [key for key, n in Counter(keys).items() if n > 1]
    assert duplicates == [], f"duplicated in the cloud: {duplicates[:5]}"
    return set(keys)


def received_batches(database: Path, job_id: str | None = None) -> int:
    """Batches held by the job ``job_id`` (default: the newest; 0 before the first job)."""
    query = (
        "SELECT COUNT(*) FROM fill_batches WHERE job_id = COALESCE("
        "(SELECT id FROM fill_jobs WHERE public_id = ?), (SELECT MAX(id) FROM fill_jobs))"
    )
    with sqlite3.connect(f"file:{database}?mode=ro", uri=True, timeout=10) as connection:
        row = connection.execute(query, (job_id,)).fetchone()
    connection.close()
    return int(row[0]) if row else 0


def assert_same(office: set[RecordKey], cloud: set[RecordKey]) -> None:
    """None lost, none unexpected (duplicates are refused by :func:`live_records`)."""
    lost = office - cloud
    unexpected = cloud - office
    assert not lost, f"{len(lost)} lost, e.g. {sorted(lost)[:3]}"
    assert not unexpected, f"{len(unexpected)} unexpected, e.g. {sorted(unexpected)[:3]}"


def fill_jobs(database: Path) -> list[tuple[str, str, int]]:
    """Every fill job as (public id, state, total batches), oldest first."""
    with sqlite3.connect(f"file:{database}?mode=ro", uri=True, timeout=10) as connection:
        rows = connection.execute(
            "SELECT public_id, state, total_batches FROM fill_jobs ORDER BY id"
        ).fetchall()
    connection.close()
    return [(str(a), str(b), int(c)) for a, b, c in rows]
