"""Keyboard use: in every section (and every tab in it) each Alt+letter names one control.

Two visible controls with the same mnemonic make Qt cycle the focus between them instead of
pressing either, so a keyboard user could not reach the button with that letter.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from PySide6.QtWidgets import QAbstractButton, QLabel, QTabWidget
from pytestqt.qtbot import QtBot

from cloudsetup.models import DomainData, EmployeeIn
from cloudsetup.services.employees import EmployeeService
from cloudsetup.services.setup import SetupService
from cloudsetup.wizard.settings.window import SettingsWindow
from gui.settings.windows import open_window, settle
from gui.wizard_pages import connect
from support.cloud import unique_email

_MNEMONIC = re.compile(r"&([^&])")


def _letter(text: str) -> str | None:
    found = _MNEMONIC.search(text.replace("&&", ""))
    return found.group(1).casefold() if found else None


def _mnemonics(window: SettingsWindow) -> dict[str, list[str]]:
    """Every mnemonic letter of the controls a user sees now, with their texts."""
    letters: dict[str, list[str]] = {}
    texts = [b.text() for b in window.findChildren(QAbstractButton) if b.isVisibleTo(window)]
    texts += [
        label.text()
        for label in window.findChildren(QLabel)
        # a label only has a working mnemonic with a buddy
        if label.isVisibleTo(window) and label.buddy() is not None
    ]
    for text in texts:
        letter = _letter(text)
        if letter is not None:
            letters.setdefault(letter, []).append(text)
    for tabs in window.findChildren(QTabWidget):
        if tabs.isVisibleTo(window):
            for index in range(tabs.count()):
                letter = _letter(tabs.tabText(index))
                if letter is not None:
                    letters.setdefault(letter, []).append(tabs.tabText(index))
    return letters


def _every_view(qtbot: QtBot, window: SettingsWindow) -> Iterator[str]:
    """Each section, and inside it each tab of its tab widgets, shown in turn."""
    for section in window.sections:
        window.open_section(section.section_id)
        settle(qtbot, section)
        yield section.section_id
        for tabs in section.findChildren(QTabWidget):
            for index in range(1, tabs.count()):
                tabs.setCurrentIndex(index)
                yield f"{section.section_id}/{tabs.tabText(index)}"
            tabs.setCurrentIndex(0)


def _clashes(qtbot: QtBot, window: SettingsWindow) -> dict[str, dict[str, list[str]]]:
    found = {}
    for view in _every_view(qtbot, window):
        clashing = {k: v for k, v in _mnemonics(window).items() if len(v) > 1}
        if clashing:
            found[view] = clashing
    return found


def _window(
    qtbot: QtBot, service: SetupService, tenant: DomainData, tmp_path: Path
) -> SettingsWindow:
    connect(service, tenant)
    EmployeeService(service).add(EmployeeIn(name="Anna Becker", email=unique_email()))
    return open_window(qtbot, service, server_url=tenant.server_url, state_dir=tmp_path)


def test_no_two_visible_controls_share_a_mnemonic_in_german(
    qtbot: QtBot, service: SetupService, tenant: DomainData, tmp_path: Path
) -> None:
    window = _window(qtbot, service, tenant, tmp_path)
    assert _clashes(qtbot, window) == {}


def test_no_two_visible_controls_share_a_mnemonic_in_english(
    qtbot: QtBot, english: None, service: SetupService, tenant: DomainData, tmp_path: Path
) -> None:
    window = _window(qtbot, service, tenant, tmp_path)
    assert _clashes(qtbot, window) == {}
