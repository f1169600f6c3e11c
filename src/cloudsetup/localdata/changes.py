"""The office sync's side of the office database: what changed since a version, and storing
what the cloud sends (invoices written on devices).

Reading: every table and the tombstones are read with one cursor each, ordered by
``row_version`` (each has an index on it), and merged, so the changes come out in version order
with one chunk per table in memory, all from one read snapshot. A change's ``data`` is exactly
what :meth:`~cloudsetup.localdata.OfficeDatabase.iter_records` gives for the record, so the
cloud recognises a record it already holds by its digest.

Writing: :func:`store_records` upserts and deletes by id in one transaction, after checking
that each record has exactly the collection's columns with values of the schema's types and
that every reference points at a record that is there (or comes in the same call). A record
that does not pass is refused with :class:`RecordRefusedError`, which names it. An upsert that
changes nothing leaves the row alone, so storing the same records again moves no version.
"""

from __future__ import annotations

import heapq
import sqlite3
from collections.abc import Generator, Iterator, Sequence
from contextlib import suppress
from typing import Any, Final

from pydantic import ValidationError

from cloudsetup.localdata.errors import RecordRefusedError
from cloudsetup.localdata.schema import (
    BOOLEAN_COLUMNS,
    COLUMNS,
    INTEGER_COLUMNS,
    REFERENCES,
    REQUIRED_COLUMNS,
)
from cloudsetup.models.fill import Collection
from cloudsetup.models.sync import RecordChange

#: Collections in the order parents come before children (the fill's upload order).
_ORDER: Final = {collection: index for index, collection in enumerate(Collection)}


# -- reading ---------------------------------------------------------------------------------

_Row = tuple[int, int, str, dict[str, Any] | None]  # (version, order, id, data or None)


def _table_changes(
    connection: sqlite3.Connection, collection: Collection, version: int, chunk_size: int
) -> Generator[_Row, None, None]:
    columns = COLUMNS[collection]
    booleans = [name for name in columns if name in BOOLEAN_COLUMNS]
    order = _ORDER[collection]
    cursor = connection.cursor()
    try:
        cursor.execute(
            f"SELECT row_version, id, {', '.join(columns)} FROM {collection.value} "
            "WHERE row_version > ? ORDER BY row_version",
            (version,),
        )
        while rows := cursor.fetchmany(chunk_size):
            for row in rows:
                data = dict(zip(columns, row[2:], strict=True))
                for name in booleans:
                    data[name] = bool(data[name])
                yield row[0], order, row[1], data
    finally:
        with suppress(sqlite3.ProgrammingError):  # the database may be closed already
            cursor.close()


def _tombstones(
    connection: sqlite3.Connection, version: int, chunk_size: int
) -> Generator[_Row, None, None]:
    cursor = connection.cursor()
    try:
        cursor.execute(
            "SELECT row_version, collection, id FROM tombstones WHERE row_version > ? "
            "ORDER BY row_version",
            (version,),
        )
        while rows := cursor.fetchmany(chunk_size):
            for row_version, collection, record_id in rows:
                yield row_version, _ORDER[Collection(collection)], record_id, None
    finally:
        with suppress(sqlite3.ProgrammingError):
            cursor.close()


def iter_changes(
    connection: sqlite3.Connection, version: int, *, chunk_size: int
) -> Iterator[tuple[int, RecordChange]]:
    """``(row_version, change)`` of everything newer than ``version``, oldest first.

    The caller holds the read transaction that makes it one snapshot.
    """
    if chunk_size < 1:
        raise ValueError("chunk_size must be at least 1")
    collections = list(Collection)
    sources = [_table_changes(connection, c, version, chunk_size) for c in collections]
    sources.append(_tombstones(connection, version, chunk_size))
    try:
        for row_version, order, record_id, data in heapq.merge(*sources):
            yield row_version, _change(collections[order], record_id, data)
    finally:
        for source in sources:
            source.close()


def _change(collection: Collection, record_id: str, data: dict[str, Any] | None) -> RecordChange:
    """A change as the cloud takes it; a record whose id it would refuse is named instead."""
    try:
        return RecordChange(collection=collection, id=record_id, data=data)
    except ValidationError as exc:
        reasons = "; ".join(str(error["msg"]) for error in exc.errors(include_input=False))
        raise RecordRefusedError(
            collection, record_id, "bad_data", f"the cloud cannot take it: {reasons}", "id"
        ) from None


