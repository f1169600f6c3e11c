"""Alembic environment: migrations run on the connection handed over by ``db.upgrade_schema``."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection, create_engine

from cloudsetup.server.tables import Base

target_metadata = Base.metadata


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        # SQLite cannot ALTER most things; batch mode rebuilds the table instead.
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def _run_online() -> None:
    connection = context.config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    # Plain `alembic -x url=... revision --autogenerate` for developers.
    url = context.get_x_argument(as_dictionary=True).get("url", "sqlite:///migrations-dev.sqlite3")
    with create_engine(url).connect() as own_connection:
        _run(own_connection)
        own_connection.commit()


if context.is_offline_mode():
    raise RuntimeError("offline (SQL script) migrations are not supported")
_run_online()
