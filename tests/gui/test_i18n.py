"""Translations: the language choice, German and English both load, the .ts files are complete."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale

from cloudsetup.wizard.i18n import choose_language, current_language
from cloudsetup.wizard.qm_cache import compiled_translation, ts_file

ROOT = Path(__file__).resolve().parents[2]


def test_explicit_language_wins_over_saved_and_system() -> None:
    assert choose_language("en", "de", QLocale("de_DE")) == "en"


def test_saved_language_wins_over_the_system_locale() -> None:
    assert choose_language(None, "en", QLocale("de_AT")) == "en"


def test_system_locale_is_used_when_it_is_german_or_english() -> None:
    assert choose_language(None, None, QLocale("en_GB")) == "en"
    assert choose_language(None, None, QLocale("de_CH")) == "de"


def test_german_is_the_default_for_any_other_locale() -> None:
    assert choose_language(None, None, QLocale("fr_FR")) == "de"
    assert choose_language("xx", None, QLocale("it_IT")) == "de"


def test_german_translation_is_loaded_by_default() -> None:
    assert current_language() == "de"
    assert QCoreApplication.translate("CredentialsPage", "Credentials") == "Zugangsdaten"
    assert QCoreApplication.translate("SetupWizard", "&Next >") == "&Weiter >"


@pytest.mark.usefixtures("english")
def test_english_keeps_the_source_texts_and_plural_forms() -> None:
    assert current_language() == "en"
    assert QCoreApplication.translate("CredentialsPage", "Credentials") == "Credentials"
    plural = QCoreApplication.translate(
        "CredentialsPage", "Domain data pasted: %n field(s) filled in.", "", 1
    )
    assert plural == "Domain data pasted: 1 field filled in."


def test_service_messages_are_translated_into_german_too() -> None:
    german = QCoreApplication.translate("CloudErrors", "The cloud server cannot be reached.")
    assert german == "Der Cloud-Server ist nicht erreichbar."


def test_compiled_translation_is_cached_under_the_hash_of_its_source(tmp_path: Path) -> None:
    first = compiled_translation("de", cache=tmp_path)
    assert first is not None
    assert first.parent == tmp_path
    assert first.stat().st_size > 1000
    mtime = first.stat().st_mtime_ns
    assert compiled_translation("de", cache=tmp_path) == first
    assert first.stat().st_mtime_ns == mtime


def test_unknown_language_has_no_translation(tmp_path: Path) -> None:
    assert compiled_translation("fr", cache=tmp_path) is None


def test_german_ts_has_no_unfinished_or_empty_translation() -> None:
    root = ET.parse(ts_file("de")).getroot()  # noqa: S314 - our own file
    problems = []
    for message in root.iter("message"):
        translation = message.find("translation")
        assert translation is not None
        forms = translation.findall("numerusform") or [translation]
        if translation.get("type") or any(not (form.text or "").strip() for form in forms):
            problems.append(message.findtext("source"))
    assert problems == []
    assert len(list(root.iter("message"))) > 100


def test_ts_files_are_up_to_date_with_the_code() -> None:
    """lupdate over the sources into a copy finds nothing new and nothing unfinished."""
    result = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "i18n.py"), "check"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
