"""The setup service at the next start: resume a stored sign-in, or "ask me every time"."""

from __future__ import annotations

import pytest

from cloudsetup.cloud.errors import ConnectionFailed
from cloudsetup.services.errors import UserError
from cloudsetup.services.secrets import KeyringSecretStore
from cloudsetup.services.settings import LocalSettings, SettingsStore
from cloudsetup.services.setup import SetupService
from support.keyrings import MemoryKeyring, fail_keyring

from .fake_cloud import (
    DOMAIN,
    ENTRY,
    SERVER_URL,
    USERNAME,
    FakeCloud,
    credentials,
    restart,
)

# -- resume ----------------------------------------------------------------------------------


def test_resume_without_saved_settings_asks_for_credentials(service: SetupService) -> None:
    assert service.resume() is None


def test_resume_without_a_stored_token_asks_for_credentials(
    service: SetupService, settings: SettingsStore, cloud: FakeCloud
) -> None:
    settings.save(LocalSettings(server_url=SERVER_URL, domain=DOMAIN, username=USERNAME))
    assert service.resume() is None
    assert cloud.clients == []


def test_resume_with_a_stored_token_connects_and_stores_the_rotated_token(
    service: SetupService, cloud: FakeCloud, vault: MemoryKeyring, settings: SettingsStore
) -> None:
    service.test_connection(credentials())
    service.close()
    stored = vault.entries[ENTRY]

    resumed = restart(cloud, vault, settings).resume()

    assert resumed is not None
    assert resumed.tenant.domain == DOMAIN
    assert resumed.user.username == USERNAME
    assert resumed.secret_stored is True
    assert vault.entries[ENTRY] != stored
    assert vault.entries[ENTRY] in cloud.valid_refresh_tokens


def test_resume_with_a_refused_token_deletes_it_and_asks_again(
    service: SetupService, cloud: FakeCloud, vault: MemoryKeyring, settings: SettingsStore
) -> None:
    service.test_connection(credentials())
    service.close()
    cloud.valid_refresh_tokens.clear()  # expired or revoked on the server

    assert restart(cloud, vault, settings).resume() is None
    assert vault.entries == {}
    assert cloud.clients[-1].closed


def test_resume_while_the_server_is_down_is_a_user_error_and_keeps_the_token(
    service: SetupService, cloud: FakeCloud, vault: MemoryKeyring, settings: SettingsStore
) -> None:
    service.test_connection(credentials())
    service.close()
    stored = vault.entries[ENTRY]
    cloud.fail_next("refresh", ConnectionFailed("POST /auth/refresh: ConnectError"))

    with pytest.raises(UserError) as caught:
        restart(cloud, vault, settings).resume()
    assert caught.value.code == "connection_failed"
    assert vault.entries[ENTRY] == stored


def test_resume_with_an_unusable_keyring_is_a_keyring_user_error(
    cloud: FakeCloud, settings: SettingsStore
) -> None:
    settings.save(LocalSettings(server_url=SERVER_URL, domain=DOMAIN, username=USERNAME))
    service = SetupService(
        client_factory=cloud.factory,
        secrets=KeyringSecretStore(backend=fail_keyring()),
        settings=settings,
    )
    with pytest.raises(UserError) as caught:
        service.resume()
    assert caught.value.code == "keyring_unavailable"


# -- ask me every time -----------------------------------------------------------------------


def test_remember_session_only_saves_the_choice_and_removes_the_keyring_entry(
    service: SetupService, vault: MemoryKeyring, settings: SettingsStore
) -> None:
    service.test_connection(credentials())
    service.remember_session_only()
    assert settings.load().ask_every_time is True
    assert vault.entries == {}


def test_session_only_keeps_rotations_in_memory_and_nothing_in_the_keyring(
    service: SetupService, vault: MemoryKeyring
) -> None:
    service.test_connection(credentials())
    service.remember_session_only()
    service.client.refresh()
    assert vault.entries == {}


def test_after_a_keyring_failure_session_only_lets_the_user_continue(
    cloud: FakeCloud, settings: SettingsStore
) -> None:
    service = SetupService(
        client_factory=cloud.factory,
        secrets=KeyringSecretStore(backend=fail_keyring()),
        settings=settings,
    )
    connection = service.test_connection(credentials())
    assert connection.secret_problem is not None
    service.remember_session_only()
    assert service.setup_state().credentials_ok
    assert settings.load().ask_every_time is True


def test_in_session_only_mode_a_new_connection_writes_nothing_to_the_keyring(
    cloud: FakeCloud, vault: MemoryKeyring, settings: SettingsStore
) -> None:
    settings.save(LocalSettings(ask_every_time=True))
    service = restart(cloud, vault, settings)
    connection = service.test_connection(credentials())
    assert connection.secret_stored is False
    assert connection.secret_problem is None
    assert vault.entries == {}


def test_in_session_only_mode_the_next_start_asks_for_the_password_again(
    cloud: FakeCloud, vault: MemoryKeyring, settings: SettingsStore
) -> None:
    settings.save(LocalSettings(ask_every_time=True))
    restart(cloud, vault, settings).test_connection(credentials())
    assert restart(cloud, vault, settings).resume() is None
