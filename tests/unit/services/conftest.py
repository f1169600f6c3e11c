"""Fixtures of the setup service tests: a fake cloud, an in-memory keyring, a settings file."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from cloudsetup.services.secrets import KeyringSecretStore
from cloudsetup.services.settings import SettingsStore
from cloudsetup.services.setup import SetupService

from .fake_cloud import FakeCloud
from .keyrings import MemoryKeyring


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
