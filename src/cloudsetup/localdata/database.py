"""The office database: open it, count and stream its records, tell when it changed.

Records are read in id order with keyset pagination (``WHERE id > ? ORDER BY id LIMIT n``), so
reading a table of any size holds one chunk in memory at a time.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path
from types import TracebackType
from typing import Any, Self

from cloudsetup.localdata.schema import COLUMNS, schema_statements
from cloudsetup.models.fill import Collection


class OfficeDatabase:
    """The documented SQLite office database (``docs/office-database.md``); a context manager.

    A new file gets the schema; an existing one is opened as it is (the statements are
    idempotent). Use one instance per thread: SQLite connections are not shared here.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self._connection = sqlite3.connect(path, isolation_level=None)
        self._connection.execute("PRAGMA journal_mode=WAL")
        self._connection.execute("PRAGMA foreign_keys=OFF")  # references are checked on import
        with self.transaction():
            for statement in schema_statements():
                self._connection.execute(statement)

    @property
    def connection(self) -> sqlite3.Connection:
        return self._connection

    def transaction(self) -> _Transaction:
        """``with db.transaction():`` — one write transaction, rolled back on an exception."""
        return _Transaction(self._connection)

    def count(self, collection: Collection) -> int:
        row = self._connection.execute(f"SELECT COUNT(*) FROM {collection.value}").fetchone()
        return int(row[0])

    def counts(self) -> dict[Collection, int]:
        return {collection: self.count(collection) for collection in Collection}

    def iter_records(
        self, collection: Collection, *, chunk_size: int = 2000
    ) -> Iterator[tuple[str, dict[str, Any]]]:
        """``(id, data)`` for every record of ``collection`` in id order, chunk by chunk.

        ``data`` holds the collection's data columns (not id, not the tracking columns).
        """
        if chunk_size < 1:
            raise ValueError("chunk_size must be at least 1")
        columns = COLUMNS[collection]
        query = (
            f"SELECT id, {', '.join(columns)} FROM {collection.value} "
            "WHERE id > ? ORDER BY id LIMIT ?"
        )
        last = ""
        while True:
            rows = self._connection.execute(query, (last, chunk_size)).fetchall()
            if not rows:
                return
            for row in rows:
                yield row[0], dict(zip(columns, row[1:], strict=True))
            last = rows[-1][0]

    def change_version(self) -> int:
        """The database-wide change counter: it grows with every insert, update and delete."""
        row = self._connection.execute("SELECT value FROM change_counter WHERE id = 1").fetchone()
        return int(row[0])

    def fingerprint(self) -> str:
        """Changes whenever any record or tombstone changes (for resuming a fill safely)."""
        tombstones = self._connection.execute("SELECT COUNT(*) FROM tombstones").fetchone()[0]
        counts = ",".join(str(self.count(c)) for c in Collection)
        return f"v{self.change_version()}-t{tombstones}-c{counts}"

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


class _Transaction:
    def __init__(self, connection: sqlite3.Connection) -> None:
        self._connection = connection

    def __enter__(self) -> sqlite3.Connection:
        self._connection.execute("BEGIN IMMEDIATE")
        return self._connection

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self._connection.execute("COMMIT" if exc_type is None else "ROLLBACK")
