"""Unsent form input, kept on this computer so that closing the wizard loses nothing typed.

A draft is what a form holds before it reaches the cloud: page 1's server address, domain and
user name before the connection test, the employee dialog's entries before "Speichern". What
the cloud holds is never kept here (the pages load it from the cloud), and neither is a secret:
a draft with a password field is refused. All drafts live in one JSON file beside the settings
(``drafts.json``), written atomically like them; a damaged file counts as no drafts. A draft is
a convenience: when the disk refuses it, that is logged and the form goes on working.
"""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Mapping
from pathlib import Path
from typing import Final

from cloudsetup.services.atomic_file import write_atomically

log = logging.getLogger(__name__)

DRAFTS_FILE_NAME: Final = "drafts.json"
#: Names of inputs that hold secrets; a draft never contains them.
SECRET_FIELDS: Final = frozenset({"password", "refresh_token", "access_token", "token"})
#: The draft of page 1 (server address, domain, user name).
CREDENTIALS_FORM: Final = "credentials"

DraftValues = dict[str, str | bool]


class DraftStore:
    """Keeps one :data:`DraftValues` per form name in a JSON file at ``path``.

    Safe to use from several worker threads: a lock orders the read-change-write of the file.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()

    def load(self, form: str) -> DraftValues | None:
        """The draft of ``form``, or ``None`` when there is none."""
        with self._lock:
            return self._read().get(form)

    def save(self, form: str, values: Mapping[str, str | bool]) -> None:
        """Keep ``values`` as the draft of ``form``; raises ``ValueError`` for a secret field."""
        secret = SECRET_FIELDS.intersection(values)
        if secret:
            raise ValueError(f"a draft never holds secrets: {sorted(secret)}")
        clean: DraftValues = {
            key: value for key, value in values.items() if isinstance(value, str | bool)
        }
        with self._lock:
            drafts = self._read()
            if drafts.get(form) == clean:
                return
            drafts[form] = clean
            self._write(drafts)

    def discard(self, form: str) -> None:
        """Forget the draft of ``form`` (it was sent, or the user threw it away)."""
        with self._lock:
            drafts = self._read()
            if drafts.pop(form, None) is not None:
                self._write(drafts)

    def _read(self) -> dict[str, DraftValues]:
        try:
            data = json.loads(self.path.read_bytes())
        except FileNotFoundError:
            return {}
        except (OSError, ValueError) as exc:
            log.warning("drafts %s cannot be read, ignoring them: %s", self.path, exc)
            return {}
        if not isinstance(data, dict):
            return {}
        return {
            str(form): {
                str(key): value for key, value in values.items() if isinstance(value, str | bool)
            }
            for form, values in data.items()
            if isinstance(values, dict)
        }

    def _write(self, drafts: dict[str, DraftValues]) -> None:
        # ASCII with escapes: any text a line edit holds (a lone surrogate too) survives the trip.
        data = json.dumps(drafts, indent=2, sort_keys=True).encode("ascii")
        try:
            write_atomically(self.path, data)
        except OSError as exc:
            log.warning("drafts %s cannot be written: %s", self.path, exc)
