"""The office database: open it, count and stream its records, tell when it changed.

A record is read as ``(id, data)``: ``data`` holds the collection's data columns (not the id,
not the tracking columns) as plain JSON values, exactly what the fill uploads and hashes.
Records are streamed with one cursor and ``fetchmany``, so reading a table of any size holds
one chunk in memory, and the whole read sees one snapshot of the table (WAL readers do).
"""

from __future__ import annotations

import hashlib
import sqlite3
import uuid
from collections.abc import Generator, Iterable, Iterator, Sequence
from contextlib import contextmanager, suppress
from pathlib import Path
from types import TracebackType
from typing import Any, Self

from cloudsetup.localdata.changes import count_changes, iter_changes, write_records
from cloudsetup.localdata.errors import OfficeDataError
from cloudsetup.localdata.schema import (
    BOOLEAN_COLUMNS,
    COLUMNS,
    SCHEMA_VERSION,
    index_names,
    index_statements,
    schema_statements,
)
from cloudsetup.models.fill import Collection
from cloudsetup.models.sync import RecordChange

__all__ = ["OfficeDataError", "OfficeDatabase"]


class OfficeDatabase:
    """The documented SQLite office database (``docs/office-database.md``); a context manager.

    A new file gets the schema; an existing one is opened as it is. One instance may be handed
    to a worker thread, but must be used by one thread at a time.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self._connection = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        try:
            self._connection.execute("PRAGMA busy_timeout = 10000")
            self._connection.execute("PRAGMA journal_mode = WAL")
            self._connection.execute("PRAGMA synchronous = NORMAL")
            self._connection.execute("PRAGMA foreign_keys = ON")
            self._create_schema()
        except BaseException:
            self._connection.close()
            raise

    def _create_schema(self) -> None:
        with self.transaction() as connection:
            for statement in schema_statements():
                connection.execute(statement)
            meta = dict(connection.execute("SELECT key, value FROM office_meta").fetchall())
            found = int(meta.get("schema_version", SCHEMA_VERSION))
            if found > SCHEMA_VERSION:
                raise OfficeDataError(
                    f"{self.path} has office database schema {found}; this version reads up to "
                    f"{SCHEMA_VERSION}"
                )
            connection.executemany(
                "INSERT OR IGNORE INTO office_meta (key, value) VALUES (?, ?)",
                [
                    ("schema_version", str(SCHEMA_VERSION)),
                    # Tells two databases apart that happen to hold the same counts and versions.
                    ("database_id", str(uuid.uuid4())),
                ],
            )

    @property
    def connection(self) -> sqlite3.Connection:
        """The connection itself (autocommit; write inside :meth:`transaction`)."""
        return self._connection

    def transaction(self) -> _Transaction:
        """``with db.transaction() as connection:`` one write transaction, rolled back on error."""
        return _Transaction(self._connection)

    @property
    def database_id(self) -> str:
        row = self._connection.execute(
            "SELECT value FROM office_meta WHERE key = 'database_id'"
        ).fetchone()
        return str(row[0])

    def count(self, collection: Collection) -> int:
        table = Collection(collection).value  # only the known table names reach the SQL
        row = self._connection.execute(f"SELECT COUNT(*) FROM {table}").fetchone()
        return int(row[0])

    def counts(self) -> dict[Collection, int]:
        return {collection: self.count(collection) for collection in Collection}

    def iter_records(
        self, collection: Collection, *, chunk_size: int = 2000
    ) -> Iterator[tuple[str, dict[str, Any]]]:
        """``(id, data)`` of every record of ``collection`` in id order, by ``chunk_size``."""
        if chunk_size < 1:
            raise ValueError("chunk_size must be at least 1")
        collection = Collection(collection)
        columns = COLUMNS[collection]
        booleans = [i for i, name in enumerate(columns) if name in BOOLEAN_COLUMNS]
        # A cursor of its own: other calls on this database may run between two chunks.
        cursor = self._connection.cursor()
        try:
            cursor.execute(f"SELECT id, {', '.join(columns)} FROM {collection.value} ORDER BY id")
            while rows := cursor.fetchmany(chunk_size):
                for row in rows:
                    data = dict(zip(columns, row[1:], strict=True))
                    for index in booleans:
                        data[columns[index]] = bool(row[index + 1])
                    yield row[0], data
        finally:
            # A reader that stops early may be collected after close(): nothing left to free.
            with suppress(sqlite3.ProgrammingError):
                cursor.close()

    def change_version(self) -> int:
        """The database-wide change counter: it grows with every insert, update and delete."""
        row = self._connection.execute("SELECT value FROM change_counter WHERE id = 1").fetchone()
        return int(row[0])

    def changes_since(
        self, version: int, *, chunk_size: int = 1000
    ) -> Generator[tuple[int, RecordChange], None, None]:
        """``(row_version, change)`` of every record and tombstone newer than ``version``.

        Ordered by version and read in one snapshot (held until the iterator is exhausted or
        closed: close it before writing to this database again). A change's ``data`` is what
        :meth:`iter_records` gives; a deletion has ``data`` ``None``.
        """
        if chunk_size < 1:
            raise ValueError("chunk_size must be at least 1")
        snapshot = self.transaction_for_reading()
        snapshot.__enter__()
        try:
            yield from iter_changes(self._connection, version, chunk_size=chunk_size)
        finally:
            # A reader left unfinished may be closed after the database: nothing to end then.
            with suppress(sqlite3.ProgrammingError):
                snapshot.__exit__(None, None, None)

    def count_changes_since(self, version: int) -> int:
        """How many records and tombstones are newer than ``version`` (what a sync would push)."""
        with self.transaction_for_reading():
            return count_changes(self._connection, version)

    def store_records(self, changes: Sequence[RecordChange]) -> None:
        """Upsert or delete each record by id, all in one transaction (e.g. pulled invoices).

        Each upsert's data must have exactly the collection's columns with values of the
        schema's types, and its references must point at records that are here or come in
        the same call; otherwise nothing is written and
        :class:`~cloudsetup.localdata.errors.RecordRefusedError` names the record. An upsert
        that changes nothing moves no version.
        """
        if not changes:
            return
        with self.transaction() as connection:
            write_records(connection, changes)

    def tombstone_count(self) -> int:
        return int(self._connection.execute("SELECT COUNT(*) FROM tombstones").fetchone()[0])

    def fingerprint(self) -> str:
        """Changes whenever any record or tombstone changes (for resuming a fill safely).

        Made of the database's own id, the change counter (every insert, update and delete
        moves it), the number of tombstones and the count of every collection.
        """
        with self.transaction_for_reading():
            parts = [
                self.database_id,
                str(self.change_version()),
                str(self.tombstone_count()),
                *(f"{c.value}={self.count(c)}" for c in Collection),
            ]
        return hashlib.sha256("|".join(parts).encode()).hexdigest()[:32]

    def transaction_for_reading(self) -> _Transaction:
        """One read snapshot for several queries."""
        return _Transaction(self._connection, begin="BEGIN DEFERRED")

    def insert_rows(self, collection: Collection, rows: Sequence[Sequence[object]]) -> None:
        """Bulk insert ``(id, *data columns)`` rows inside the caller's transaction.

        The rows get consecutive ``row_version`` numbers reserved from the change counter, so the
        per-row tracking triggers have nothing to do (they fire for ``row_version = 0`` only).
        """
        if not rows:
            return
        if not self._connection.in_transaction:
            raise RuntimeError("insert_rows must run inside db.transaction()")
        columns = ("id", *COLUMNS[Collection(collection)], "row_version")
        last = int(
            self._connection.execute(
                "UPDATE change_counter SET value = value + ? WHERE id = 1 RETURNING value",
                (len(rows),),
            ).fetchone()[0]
        )
        first = last - len(rows) + 1
        if self._connection.execute(
            "SELECT 1 FROM tombstones WHERE collection = ? LIMIT 1", (collection.value,)
        ).fetchone():
            self._connection.executemany(
                "DELETE FROM tombstones WHERE collection = ? AND id = ?",
                [(collection.value, row[0]) for row in rows],
            )
        self._connection.executemany(
            f"INSERT INTO {collection.value} ({', '.join(columns)}) "
            f"VALUES ({', '.join('?' for _ in columns)})",
            _with_versions(rows, first),
        )

    @contextmanager
    def bulk_load(self) -> Iterator[None]:
        """One transaction for :meth:`insert_rows` of many rows by a writer whose references are
        right by construction (the demo generator).

        Reference checks are off and the indexes outside the tables' constraints are dropped
        for the load and built again at its end, in the same transaction: building an index
        once is much faster than updating it row by row.
        """
        self._connection.execute("PRAGMA foreign_keys = OFF")  # no effect inside a transaction
        try:
            with self.transaction() as connection:
                for name in index_names():
                    connection.execute(f"DROP INDEX IF EXISTS {name}")
                yield
                for statement in index_statements():
                    connection.execute(statement)
        finally:
            self._connection.execute("PRAGMA foreign_keys = ON")

    def close(self) -> None:
        self._connection.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()


def _with_versions(rows: Iterable[Sequence[object]], first: int) -> Iterator[tuple[object, ...]]:
    for version, row in enumerate(rows, start=first):
        yield (*row, version)


class _Transaction:
    def __init__(self, connection: sqlite3.Connection, *, begin: str = "BEGIN IMMEDIATE") -> None:
        self._connection = connection
        self._begin = begin
        self._owner = False

    def __enter__(self) -> sqlite3.Connection:
        # Inside an open transaction a reader already has its snapshot: nothing to begin.
        self._owner = not (self._begin == "BEGIN DEFERRED" and self._connection.in_transaction)
        if self._owner:
            self._connection.execute(self._begin)
        return self._connection

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        if self._owner:
            self._connection.execute("COMMIT" if exc_type is None else "ROLLBACK")
