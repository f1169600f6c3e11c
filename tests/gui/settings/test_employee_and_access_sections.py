"""The settings' "Mitarbeiter" and "Benutzerzugänge": changes reach the real cloud at once."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from cloudsetup.models import DomainData, Employee, EmployeeIn
from cloudsetup.server.embedded import EmbeddedServer
from cloudsetup.services.employees import EmployeeService
from cloudsetup.services.setup import SetupService
from cloudsetup.wizard.settings.access_section import AccessSettings
from cloudsetup.wizard.settings.employees_section import EmployeeSettings
from cloudsetup.wizard.settings.window import SettingsWindow
from gui.settings.windows import open_window, settle, show
from gui.wizard_pages import WAIT_MS, connect, wait_for
from support.cloud import outbox_mails, unique_email

PASSWORD = "Kreide-Leiter-Farbeimer-42"


def _window(
    qtbot: QtBot, service: SetupService, tenant: DomainData, tmp_path: Path, section: str
) -> SettingsWindow:
    return open_window(
        qtbot, service, server_url=tenant.server_url, state_dir=tmp_path, section=section
    )


def _in_cloud(service: SetupService) -> dict[str, Employee]:
    return {e.email: e for e in EmployeeService(service).list()}


def test_an_employee_added_in_the_section_is_in_the_cloud_and_edits_are_saved(
    qtbot: QtBot, service: SetupService, tenant: DomainData, tmp_path: Path
) -> None:
    connect(service, tenant)
    window = _window(qtbot, service, tenant, tmp_path, "employees")
    section = window.section_of(EmployeeSettings)
    editor = section.editor
    assert editor.employees == []

    dialog = editor.add_employee()
    qtbot.keyClicks(dialog.name, "Anna Becker")
    qtbot.keyClicks(dialog.email, "anna.becker@example.de")
    wait_for(qtbot, dialog.submit())
    anna = _in_cloud(service)["anna.becker@example.de"]
    assert anna.name == "Anna Becker"
    assert [e.name for e in editor.employees] == ["Anna Becker"]

    editor.table.selectRow(0)
    editing = editor.edit_selected()
    assert editing is not None
    editing.name.setText("Anna Becker-Schulz")
    editing.employee_number.setText("101")
    wait_for(qtbot, editing.submit())
    stored = _in_cloud(service)["anna.becker@example.de"]
    assert (stored.id, stored.name, stored.employee_number) == (
        anna.id,
        "Anna Becker-Schulz",
        "101",
    )
    assert editor.panel.message_label.text() == "Anna Becker-Schulz ist in der Cloud gespeichert."


def test_the_section_checks_like_the_wizard_at_the_field(
    qtbot: QtBot, service: SetupService, tenant: DomainData, tmp_path: Path
) -> None:
    connect(service, tenant)
    taken = EmployeeService(service).add(EmployeeIn(name="Jonas Weber", email=unique_email()))
    window = _window(qtbot, service, tenant, tmp_path, "employees")
    editor = window.section_of(EmployeeSettings).editor

    dialog = editor.add_employee()
    qtbot.keyClicks(dialog.name, "Lea Schmidt")
    qtbot.keyClicks(dialog.email, "lea.schmidt@")
    assert dialog.submit() is None  # refused here, before anything is sent
    assert dialog.messages["email"].isVisible()

    dialog.email.setText(taken.email.upper())
    wait_for(qtbot, dialog.submit())
    assert "bereits" in dialog.messages["email"].text()  # the cloud's answer, at the field
    assert dialog.isVisible()
    dialog.reject()
    assert list(_in_cloud(service)) == [taken.email]


def test_activation_resend_and_a_permission_toggle_are_saved_in_the_cloud(
    qtbot: QtBot,
    service: SetupService,
    tenant: DomainData,
    tmp_path: Path,
    cloud_server: EmbeddedServer,
) -> None:
    connect(service, tenant)
    murat = EmployeeService(service).add(EmployeeIn(name="Murat Yilmaz", email=unique_email()))
    window = _window(qtbot, service, tenant, tmp_path, "access")
    section = window.section_of(AccessSettings)
    editor = section.editor
    qtbot.waitUntil(lambda: editor.selected() is not None, timeout=WAIT_MS)
    details = editor.details

    details.password.edit.setText(PASSWORD)
    details.activate_button.click()
    wait_for(qtbot, details.running)
    assert _in_cloud(service)[murat.email].access.state.mail_was_sent
    details.resend_button.click()
    wait_for(qtbot, details.running)
    assert len(outbox_mails(cloud_server, murat.email)) == 2

    details.setCurrentIndex(2)
    details.no_purchase_prices.click()
    qtbot.waitUntil(lambda: not details.is_busy, timeout=WAIT_MS)
    assert details.restrictions_status.text() == "Gespeichert."
    assert _in_cloud(service)[murat.email].permissions.restrictions.no_purchase_prices


def test_a_change_in_one_section_reloads_the_other_when_it_is_shown_next(
    qtbot: QtBot, service: SetupService, tenant: DomainData, tmp_path: Path
) -> None:
    connect(service, tenant)
    EmployeeService(service).add(EmployeeIn(name="Anna Becker", email=unique_email()))
    window = _window(qtbot, service, tenant, tmp_path, "access")
    access = window.section_of(AccessSettings)
    assert [e.name for e in access.editor.employees] == ["Anna Becker"]

    employees = show(qtbot, window, "employees")
    assert isinstance(employees, EmployeeSettings)
    dialog = employees.editor.add_employee()
    dialog.name.setText("Jonas Weber")
    dialog.email.setText(unique_email())
    wait_for(qtbot, dialog.submit())
    assert access.is_stale

    window.open_section("access")
    settle(qtbot, access)
    assert [e.name for e in access.editor.employees] == ["Anna Becker", "Jonas Weber"]
