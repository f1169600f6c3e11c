"""Changes to the live generation after the fill: versions, upserts, deletions, tombstones.

The office sync and the device invoices both change the tenant's live records, and both do it
here, under the tenant's write lock (:func:`~cloudsetup.server.services.locking.lock_tenant`):

* every record that really changes gets the next number of the tenant's change counter
  (``tenants.change_version``) as its ``version``, so "what changed since V" is one range of
  the partial index ``ix_records_changes``;
* an upsert whose canonical JSON has the digest the row already has is *unchanged*: no write,
  no new version (the office's echo of a device invoice costs nothing and wakes no device);
* a deletion removes the row and writes (or refreshes) its tombstone with the new version, so
  devices that hold the record are told; a record that comes back loses its tombstone.

Rows are plain tuples handed to the driver (as in :mod:`.fill_storage`), never ORM objects.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Final

from sqlalchemy import Connection, bindparam, select, update
from sqlalchemy.orm import Session

from cloudsetup.models.sync import RecordChange
from cloudsetup.server.services.fill_storage import IDS_PER_QUERY, marker, prepare_row
from cloudsetup.server.tables import TenantRow

RecordKey = tuple[str, str]  # (collection, record id)

_UPSERT: Final = (
    "INSERT INTO records (generation_id, collection, record_id, tenant_id, digest, data, version) "
    "VALUES ({m}, {m}, {m}, {m}, {m}, {m}, {m}) "
    "ON CONFLICT (generation_id, collection, record_id) "
    "DO UPDATE SET digest = excluded.digest, data = excluded.data, version = excluded.version"
)
_TOMBSTONE: Final = (
    "INSERT INTO record_tombstones (generation_id, collection, record_id, tenant_id, version) "
    "VALUES ({m}, {m}, {m}, {m}, {m}) "
    "ON CONFLICT (generation_id, collection, record_id) DO UPDATE SET version = excluded.version"
)
_DELETE_ROW: Final = (
    "DELETE FROM records WHERE generation_id = {m} AND collection = {m} AND record_id = {m}"
)
_DELETE_TOMBSTONE: Final = (
    "DELETE FROM record_tombstones "
    "WHERE generation_id = {m} AND collection = {m} AND record_id = {m}"
)


_COUNTER: Final = select(TenantRow.change_version).where(TenantRow.id == bindparam("tenant_id"))
_SET_COUNTER: Final = (
    update(TenantRow)
    .where(TenantRow.id == bindparam("tenant_id"))
    .values(change_version=bindparam("version"))
)


@dataclass(frozen=True)
class WriteResult:
    """What a call of :func:`write_changes` did; ``last_version`` is the counter after it."""

    applied: int
    unchanged: int
    last_version: int


def duplicate_keys(changes: Iterable[RecordChange]) -> list[RecordKey]:
    """The (collection, id) pairs that occur more than once (sorted): a batch names each once."""
    seen: set[RecordKey] = set()
    twice: set[RecordKey] = set()
    for change in changes:
        key = (change.collection.value, change.id)
        (twice if key in seen else seen).add(key)
    return sorted(twice)


def _by_collection(keys: Iterable[RecordKey]) -> dict[str, list[str]]:
    grouped: dict[str, list[str]] = {}
    for collection, record_id in keys:
        grouped.setdefault(collection, []).append(record_id)
    return grouped


def _select_by_ids(
    connection: Connection, column: str, generation_id: int, keys: Iterable[RecordKey]
) -> dict[RecordKey, Any]:
    """``{(collection, id): column}`` of the keys the generation holds, in chunks of ids."""
    mark = marker(connection)
    found: dict[RecordKey, Any] = {}
    for collection, ids in _by_collection(keys).items():
        unique = sorted(set(ids))
        for start in range(0, len(unique), IDS_PER_QUERY):
            chunk = unique[start : start + IDS_PER_QUERY]
            statement = (
                f"SELECT record_id, {column} FROM records "  # noqa: S608 - constant SQL
                f"WHERE generation_id = {mark} AND collection = {mark} "
                f"AND record_id IN ({', '.join([mark] * len(chunk))})"
            )
            for record_id, value in connection.exec_driver_sql(
                statement, (generation_id, collection, *chunk)
            ):
                found[(collection, record_id)] = value
    return found


def read_digests(
    connection: Connection, generation_id: int, keys: Iterable[RecordKey]
) -> dict[RecordKey, int]:
    """The stored digests (signed 64-bit, as in the table) of the keys the generation holds."""
    found = _select_by_ids(connection, "digest", generation_id, keys)
    return {key: int(value) for key, value in found.items()}


def read_data(
    connection: Connection, generation_id: int, keys: Iterable[RecordKey]
) -> dict[RecordKey, str]:
    """The canonical JSON of the keys the generation holds."""
    found = _select_by_ids(connection, "data", generation_id, keys)
    return {key: str(value) for key, value in found.items()}


def reserve_versions(session: Session, tenant_id: int, count: int) -> int:
    """Take ``count`` numbers of the tenant's change counter; returns the counter before.

    The caller holds the tenant's write lock, so the numbers are taken in commit order: a
    reader that sees the counter at V also sees every change numbered up to V.
    """
    connection = session.connection()
    current = int(connection.execute(_COUNTER, {"tenant_id": tenant_id}).scalar_one())
    if count:
        connection.execute(_SET_COUNTER, {"tenant_id": tenant_id, "version": current + count})
    return current


def write_changes(
    session: Session,
    tenant_id: int,
    generation_id: int,
    changes: Sequence[RecordChange],
    *,
    held: Mapping[RecordKey, int] | None = None,
) -> WriteResult:
    """Apply ``changes`` (each key at most once) to the generation, under the tenant's lock.

    Records that change get consecutive new versions in the order of ``changes``. ``held``:
    the digests of the keys the generation holds, when the caller has just read them.
    """
    connection = session.connection()
    keys = [(change.collection.value, change.id) for change in changes]
    if held is None:
        held = read_digests(connection, generation_id, keys)
    upserts: list[tuple[int, str, str, int, int, str]] = []
    deletions: list[RecordKey] = []
    order: list[RecordKey] = []
    for change, key in zip(changes, keys, strict=True):
        if change.data is None:
            if key in held:
                deletions.append(key)
                order.append(key)
            continue
        row = prepare_row(generation_id, tenant_id, key[0], key[1], change.data)
        if held.get(key) != row[4]:
            upserts.append(row)
            order.append(key)
    before = reserve_versions(session, tenant_id, len(order))
    version_of = {key: before + number for number, key in enumerate(order, start=1)}
    mark = marker(connection)
    if upserts:
        connection.exec_driver_sql(
            _UPSERT.format(m=mark), [(*row, version_of[(row[1], row[2])]) for row in upserts]
        )
        connection.exec_driver_sql(
            _DELETE_TOMBSTONE.format(m=mark), [(generation_id, row[1], row[2]) for row in upserts]
        )
    if deletions:
        connection.exec_driver_sql(
            _DELETE_ROW.format(m=mark), [(generation_id, *key) for key in deletions]
        )
        connection.exec_driver_sql(
            _TOMBSTONE.format(m=mark),
            [(generation_id, *key, tenant_id, version_of[key]) for key in deletions],
        )
    return WriteResult(
        applied=len(order), unchanged=len(changes) - len(order), last_version=before + len(order)
    )
