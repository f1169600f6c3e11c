"""The log file: where it goes, rotation, UTF-8, the last lines, and secrets taken out."""

from __future__ import annotations

import logging
import logging.handlers
from collections.abc import Iterator
from pathlib import Path

import pytest

from cloudsetup.services.logging_setup import (
    BACKUP_COUNT,
    LOG_DIR_ENV,
    LOG_FILE_NAME,
    REDACTED,
    LogFile,
    RedactingFormatter,
    current_log_file,
    default_log_dir,
    install_file_logging,
    last_lines,
    redact,
)
from cloudsetup.services.settings import CONFIG_DIR_ENV

TOKEN = "Zq7RkV2mXyPw9aLdT4nHcB6eFgJ3sUoQ1iKrW8vY5tE0pMb"  # token_urlsafe-like
JWT = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJlLXNpZ25hdHVyZQ"
PASSWORD = "Leiter-Pinsel-Rolle-83"

log = logging.getLogger("cloudsetup.tests.logging")


@pytest.fixture
def log_file(tmp_path: Path) -> Iterator[LogFile]:
    installed = install_file_logging(tmp_path / "logs")
    assert installed is not None
    yield installed
    installed.close()


def _text(log_file: LogFile) -> str:
    log_file.handler.flush()
    return log_file.path.read_text(encoding="utf-8")


# -- where ----------------------------------------------------------------------------------


