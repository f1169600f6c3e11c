"""A device's reads never wait for a writer, and its one write waits without holding anyone up.

The token check and the pull only read (on SQLite they run on the event loop, see
``api/deps.py``); noting ``last_seen_at`` is a write, due once a minute, that runs in the thread
pool. Here another writer (another worker process, a long fill commit) holds the database's
write lock: devices that were seen recently, and the health check, are answered all the while;
a device whose "last seen" is due waits for the lock, and is answered and noted when it is free.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest
from sqlalchemy import Engine, text

from cloudsetup.models import paths
from cloudsetup.server.embedded import EmbeddedServer
from cloudsetup.server.security import hash_device_token
from cloudsetup.server.write_gate import gate_taken
from support.devices import Office, pull, pull_all

WAIT_SECONDS = 8.0  # below the server's busy timeout (10 s): the waiting write still succeeds


@pytest.fixture
def api(server: EmbeddedServer) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=server.url, timeout=WAIT_SECONDS + 5) as client:
        yield client


def _device_pk(engine: Engine, token: str) -> int:
    with engine.connect() as connection:
        return int(
            connection.execute(
                text("SELECT id FROM devices WHERE token_hash = :h"),
                {"h": hash_device_token(token)},
            ).scalar_one()
        )


def _last_seen(engine: Engine, pk: int) -> object:
    with engine.connect() as connection:
        return connection.execute(
            text("SELECT last_seen_at FROM devices WHERE id = :pk"), {"pk": pk}
        ).scalar_one()


@contextmanager
def _write_lock_held_elsewhere(engine: Engine, pk: int) -> Iterator[Callable[[], bool]]:
    """Another connection, outside this server's pool, holds what the device's write needs.

    Yields a probe: whether a writer of the server now waits for it.
    """
    if engine.dialect.name == "sqlite":
        assert engine.url.database is not None
        elsewhere = sqlite3.connect(Path(engine.url.database), isolation_level=None)
        try:
            elsewhere.execute("BEGIN IMMEDIATE")  # as another worker process's write would
            yield lambda: gate_taken(engine)
            elsewhere.execute("ROLLBACK")
        finally:
            elsewhere.close()
        return
    with engine.connect() as holder, engine.connect() as watcher, holder.begin():
        holder.execute(text("UPDATE devices SET name = name WHERE id = :pk"), {"pk": pk})

        def lock_waits() -> bool:
            waits = watcher.execute(_LOCK_WAITS).scalar_one()
            watcher.rollback()  # pg_stat_activity is read once per transaction
            return bool(waits)

        yield lock_waits
        holder.rollback()


_LOCK_WAITS = text(
    "SELECT count(*) FROM pg_stat_activity "
    "WHERE wait_event_type = 'Lock' AND datname = current_database()"
)


def test_reads_are_answered_while_a_writer_holds_the_lock_and_a_due_touch_waits_aside(
    server: EmbeddedServer, api: httpx.Client
) -> None:
    office = Office.create(server, api, "Max Maler", "Eva Elektro")
    seen = office.approved_device("max")
    due = office.approved_device("eva")
    engine = server.runtime.engine
    pull_all(api, seen)  # signed in and pulled just now: "last seen" is fresh
    due_pk = _device_pk(engine, due)
    with engine.begin() as connection:
        connection.execute(
            text("UPDATE devices SET last_seen_at = NULL WHERE id = :pk"), {"pk": due_pk}
        )

    with (
        ThreadPoolExecutor(max_workers=1) as pool,
        _write_lock_held_elsewhere(engine, due_pk) as writer_waits,
    ):
        waiting = pool.submit(pull, api, due)
        assert _eventually(writer_waits), "the due device's write never reached the lock"

        answers = [
            pull(api, seen).status_code,
            api.get(paths.DEVICE_ME, headers={"Authorization": f"Bearer {seen}"}).status_code,
            api.get(paths.HEALTH).status_code,
        ]
        assert answers == [200, 200, 200]
        assert not waiting.done()
        assert _last_seen(engine, due_pk) is None

    assert waiting.result(timeout=WAIT_SECONDS).status_code == 200
    assert _last_seen(engine, due_pk) is not None


def _eventually(probe: Callable[[], bool]) -> bool:
    """``probe()`` turned true within :data:`WAIT_SECONDS` (polled; bounded in time)."""
    deadline = time.monotonic() + WAIT_SECONDS
    while time.monotonic() < deadline:
        if probe():
            return True
        time.sleep(0.01)
    return False
