"""Migration 0003 adds the fill tables to a database of issue 3 and keeps its tenants."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import inspect, text

from cloudsetup.server.db import MIGRATIONS_DIR, make_engine

FILL_TABLES = {"fill_jobs", "fill_batches", "records"}


def _migrate(url: str, revision: str, *, down: bool = False) -> None:
    engine = make_engine(url)
    try:
        config = Config()
        config.set_main_option("script_location", str(MIGRATIONS_DIR))
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            (command.downgrade if down else command.upgrade)(config, revision)
    finally:
        engine.dispose()


def test_upgrade_from_0002_keeps_tenants_not_filled_and_downgrade_removes_the_tables(
    tmp_path: Path,
) -> None:
    url = f"sqlite:///{tmp_path / 'cloud.sqlite3'}"
    _migrate(url, "0002")
    engine = make_engine(url)
    try:
        with engine.begin() as connection:
            connection.execute(
                text(
                    "INSERT INTO tenants (name, domain, created_at) "
                    "VALUES ('Alt GmbH', 'alt', '2025-01-01 10:00:00')"
                )
            )

        _migrate(url, "0003")
        with engine.connect() as connection:
            assert set(inspect(connection).get_table_names()) >= FILL_TABLES
            row = connection.execute(
                text("SELECT name, filled_at, live_generation FROM tenants")
            ).one()
            assert tuple(row) == ("Alt GmbH", None, None)

        _migrate(url, "0002", down=True)
        with engine.connect() as connection:
            assert not set(inspect(connection).get_table_names()) & FILL_TABLES
            columns = {c["name"] for c in inspect(connection).get_columns("tenants")}
            assert "live_generation" not in columns
            assert connection.execute(text("SELECT name FROM tenants")).scalar_one() == "Alt GmbH"
    finally:
        engine.dispose()