def count_changes(connection: sqlite3.Connection, version: int) -> int:
    """How many records and tombstones are newer than ``version`` (one snapshot: the caller's)."""
    tables = [collection.value for collection in Collection] + ["tombstones"]
    return sum(
        int(
            connection.execute(
                f"SELECT COUNT(*) FROM {table} WHERE row_version > ?", (version,)
            ).fetchone()[0]
        )
        for table in tables
    )


# -- writing ---------------------------------------------------------------------------------


def _check_values(change: RecordChange) -> None:
    """The data has exactly the collection's columns, each with a value of the schema's type."""
    collection, data = change.collection, change.data or {}
    expected = COLUMNS[collection]
    if set(data) != set(expected):
        missing = sorted(set(expected) - set(data))
        unknown = sorted(set(data) - set(expected))
        raise RecordRefusedError(
            collection,
            change.id,
            "bad_data",
            f"the columns do not match the schema (missing {missing}, unknown {unknown})",
        )
    for name in expected:
        value = data[name]
        if value is None:
            if name in REQUIRED_COLUMNS[collection]:
                raise RecordRefusedError(
                    collection, change.id, "bad_data", f"{name} is required", name
                )
            continue
        if name in BOOLEAN_COLUMNS:
            fits = isinstance(value, bool)
        elif name in INTEGER_COLUMNS:
            fits = isinstance(value, int) and not isinstance(value, bool)
        else:
            fits = isinstance(value, str)
        if not fits:
            raise RecordRefusedError(
                collection,
                change.id,
                "bad_data",
                f"{name} has a value of type {type(value).__name__}",
                name,
            )


def _check_references(
    connection: sqlite3.Connection,
    change: RecordChange,
    incoming: set[tuple[Collection, str]],
    leaving: set[tuple[Collection, str]],
) -> None:
    data = change.data or {}
    for column, target in REFERENCES[change.collection].items():
        value = data.get(column)
        if value is None or (target, value) in incoming:
            continue
        there = connection.execute(
            f"SELECT 1 FROM {target.value} WHERE id = ?", (value,)
        ).fetchone()
        if there is None or (target, value) in leaving:
            raise RecordRefusedError(
                change.collection,
                change.id,
                "unknown_reference",
                f"{column} {value!r} is not a record of {target.value} in the office database",
                column,
            )


def _upsert_statement(collection: Collection) -> str:
    columns = COLUMNS[collection]
    names = ", ".join(("id", *columns))
    marks = ", ".join("?" for _ in range(len(columns) + 1))
    updates = ", ".join(f"{name} = excluded.{name}" for name in columns)
    differs = " OR ".join(f"{name} IS NOT excluded.{name}" for name in columns)
    # The WHERE keeps an unchanged row untouched: no trigger fires, no version moves.
    return (
        f"INSERT INTO {collection.value} ({names}) VALUES ({marks}) "
        f"ON CONFLICT (id) DO UPDATE SET {updates} WHERE {differs}"
    )


def write_records(connection: sqlite3.Connection, changes: Sequence[RecordChange]) -> None:
    """Check and apply ``changes`` inside the caller's write transaction.

    Upserts go parents first (an invoice before its lines; every reference points at an
    earlier collection), deletions children first, so the references hold after every
    statement. An error leaves the caller's transaction to be rolled back.
    """
    upserts = [c for c in changes if c.data is not None]
    deletions = [c for c in changes if c.data is None]
    incoming = {(c.collection, c.id) for c in upserts}
    leaving = {(c.collection, c.id) for c in deletions} - incoming
    for change in upserts:
        _check_values(change)
        _check_references(connection, change, incoming, leaving)
    for change in sorted(upserts, key=lambda c: _ORDER[c.collection]):
        data = change.data or {}
        values = [change.id, *(data[name] for name in COLUMNS[change.collection])]
        try:
            connection.execute(_upsert_statement(change.collection), values)
        except sqlite3.IntegrityError as exc:  # a unique number, or a CHECK of the schema
            code = "taken" if "UNIQUE" in str(exc) else "bad_data"
            raise RecordRefusedError(
                change.collection, change.id, code, f"refused by the database: {exc}"
            ) from exc
    for change in sorted(deletions, key=lambda c: -_ORDER[c.collection]):
        try:
            connection.execute(f"DELETE FROM {change.collection.value} WHERE id = ?", (change.id,))
        except sqlite3.IntegrityError as exc:  # other records still point at it
            raise RecordRefusedError(
                change.collection, change.id, "in_use", f"refused by the database: {exc}"
            ) from exc
