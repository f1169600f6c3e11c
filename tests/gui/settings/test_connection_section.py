"""The settings' "Verbindung": loading on the session, signing in again with page 1's form."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from cloudsetup.models import DomainData, EmployeeIn
from cloudsetup.server.embedded import EmbeddedServer
from cloudsetup.services.employees import EmployeeService
from cloudsetup.services.setup import SetupService
from cloudsetup.wizard.settings.connection_section import ConnectionSettings
from cloudsetup.wizard.settings.employees_section import EmployeeSettings
from cloudsetup.wizard.settings.sign_in_dialog import SignInDialog
from gui.settings.windows import open_window, settle, show
from gui.wizard_pages import WAIT_MS, connect, wait_for
from support.cloud import unique_email
from support.keyrings import MemoryKeyring


def _section(
    qtbot: QtBot, service: SetupService, tenant: DomainData, tmp_path: Path
) -> ConnectionSettings:
    connect(service, tenant)
    window = open_window(qtbot, service, server_url=tenant.server_url, state_dir=tmp_path)
    return window.section_of(ConnectionSettings)


def test_the_section_shows_server_tenant_user_and_role_from_the_cloud(
    qtbot: QtBot, service: SetupService, tenant: DomainData, tmp_path: Path
) -> None:
    section = _section(qtbot, service, tenant, tmp_path)
    assert section.server.text() == tenant.server_url
    assert section.domain.text() == tenant.domain
    assert section.role.text() == "Verwaltung"
    assert section.secret.text() == "im Passwortspeicher dieses Computers gespeichert"
    assert section.employees.text() == "0"
    assert not section.panel.isVisible()  # the load went well: nothing to say


def test_sign_in_again_refuses_a_wrong_password_at_the_field_then_signs_in(
    qtbot: QtBot,
    service: SetupService,
    tenant: DomainData,
    tmp_path: Path,
    memory_keyring: MemoryKeyring,
) -> None:
    section = _section(qtbot, service, tenant, tmp_path)
    stored_before = dict(memory_keyring.entries)
    dialog = section.sign_in_again()
    assert isinstance(dialog, SignInDialog)
    form = dialog.form
    assert (form.server_url.text(), form.domain.text(), form.username.text()) == (
        tenant.server_url,
        tenant.domain,
        tenant.username,
    )
    assert form.password.edit.text() == ""
    assert section.sign_in_again() is dialog  # one dialog at a time

    assert dialog.submit() is None  # no password: said at the field, nothing sent
    assert form.messages["password"].isVisible()
    form.password.edit.setText(tenant.password + "-falsch")
    wait_for(qtbot, dialog.submit())
    assert form.messages["password"].isVisible()
    assert dialog.isVisible()

    form.password.edit.setText(tenant.password)
    with qtbot.waitSignal(dialog.signed_in, timeout=WAIT_MS):
        dialog.sign_in_button.click()
    qtbot.waitUntil(lambda: section.sign_in_dialog is None, timeout=WAIT_MS)
    assert section.panel.kind == "success"
    assert section.panel.message_label.text().startswith("Bei Testbetrieb ")
    assert memory_keyring.entries.keys() == stored_before.keys()
    assert memory_keyring.entries != stored_before  # a new session, kept in the safe


def test_a_cloud_that_is_gone_is_said_in_the_section(
    qtbot: QtBot, service: SetupService, tenant: DomainData, tmp_path: Path
) -> None:
    section = _section(qtbot, service, tenant, tmp_path)
    service.close()  # no session any more: the next load cannot work
    wait_for(qtbot, section.reload())
    settle(qtbot, section)
    assert section.panel.kind == "error"
    assert section.panel.message_label.text() == "Es besteht noch keine Verbindung zur Cloud."


def test_signing_in_to_another_tenant_reloads_the_other_sections(
    qtbot: QtBot,
    service: SetupService,
    tenant: DomainData,
    tmp_path: Path,
    cloud_server: EmbeddedServer,
) -> None:
    connect(service, tenant)
    EmployeeService(service).add(EmployeeIn(name="Anna Becker", email=unique_email()))
    window = open_window(
        qtbot, service, server_url=tenant.server_url, state_dir=tmp_path, section="employees"
    )
    employees = window.section_of(EmployeeSettings)
    assert [e.name for e in employees.editor.employees] == ["Anna Becker"]
    section = window.section_of(ConnectionSettings)
    show(qtbot, window, "connection")

    other = cloud_server.create_tenant(name="Zweitbetrieb Sanitär GmbH", admin_email="z@example.de")
    dialog = section.sign_in_again()
    dialog.form.domain.setText(other.domain)
    dialog.form.password.edit.setText(other.password)
    wait_for(qtbot, dialog.submit())
    assert section.domain.text() == other.domain
    assert section.company.text() == "Zweitbetrieb Sanitär GmbH"
    assert window.heading.text() == "Cloudabgleich – Zweitbetrieb Sanitär GmbH"
    assert employees.is_stale

    show(qtbot, window, "employees")
    assert employees.editor.employees == []  # the other tenant's, fresh from the cloud
