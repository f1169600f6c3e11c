"""Fixtures of the service tests: a fake cloud, an in-memory keyring, a settings file, and
the services of pages 2 and 3 on a connected setup service."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from cloudsetup.services.access import AccessService
from cloudsetup.services.employees import EmployeeService
from cloudsetup.services.ranges import RangeService
from cloudsetup.services.secrets import KeyringSecretStore
from cloudsetup.services.settings import SettingsStore
from cloudsetup.services.setup import SetupService
from support.keyrings import MemoryKeyring

from .fake_cloud import FakeCloud, credentials


@pytest.fixture
def cloud() -> FakeCloud:
    return FakeCloud()


@pytest.fixture
def vault() -> MemoryKeyring:
    return MemoryKeyring()


@pytest.fixture
def settings(tmp_path: Path) -> SettingsStore:
    return SettingsStore(tmp_path / "settings.json")


@pytest.fixture
def service(
    cloud: FakeCloud, vault: MemoryKeyring, settings: SettingsStore
) -> Iterator[SetupService]:
    service = SetupService(
        client_factory=cloud.factory,
        secrets=KeyringSecretStore(backend=vault),
        settings=settings,
    )
    yield service
    service.close()


@pytest.fixture
def connected(service: SetupService) -> SetupService:
    """The setup service after a successful "Test connection" with the fake cloud."""
    service.test_connection(credentials())
    return service


@pytest.fixture
def employees(connected: SetupService) -> EmployeeService:
    return EmployeeService(connected)


@pytest.fixture
def access(connected: SetupService) -> AccessService:
    return AccessService(connected)


@pytest.fixture
def ranges(connected: SetupService) -> RangeService:
    return RangeService(connected)
