"""The PostgreSQL fixtures give real, isolated databases, and the service runs on them."""

from __future__ import annotations

import socket
from pathlib import Path

import httpx
import pytest
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, inspect, make_url, text

from cloudsetup.models import TokenPair, paths
from cloudsetup.server.db import MIGRATIONS_DIR
from support.cloud import bearer, login, new_tenant, running_server
from support.postgres import (
    LOOPBACK,
    REQUIRE_VARIABLE,
    URL_VARIABLE,
    PostgresServer,
    PostgresUnavailableError,
    find_binaries,
    open_postgres_server,
    skip_or_fail,
)


def test_postgres_url_is_a_new_empty_database_on_loopback(postgres_url: str) -> None:
    url = make_url(postgres_url)
    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            assert connection.dialect.name == "postgresql"
            assert inspect(connection).get_table_names() == []
            assert connection.execute(text("SELECT current_database()")).scalar() == url.database
    finally:
        engine.dispose()

    assert url.drivername == "postgresql+psycopg"
    assert url.host == LOOPBACK
    assert (url.database or "").startswith("test_")


def test_each_database_is_dropped_after_its_block(postgres_server: PostgresServer) -> None:
    with postgres_server.database() as url:
        name = make_url(url).database
        # A connection left open must not keep the database alive.
        leftover = postgres_server.connect(name)

    try:
        with postgres_server.connect() as admin:
            found = admin.execute("SELECT 1 FROM pg_database WHERE datname = %s", (name,))
            assert found.fetchone() is None
    finally:
        leftover.close()


def test_local_cluster_listens_on_loopback_only_and_is_gone_after_its_block(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv(URL_VARIABLE, raising=False)  # a cluster of our own, even when set
    try:
        with open_postgres_server() as server, server.connect() as admin:
            settings = {
                name: admin.execute(f"SHOW {name}").fetchone()
                for name in ("listen_addresses", "fsync", "synchronous_commit", "data_directory")
            }
            port = server.admin_url.port
    except PostgresUnavailableError as exc:
        skip_or_fail(str(exc))

    assert settings["listen_addresses"] == (LOOPBACK,)
    assert settings["fsync"] == ("off",)
    assert settings["synchronous_commit"] == ("off",)
    assert port is not None
    with pytest.raises(ConnectionRefusedError):
        socket.create_connection((LOOPBACK, port), timeout=5).close()
    data_directory = settings["data_directory"]
    assert data_directory is not None
    assert not Path(str(data_directory[0])).exists()


def test_service_migrates_and_serves_login_and_refresh_on_postgres(
    postgres_url: str, tmp_path: Path
) -> None:
    head = ScriptDirectory(str(MIGRATIONS_DIR)).get_current_head()

    with (
        running_server(tmp_path, database_url=postgres_url) as server,
        httpx.Client(base_url=server.url, timeout=10) as client,
    ):
        with server.runtime.engine.connect() as connection:
            assert connection.dialect.name == "postgresql"
            assert MigrationContext.configure(connection).get_current_revision() == head
        pair = login(client, new_tenant(server))
        refreshed = client.post(paths.AUTH_REFRESH, json={"refresh_token": pair.refresh_token})
        assert refreshed.status_code == 200, refreshed.text
        second = TokenPair.model_validate_json(refreshed.content)
        tenant = client.get(paths.TENANT, headers=bearer(second))

    assert second.refresh_token != pair.refresh_token
    assert tenant.status_code == 200, tenant.text


def test_missing_postgres_skips_by_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(REQUIRE_VARIABLE, raising=False)

    with pytest.raises(pytest.skip.Exception, match="no PostgreSQL: nothing here"):
        skip_or_fail("nothing here")


def test_missing_postgres_fails_when_it_is_required(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(REQUIRE_VARIABLE, "1")

    with pytest.raises(pytest.fail.Exception, match="PostgreSQL is required"):
        skip_or_fail("nothing here")


def test_find_binaries_picks_the_newest_complete_version(tmp_path: Path) -> None:
    for version, tools in (
        ("13", ("initdb", "pg_ctl")),
        ("16", ("initdb", "pg_ctl")),
        ("17", ("initdb",)),
    ):
        folder = tmp_path / version / "bin"
        folder.mkdir(parents=True)
        for tool in tools:
            (folder / tool).write_text("")

    assert find_binaries(f"{tmp_path}/*/bin") == tmp_path / "16" / "bin"
    assert find_binaries(f"{tmp_path}/none/*/bin") is None
