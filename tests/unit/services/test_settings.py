"""The local settings file: defaults, round trip, atomic writes, recovery from a damaged file."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from cloudsetup.services.errors import UserError
from cloudsetup.services.settings import (
    CONFIG_DIR_ENV,
    DEFAULT_PORTAL_URL,
    SETTINGS_FILE_NAME,
    LocalSettings,
    SettingsStore,
    default_config_dir,
)

FILLED = LocalSettings(
    server_url="https://cloud.example.de",
    domain="malerbetrieb-muster",
    username="admin",
    language="de",
    portal_url="https://portal.example.de/konto",
    ask_every_time=True,
)


@pytest.fixture
def store(tmp_path: Path) -> SettingsStore:
    return SettingsStore(tmp_path / "config" / SETTINGS_FILE_NAME)


def test_missing_file_gives_the_defaults(store: SettingsStore) -> None:
    settings = store.load()
    assert settings == LocalSettings()
    assert settings.server_url is None
    assert settings.portal_url == DEFAULT_PORTAL_URL
    assert settings.ask_every_time is False


def test_saved_settings_load_back_equal_and_the_directory_is_created(
    store: SettingsStore,
) -> None:
    store.save(FILLED)
    assert store.load() == FILLED


def test_save_replaces_the_file_and_leaves_no_temporary_files(store: SettingsStore) -> None:
    store.save(FILLED)
    store.save(FILLED.model_copy(update={"language": "en"}))
    assert store.load().language == "en"
    assert sorted(p.name for p in store.path.parent.iterdir()) == [SETTINGS_FILE_NAME]


def test_failed_write_keeps_the_old_file_whole(
    store: SettingsStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    store.save(FILLED)
    before = store.path.read_bytes()

    def refuse(src: object, dst: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(UserError) as caught:
        store.save(FILLED.model_copy(update={"domain": "anderer-betrieb"}))
    monkeypatch.undo()
    assert caught.value.code == "settings_not_saved"
    assert "No space left" in caught.value.technical
    assert store.path.read_bytes() == before
    assert sorted(p.name for p in store.path.parent.iterdir()) == [SETTINGS_FILE_NAME]


def test_unwritable_location_is_a_user_error_naming_the_path(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("a file where the config dir should be")
    store = SettingsStore(blocker / SETTINGS_FILE_NAME)
    with pytest.raises(UserError) as caught:
        store.save(FILLED)
    assert str(store.path) in caught.value.message.english()


@pytest.mark.parametrize(
    "content",
    [
        b"{not json",
        b"\xff\xfe garbage",
        b'["a", "list"]',
        b'{"language": "klingon"}',
        b'{"ask_every_time": "sometimes"}',
        b"",
    ],
    ids=["broken-json", "binary", "wrong-shape", "bad-language", "bad-bool", "empty"],
)
def test_damaged_file_gives_defaults_and_is_moved_aside(
    store: SettingsStore, content: bytes
) -> None:
    store.path.parent.mkdir(parents=True)
    store.path.write_bytes(content)
    assert store.load() == LocalSettings()
    corrupt = store.path.with_name(SETTINGS_FILE_NAME + ".corrupt")
    assert corrupt.read_bytes() == content
    assert not store.path.exists()


def test_settings_can_be_saved_again_after_a_damaged_file(store: SettingsStore) -> None:
    store.path.parent.mkdir(parents=True)
    store.path.write_text("{oops")
    store.load()
    store.save(FILLED)
    assert store.load() == FILLED


def test_unknown_keys_from_a_newer_version_are_ignored(store: SettingsStore) -> None:
    store.path.parent.mkdir(parents=True)
    store.path.write_text(json.dumps({"domain": "muster", "future_option": 3}))
    assert store.load().domain == "muster"


def test_a_secret_planted_in_the_file_is_not_loaded_or_written_back(store: SettingsStore) -> None:
    store.path.parent.mkdir(parents=True)
    store.path.write_text(json.dumps({"domain": "muster", "password": "Geheim-123"}))
    store.save(store.load())
    assert b"Geheim-123" not in store.path.read_bytes()


def test_settings_have_no_field_for_a_secret() -> None:
    names = set(LocalSettings.model_fields)
    assert names == {"server_url", "domain", "username", "language", "portal_url", "ask_every_time"}


def test_config_dir_comes_from_the_environment_when_set(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(CONFIG_DIR_ENV, str(tmp_path))
    assert default_config_dir() == tmp_path
    assert SettingsStore.in_dir().path == tmp_path / SETTINGS_FILE_NAME


def test_config_dir_defaults_to_the_platform_config_dir(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(CONFIG_DIR_ENV, raising=False)
    assert default_config_dir().name == "cloudsetup"
