"""Find the translation sources and build the compiled ``.qm`` files from them on first use.

The ``.ts`` sources are part of the project (``assets/i18n``); the binary ``.qm`` files are not
committed. They are compiled with the ``lrelease`` that ships inside PySide6 into the user's
cache dir, under a name that contains a hash of the source, so an updated ``.ts`` is picked up
and an old ``.qm`` is never used for a new source.
"""

from __future__ import annotations

import hashlib
import importlib.resources
import logging
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Final

import platformdirs

log = logging.getLogger(__name__)

APP_NAME: Final = "cloudsetup"
TS_PREFIX: Final = "cloudsetup_"
LRELEASE_TIMEOUT_S: Final = 60.0


def assets_dir() -> Path:
    """The ``assets`` folder: package data in a wheel, ``<repo>/assets`` in a source checkout."""
    packaged = importlib.resources.files(APP_NAME) / "assets"
    if packaged.is_dir():
        return Path(str(packaged))
    # src/cloudsetup/wizard/qm_cache.py -> the repository root is three levels above "src".
    return Path(__file__).resolve().parents[3] / "assets"


def ts_file(language: str) -> Path:
    """The translation source of ``language`` (it may not exist)."""
    return assets_dir() / "i18n" / f"{TS_PREFIX}{language}.ts"


def find_qt_tool(name: str) -> Path | None:
    """A Qt tool (``lrelease``, ``lupdate``) of the installed PySide6, or ``None``.

    PySide6 ships the binaries inside its package folder; the ``pyside6-<name>`` wrappers sit
    next to the interpreter of a virtual environment, or on ``PATH``.
    """
    import PySide6  # local: only needed when a translation must be built

    package = Path(PySide6.__file__).parent
    exe = ".exe" if os.name == "nt" else ""
    candidates = [package / f"{name}{exe}", package / "Qt" / "bin" / f"{name}{exe}"]
    scripts = Path(sys.executable).parent
    candidates.append(scripts / f"pyside6-{name}{exe}")
    for candidate in candidates:
        if candidate.is_file() and os.access(candidate, os.X_OK):
            return candidate
    found = shutil.which(f"pyside6-{name}") or shutil.which(name)
    return Path(found) if found else None


def cache_dir() -> Path:
    """Where compiled translations are kept (the platform's user cache dir)."""
    return Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False)) / "i18n"


def compile_ts(source: Path, target: Path) -> None:
    """Compile ``source`` into ``target`` with lrelease; raises ``OSError`` when that fails."""
    lrelease = find_qt_tool("lrelease")
    if lrelease is None:
        raise FileNotFoundError("lrelease not found in the PySide6 installation")
    target.parent.mkdir(parents=True, exist_ok=True)
    # Build next to the target and rename: a second process never sees half a file.
    fd, tmp_name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.stem}.", suffix=".qm")
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        result = subprocess.run(  # noqa: S603 - the lrelease of our own PySide6 installation
            [str(lrelease), "-silent", str(source), "-qm", str(tmp)],
            capture_output=True,
            text=True,
            timeout=LRELEASE_TIMEOUT_S,
            check=False,
        )
        if result.returncode != 0 or tmp.stat().st_size == 0:
            raise OSError(f"lrelease failed ({result.returncode}): {result.stderr.strip()}")
        tmp.replace(target)
    finally:
        tmp.unlink(missing_ok=True)


def compiled_translation(language: str, *, cache: Path | None = None) -> Path | None:
    """The ``.qm`` for ``language``, compiled now if the cache has none for this source.

    ``None`` when there is no source for the language or it cannot be compiled (the UI then
    shows the English source texts; the reason is logged).
    """
    source = ts_file(language)
    try:
        digest = hashlib.sha256(source.read_bytes()).hexdigest()[:16]
    except FileNotFoundError:
        log.warning("no translation source for %r at %s", language, source)
        return None
    target = (cache or cache_dir()) / f"{TS_PREFIX}{language}-{digest}.qm"
    if target.is_file():
        return target
    try:
        compile_ts(source, target)
    except (OSError, subprocess.SubprocessError) as exc:
        log.warning("cannot compile the %r translation: %s", language, exc)
        return None
    log.info("compiled the %r translation into %s", language, target)
    return target
