"""Serialise the writes of one tenant: check-then-write rules (range overlap) hold under races.

A unique index cannot express "ranges with the same prefix do not overlap", so the rule is
checked in Python and must not race with itself. Every write that depends on what else the tenant
holds starts with :func:`lock_tenant`, and only then reads, checks and writes:

* PostgreSQL: ``SELECT ... FOR UPDATE`` on the tenant's row. A second transaction waits there
  until the first commits; under READ COMMITTED its following statements then see the first
  one's rows, so its overlap check includes them.
* SQLite: ``BEGIN IMMEDIATE`` takes the database's write lock at the start of the transaction
  (instead of at the first INSERT, as pysqlite would); a second writer waits (in this process
  on a lock in memory, see :mod:`cloudsetup.server.write_gate`, then the busy timeout) and its
  reads begin after the first one committed. SQLite has one writer at a time anyway, so this
  costs nothing in throughput.

Both work across processes and servers on the same database, unlike a lock in memory.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from cloudsetup.server.db import SQLITE_BUSY_TIMEOUT_MS
from cloudsetup.server.tables import TenantRow
from cloudsetup.server.write_gate import begin_immediate


def lock_tenant(session: Session, tenant_id: int) -> None:
    """Begin the write transaction of ``tenant_id``; held until commit or rollback.

    Call it before the first write of the request (reads before it are fine: on SQLite they
    ran outside a transaction, on PostgreSQL at READ COMMITTED they hold no snapshot).
    """
    connection = session.connection()
    if connection.dialect.name == "sqlite":
        begin_immediate(connection, wait_seconds=SQLITE_BUSY_TIMEOUT_MS / 1000)
    session.execute(select(TenantRow.id).where(TenantRow.id == tenant_id).with_for_update())