def test_the_log_dir_env_wins(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv(LOG_DIR_ENV, str(tmp_path / "here"))
    assert default_log_dir(tmp_path / "config") == tmp_path / "here"


def test_an_explicit_config_dir_keeps_its_logs_beside_the_settings(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.delenv(LOG_DIR_ENV, raising=False)
    assert default_log_dir(tmp_path / "config") == tmp_path / "config" / "logs"
    monkeypatch.setenv(CONFIG_DIR_ENV, str(tmp_path / "env-config"))
    assert default_log_dir() == tmp_path / "env-config" / "logs"


def test_without_overrides_the_platforms_user_log_dir_is_used(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv(LOG_DIR_ENV, raising=False)
    monkeypatch.delenv(CONFIG_DIR_ENV, raising=False)
    assert "cloudsetup" in default_log_dir().parts


def test_installing_writes_utf8_lines_to_the_file_and_says_where(log_file: LogFile) -> None:
    log.info("Malerbetrieb Müller & Söhne – %s", "Köln")
    assert log_file.path.name == LOG_FILE_NAME
    assert current_log_file() == log_file.path
    assert "INFO    cloudsetup.tests.logging: Malerbetrieb Müller & Söhne – Köln" in _text(log_file)


def test_installing_twice_keeps_one_handler(log_file: LogFile, tmp_path: Path) -> None:
    assert install_file_logging(tmp_path / "other") is log_file
    ours = [h for h in logging.getLogger().handlers if h is log_file.handler]
    assert len(ours) == 1


def test_an_unusable_folder_gives_no_log_file_instead_of_failing(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    assert install_file_logging(blocker / "logs") is None
    assert current_log_file() is None


def test_the_file_rotates_at_its_size_cap_and_keeps_three_old_ones(log_file: LogFile) -> None:
    handler = log_file.handler
    assert isinstance(handler, logging.handlers.RotatingFileHandler)
    handler.maxBytes = 2_000  # the real cap is 1 MB; the rule is the same
    for number in range(200):
        log.info("line %03d %s", number, "x" * 40)
    handler.flush()
    files = sorted(log_file.path.parent.iterdir())
    assert [f.name for f in files] == [
        LOG_FILE_NAME,
        *(f"{LOG_FILE_NAME}.{n}" for n in range(1, BACKUP_COUNT + 1)),
    ]
    assert all(f.stat().st_size <= 2_000 for f in files)
    assert "line 199" in _text(log_file)


# -- the last lines -------------------------------------------------------------------------


def test_last_lines_gives_the_newest_lines_oldest_first(tmp_path: Path) -> None:
    path = tmp_path / "big.log"
    path.write_text("".join(f"Zeile {n} äöü\n" for n in range(5000)), encoding="utf-8")
    lines = last_lines(path, 50, block=256)  # many small blocks backwards
    assert len(lines) == 50
    assert lines[0] == "Zeile 4950 äöü"
    assert lines[-1] == "Zeile 4999 äöü"


def test_last_lines_of_a_short_missing_or_broken_file(tmp_path: Path) -> None:
    short = tmp_path / "short.log"
    short.write_bytes(b"eins\nzwei \xff kaputt\n")
    assert last_lines(short, 50) == ["eins", "zwei \ufffd kaputt"]
    assert last_lines(tmp_path / "missing.log", 50) == []
    assert last_lines(None, 50) == []


def test_last_lines_redacts_what_was_written_around_the_filter(tmp_path: Path) -> None:
    path = tmp_path / "planted.log"
    path.write_text(f"refresh_token={TOKEN}\nAuthorization: Bearer {JWT}\n", encoding="utf-8")
    lines = last_lines(path, 10)
    assert lines == [f"refresh_token={REDACTED}", f"Authorization: Bearer {REDACTED}"]


# -- secrets --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"Authorization: Bearer {JWT}", f"Authorization: Bearer {REDACTED}"),
        (
            f'{{"password": "{PASSWORD}", "domain": "muster"}}',
            '{"password": "***", "domain": "muster"}',
        ),
        (f"{{'refresh_token': '{TOKEN}'}}", "{'refresh_token': '***'}"),
        (f"password={PASSWORD}&username=admin", "password=***&username=admin"),
        (f"device_token: {TOKEN}", "device_token: ***"),
        (
            f"GET https://cloud.example.de/consent/{TOKEN[:43]}",
            "GET https://cloud.example.de/consent/***",
        ),
        (f"POST /invitation/{TOKEN[:43]}", "POST /invitation/***"),
        (f"signed {JWT} in", "signed *** in"),
        (f"a token {TOKEN} inside a sentence", "a token *** inside a sentence"),
        ("Authorization: Basic dXNlcjpwYXNzd29yZA==", "Authorization: Basic ***"),
    ],
)
def test_redact_takes_out_what_looks_like_a_secret(text: str, expected: str) -> None:
    assert redact(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "stored session refused: invalid_token token_expired",
        "refresh token not stored: no_backend",
        "certificate sha256 " + "3f" * 32,
        "checksum 18446744073709551557 of 20000 records",
        "device dev-" + "0a1b2c3d" * 4 + " approved",
        "password_too_short: the password has fewer than 8 characters",
        "the basic information of Malerbetrieb Muster GmbH, malerbetrieb-muster",
    ],
)
def test_redact_keeps_ordinary_text(text: str) -> None:
    assert redact(text) == text


def test_the_file_gets_arguments_and_tracebacks_redacted(log_file: LogFile) -> None:
    log.warning("sign-in for %s with password=%s", "admin", PASSWORD)
    log.info("headers %r", {"Authorization": f"Bearer {TOKEN}"})
    try:
        raise ValueError(f"refresh_token={TOKEN}")
    except ValueError:
        log.exception("it failed")
    text = _text(log_file)
    assert PASSWORD not in text
    assert TOKEN not in text
    assert "sign-in for admin with password=***" in text
    assert "Bearer ***" in text
    assert "ValueError: refresh_token=***" in text


def test_other_handlers_get_the_record_as_it_was_logged(
    log_file: LogFile, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)
    log.info("refresh_token=%s", TOKEN)
    assert caplog.records[-1].getMessage() == f"refresh_token={TOKEN}"  # a test sees the leak
    assert TOKEN not in _text(log_file)  # the file does not


def test_a_broken_format_string_still_gives_a_redacted_line() -> None:
    record = logging.LogRecord("x", logging.INFO, __file__, 1, "%d items %s", ("two",), None)
    line = RedactingFormatter("%(message)s").format(record)
    assert "'%d items %s' ('two',)" in line
