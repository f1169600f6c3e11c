"""Migration 0004 adds devices and the sync to a filled database of issue 4 and keeps its data."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, inspect, text

from cloudsetup.server.db import MIGRATIONS_DIR, make_engine

NEW_TABLES = {"devices", "device_invoices", "record_tombstones"}


def _migrate(engine: Engine, revision: str, *, down: bool = False) -> None:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        (command.downgrade if down else command.upgrade)(config, revision)


def _filled_0003(engine: Engine) -> None:
    _migrate(engine, "0003")
    with engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO tenants (id, name, domain, created_at, filled_at, live_generation) "
                "VALUES (1, 'Alt GmbH', 'alt', '2025-01-01 10:00:00', '2025-01-02 10:00:00', 1)"
            )
        )
        connection.execute(
            text(
                "INSERT INTO fill_jobs (id, public_id, tenant_id, state, total_batches, expected, "
                "created_at) VALUES (1, 'job1', 1, 'committed', 1, '[]', '2025-01-02 09:00:00')"
            )
        )
        connection.execute(
            text(
                "INSERT INTO records (generation_id, collection, record_id, tenant_id, digest, "
                "data) VALUES (1, 'customers', 'cus-1', 1, 42, '{\"name\":\"Schmitz\"}')"
            )
        )


def test_upgrade_from_0003_keeps_the_live_data_at_version_zero_and_downgrade_undoes_it(
    tmp_path: Path,
) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'cloud.sqlite3'}")
    try:
        _filled_0003(engine)

        _migrate(engine, "0004")
        with engine.connect() as connection:
            assert set(inspect(connection).get_table_names()) >= NEW_TABLES
            record = connection.execute(text("SELECT record_id, data, version FROM records")).one()
            tenant = connection.execute(
                text(
                    "SELECT live_generation, change_version, office_pushed_version, inbox_head, "
                    "office_pulled_seq, office_synced_at FROM tenants"
                )
            ).one()
            source = connection.execute(text("SELECT source_version FROM fill_jobs")).scalar()
            indexes = {index["name"] for index in inspect(connection).get_indexes("records")}
        assert tuple(record) == ("cus-1", '{"name":"Schmitz"}', 0)
        assert tuple(tenant) == (1, 0, 0, 0, 0, None)
        assert source is None
        assert "ix_records_changes" in indexes

        _migrate(engine, "0003", down=True)
        with engine.connect() as connection:
            assert not set(inspect(connection).get_table_names()) & NEW_TABLES
            columns = {c["name"] for c in inspect(connection).get_columns("records")}
            assert "version" not in columns
            assert connection.execute(text("SELECT record_id FROM records")).scalar() == "cus-1"
            assert connection.execute(text("SELECT name FROM tenants")).scalar() == "Alt GmbH"
    finally:
        engine.dispose()
