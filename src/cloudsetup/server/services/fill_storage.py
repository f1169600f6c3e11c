"""The records table at bulk speed: prepared rows go in with one ``executemany`` per call.

A fill moves up to millions of rows, so this layer skips the ORM and SQLAlchemy's per-row
parameter handling: rows are plain tuples in the table's column order and are handed to the
database driver as they are (``Connection.exec_driver_sql`` with a list of tuples is the
driver's own ``executemany``; psycopg pipelines it). The same function serves the upload route
and the benchmark's raw limit, so the two are measured on the same statement and schema.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import Final

from sqlalchemy import Connection, Engine

from cloudsetup.models.fill import canonical_json, record_digest
from cloudsetup.server.db import SQLITE_BUSY_TIMEOUT_MS
from cloudsetup.server.write_gate import begin_immediate

# (generation_id, collection, record_id, tenant_id, digest as signed 64-bit, canonical JSON)
RecordRow = tuple[int, str, str, int, int, str]

_COLUMNS: Final = "generation_id, collection, record_id, tenant_id, digest, data"
_SIGN_BIT: Final = 2**63
_MODULUS: Final = 2**64
# Well below SQLite's limit on bound variables (32766) and PostgreSQL's (65535).
IDS_PER_QUERY: Final = 900


def to_signed64(digest: int) -> int:
    """A digest (0 .. 2**64-1) as the signed 64-bit integer a BIGINT column holds."""
    return digest - _MODULUS if digest >= _SIGN_BIT else digest


def from_signed64(value: int) -> int:
    return value + _MODULUS if value < 0 else value


def prepare_row(
    generation_id: int, tenant_id: int, collection: str, record_id: str, data: dict[str, object]
) -> RecordRow:
    """One row as the upload route stores it (canonical JSON and its digest)."""
    data_json = canonical_json(data)
    digest = record_digest(collection, record_id, data_json)
    return (
        generation_id,
        collection,
        record_id,
        tenant_id,
        to_signed64(digest),
        data_json.decode(),
    )


def marker(connection: Connection) -> str:
    """The driver's placeholder for a bound parameter (``?`` for SQLite, ``%s`` for psycopg)."""
    return "?" if connection.dialect.paramstyle == "qmark" else "%s"


def begin_write(connection: Connection) -> None:
    """On SQLite take the write lock now (``BEGIN IMMEDIATE``), not at the first INSERT.

    Then the checks a write depends on (job still open, batch not yet held) run under the
    lock and cannot race with a commit or abort. PostgreSQL uses row locks instead.
    """
    if connection.dialect.name == "sqlite":
        begin_immediate(connection, wait_seconds=SQLITE_BUSY_TIMEOUT_MS / 1000)


def insert_records(connection: Connection, rows: Sequence[RecordRow]) -> None:
    """Insert ``rows`` with one ``executemany`` in the caller's transaction.

    Raises ``sqlalchemy.exc.IntegrityError`` when a (generation, collection, id) is taken.
    """
    if not rows:
        return
    markers = ", ".join([marker(connection)] * 6)
    statement = f"INSERT INTO records ({_COLUMNS}) VALUES ({markers})"  # noqa: S608 - constant SQL
    connection.exec_driver_sql(statement, list(rows))


def insert_rows_raw(engine: Engine, rows: Sequence[RecordRow]) -> int:
    """The raw storage limit: ``rows`` into ``records`` with one executemany, one transaction.

    For the benchmark (``bench/fill.py``): the same statement and schema as a batch upload,
    without HTTP, parsing and hashing. Returns the number of rows inserted.
    """
    with engine.begin() as connection:
        begin_write(connection)
        insert_records(connection, rows)
    return len(rows)


def existing_ids(
    connection: Connection, generation_id: int, collection: str, ids: Iterable[str]
) -> list[str]:
    """Which of ``ids`` the generation already holds in ``collection`` (sorted)."""
    mark = marker(connection)
    wanted = list(ids)
    found: list[str] = []
    for start in range(0, len(wanted), IDS_PER_QUERY):
        chunk = wanted[start : start + IDS_PER_QUERY]
        markers = ", ".join([mark] * len(chunk))
        statement = (
            "SELECT record_id FROM records WHERE generation_id = "  # noqa: S608 - constant SQL
            f"{mark} AND collection = {mark} AND record_id IN ({markers})"
        )
        result = connection.exec_driver_sql(statement, (generation_id, collection, *chunk))
        found.extend(row[0] for row in result)
    return sorted(found)


def delete_generation(connection: Connection, generation_id: int) -> int:
    """Delete every row of one generation (an aborted job, or one a newer commit replaced).

    Its tombstones go with it: a device that held the old generation starts again anyway.
    """
    mark = marker(connection)
    connection.exec_driver_sql(
        f"DELETE FROM record_tombstones WHERE generation_id = {mark}",  # noqa: S608 - constant SQL
        (generation_id,),
    )
    result = connection.exec_driver_sql(
        f"DELETE FROM records WHERE generation_id = {mark}",  # noqa: S608 - constant SQL
        (generation_id,),
    )
    return int(result.rowcount)


def read_records(
    connection: Connection, generation_id: int, collection: str
) -> Iterator[tuple[str, int, str]]:
    """``(record_id, digest, canonical JSON)`` of one collection of a generation, by id."""
    mark = marker(connection)
    result = connection.exec_driver_sql(
        "SELECT record_id, digest, data FROM records "  # noqa: S608 - constant SQL
        f"WHERE generation_id = {mark} AND collection = {mark} ORDER BY record_id",
        (generation_id, collection),
    )
    for record_id, digest, data in result:
        yield record_id, from_signed64(digest), data
