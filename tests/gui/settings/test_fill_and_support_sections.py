"""The settings' "Cloud befüllen" (a real fill of a small office database) and "Support"."""

from __future__ import annotations

import json
import logging
import platform
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QGuiApplication
from pytestqt.qtbot import QtBot

from cloudsetup import __version__
from cloudsetup.localdata import generate_demo_data
from cloudsetup.models import DomainData
from cloudsetup.services import FillService, KeyringSecretStore, SettingsStore, SetupService
from cloudsetup.services.logging_setup import LogFile, install_file_logging
from cloudsetup.wizard.pages.fill_texts import number
from cloudsetup.wizard.settings.connection_section import ConnectionSettings
from cloudsetup.wizard.settings.fill_section import FillSettings
from cloudsetup.wizard.settings.support_section import SupportSettings
from gui.settings.windows import open_window, settle, show
from gui.wizard_pages import WAIT_MS, connect
from support.keyrings import MemoryKeyring
from support.token_recorder import TokenRecorder

PLANTED = "Zq7RkV2mXyPw9aLdT4nHcB6eFgJ3sUoQ1iKrW8vY5tE0pMb"
PLANTED_IN_SETTINGS = "Settings-Token-8hJk2LmN4pQr6sTu8vWx0yZa2bCd4eFg6hIj"

log = logging.getLogger("cloudsetup.tests.support")


@pytest.fixture
def log_file(tmp_path: Path) -> Iterator[LogFile]:
    installed = install_file_logging(tmp_path / "logs")
    assert installed is not None
    yield installed
    installed.close()


class _FolderOpener(QObject):
    """Stands in for the file manager: QDesktopServices hands it the URL it would open."""

    def __init__(self) -> None:
        super().__init__()
        self.opened: list[QUrl] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.opened.append(url)


def test_fill_now_in_the_section_fills_the_cloud_from_a_small_office_database(
    qtbot: QtBot, service: SetupService, tenant: DomainData, tmp_path: Path
) -> None:
    office_db = tmp_path / "office.sqlite3"
    counts = generate_demo_data(office_db, records=240, seed=11)
    connect(service, tenant)
    window = open_window(
        qtbot,
        service,
        server_url=tenant.server_url,
        state_dir=tmp_path / "state",
        office_db=office_db,
        section="fill",
    )
    section = window.section_of(FillSettings)
    assert section.cloud_status.text() == "Die Cloud wurde noch nicht befüllt."
    assert section.fill_panel.counts == counts

    section.fill_panel.fill_button.click()
    qtbot.waitUntil(lambda: section.fill_panel.panel.kind == "success", timeout=WAIT_MS)
    settle(qtbot, section)
    total = sum(counts.values())
    held = FillService(service, state_dir=tmp_path).cloud_data()
    assert sum(t.count for t in held.totals) == total
    assert held.filled_at is not None
    assert section.cloud_status.text().endswith(f"die Cloud hält {number(total)} Datensätze.")
    hint = section.fill_panel.panel.hint_label.text()
    assert hint == "Die Geräte erhalten die neuen Daten bei ihrem nächsten Abgleich."
    assert window.section_of(ConnectionSettings).filled.text() == "erledigt"


def test_the_support_copy_holds_the_facts_and_no_secret(
    qtbot: QtBot,
    tenant: DomainData,
    config_dir: Path,
    memory_keyring: MemoryKeyring,
    log_file: LogFile,
    tmp_path: Path,
) -> None:
    recorder = TokenRecorder()
    service = SetupService(
        client_factory=recorder.factory,
        secrets=KeyringSecretStore(backend=memory_keyring),
        settings=SettingsStore.in_dir(config_dir),
    )
    try:
        connect(service, tenant)
        log.warning("sign-in answered with refresh_token=%s", PLANTED)  # the filter's work
        log_file.handler.flush()
        with log_file.path.open("a", encoding="utf-8") as file:  # past the filter, by hand
            file.write(
                f"2026-03-16 09:00:00,000 DEBUG   planted: Authorization: Bearer {PLANTED}\n"
            )
        settings = json.loads((config_dir / "settings.json").read_text(encoding="utf-8"))
        settings["refresh_token"] = PLANTED_IN_SETTINGS  # unknown keys are ignored on reading
        (config_dir / "settings.json").write_text(json.dumps(settings), encoding="utf-8")

        window = open_window(
            qtbot,
            service,
            server_url=tenant.server_url,
            state_dir=tmp_path / "state",
            log_file=log_file.path,
            section="support",
        )
        section = window.section_of(SupportSettings)
        assert section.role.text() == "Verwaltung"
        assert section.log_path.text() == str(log_file.path)
        assert "planted: Authorization: Bearer ***" in section.log_lines.toPlainText()

        copied = section.copy_diagnostics()
        assert QGuiApplication.clipboard().text() == copied
        assert section.copied.text().startswith("Kopiert")
        lines = copied.splitlines()
        assert f"Server: {tenant.server_url}" in lines
        assert lines[1].startswith(f"Versions: cloudsetup {__version__}, Python ")
        assert platform.python_version() in lines[1]
        assert any(line.startswith(f"Tenant: {tenant.domain} (Testbetrieb ") for line in lines)
        assert any(line.startswith(f"User: {tenant.username} <") for line in lines)
        assert any(line.endswith(", role Administration") for line in lines)
        assert "Last sync: never" in lines
        assert "Last fill: never, the cloud holds 0 records" in lines
        assert f"Log file: {log_file.path}" in lines
        assert any("sign-in answered with refresh_token=***" in line for line in lines)
        assert any(line.endswith("planted: Authorization: Bearer ***") for line in lines)

        secrets = [
            tenant.password,
            PLANTED,
            PLANTED_IN_SETTINGS,
            *memory_keyring.entries.values(),
            *recorder.secrets(),
        ]
        assert len(recorder.secrets()) >= 2  # an access and a refresh token at least
        for secret in secrets:
            assert secret not in copied, secret[:6]
            assert secret not in section.log_lines.toPlainText(), secret[:6]
        window.close()
    finally:
        service.close()


def test_open_the_folder_hands_the_log_folder_to_the_file_manager(
    qtbot: QtBot, service: SetupService, tenant: DomainData, log_file: LogFile, tmp_path: Path
) -> None:
    connect(service, tenant)
    window = open_window(
        qtbot,
        service,
        server_url=tenant.server_url,
        state_dir=tmp_path,
        log_file=log_file.path,
        section="support",
    )
    section = window.section_of(SupportSettings)
    opener = _FolderOpener()
    # PySide6 6.12 takes the slot's name as a str; its stubs say bytes, which it refuses.
    QDesktopServices.setUrlHandler("file", opener, "open")  # type: ignore[arg-type]
    try:
        section.open_folder_button.click()
    finally:
        QDesktopServices.unsetUrlHandler("file")
    assert [url.toLocalFile() for url in opener.opened] == [str(log_file.path.parent)]


def test_support_without_a_log_file_says_so_and_is_fresh_every_time_it_is_opened(
    qtbot: QtBot, service: SetupService, tenant: DomainData, tmp_path: Path
) -> None:
    connect(service, tenant)
    window = open_window(
        qtbot, service, server_url=tenant.server_url, state_dir=tmp_path, section="support"
    )
    section = window.section_of(SupportSettings)
    first = section.facts
    assert first is not None
    assert section.log_path.text() == "Es wird keine Log-Datei geschrieben."
    assert not section.open_folder_button.isEnabled()
    show(qtbot, window, "connection")
    window.open_section("support")
    settle(qtbot, section)
    assert section.facts is not None
    assert section.facts.collected_at > first.collected_at
