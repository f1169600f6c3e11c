"""Lint, types and layer contracts are part of the test run, so a red one fails the suite."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
# The folders that hold Python code (bench/ appears with the first benchmark).
CODE = [name for name in ("src", "tests", "tools", "bench") if (ROOT / name).is_dir()]


def _run(*argv: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(argv, cwd=ROOT, capture_output=True, text=True, timeout=600, check=False)


def _assert_clean(result: subprocess.CompletedProcess[str]) -> None:
    assert result.returncode == 0, f"{result.args}\n{result.stdout}\n{result.stderr}"


def test_ruff_finds_no_lint_errors() -> None:
    _assert_clean(_run(sys.executable, "-m", "ruff", "check", *CODE))


def test_code_is_formatted_with_ruff() -> None:
    _assert_clean(_run(sys.executable, "-m", "ruff", "format", "--check", *CODE))


@pytest.mark.slow
def test_mypy_strict_passes() -> None:
    _assert_clean(_run(sys.executable, "-m", "mypy"))


def test_import_linter_layer_contracts_hold() -> None:
    result = _run(str(BIN / "lint-imports"), "--no-cache")
    _assert_clean(result)
    assert " 0 broken" in result.stdout
