"""What a fill remembers between runs: ``fill-state.json`` in the state folder.

The file names the open fill job and what it was planned from (the office data's fingerprint,
the batch size and the cloud it belongs to), so the next run can continue that job instead of
starting over. It never holds a secret or a record. It is written atomically, so a crash leaves
the old or the new file, never half of one; a damaged file is treated as absent (the fill then
starts a new job, which is always safe).
"""

from __future__ import annotations

import contextlib
import logging
import os
import tempfile
from pathlib import Path
from typing import Final

from pydantic import BaseModel, ConfigDict, Field, ValidationError

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
        data = state.model_dump_json(indent=2).encode("utf-8")
        self.path.parent.mkdir(parents=True, exist_ok=True)
        # The temporary file must be in the same directory: a rename is atomic only there.
        fd, tmp_name = tempfile.mkstemp(
            dir=self.path.parent, prefix=f".{self.path.name}.", suffix=".tmp"
        )
        tmp = Path(tmp_name)
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
            tmp.replace(self.path)
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise
        self._sync_directory()

    def delete(self) -> None:
        """Forget the job (after its commit, or when it is aborted)."""
        self.path.unlink(missing_ok=True)

    def _sync_directory(self) -> None:
        """Make the rename itself durable on POSIX (Windows cannot open a directory)."""
        if os.name != "posix":
            return
        with contextlib.suppress(OSError):
            dir_fd = os.open(self.path.parent, os.O_RDONLY)
            try:
                os.fsync(dir_fd)
            finally:
                os.close(dir_fd)
