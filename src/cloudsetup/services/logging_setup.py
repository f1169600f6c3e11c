"""The desktop app's log file: where it lives, how big it gets, and that no secret reaches it.

``cloudsetup`` (the GUI, ``demo``, ``fill`` and ``sync``) logs to one rotating UTF-8 file in the
platform's user log folder (``CLOUDSETUP_LOG_DIR`` overrides it; with ``--config-dir`` or
``CLOUDSETUP_CONFIG_DIR`` it is the ``logs`` folder beside the settings, so tests and the demo
stay in their own folders). The file grows to :data:`MAX_BYTES` and keeps :data:`BACKUP_COUNT`
older ones. The support section shows its last lines and where it is.

The code keeps secrets out of every log message already (see
``tests/integration/test_secrets_never_leak.py``); the file handler's
:class:`RedactingFormatter` is the second line: whatever looks like a bearer token, a refresh
or access token, a password field or a link token is replaced by ``***`` before a line is
written, and :func:`redact` does the same for any text that leaves the program (the log lines
the support section shows, the diagnostics copy).
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Final

import platformdirs

from cloudsetup.services.settings import CONFIG_DIR_ENV

LOG_DIR_ENV: Final = "CLOUDSETUP_LOG_DIR"
LOG_FILE_NAME: Final = "cloudsetup.log"
#: One file grows to about this size before it is rotated.
MAX_BYTES: Final = 1_000_000
#: Rotated files kept besides the current one (``cloudsetup.log.1`` … ``.3``).
BACKUP_COUNT: Final = 3
#: What stands in for a secret that was taken out.
REDACTED: Final = "***"
LOG_FORMAT: Final = "%(asctime)s %(levelname)-7s %(name)s: %(message)s"

_HIDDEN_FIELDS: Final = (
    r"password|passwort|passwd|refresh_token|access_token|device_token|id_token|token"
    r"|secret|client_secret|api_key|apikey"
)
_PATTERNS: Final = (
    # "Authorization: Bearer abc…", "Basic abc…"
    (re.compile(r"(?i)\b(bearer)\s+[A-Za-z0-9._~+/=-]+"), rf"\1 {REDACTED}"),
    (re.compile(r"(?i)\b(authorization\s*:\s*basic)\s+\S+"), rf"\1 {REDACTED}"),
    # JSON and repr: "refresh_token": "abc…" / 'password': 'abc…'
    (
        re.compile(rf"""(?i)(["']?\b(?:{_HIDDEN_FIELDS})["']?\s*:\s*)(["'])(?:\\.|(?!\2).)*\2"""),
        rf"\1\2{REDACTED}\2",
    ),
    # key=value in text, query strings and form bodies: password=abc… / token: abc…
    (
        re.compile(rf"(?i)(\b(?:{_HIDDEN_FIELDS})\b\s*[=:]\s*)(?![\"'\s]|\*\*\*)[^\s&,;)\]}}]+"),
        rf"\1{REDACTED}",
    ),
    # the token of a consent or invitation link
    (re.compile(r"(/(?:consent|invitation)/)[A-Za-z0-9_-]{16,}"), rf"\1{REDACTED}"),
    # a JWT (the access tokens): three base64url parts
    (re.compile(r"\beyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+"), REDACTED),
)
# A random token (``secrets.token_urlsafe``) anywhere: long, mixed case with digits. Hex digests
# (fingerprints, checksums) are one case only and stay readable.
_LOOSE_TOKEN: Final = re.compile(r"(?<![A-Za-z0-9_-])[A-Za-z0-9_-]{40,}(?![A-Za-z0-9_-])")


def _looks_random(candidate: str) -> bool:
    return (
        any(c.isupper() for c in candidate)
        and any(c.islower() for c in candidate)
        and any(c.isdigit() for c in candidate)
    )


def redact(text: str) -> str:
    """``text`` with everything that looks like a secret replaced by ``***``."""
    for pattern, replacement in _PATTERNS:
        text = pattern.sub(replacement, text)
    return _LOOSE_TOKEN.sub(
        lambda match: REDACTED if _looks_random(match.group()) else match.group(), text
    )


class RedactingFormatter(logging.Formatter):
    """Formats a record as usual, then takes out whatever looks like a secret.

    Redacting the finished line (message, arguments and traceback together) instead of the
    record keeps the record as it was for any other handler; a filter that rewrote it would
    also hide a leak from the tests' log capture, which must see what the code really logs.
    """

    def format(self, record: logging.LogRecord) -> str:
        try:
            text = super().format(record)
        except (TypeError, ValueError):  # a broken format string: keep what can be kept
            text = f"{self.formatTime(record)} {record.levelname} {record.name}: " + (
                f"{record.msg!r} {record.args!r}"
            )
        return redact(text)


def default_log_dir(config_dir: Path | None = None) -> Path:
    """``$CLOUDSETUP_LOG_DIR``; else ``logs`` beside an explicit config folder; else the
    platform's user log folder for cloudsetup."""
    override = os.environ.get(LOG_DIR_ENV)
    if override:
        return Path(override)
    if config_dir is None and os.environ.get(CONFIG_DIR_ENV):
        config_dir = Path(os.environ[CONFIG_DIR_ENV])
    if config_dir is not None:
        return config_dir / "logs"
    return platformdirs.user_log_path("cloudsetup", appauthor=False)


