"""The ``cloudsetup`` command line: works without a display for --help and --version."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from cloudsetup import __version__
from cloudsetup.services.logging_setup import LOG_DIR_ENV, LOG_FILE_NAME

COMMAND = Path(sys.executable).parent / "cloudsetup"


def _run_headless(*args: str, log_dir_env: bool = True) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in {"DISPLAY", "WAYLAND_DISPLAY"}}
    env.pop("QT_QPA_PLATFORM", None)
    if not log_dir_env:
        env.pop(LOG_DIR_ENV, None)
    return subprocess.run(
        [str(COMMAND), *args], capture_output=True, text=True, timeout=60, env=env, check=False
    )


def test_help_works_without_a_display_and_names_the_commands() -> None:
    result = _run_headless("--help")

    assert result.returncode == 0, result.stderr
    for word in ("demo", "screenshots", "--lang"):
        assert word in result.stdout


def test_help_does_not_load_qt() -> None:
    code = (
        "import sys\nfrom cloudsetup.cli import main\n"
        "try: main(['--help'])\nexcept SystemExit: pass\n"
        "print('PySide6' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False
    )

    assert result.stdout.strip().endswith("False"), result.stdout + result.stderr


def test_version_prints_the_package_version() -> None:
    result = _run_headless("--version")

    assert result.returncode == 0
    assert __version__ in result.stdout


def test_demo_help_explains_the_data_dir_option() -> None:
    result = _run_headless("demo", "--help")

    assert result.returncode == 0
    assert "--data-dir" in result.stdout


def test_demo_data_writes_the_records_asked_for(tmp_path: Path) -> None:
    out = tmp_path / "office.sqlite3"

    result = _run_headless("demo-data", "--records", "500", "--out", str(out))

    assert result.returncode == 0, result.stderr
    assert "500 records written" in result.stdout
    assert out.is_file()


def test_demo_data_never_overwrites_a_file(tmp_path: Path) -> None:
    out = tmp_path / "office.sqlite3"
    out.write_bytes(b"precious")

    result = _run_headless("demo-data", "--records", "10", "--out", str(out))

    assert result.returncode == 2
    assert out.read_bytes() == b"precious"


def test_fill_without_an_office_database_says_how_to_name_one(tmp_path: Path) -> None:
    result = _run_headless("--config-dir", str(tmp_path), "fill")

    assert result.returncode == 2
    assert "--office-db" in result.stderr


def test_the_commands_log_to_a_file_beside_an_explicit_config_dir(tmp_path: Path) -> None:
    config = tmp_path / "config"
    result = _run_headless("--config-dir", str(config), "sync", log_dir_env=False)

    assert result.returncode == 2
    text = (config / "logs" / LOG_FILE_NAME).read_text(encoding="utf-8")
    assert f"INFO    cloudsetup: cloudsetup {__version__}: sync" in text


def test_commands_without_a_log_file_write_none(tmp_path: Path) -> None:
    config = tmp_path / "config"
    out = tmp_path / "office.sqlite3"
    result = _run_headless(
        "--config-dir",
        str(config),
        "demo-data",
        "--records",
        "5",
        "--out",
        str(out),
        log_dir_env=False,
    )

    assert result.returncode == 0, result.stderr
    assert not (config / "logs").exists()
