"""Fixtures of the server tests: an HTTP client for the shared test cloud, and a fresh server
on each database."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from cloudsetup.server.embedded import EmbeddedServer
from support.cloud import running_server


@pytest.fixture
def api(cloud_server: EmbeddedServer) -> Iterator[httpx.Client]:
    """A plain httpx client for ``cloud_server`` (not the desktop client: the wire is tested)."""
    with httpx.Client(base_url=cloud_server.url, timeout=10) as client:
        yield client


@pytest.fixture(params=["sqlite", "postgresql"])
def server(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[EmbeddedServer]:
    """A fresh server on SQLite, or on a fresh PostgreSQL database (skips when there is none)."""
    overrides = {}
    if request.param == "postgresql":
        overrides["database_url"] = request.getfixturevalue("postgres_url")
    with running_server(tmp_path, **overrides) as running:
        yield running
