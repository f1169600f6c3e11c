"""What ``cloudsetup device`` keeps in its state folder, and where the device token goes.

* ``device.json`` — the server, domain and e-mail the device signs in with, its id (made once,
  a UUID), name and platform, the pull cursor, and invoices sent but not yet confirmed by the
  cloud (so a repeat sends the same invoice again instead of a second one). Never a secret;
  written atomically.
* ``records.sqlite3`` — the device's copy of the records it pulled, one row per record; each
  page is applied in one transaction (a reset page empties it first).
* The device token: in the OS keyring (service ``cloudsetup``, its own entry per device), or,
  only when asked for with ``--token-file``, in a file only the user can read (0600).
"""

from __future__ import annotations

import json
import os
import sqlite3
import tempfile
from pathlib import Path
from typing import Any, Final, Protocol

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from cloudsetup.models import DevicePage, Platform
from cloudsetup.models.fill import Collection
from cloudsetup.services.atomic_file import write_atomically
from cloudsetup.services.secrets import KeyringSecretStore, SecretKey

DEVICE_FILE: Final = "device.json"
RECORDS_FILE: Final = "records.sqlite3"


class DeviceConfig(BaseModel):
    """``device.json``: who this device is and how far it has pulled."""

    model_config = ConfigDict(extra="ignore")

    server_url: str
    domain: str
    email: str
    device_id: str
    name: str
    platform: Platform
    cursor: str | None = None
    #: Invoices pushed but not confirmed, by number: their body as sent (JSON).
    unsent: dict[str, dict[str, Any]] = Field(default_factory=dict)


class StateFolderError(Exception):
    """``device.json`` cannot be read or written; the message names the file."""


class DeviceFolder:
    """The state folder of one device stand-in."""

    def __init__(self, state_dir: Path) -> None:
        self.path = state_dir
        self.config_path = state_dir / DEVICE_FILE

    def load(self) -> DeviceConfig | None:
        try:
            raw = self.config_path.read_bytes()
        except FileNotFoundError:
            return None
        except OSError as exc:
            raise StateFolderError(f"{self.config_path}: {exc}") from exc
        try:
            return DeviceConfig.model_validate_json(raw)
        except ValidationError as exc:
            raise StateFolderError(f"{self.config_path} is damaged: {exc}") from None

    def save(self, config: DeviceConfig) -> None:
        try:
            write_atomically(self.config_path, config.model_dump_json(indent=2).encode("utf-8"))
        except OSError as exc:
            raise StateFolderError(f"{self.config_path}: {exc}") from exc

    def records(self) -> LocalRecords:
        self.path.mkdir(parents=True, exist_ok=True)
        return LocalRecords(self.path / RECORDS_FILE)


class LocalRecords:
    """The device's copy of the records (SQLite); a context manager."""

    def __init__(self, path: Path) -> None:
        self._db = sqlite3.connect(path, isolation_level=None)
        self._db.execute(
            "CREATE TABLE IF NOT EXISTS records (collection TEXT NOT NULL, id TEXT NOT NULL, "
            "data TEXT NOT NULL, PRIMARY KEY (collection, id))"
        )

    def apply(self, page: DevicePage) -> None:
        """Apply one page in one transaction (a page again changes nothing)."""
        self._db.execute("BEGIN IMMEDIATE")
        try:
            if page.reset:
                self._db.execute("DELETE FROM records")
            for change in page.changes:
                if change.data is None:
                    self._db.execute(
                        "DELETE FROM records WHERE collection = ? AND id = ?",
                        (change.collection.value, change.id),
                    )
                else:
                    self._db.execute(
                        "INSERT OR REPLACE INTO records (collection, id, data) VALUES (?, ?, ?)",
                        (change.collection.value, change.id, json.dumps(change.data)),
                    )
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
        self._db.execute("COMMIT")

    def counts(self) -> dict[Collection, int]:
        rows = dict(
            self._db.execute("SELECT collection, COUNT(*) FROM records GROUP BY collection")
        )
        return {collection: int(rows.get(collection.value, 0)) for collection in Collection}

    def get(self, collection: Collection, record_id: str) -> dict[str, Any] | None:
        row = self._db.execute(
            "SELECT data FROM records WHERE collection = ? AND id = ?",
            (collection.value, record_id),
        ).fetchone()
        return None if row is None else dict(json.loads(row[0]))

    def clear(self) -> None:
        self._db.execute("DELETE FROM records")

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> LocalRecords:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


# -- the device token ------------------------------------------------------------------------


class TokenStore(Protocol):
    """Keeps the one device token; raises ``SecretStoreUnavailable`` or ``OSError``."""

    def get(self) -> str | None: ...

    def set(self, token: str) -> None: ...

    def delete(self) -> None: ...


class KeyringTokenStore:
    """The token in the OS keyring, in an entry of its own for this device."""

    def __init__(self, config: DeviceConfig, store: KeyringSecretStore | None = None) -> None:
        self._store = store or KeyringSecretStore()
        self._key = SecretKey(config.server_url, config.domain, f"device {config.device_id}")

    def get(self) -> str | None:
        return self._store.get(self._key)

    def set(self, token: str) -> None:
        self._store.set(self._key, token)

    def delete(self) -> None:
        self._store.delete(self._key)


class FileTokenStore:
    """The token in a file that only its owner may read (0600), asked for with --token-file."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def get(self) -> str | None:
        try:
            token = self.path.read_text(encoding="utf-8").strip()
        except FileNotFoundError:
            return None
        return token or None

    def set(self, token: str) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, name = tempfile.mkstemp(dir=self.path.parent, prefix=f".{self.path.name}.")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                Path(name).chmod(0o600)  # before the secret is in it (mkstemp does so on POSIX)
                handle.write(token + "\n")
            Path(name).replace(self.path)
        except BaseException:
            Path(name).unlink(missing_ok=True)
            raise

    def delete(self) -> None:
        self.path.unlink(missing_ok=True)
