"""The setup service against a fake cloud and an in-memory keyring: connect, state, close."""

from __future__ import annotations

from pathlib import Path

import pytest

from cloudsetup.cloud.errors import ConnectionFailed, RateLimited, ServerError
from cloudsetup.models import SetupState
from cloudsetup.services.errors import UserError
from cloudsetup.services.secrets import SERVICE_NAME, KeyringSecretStore, SecretKey
from cloudsetup.services.settings import LocalSettings, SettingsStore
from cloudsetup.services.setup import SetupService
from support.keyrings import HangingKeyring, MemoryKeyring, fail_keyring

from .fake_cloud import (
    DOMAIN,
    ENTRY,
    PASSWORD,
    SERVER_URL,
    USERNAME,
    FakeCloud,
    credentials,
)

# -- test_connection -------------------------------------------------------------------------


def test_connection_returns_tenant_and_user_and_keeps_the_sign_in(
    service: SetupService, cloud: FakeCloud
) -> None:
    connection = service.test_connection(credentials())
    assert connection.tenant.domain == DOMAIN
    assert connection.user.username == USERNAME
    assert connection.secret_stored is True
    assert connection.secret_problem is None
    assert cloud.clients[0].base_url == SERVER_URL


def test_connection_stores_the_refresh_token_not_the_password_under_the_account_key(
    service: SetupService, vault: MemoryKeyring, cloud: FakeCloud
) -> None:
    service.test_connection(credentials())
    assert vault.entries == {ENTRY: cloud.clients[0].refresh_token}
    assert PASSWORD not in vault.entries.values()


def test_connection_remembers_server_domain_and_user_in_the_settings(
    service: SetupService, settings: SettingsStore
) -> None:
    service.test_connection(credentials())
    saved = settings.load()
    assert (saved.server_url, saved.domain, saved.username) == (SERVER_URL, DOMAIN, USERNAME)


def test_connection_keeps_other_settings_such_as_the_language(
    service: SetupService, settings: SettingsStore
) -> None:
    settings.save(LocalSettings(language="en", portal_url="https://portal.example.de"))
    service.test_connection(credentials())
    assert settings.load().language == "en"
    assert settings.load().portal_url == "https://portal.example.de"


def test_settings_file_never_contains_the_password_or_the_refresh_token(
    service: SetupService, settings: SettingsStore, vault: MemoryKeyring
) -> None:
    service.test_connection(credentials())
    service.client.refresh()
    written = settings.path.read_bytes()
    assert PASSWORD.encode() not in written
    assert vault.entries[ENTRY].encode() not in written
    assert b"refresh-" not in written


def test_rotated_refresh_token_replaces_the_stored_one(
    service: SetupService, vault: MemoryKeyring, cloud: FakeCloud
) -> None:
    service.test_connection(credentials())
    first = vault.entries[ENTRY]
    service.client.refresh()
    assert vault.entries[ENTRY] != first
    assert vault.entries[ENTRY] in cloud.valid_refresh_tokens
    assert first not in cloud.valid_refresh_tokens


def test_wrong_password_is_a_user_error_at_the_password_field(
    service: SetupService, vault: MemoryKeyring, settings: SettingsStore, cloud: FakeCloud
) -> None:
    with pytest.raises(UserError) as caught:
        service.test_connection(credentials(password="falsch"))
    assert caught.value.code == "invalid_credentials"
    assert caught.value.field == "password"
    assert "falsch" not in caught.value.technical
    assert vault.entries == {}
    assert not settings.path.exists()
    assert cloud.clients[0].closed


def test_rate_limited_login_says_how_long_to_wait(service: SetupService, cloud: FakeCloud) -> None:
    cloud.fail_next(
        "login",
        RateLimited(
            "HTTP 429",
            status_code=429,
            code="too_many_attempts",
            detail="too many attempts",
            body=None,
            retry_after=90.0,
        ),
    )
    with pytest.raises(UserError) as caught:
        service.test_connection(credentials())
    assert caught.value.code == "rate_limited"
    assert caught.value.retry_after == 90.0
    assert caught.value.hint is not None
    assert "2 minutes" in caught.value.hint.english()


def test_unreachable_server_is_a_user_error_and_nothing_is_saved(
    service: SetupService, cloud: FakeCloud, settings: SettingsStore
) -> None:
    cloud.fail_next("login", ConnectionFailed("POST https://cloud.example.de: ConnectError"))
    with pytest.raises(UserError) as caught:
        service.test_connection(credentials())
    assert caught.value.code == "connection_failed"
    assert not settings.path.exists()


def test_failure_after_login_closes_the_client_and_keeps_nothing(
    service: SetupService, cloud: FakeCloud, vault: MemoryKeyring, settings: SettingsStore
) -> None:
    cloud.fail_next(
        "get_tenant",
        ServerError("HTTP 503", status_code=503, code="http_503", detail="down", body=None),
    )
    with pytest.raises(UserError) as caught:
        service.test_connection(credentials())
    assert caught.value.code == "server_error"
    assert cloud.clients[0].closed
    assert vault.entries == {}
    assert not settings.path.exists()


