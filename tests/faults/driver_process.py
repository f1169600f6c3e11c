"""Start a driver module of this folder (``faults.fill_driver``, ``faults.app_driver``) as a
process of its own: the real app code, offscreen, with ``tests`` on its path, killable."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Final

TESTS_DIR: Final = Path(__file__).resolve().parents[1]


def start_driver(module: str, *argv: str, cache_dir: Path | None = None) -> subprocess.Popen[str]:
    """``python -m module argv…`` with pipes for stdin, stdout and stderr (text)."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(TESTS_DIR), *sys.path])}
    env["QT_QPA_PLATFORM"] = "offscreen"
    if cache_dir is not None:  # compiled translations go there, not to the user's cache
        env["XDG_CACHE_HOME"] = str(cache_dir)
    return subprocess.Popen(
        [sys.executable, "-m", module, *argv],
        env=env,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
