"""Migrations create the schema on an empty database, match the tables, and are idempotent."""

from __future__ import annotations

from pathlib import Path

import httpx
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect, text

from cloudsetup.models import paths
from cloudsetup.server.db import MIGRATIONS_DIR, make_engine, upgrade_schema
from cloudsetup.server.embedded import EmbeddedServer
from cloudsetup.server.tables import Base
from support.cloud import bearer, login, new_tenant, server_settings

TABLES = {
    "tenants",
    "admin_users",
    "refresh_tokens",
    "login_failures",
    "server_keys",
    "employees",
    "consent_tokens",
    "number_ranges",
}


def _head() -> str | None:
    return ScriptDirectory(str(MIGRATIONS_DIR)).get_current_head()


def test_migrations_create_the_schema_on_an_empty_sqlite_file(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'leer' / 'cloud.sqlite3'}")
    try:
        upgrade_schema(engine)

        with engine.connect() as connection:
            assert set(inspect(connection).get_table_names()) >= TABLES
            assert MigrationContext.configure(connection).get_current_revision() == _head()
    finally:
        engine.dispose()


def test_migrated_schema_matches_the_table_definitions(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'cloud.sqlite3'}")
    try:
        upgrade_schema(engine)

        with engine.connect() as connection:
            context = MigrationContext.configure(connection, opts={"compare_type": True})
            assert compare_metadata(context, Base.metadata) == []
    finally:
        engine.dispose()


def test_migrated_postgresql_schema_matches_the_table_definitions(postgres_url: str) -> None:
    engine = make_engine(postgres_url)
    try:
        upgrade_schema(engine)
        upgrade_schema(engine)  # a second start finds it done

        with engine.connect() as connection:
            context = MigrationContext.configure(connection, opts={"compare_type": True})
            assert compare_metadata(context, Base.metadata) == []
            assert set(inspect(connection).get_table_names()) >= TABLES
    finally:
        engine.dispose()


def test_sqlite_connections_use_wal_foreign_keys_and_busy_timeout(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'cloud.sqlite3'}")
    try:
        with engine.connect() as connection:
            assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
            assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
            assert connection.execute(text("PRAGMA busy_timeout")).scalar_one() >= 1000
    finally:
        engine.dispose()


def test_restart_on_the_same_database_keeps_data_and_sessions(tmp_path: Path) -> None:
    settings = server_settings(tmp_path)  # no SECRET_KEY: the generated one must persist
    with EmbeddedServer(settings) as first, httpx.Client(base_url=first.url) as client:
        tenant = new_tenant(first)
        pair = login(client, tenant)

    with EmbeddedServer(settings) as second, httpx.Client(base_url=second.url) as client:
        assert client.get(paths.TENANT, headers=bearer(pair)).status_code == 200
        refreshed = client.post(paths.AUTH_REFRESH, json={"refresh_token": pair.refresh_token})
        assert refreshed.status_code == 200


def test_generated_key_differs_between_databases(tmp_path: Path) -> None:
    with (
        EmbeddedServer(server_settings(tmp_path / "a")) as server_a,
        httpx.Client(base_url=server_a.url) as client,
    ):
        pair = login(client, new_tenant(server_a))
    with (
        EmbeddedServer(server_settings(tmp_path / "b")) as server_b,
        httpx.Client(base_url=server_b.url) as client,
    ):
        assert client.get(paths.ME, headers=bearer(pair)).status_code == 401
