"""Fixtures of the server tests: the shared test cloud, on SQLite and on PostgreSQL.

Every test that uses ``cloud_server`` (directly or through ``api`` and ``tenant``) runs twice:
once against a cloud on a SQLite file and once against a cloud on a PostgreSQL database (a
throw-away local cluster, see tests/support/postgres.py). The two must answer alike; where
PostgreSQL is missing its half skips, or fails with ``CLOUDSETUP_REQUIRE_POSTGRES=1``.
Tests that start servers of their own (other settings: short lifetimes, a real SMTP server …)
take ``database`` (function scope) or ``module_database`` (module scope): the settings that put
such a server on SQLite or on a fresh PostgreSQL database, so they run on both as well;
``server`` is a fresh default server on each database.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from cloudsetup.server.embedded import EmbeddedServer
from support.cloud import running_server
from support.postgres import PostgresServer

DATABASES = ("sqlite", "postgresql")


@pytest.fixture(scope="session", params=DATABASES)
def cloud_server(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[EmbeddedServer]:
    """The reference cloud on 127.0.0.1 on one of :data:`DATABASES`, for the whole session."""
    with contextlib.ExitStack() as stack:
        overrides = {}
        if request.param == "postgresql":
            postgres: PostgresServer = request.getfixturevalue("postgres_server")
            overrides["database_url"] = stack.enter_context(postgres.database())
        directory = tmp_path_factory.mktemp(f"cloud-{request.param}")
        yield stack.enter_context(running_server(directory, **overrides))


@pytest.fixture
def api(cloud_server: EmbeddedServer) -> Iterator[httpx.Client]:
    """A plain httpx client for ``cloud_server`` (not the desktop client: the wire is tested)."""
    with httpx.Client(base_url=cloud_server.url, timeout=10) as client:
        yield client


def _database(request: pytest.FixtureRequest) -> Iterator[dict[str, str]]:
    if request.param == "sqlite":
        yield {}  # running_server's default: a SQLite file in the server's folder
        return
    postgres: PostgresServer = request.getfixturevalue("postgres_server")
    with postgres.database() as url:
        yield {"database_url": url}


@pytest.fixture(params=DATABASES)
def database(request: pytest.FixtureRequest) -> Iterator[dict[str, str]]:
    """``running_server`` overrides for one test: SQLite, or a fresh PostgreSQL database."""
    yield from _database(request)


@pytest.fixture(scope="module", params=DATABASES)
def module_database(request: pytest.FixtureRequest) -> Iterator[dict[str, str]]:
    """The same for a module's own server (a module-scoped fixture)."""
    yield from _database(request)


@pytest.fixture
def server(database: dict[str, str], tmp_path: Path) -> Iterator[EmbeddedServer]:
    """A fresh server on SQLite, or on a fresh PostgreSQL database (skips when there is none)."""
    with running_server(tmp_path, **database) as running:
        yield running
