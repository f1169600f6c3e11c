"""What the office sync remembers on this computer: ``sync-state.json`` in the state folder.

The positions that make the sync resumable live in the cloud (``pushed_version`` and
``pulled_seq`` of :class:`~cloudsetup.models.SyncStatus`); this file only keeps, for the
overview and the diagnostics, when the last sync finished and the inbox position this computer
last stored, with the cloud they belong to. It never holds a secret or a record. It is written
atomically; a damaged file, or one of another cloud, is treated as absent.
"""

from __future__ import annotations

import logging
from datetime import datetime
from pathlib import Path
from typing import Final

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from cloudsetup.services.atomic_file import write_atomically

log = logging.getLogger(__name__)

STATE_FILE_NAME: Final = "sync-state.json"


class SyncState(BaseModel):
    """The last sync of this computer with one cloud."""

    model_config = ConfigDict(extra="ignore", frozen=True)

    server_url: str = ""
    domain: str = ""
    last_sync_at: datetime | None = None
    pulled_seq: int = Field(default=0, ge=0)

    def belongs_to(self, *, server_url: str, domain: str) -> bool:
        return self.server_url == server_url and self.domain == domain


class SyncStateFile:
    """Loads and saves :class:`SyncState` at ``state_dir / sync-state.json``."""

    def __init__(self, state_dir: Path) -> None:
        self.path = state_dir / STATE_FILE_NAME

    def load(self, *, server_url: str, domain: str) -> SyncState:
        """The stored state of this cloud, or an empty one."""
        empty = SyncState(server_url=server_url, domain=domain)
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            return empty
        except OSError as exc:
            log.warning("cannot read %s: %s", self.path, exc)
            return empty
        try:
            state = SyncState.model_validate_json(raw)
        except ValidationError as exc:
            log.warning("%s is damaged and is ignored: %s", self.path, exc)
            return empty
        return state if state.belongs_to(server_url=server_url, domain=domain) else empty

    def save(self, state: SyncState) -> None:
        """Write ``state`` atomically; a disk that refuses is logged, never fatal.

        Nothing depends on this file for correctness: the cloud holds the positions.
        """
        try:
            write_atomically(self.path, state.model_dump_json(indent=2).encode("utf-8"))
        except OSError as exc:
            log.warning("cannot write %s: %s", self.path, exc)
