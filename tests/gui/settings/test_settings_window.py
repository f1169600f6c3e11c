"""The settings window's frame: its sections in order, loading on first showing, the keyboard."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget
from pytestqt.qtbot import QtBot

from cloudsetup.models import DomainData
from cloudsetup.services.setup import SetupService
from cloudsetup.wizard.settings.connection_section import ConnectionSettings
from cloudsetup.wizard.settings.employees_section import EmployeeSettings
from cloudsetup.wizard.settings.section import SettingsSection
from cloudsetup.wizard.settings.sections import SECTIONS
from cloudsetup.wizard.settings.window import SettingsWindow
from gui.settings.windows import open_window, settle
from gui.wizard_pages import WAIT_MS, connect

GERMAN_TITLES = [
    "Verbindung",
    "Mitarbeiter",
    "Benutzerzugänge",
    "Nummernkreise",
    "Geräte",
    "Abgleich",
    "Benutzer & Rollen",
    "Benachrichtigungen",
    "Cloud befüllen",
    "Support",
]
IDS = [
    "connection",
    "employees",
    "access",
    "ranges",
    "devices",
    "sync",
    "users",
    "notifications",
    "fill",
    "support",
]


@pytest.fixture
def window(
    qtbot: QtBot, service: SetupService, tenant: DomainData, tmp_path: Path
) -> SettingsWindow:
    connect(service, tenant)
    return open_window(qtbot, service, server_url=tenant.server_url, state_dir=tmp_path)


def _titles(window: SettingsWindow) -> list[str]:
    return [window.nav.item(row).text() for row in range(window.nav.count())]


def _shown(window: SettingsWindow) -> QWidget | None:
    """The section in the stack's current scroll area."""
    area = window.stack.currentWidget()
    assert isinstance(area, QScrollArea)
    return area.widget()


def _activate(qtbot: QtBot, window: SettingsWindow) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=WAIT_MS)


def test_the_sections_stand_in_order_and_the_window_opens_at_the_connection(
    window: SettingsWindow,
) -> None:
    assert _titles(window) == GERMAN_TITLES
    assert [s.section_id for s in window.sections] == IDS
    assert [s.objectName() for s in window.sections] == [f"{i}Settings" for i in IDS]
    assert window.current.section_id == "connection"
    assert _shown(window) is window.current  # in its scroll area
    assert window.heading.text().startswith("Cloudabgleich – Testbetrieb")


def test_a_section_loads_when_it_is_first_shown_and_on_reload(
    qtbot: QtBot, window: SettingsWindow
) -> None:
    employees = window.section_of(EmployeeSettings)
    assert not employees.was_loaded  # not shown yet: nothing asked of the cloud
    window.nav.setCurrentRow(1)
    assert employees.editor.loading is not None
    settle(qtbot, employees)
    assert employees.editor.loaded

    window.open_section("connection")
    assert window.open_section("employees").ensure_loaded() is None  # loaded already
    worker = window.reload_current()
    assert worker is not None
    settle(qtbot, employees)


def test_the_window_opens_at_the_section_the_caller_names(
    qtbot: QtBot, service: SetupService, tenant: DomainData, tmp_path: Path
) -> None:
    connect(service, tenant)
    window = open_window(
        qtbot, service, server_url=tenant.server_url, state_dir=tmp_path, section="support"
    )
    assert window.current.section_id == "support"
    assert window.nav.currentItem().text() == "Support"
    assert not window.section_of(ConnectionSettings).was_loaded
    with pytest.raises(LookupError):
        window.open_section("nonsense")


def test_every_section_is_reached_with_the_arrow_keys_from_the_side_list(
    qtbot: QtBot, window: SettingsWindow
) -> None:
    _activate(qtbot, window)
    assert window.nav.hasFocus()
    reached: list[SettingsSection] = [window.current]
    for _ in IDS[1:]:
        qtbot.keyClick(window.nav, Qt.Key.Key_Down)
        reached.append(window.current)
        assert _shown(window) is window.current
        settle(qtbot, window.current)
    assert [s.section_id for s in reached] == IDS
    assert all(s.was_loaded for s in window.sections)


def test_tab_goes_from_the_side_list_into_the_section_and_shortcuts_jump(
    qtbot: QtBot, window: SettingsWindow
) -> None:
    _activate(qtbot, window)
    qtbot.keyClick(window.nav, Qt.Key.Key_Tab)
    focused = QApplication.focusWidget()
    assert focused is not None
    assert window.current.isAncestorOf(focused)  # "Verbindung testen", the first control

    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert window.current.section_id == "ranges"
    qtbot.keyClick(window, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert window.current.section_id == "devices"
    qtbot.keyClick(window, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert window.current.section_id == "access"
    settle(qtbot, window.current)
    qtbot.keyClick(window, Qt.Key.Key_F5)
    assert window.current.is_busy  # F5 loads the section again
    settle(qtbot, window.current)
    assert window.nav.item(3).toolTip() == "Strg+4"


def test_the_window_speaks_english_too(
    qtbot: QtBot, english: None, service: SetupService, tenant: DomainData, tmp_path: Path
) -> None:
    connect(service, tenant)
    window = open_window(qtbot, service, server_url=tenant.server_url, state_dir=tmp_path)
    assert _titles(window) == [
        "Connection",
        "Employees",
        "User access",
        "Number ranges",
        "Devices",
        "Sync",
        "Users & roles",
        "Notifications",
        "Fill the cloud",
        "Support",
    ]
    section = window.section_of(ConnectionSettings)
    assert section.role.text() == "Administration"
    assert section.test_button.text() == "&Test connection"
    assert window.reload_button.text() == "Re&load"


def test_a_section_is_added_with_one_entry(
    qtbot: QtBot, service: SetupService, tenant: DomainData, tmp_path: Path
) -> None:
    class Notes(SettingsSection):
        section_id = "notes"

        def title(self) -> str:
            return "Notizen"

        def load(self) -> None:
            self.loads = getattr(self, "loads", 0) + 1

        @property
        def is_busy(self) -> bool:
            return False

    connection = connect(service, tenant)
    window = SettingsWindow(
        service,
        connection,
        server_url=tenant.server_url,
        state_dir=tmp_path,
        sections=(*SECTIONS[:1], Notes, *SECTIONS[1:]),
    )
    qtbot.addWidget(window)
    window.show()
    assert _titles(window)[:3] == ["Verbindung", "Notizen", "Mitarbeiter"]
    notes = window.open_section("notes")
    assert isinstance(notes, Notes)
    assert notes.loads == 1
    assert notes.objectName() == "notesSettings"
    window.close()
