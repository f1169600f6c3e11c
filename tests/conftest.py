"""Fixtures for every test folder: a running reference cloud and fresh tenants in it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from cloudsetup.models import DomainData
from cloudsetup.server.embedded import EmbeddedServer
from support.cloud import new_tenant, running_server


@pytest.fixture(scope="session")
def cloud_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[EmbeddedServer]:
    """The reference cloud on 127.0.0.1 with its own SQLite file and file:// outbox."""
    with running_server(tmp_path_factory.mktemp("cloud")) as server:
        yield server


@pytest.fixture
def tenant(cloud_server: EmbeddedServer) -> DomainData:
    """A new tenant (unique name and domain) in ``cloud_server``, with its initial password."""
    return new_tenant(cloud_server)
