"""The database engine, sessions and schema upgrades (Alembic, applied on start)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, create_engine, event, make_url, text
from sqlalchemy.orm import Session, sessionmaker

from cloudsetup.server.write_gate import install_write_gate

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"

# Waiting for another writer (another request or worker) beats failing with "database is locked".
SQLITE_BUSY_TIMEOUT_MS = 10_000
SQLITE_POOL_SIZE = 40
# Any constant key works; it only has to be the same for every instance of the service.
_PG_MIGRATION_LOCK = 0x636C6F7564


def _on_sqlite_connect(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    try:
        # WAL lets readers go on while one request writes; foreign keys are off by default.
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA synchronous=NORMAL")
    finally:
        cursor.close()


def make_engine(database_url: str) -> Engine:
    """Create the engine; for a SQLite file also its folder and the connection pragmas."""
    url = make_url(database_url)
    if url.get_backend_name() != "sqlite":
        return create_engine(url, pool_pre_ping=True)
    pool: dict[str, Any] = {}
    if url.database and url.database != ":memory:":
        Path(url.database).expanduser().parent.mkdir(parents=True, exist_ok=True)
        # A connection to a file is only a handle: keep as many as requests run at once (the
        # thread pool has 40), instead of opening one per request beyond SQLAlchemy's five.
        pool = {"pool_size": SQLITE_POOL_SIZE, "max_overflow": SQLITE_POOL_SIZE}
    engine = create_engine(url, connect_args={"check_same_thread": False}, **pool)
    event.listen(engine, "connect", _on_sqlite_connect)
    if pool:
        install_write_gate(engine)
    return engine


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    # Rows stay readable after commit; a request never relies on lazy reloads.
    return sessionmaker(engine, expire_on_commit=False)


def upgrade_schema(engine: Engine) -> None:
    """Bring the schema to the newest migration; a no-op when it is already there."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    with engine.begin() as connection:
        if connection.dialect.name == "postgresql":
            # Several instances may start at once; one migrates, the others wait and find it done.
            connection.execute(
                text("SELECT pg_advisory_xact_lock(:key)"), {"key": _PG_MIGRATION_LOCK}
            )
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
