"""What a fill remembers between runs: ``fill-state.json`` in the state folder.

The file names the open fill job and what it was planned from (the office data's fingerprint,
the batch size and the cloud it belongs to), so the next run can continue that job instead of
starting over. It never holds a secret or a record. It is written atomically, so a crash leaves
the old or the new file, never half of one; a damaged file is treated as absent (the fill then
starts a new job, which is always safe).
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Final

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from cloudsetup.services.atomic_file import write_atomically

log = logging.getLogger(__name__)

STATE_FILE_NAME: Final = "fill-state.json"


class FillState(BaseModel):
    """The open job of this computer and what it was planned from."""

    model_config = ConfigDict(extra="ignore", frozen=True)

    job_id: str = Field(min_length=1)
    fingerprint: str
    batch_size: int = Field(ge=1)
    total_batches: int = Field(ge=0)
    server_url: str = ""
    domain: str = ""

    def matches(
        self, *, fingerprint: str, batch_size: int, total_batches: int, server_url: str, domain: str
    ) -> bool:
        """Whether this state was planned from the same data, in the same batches, same cloud."""
        return (
            self.fingerprint == fingerprint
            and self.batch_size == batch_size
            and self.total_batches == total_batches
            and self.server_url == server_url
            and self.domain == domain
        )


class FillStateFile:
    """Loads, saves and deletes :class:`FillState` at ``state_dir / fill-state.json``."""

    def __init__(self, state_dir: Path) -> None:
        self.path = state_dir / STATE_FILE_NAME

    def load(self) -> FillState | None:
        """The stored state, or ``None`` when there is none or it cannot be read."""
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            return None
        except OSError as exc:
            log.warning("cannot read %s: %s", self.path, exc)
            return None
        try:
            return FillState.model_validate_json(raw)
        except ValidationError as exc:
            log.warning("%s is damaged; a new fill job will be started: %s", self.path, exc)
            return None

    def save(self, state: FillState) -> None:
        """Write ``state`` atomically (``OSError`` when the disk refuses)."""
        write_atomically(self.path, state.model_dump_json(indent=2).encode("utf-8"))

    def delete(self) -> None:
        """Forget the job (after its commit, or when it is aborted)."""
        self.path.unlink(missing_ok=True)