@dataclass(frozen=True)
class LogFile:
    """The installed log file: its path and the handler that writes it."""

    path: Path
    handler: logging.Handler
    #: The root logger's level before installing, put back by :meth:`close`.
    previous_level: int = logging.WARNING

    def close(self) -> None:
        """Stop writing the file (tests; the program just ends)."""
        global _installed
        root = logging.getLogger()
        root.removeHandler(self.handler)
        root.setLevel(self.previous_level)
        self.handler.close()
        if _installed is self:
            _installed = None


_installed: LogFile | None = None


def install_file_logging(
    log_dir: Path | None = None, *, level: int = logging.INFO
) -> LogFile | None:
    """Log to ``log_dir / cloudsetup.log`` from now on; ``None`` when the folder is unusable.

    A folder that cannot be created or a file that cannot be opened never stops the program: it
    only has no log file then (said on stderr by logging's last resort). Installing twice keeps
    the first file.
    """
    global _installed
    if _installed is not None:
        return _installed
    directory = log_dir if log_dir is not None else default_log_dir()
    path = directory / LOG_FILE_NAME
    try:
        directory.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8"
        )
    except OSError as exc:
        logging.getLogger(__name__).warning("no log file at %s: %s", path, exc)
        return None
    handler.setLevel(level)
    handler.setFormatter(RedactingFormatter(LOG_FORMAT))
    root = logging.getLogger()
    previous = root.level
    root.addHandler(handler)
    if root.level == logging.NOTSET or root.level > level:
        root.setLevel(level)
    _installed = LogFile(path, handler, previous)
    return _installed


def current_log_file() -> Path | None:
    """The file :func:`install_file_logging` writes, or ``None`` when it was not installed."""
    return _installed.path if _installed is not None else None


def last_lines(path: Path | None, count: int = 50, *, block: int = 8192) -> list[str]:
    """The last ``count`` lines of the log file (redacted again), oldest first.

    Reads backwards in blocks, so a full 1 MB file costs a few reads; a missing or unreadable
    file gives no lines. Bytes that are not UTF-8 are shown as replacement characters.
    """
    if path is None or count <= 0:
        return []
    try:
        with path.open("rb") as file:
            file.seek(0, os.SEEK_END)
            position = file.tell()
            data = b""
            while position > 0 and data.count(b"\n") <= count:
                step = min(block, position)
                position -= step
                file.seek(position)
                data = file.read(step) + data
    except OSError:
        return []
    lines = data.decode("utf-8", errors="replace").splitlines()
    return [redact(line) for line in lines[-count:]]
