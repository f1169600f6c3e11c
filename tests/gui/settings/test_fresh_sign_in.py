"""A first start on a new computer, against a cloud a partner has set up completely already:
page 1 signs in, and the settings window opens instead of page 2, with its sections loaded."""

from __future__ import annotations

import threading
import uuid
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from cloudsetup.cloud import CloudClient
from cloudsetup.localdata import OfficeDatabase, generate_demo_data
from cloudsetup.models import DomainData, EmployeeIn
from cloudsetup.server.embedded import EmbeddedServer
from cloudsetup.services import (
    AccessService,
    EmployeeService,
    FillService,
    SessionSecretStore,
    SettingsStore,
    SetupService,
)
from cloudsetup.services.bootstrap import build_setup_service
from cloudsetup.wizard.launcher import Launcher
from cloudsetup.wizard.settings.connection_section import ConnectionSettings
from cloudsetup.wizard.settings.employees_section import EmployeeSettings
from cloudsetup.wizard.settings.fill_section import FillSettings
from cloudsetup.wizard.settings.window import SettingsWindow
from cloudsetup.wizard.wizard import PageId, SetupWizard
from gui.launching import launch
from gui.settings.windows import settle
from gui.wizard_pages import WAIT_MS, connect
from support.keyrings import MemoryKeyring

PASSWORD = "Kreide-Leiter-Farbeimer-42"


def _prepare(server: EmbeddedServer, tmp_path: Path) -> tuple[DomainData, Path]:
    """What the partner did on his own computer: employees activated, the cloud filled."""
    access = server.create_partner_tenant(
        customer_name=f"Fliesen Kunde {uuid.uuid4().hex[:6]} GmbH",
        partner_email="service@systemhaus.example",
    )
    partner = SetupService(
        client_factory=CloudClient,
        secrets=SessionSecretStore(),
        settings=SettingsStore(tmp_path / "partner" / "settings.json"),
    )
    try:
        connect(partner, access)
        employees = EmployeeService(partner)
        for name in ("Anna Becker", "Jonas Weber"):
            email = f"{name.split()[0].lower()}-{uuid.uuid4().hex[:6]}@example.de"
            employee = employees.add(EmployeeIn(name=name, email=email))
            AccessService(partner).activate(employee.id, PASSWORD)
        office_db = tmp_path / "office.sqlite3"
        generate_demo_data(office_db, records=200, seed=3)
        with OfficeDatabase(office_db) as office:
            FillService(partner, state_dir=tmp_path / "partner").run(
                office, on_progress=lambda _p: None, cancel=threading.Event()
            )
        assert partner.setup_state().is_complete
    finally:
        partner.close()
    return access, office_db


@pytest.fixture
def prepared(cloud_server: EmbeddedServer, tmp_path: Path) -> tuple[DomainData, Path]:
    return _prepare(cloud_server, tmp_path)


def test_a_fresh_sign_in_to_a_prepared_cloud_opens_the_settings_with_everything_there(
    qtbot: QtBot, prepared: tuple[DomainData, Path], tmp_path: Path
) -> None:
    access, office_db = prepared
    fresh = tmp_path / "new-computer"
    service = build_setup_service(config_dir=fresh, keyring_backend=MemoryKeyring())
    try:
        launcher = Launcher(service, service.local_settings(), office_db=office_db)
        wizard = launch(qtbot, launcher)
        assert isinstance(wizard, SetupWizard)
        assert wizard.currentId() == PageId.CREDENTIALS  # nothing stored on this computer

        page = wizard.credentials
        page.set_values(
            server_url=access.server_url,
            domain=access.domain,
            username=access.username,
            password=access.password,
        )
        with qtbot.waitSignal(launcher.opened, timeout=WAIT_MS) as opened:
            page.test_button.click()
        window = opened.args[0]
        assert isinstance(window, SettingsWindow)
        qtbot.addWidget(window)
        assert launcher.settings_window is window
        qtbot.waitUntil(lambda: not wizard.isVisible(), timeout=WAIT_MS)
        assert window.isVisible()

        for section in window.sections:  # each loads when shown, as a user clicks through
            window.open_section(section.section_id)
            settle(qtbot, section)
        connection = window.section_of(ConnectionSettings)
        assert connection.domain.text() == access.domain
        assert connection.user.text() == "partner"
        assert connection.email.text() == "service@systemhaus.example"
        assert connection.filled.text() == "erledigt"
        assert connection.activated.text() == "2 von 2, 0 bestätigt"
        names = [e.name for e in window.section_of(EmployeeSettings).editor.employees]
        assert names == ["Anna Becker", "Jonas Weber"]
        assert window.section_of(FillSettings).cloud_status.text().startswith("Zuletzt befüllt")
        assert SettingsStore.in_dir(fresh).load().domain == access.domain
        window.close()
    finally:
        service.close()


def test_the_wizard_opened_from_the_settings_stays_open_on_a_complete_setup(
    qtbot: QtBot, prepared: tuple[DomainData, Path], tmp_path: Path
) -> None:
    access, office_db = prepared
    service = build_setup_service(config_dir=tmp_path / "pc", keyring_backend=MemoryKeyring())
    try:
        launcher = Launcher(service, service.local_settings(), office_db=office_db)
        wizard = launch(qtbot, launcher)
        assert isinstance(wizard, SetupWizard)
        wizard.credentials.set_values(
            server_url=access.server_url,
            domain=access.domain,
            username=access.username,
            password=access.password,
        )
        with qtbot.waitSignal(launcher.opened, timeout=WAIT_MS) as opened:
            wizard.credentials.start_test()
        window = opened.args[0]
        assert isinstance(window, SettingsWindow)
        qtbot.addWidget(window)

        window.wizard_button.click()  # "Einrichtungsassistent öffnen": walk the steps again
        again = launcher.wizard
        assert again is not None
        assert again is not wizard
        qtbot.addWidget(again)
        assert again.isVisible()
        assert again.currentId() == PageId.FILL  # every step done: at the last page
        QApplication.processEvents()  # the launcher's queued look at the complete setup
        assert again.isVisible()
        assert launcher.settings_window is window
        again.close()
        window.close()
    finally:
        service.close()
