"""Fixtures of the integration tests: the real services and CloudClient on the real cloud.

Each test gets a fresh tenant in the session's reference cloud (``cloud_server``/``tenant`` from
tests/conftest.py) and a :class:`SetupService` connected to it over HTTP, with the sign-in kept
in memory only (never in the machine's keyring) and its settings in the test's tmp_path.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
from pydantic import SecretStr

from cloudsetup.cloud import CloudClient
from cloudsetup.models import Credentials, DomainData
from cloudsetup.server.embedded import EmbeddedServer
from cloudsetup.services import (
    AccessService,
    EmployeeService,
    RangeService,
    SessionSecretStore,
    SettingsStore,
    SetupService,
)


@pytest.fixture
def connected(
    cloud_server: EmbeddedServer, tenant: DomainData, tmp_path: Path
) -> Iterator[SetupService]:
    """A setup service that has passed "Test connection" against the real cloud."""
    service = SetupService(
        client_factory=CloudClient,
        secrets=SessionSecretStore(),
        settings=SettingsStore(tmp_path / "settings.json"),
    )
    service.test_connection(
        Credentials(
            server_url=cloud_server.url,
            domain=tenant.domain,
            username=tenant.username,
            password=SecretStr(tenant.password),
        )
    )
    yield service
    service.close()


@pytest.fixture
def employees(connected: SetupService) -> EmployeeService:
    return EmployeeService(connected)


@pytest.fixture
def access(connected: SetupService) -> AccessService:
    return AccessService(connected)


@pytest.fixture
def ranges(connected: SetupService) -> RangeService:
    return RangeService(connected)


@pytest.fixture
def outbox(cloud_server: EmbeddedServer) -> Path:
    """The folder the test cloud writes its mails to (its ``MAIL_URL`` is ``file://``)."""
    url = cloud_server.settings.mail_url
    assert url.startswith("file://"), url
    return Path(unquote(urlsplit(url).path))
