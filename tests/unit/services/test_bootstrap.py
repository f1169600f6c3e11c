"""The real wiring: the httpx client, a keyring back-end and the settings file in a config dir."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest
from pydantic import SecretStr

from cloudsetup.models import Credentials
from cloudsetup.services.bootstrap import build_setup_service
from cloudsetup.services.errors import UserError
from cloudsetup.services.settings import CONFIG_DIR_ENV, LocalSettings, SettingsStore
from support.keyrings import MemoryKeyring


def closed_port() -> int:
    """A loopback port that nothing listens on (bound, then released)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return port


def test_service_reads_settings_from_the_given_config_dir(tmp_path: Path) -> None:
    SettingsStore.in_dir(tmp_path).save(LocalSettings(domain="malerbetrieb-muster"))
    service = build_setup_service(config_dir=tmp_path, keyring_backend=MemoryKeyring())
    assert service.local_settings().domain == "malerbetrieb-muster"


def test_config_dir_defaults_to_the_environment_override(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(CONFIG_DIR_ENV, str(tmp_path))
    SettingsStore.in_dir(tmp_path).save(LocalSettings(language="en"))
    assert build_setup_service(keyring_backend=MemoryKeyring()).local_settings().language == "en"


def test_real_client_against_a_closed_port_gives_the_unreachable_message(tmp_path: Path) -> None:
    vault = MemoryKeyring()
    service = build_setup_service(config_dir=tmp_path, keyring_backend=vault)
    credentials = Credentials(
        server_url=f"http://127.0.0.1:{closed_port()}",
        domain="malerbetrieb-muster",
        username="admin",
        password=SecretStr("Xq7-geheim"),
    )
    with pytest.raises(UserError) as caught:
        service.test_connection(credentials)
    service.close()
    assert caught.value.code == "connection_failed"
    assert "Xq7-geheim" not in caught.value.technical
    assert vault.entries == {}
    assert not (tmp_path / "settings.json").exists()
