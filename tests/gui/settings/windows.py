"""Helpers of the settings window tests: a shown window on a signed-in service, and waiting."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from cloudsetup.services.setup import SetupService
from cloudsetup.wizard.settings.section import SettingsSection
from cloudsetup.wizard.settings.window import SettingsWindow
from gui.wizard_pages import WAIT_MS


def open_window(
    qtbot: QtBot,
    service: SetupService,
    *,
    server_url: str,
    state_dir: Path,
    section: str | None = None,
    office_db: Path | None = None,
    log_file: Path | None = None,
) -> SettingsWindow:
    """A shown settings window of the signed-in ``service``, at ``section`` once it loaded."""
    connection = service.connection
    assert connection is not None, "sign the service in first"
    window = SettingsWindow(
        service,
        connection,
        server_url=server_url,
        office_db=office_db,
        state_dir=state_dir,
        log_file=log_file,
        initial_section=section,
    )
    qtbot.addWidget(window)
    window.show()
    settle(qtbot, window.current)
    return window


def settle(qtbot: QtBot, section: SettingsSection) -> None:
    """Wait until ``section`` has been asked to load and has nothing on its way any more."""
    qtbot.waitUntil(lambda: section.was_loaded and not section.is_busy, timeout=WAIT_MS)


def show(qtbot: QtBot, window: SettingsWindow, section_id: str) -> SettingsSection:
    """Open ``section_id`` in ``window`` and wait until it has loaded."""
    section = window.open_section(section_id)
    settle(qtbot, section)
    return section
