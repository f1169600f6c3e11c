"""Fixtures of the server tests: an HTTP client for the shared test cloud."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from cloudsetup.server.embedded import EmbeddedServer


@pytest.fixture
def api(cloud_server: EmbeddedServer) -> Iterator[httpx.Client]:
    """A plain httpx client for ``cloud_server`` (not the desktop client: the wire is tested)."""
    with httpx.Client(base_url=cloud_server.url, timeout=10) as client:
        yield client
