"""The device stand-in's state folder: device.json, its copy of the records, the token file."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from cloudsetup.device_store import (
    DeviceConfig,
    DeviceFolder,
    FileTokenStore,
    LocalRecords,
    StateFolderError,
)
from cloudsetup.models import DevicePage, Platform, RecordChange
from cloudsetup.models.fill import Collection

CONFIG = DeviceConfig(
    server_url="https://cloud.example.de",
    domain="muster",
    email="max@example.de",
    device_id="5d1c4e5e-8a0e-4a57-9d7e-3c2f5c0f1a11",
    name="Max' Laptop",
    platform=Platform.LINUX,
)


def page(*changes: RecordChange, reset: bool = False) -> DevicePage:
    return DevicePage(changes=list(changes), cursor="c", more=False, reset=reset)


def customer(record_id: str, name: str | None) -> RecordChange:
    data = None if name is None else {"name": name}
    return RecordChange(collection=Collection.CUSTOMERS, id=record_id, data=data)


def test_device_json_is_written_and_read_back(tmp_path: Path) -> None:
    folder = DeviceFolder(tmp_path / "phone")
    assert folder.load() is None
    folder.save(CONFIG.model_copy(update={"cursor": "g1.x"}))
    loaded = folder.load()
    assert loaded is not None
    assert (loaded.device_id, loaded.cursor) == (CONFIG.device_id, "g1.x")


def test_a_damaged_device_json_is_an_error_that_names_the_file(tmp_path: Path) -> None:
    folder = DeviceFolder(tmp_path)
    folder.config_path.write_text("{", encoding="utf-8")
    with pytest.raises(StateFolderError, match=r"device\.json"):
        folder.load()


def test_pages_are_applied_incrementally_and_a_reset_page_starts_over(tmp_path: Path) -> None:
    with LocalRecords(tmp_path / "records.sqlite3") as records:
        records.apply(page(customer("a", "Krüger"), customer("b", "Jansen")))
        records.apply(page(customer("a", "Krüger & Söhne"), customer("b", None)))
        assert records.get(Collection.CUSTOMERS, "a") == {"name": "Krüger & Söhne"}
        assert records.get(Collection.CUSTOMERS, "b") is None
        assert records.counts()[Collection.CUSTOMERS] == 1
        records.apply(page(customer("c", "Neu"), reset=True))
        assert records.counts()[Collection.CUSTOMERS] == 1
        assert records.get(Collection.CUSTOMERS, "a") is None


def test_the_token_file_is_readable_by_its_owner_only(tmp_path: Path) -> None:
    store = FileTokenStore(tmp_path / "secrets" / "token")
    assert store.get() is None
    store.set("dvt-secret")
    assert store.get() == "dvt-secret"
    assert stat.S_IMODE(store.path.stat().st_mode) == 0o600
    store.delete()
    assert store.get() is None
