"""SQLite writers of one process queue in memory, and the queue moves on however a writer ends."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import AbstractContextManager, nullcontext
from pathlib import Path

import pytest
from sqlalchemy import Engine, text
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from cloudsetup.server.db import make_engine, make_session_factory
from cloudsetup.server.write_gate import begin_immediate

WAIT_SECONDS = 5.0  # a writer left holding the gate would make the next one wait this long


@pytest.fixture
def engine(tmp_path: Path) -> Iterator[Engine]:
    engine = make_engine(f"sqlite:///{tmp_path / 'gate.sqlite3'}")
    with engine.begin() as connection:
        connection.execute(text("CREATE TABLE counter (n INTEGER NOT NULL)"))
        connection.execute(text("INSERT INTO counter VALUES (0)"))
    yield engine
    engine.dispose()


def _write(session: Session) -> None:
    begin_immediate(session.connection(), wait_seconds=WAIT_SECONDS)
    session.execute(text("UPDATE counter SET n = n + 1"))


def _ended_by_commit(session: Session) -> None:
    _write(session)
    session.commit()


def _ended_by_rollback(session: Session) -> None:
    _write(session)
    session.rollback()


def _ended_by_close(session: Session) -> None:
    _write(session)  # the block's close() rolls back


def _ended_by_an_error(session: Session) -> None:
    _write(session)
    session.execute(text("SELECT * FROM no_such_table"))


@pytest.mark.parametrize(
    "end", [_ended_by_commit, _ended_by_rollback, _ended_by_close, _ended_by_an_error]
)
def test_the_next_writer_gets_its_turn_at_once_however_the_last_one_ended(
    engine: Engine, end: Callable[[Session], None]
) -> None:
    sessions = make_session_factory(engine)
    expected: AbstractContextManager[object] = (
        pytest.raises(OperationalError) if end is _ended_by_an_error else nullcontext()
    )
    with sessions() as session, expected:
        end(session)

    started = time.monotonic()
    with sessions() as session:
        _write(session)
        session.commit()

    assert time.monotonic() - started < WAIT_SECONDS / 5


def test_concurrent_writers_all_commit_one_after_the_other(engine: Engine) -> None:
    sessions: sessionmaker[Session] = make_session_factory(engine)
    barrier = threading.Barrier(8, timeout=30)

    def writer(_index: int) -> None:
        barrier.wait()
        for _ in range(25):
            with sessions() as session:
                _ended_by_commit(session)

    with ThreadPoolExecutor(8) as pool:
        list(pool.map(writer, range(8)))

    with engine.connect() as connection:
        assert connection.execute(text("SELECT n FROM counter")).scalar_one() == 200