def test_unusable_keyring_does_not_fail_the_connection_but_reports_the_problem(
    cloud: FakeCloud, settings: SettingsStore
) -> None:
    service = SetupService(
        client_factory=cloud.factory,
        secrets=KeyringSecretStore(backend=fail_keyring()),
        settings=settings,
    )
    connection = service.test_connection(credentials())
    assert connection.tenant.domain == DOMAIN
    assert connection.secret_stored is False
    assert connection.secret_problem is not None
    assert connection.secret_problem.code == "keyring_unavailable"
    assert settings.load().domain == DOMAIN
    assert service.setup_state().credentials_ok


def test_hanging_keyring_is_given_up_on_and_the_connection_still_works(
    cloud: FakeCloud, settings: SettingsStore
) -> None:
    hanging = HangingKeyring()
    try:
        service = SetupService(
            client_factory=cloud.factory,
            secrets=KeyringSecretStore(timeout=0.2, backend=hanging),
            settings=settings,
        )
        connection = service.test_connection(credentials())
    finally:
        hanging.release.set()
    assert connection.secret_problem is not None
    assert "did not answer" in connection.secret_problem.message.english()


def test_unsaveable_settings_fail_the_test_and_close_the_client(
    cloud: FakeCloud, vault: MemoryKeyring, tmp_path: Path
) -> None:
    (tmp_path / "blocked").write_text("a file where the config dir should be")
    service = SetupService(
        client_factory=cloud.factory,
        secrets=KeyringSecretStore(backend=vault),
        settings=SettingsStore(tmp_path / "blocked" / "settings.json"),
    )
    with pytest.raises(UserError) as caught:
        service.test_connection(credentials())
    assert caught.value.code == "settings_not_saved"
    assert cloud.clients[0].closed
    assert vault.entries == {}


def test_switching_to_another_user_removes_the_old_users_stored_sign_in(
    service: SetupService, cloud: FakeCloud, vault: MemoryKeyring
) -> None:
    cloud.passwords[(DOMAIN, "buero")] = "Buero-Passwort-1"
    service.test_connection(credentials())
    service.test_connection(credentials(password="Buero-Passwort-1", username="buero"))
    assert list(vault.entries) == [
        (SERVICE_NAME, SecretKey(SERVER_URL, DOMAIN, "buero").keyring_username)
    ]
    assert cloud.clients[0].closed


def test_testing_again_replaces_the_previous_client(
    service: SetupService, cloud: FakeCloud, vault: MemoryKeyring
) -> None:
    service.test_connection(credentials())
    service.test_connection(credentials())
    assert cloud.clients[0].closed
    assert not cloud.clients[1].closed
    assert vault.entries[ENTRY] == cloud.clients[1].refresh_token


# -- state and lifetime ----------------------------------------------------------------------


def test_setup_state_comes_fresh_from_the_cloud(service: SetupService, cloud: FakeCloud) -> None:
    service.test_connection(credentials())
    cloud.setup = SetupState(
        credentials_ok=True, employees=3, employees_activated=1, employees_confirmed=0, filled=False
    )
    assert service.setup_state().employees == 3


def test_setup_state_without_a_connection_is_a_user_error(service: SetupService) -> None:
    with pytest.raises(UserError) as caught:
        service.setup_state()
    assert caught.value.code == "not_connected"


def test_reload_reads_user_and_tenant_again_on_the_same_session(
    service: SetupService, cloud: FakeCloud, vault: MemoryKeyring
) -> None:
    service.test_connection(credentials())
    stored = dict(vault.entries)
    cloud.setup = cloud.setup.model_copy(update={"employees": 2, "filled": True})
    connection = service.reload()
    assert connection.tenant.setup.employees == 2
    assert connection.user.username == USERNAME
    assert connection.secret_stored
    assert service.connection == connection
    assert len(cloud.clients) == 1  # no new sign-in, no new client
    assert vault.entries == stored  # and no token rotated


def test_reload_without_a_connection_or_with_the_cloud_gone_is_a_user_error(
    service: SetupService, cloud: FakeCloud
) -> None:
    with pytest.raises(UserError) as caught:
        service.reload()
    assert caught.value.code == "not_connected"
    service.test_connection(credentials())
    cloud.fail_next("get_tenant", ConnectionFailed("refused"))
    with pytest.raises(UserError) as caught:
        service.reload()
    assert caught.value.code == "connection_failed"


def test_close_closes_the_client_but_keeps_the_stored_sign_in(
    service: SetupService, cloud: FakeCloud, vault: MemoryKeyring
) -> None:
    service.test_connection(credentials())
    service.close()
    assert cloud.clients[0].closed
    assert ENTRY in vault.entries
    with pytest.raises(UserError):
        _ = service.client
