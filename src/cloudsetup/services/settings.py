"""The local settings of this computer: which cloud, domain and user, language, portal link.

Never a secret: the password is not kept at all and the refresh token lives in the keyring.
The file is JSON in the platform's config dir (``CLOUDSETUP_CONFIG_DIR`` overrides it, for tests
and the demo). Reading never crashes the program: a missing file gives the defaults, a damaged one
is moved aside as ``*.corrupt`` and the defaults are used. Writing is atomic, so a crash or a full
disk leaves either the old or the new file, never half of one.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import Final, Literal

import platformdirs
from pydantic import BaseModel, ConfigDict, ValidationError

from cloudsetup.services.atomic_file import write_atomically
from cloudsetup.services.text import QT_TRANSLATE_NOOP
from cloudsetup.services.user_error import UserError

log = logging.getLogger(__name__)

CONFIG_DIR_ENV: Final = "CLOUDSETUP_CONFIG_DIR"
SETTINGS_FILE_NAME: Final = "settings.json"
#: Where the customer finds his "Domäne-Daten"; the page links to it (configurable per install).
DEFAULT_PORTAL_URL: Final = "https://kundenkonto.example.de/domaene-daten"


class LocalSettings(BaseModel):
    """What this computer remembers between starts. Unknown keys in the file are ignored."""

    model_config = ConfigDict(extra="ignore", frozen=True)

    server_url: str | None = None
    domain: str | None = None
    username: str | None = None
    language: Literal["de", "en"] | None = None
    portal_url: str = DEFAULT_PORTAL_URL
    ask_every_time: bool = False


def default_config_dir() -> Path:
    """``$CLOUDSETUP_CONFIG_DIR`` if set, else the platform's user config dir for cloudsetup."""
    override = os.environ.get(CONFIG_DIR_ENV)
    if override:
        return Path(override)
    return Path(platformdirs.user_config_dir("cloudsetup", appauthor=False))


class SettingsStore:
    """Loads and saves :class:`LocalSettings` as one JSON file at ``path``."""

    def __init__(self, path: Path) -> None:
        self.path = path

    @classmethod
    def in_dir(cls, config_dir: Path | None = None) -> SettingsStore:
        """The store in ``config_dir``, or in :func:`default_config_dir`."""
        return cls((config_dir or default_config_dir()) / SETTINGS_FILE_NAME)

    def load(self) -> LocalSettings:
        """The saved settings, or the defaults when there are none or they cannot be read."""
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            return LocalSettings()
        except OSError as exc:
            # Unreadable (permissions, a directory in the way): work with defaults, keep the file.
            log.warning("cannot read settings %s: %s", self.path, exc)
            return LocalSettings()
        try:
            return LocalSettings.model_validate_json(raw)
        except ValidationError as exc:
            log.warning("settings %s are damaged, using defaults: %s", self.path, exc)
            self._move_aside()
            return LocalSettings()

    def save(self, settings: LocalSettings) -> None:
        """Write ``settings`` atomically; raises :class:`UserError` when the disk refuses."""
        data = settings.model_dump_json(indent=2).encode("utf-8")
        try:
            write_atomically(self.path, data)
        except OSError as exc:
            raise UserError(
                QT_TRANSLATE_NOOP("Settings", "The settings could not be saved to {path}.").format(
                    path=str(self.path)
                ),
                hint=QT_TRANSLATE_NOOP(
                    "Settings",
                    "Check that the disk is not full and that you may write to this folder.",
                ),
                code="settings_not_saved",
                technical=f"{type(exc).__name__}: {exc}",
            ) from exc

    def _move_aside(self) -> None:
        corrupt = self.path.with_name(self.path.name + ".corrupt")
        try:
            self.path.replace(corrupt)
        except OSError as exc:
            log.warning("cannot move damaged settings aside to %s: %s", corrupt, exc)
