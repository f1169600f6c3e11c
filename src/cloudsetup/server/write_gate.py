"""SQLite writers of one process take turns in memory before they take the database's lock.

A writer starts with ``BEGIN IMMEDIATE`` (:func:`begin_immediate`). When another connection
holds the write lock, SQLite's busy handler waits by sleeping — 1, 2, 5, 10 … up to 100 ms at a
time — and tries again, so under many concurrent writers (devices pushing invoices) the lock
often sits free while they sleep: measured, a push waited 50 ms at the median and over half a
second at the 99th percentile. Queuing on a lock in memory first hands the database to the next
writer of this process the moment the previous one has committed and given its connection back
to the pool. SQLite's own lock and busy timeout still order writers of other processes, and a
writer that could not get its turn in time goes on to SQLite's lock as before.
"""

from __future__ import annotations

import threading
from typing import Any, Final
from weakref import WeakKeyDictionary

from sqlalchemy import Connection, Engine, event

# In the pooled connection's info while it holds its engine's gate.
_HOLDS: Final = "cloudsetup.write_gate"
_gates: WeakKeyDictionary[Engine, threading.Lock] = WeakKeyDictionary()


def _release(_dbapi_connection: Any, record: Any) -> None:
    gate = record.info.pop(_HOLDS, None)
    if gate is not None:
        gate.release()


def install_write_gate(engine: Engine) -> None:
    """Give ``engine`` (a SQLite file) a gate, opened again when a connection returns to the
    pool: after its commit or rollback, or when it was invalidated."""
    _gates[engine] = threading.Lock()
    event.listen(engine, "checkin", _release)


def begin_immediate(connection: Connection, *, wait_seconds: float) -> None:
    """``BEGIN IMMEDIATE`` on ``connection`` (SQLite), after this process's earlier writers.

    Raises ``RuntimeError`` when the connection is already in a transaction: the write lock
    must be the transaction's first step, or its reads would not see the previous writer.
    """
    raw = connection.connection.dbapi_connection
    if getattr(raw, "in_transaction", False):
        raise RuntimeError("the write lock must come before the first write of a transaction")
    gate = _gates.get(connection.engine)
    if gate is not None and gate.acquire(timeout=wait_seconds):
        connection.info[_HOLDS] = gate
    try:
        connection.exec_driver_sql("BEGIN IMMEDIATE")
    except BaseException:
        held = connection.info.pop(_HOLDS, None)
        if held is not None:
            held.release()
        raise


def gate_taken(engine: Engine) -> bool:
    """Whether a writer of this process holds ``engine``'s gate: it is writing, or waiting for
    SQLite's lock held by another process. For tests and diagnostics."""
    gate = _gates.get(engine)
    return gate is not None and gate.locked()
