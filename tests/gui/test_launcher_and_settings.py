"""What opens on start, and the "Cloudabgleich" settings window, against the real cloud."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from cloudsetup.cloud import CloudClient
from cloudsetup.models import DomainData, ParsedDomainData, parse_domain_data
from cloudsetup.services.bootstrap import build_setup_service
from cloudsetup.services.input_checks import validate_credentials_input
from cloudsetup.services.secrets import SERVICE_NAME, KeyringSecretStore, SecretKey
from cloudsetup.services.settings import SettingsStore
from cloudsetup.services.setup import Connection, SetupService
from cloudsetup.wizard.launcher import Launcher
from cloudsetup.wizard.settings.connection_section import ConnectionSettings
from cloudsetup.wizard.settings.window import SettingsWindow
from cloudsetup.wizard.wizard import PageId, SetupWizard
from gui.launching import FinishedSetupService, launch
from support.keyrings import MemoryKeyring


def _sign_in(service: SetupService, tenant: DomainData) -> Connection:
    return service.test_connection(
        validate_credentials_input(
            tenant.server_url, tenant.domain, tenant.username, tenant.password
        )
    )


@pytest.fixture
def restarted(
    service: SetupService, tenant: DomainData, config_dir: Path, memory_keyring: MemoryKeyring
) -> Iterator[SetupService]:
    _sign_in(service, tenant)
    again = build_setup_service(config_dir=config_dir, keyring_backend=memory_keyring)
    yield again
    again.close()


def test_launcher_without_stored_session_opens_page_one_with_the_initial_data(
    qtbot: QtBot, service: SetupService, tenant: DomainData
) -> None:
    initial = parse_domain_data(tenant.as_block())
    launcher = Launcher(service, service.local_settings(), banner="Demo", initial=initial)
    window = launch(qtbot, launcher)
    assert isinstance(window, SetupWizard)
    assert window.currentId() == PageId.CREDENTIALS
    assert window.credentials.values().password == tenant.password
    assert window.side_panel.banner.isVisible()


def test_launcher_with_a_stored_session_of_an_unfinished_setup_opens_at_employees(
    qtbot: QtBot, restarted: SetupService
) -> None:
    launcher = Launcher(restarted, restarted.local_settings(), initial=ParsedDomainData())
    window = launch(qtbot, launcher)
    assert isinstance(window, SetupWizard)
    assert window.currentId() == PageId.EMPLOYEES


def test_launcher_with_a_finished_setup_opens_the_settings_window(
    qtbot: QtBot,
    service: SetupService,
    tenant: DomainData,
    config_dir: Path,
    memory_keyring: MemoryKeyring,
) -> None:
    _sign_in(service, tenant)
    finished = FinishedSetupService(
        client_factory=CloudClient,
        secrets=KeyringSecretStore(backend=memory_keyring),
        settings=SettingsStore.in_dir(config_dir),
    )
    launcher = Launcher(finished, finished.local_settings())
    window = launch(qtbot, launcher)
    assert isinstance(window, SettingsWindow)
    assert window.windowTitle() == "Cloudabgleich"
    assert window.current.section_id == "connection"
    section = window.section_of(ConnectionSettings)
    assert section.domain.text() == tenant.domain
    assert section.filled.text() == "erledigt"
    window.close()  # before the service: the section may still be loading
    finished.close()


def test_settings_window_shows_the_connection_and_tests_it_again(
    qtbot: QtBot, service: SetupService, tenant: DomainData
) -> None:
    connection = _sign_in(service, tenant)
    window = SettingsWindow(service, connection, server_url=tenant.server_url)
    qtbot.addWidget(window)
    window.show()
    section = window.section_of(ConnectionSettings)
    qtbot.waitUntil(lambda: not section.is_busy, timeout=20_000)
    assert section.domain.text() == tenant.domain
    assert section.user.text() == tenant.username
    assert section.email.text() == connection.user.email
    assert section.company.text() == connection.tenant.name
    assert section.credentials.text() == "geprüft"
    assert section.filled.text() == "noch nicht"

    section.test_button.click()
    assert section.busy.isVisible()
    qtbot.waitUntil(lambda: section.panel.isVisible(), timeout=20_000)
    assert section.panel.kind == "success"
    assert section.panel.message_label.text() == "Die Verbindung zur Cloud funktioniert."


def test_launcher_reports_an_unreachable_cloud_on_page_one(
    qtbot: QtBot,
    service: SetupService,
    tenant: DomainData,
    config_dir: Path,
    memory_keyring: MemoryKeyring,
) -> None:
    settings = service.local_settings().model_copy(
        update={"server_url": "http://127.0.0.1:9", "domain": tenant.domain, "username": "admin"}
    )
    SettingsStore.in_dir(config_dir).save(settings)
    key = SecretKey("http://127.0.0.1:9", tenant.domain, "admin").keyring_username
    memory_keyring.entries[(SERVICE_NAME, key)] = "a-stored-refresh-token"
    launcher = Launcher(service, service.local_settings())
    window = launch(qtbot, launcher)
    assert isinstance(window, SetupWizard)
    assert "nicht erreichbar" in window.credentials.panel.message_label.text()
