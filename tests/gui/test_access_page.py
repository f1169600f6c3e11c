"""Page 3 "Benutzerzugänge": activation, live state, resend, against the real cloud."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit
from urllib.request import url2pathname

import httpx
from pytestqt.qtbot import QtBot

from cloudsetup.models import DomainData, Employee, EmployeeIn
from cloudsetup.server.embedded import EmbeddedServer
from cloudsetup.services.employees import EmployeeService
from cloudsetup.services.outbox import read_outbox
from cloudsetup.services.setup import SetupService
from cloudsetup.wizard.pages.access import AccessPage
from cloudsetup.wizard.wizard import PageId, SetupWizard
from gui.wizard_pages import WAIT_MS, connect, next_enabled, open_wizard, wait_for

GOOD_PASSWORD = "Kreide-Leiter-Farbeimer-42"


def _employees(service: SetupService, tenant: DomainData, *names: str) -> list[Employee]:
    connect(service, tenant)
    employees = EmployeeService(service)
    return [
        employees.add(EmployeeIn(name=name, email=f"{name.split()[0].lower()}@example.de"))
        for name in names
    ]


def _open(
    qtbot: QtBot, service: SetupService, tenant: DomainData
) -> tuple[SetupWizard, AccessPage]:
    wizard = open_wizard(qtbot, service, tenant)
    assert wizard.currentId() == PageId.ACCESS
    page = wizard.access
    qtbot.waitUntil(lambda: bool(page.employees) and page.selected() is not None, timeout=WAIT_MS)
    return wizard, page


def _state(page: AccessPage, employee: Employee) -> str:
    row = page.model.row_of(employee.id)
    return str(page.model.data(page.model.index(row, 2)))


def _activate(qtbot: QtBot, page: AccessPage, employee: Employee, password: str) -> None:
    page.select(employee.id)
    page.details.password.edit.setText(password)
    page.details.activate_button.click()
    wait_for(qtbot, page.details.running)


def _mails_to(server: EmbeddedServer, email: str) -> list[str]:
    outbox = Path(url2pathname(urlsplit(server.settings.mail_url).path))
    return [
        link
        for message in read_outbox(outbox)
        if email in message.recipients
        for link in message.links
        if "/consent/" in link
    ]


def test_activating_with_a_common_password_shows_the_reason_at_the_password_field(
    qtbot: QtBot, service: SetupService, tenant: DomainData
) -> None:
    (anna,) = _employees(service, tenant, "Anna Becker")
    wizard, page = _open(qtbot, service, tenant)
    _activate(qtbot, page, anna, "passwort123")

    message = page.details.password.message
    assert message.isVisible()
    assert "häufigsten Passwörter" in message.text()
    assert page.details.password.text() == "passwort123"
    assert _state(page, anna) == "Nicht freigeschaltet"
    assert not next_enabled(wizard)


def test_the_live_check_names_the_rule_and_rates_the_strength_while_typing(
    qtbot: QtBot, service: SetupService, tenant: DomainData
) -> None:
    _employees(service, tenant, "Jonas Weber")
    _wizard, page = _open(qtbot, service, tenant)
    field = page.details.password
    qtbot.keyClicks(field.edit, "jonas-weber-2026")
    qtbot.waitUntil(lambda: field.message.isVisible(), timeout=WAIT_MS)
    assert "Namen" in field.message.text()

    field.generate()
    qtbot.waitUntil(lambda: not field.is_checking, timeout=WAIT_MS)
    assert field.field.toggle.isChecked()
    assert not field.message.isVisible()
    assert field.meter_label.text() in {"stark", "sehr stark"}


def test_a_good_password_sends_the_mail_clears_the_field_and_next_needs_everyone_mailed(
    qtbot: QtBot, service: SetupService, tenant: DomainData, cloud_server: EmbeddedServer
) -> None:
    anna, jonas = _employees(service, tenant, "Anna Becker", "Jonas Weber")
    wizard, page = _open(qtbot, service, tenant)
    assert not next_enabled(wizard)
    assert "noch ohne Mail: 2" in page.next_note.text()
    assert page.consent_note.isVisible()

    _activate(qtbot, page, anna, GOOD_PASSWORD)
    assert _state(page, anna) == "Mail gesendet"
    assert page.details.password.text() == ""
    assert "anna@example.de" in page.details.panel.message_label.text()
    assert not next_enabled(wizard)
    assert len(_mails_to(cloud_server, "anna@example.de")) == 1

    _activate(qtbot, page, jonas, GOOD_PASSWORD + "!")
    assert next_enabled(wizard)
    assert not page.next_note.isVisible()
    assert "noch nicht bestätigt" in page.consent_note.text()


def test_the_state_follows_the_cloud_by_polling_up_to_confirmed(
    qtbot: QtBot, service: SetupService, tenant: DomainData, cloud_server: EmbeddedServer
) -> None:
    (lea,) = _employees(service, tenant, "Lea Schmidt")
    _wizard, page = _open(qtbot, service, tenant)
    _activate(qtbot, page, lea, GOOD_PASSWORD)
    (link,) = _mails_to(cloud_server, "lea@example.de")

    response = httpx.post(link, timeout=10)  # what "Ich bin einverstanden" sends
    assert response.status_code == 200
    qtbot.waitUntil(lambda: _state(page, lea) == "Bestätigt", timeout=WAIT_MS)
    assert "Bestätigt am" in page.details.state_label.text()
    assert not page.details.activate_button.isEnabled()
    assert not page.details.resend_button.isEnabled()


def test_resend_mails_a_new_link(
    qtbot: QtBot, service: SetupService, tenant: DomainData, cloud_server: EmbeddedServer
) -> None:
    (murat,) = _employees(service, tenant, "Murat Yilmaz")
    _wizard, page = _open(qtbot, service, tenant)
    assert not page.details.resend_button.isEnabled()
    _activate(qtbot, page, murat, GOOD_PASSWORD)
    assert page.details.resend_button.isEnabled()

    page.details.resend_button.click()
    wait_for(qtbot, page.details.running)
    links = _mails_to(cloud_server, "murat@example.de")
    assert len(links) == 2
    assert links[0] != links[1]
    assert _state(page, murat) == "Mail gesendet"
    assert page.details.panel.kind == "success"


def test_the_poll_runs_only_while_the_page_is_shown(
    qtbot: QtBot, service: SetupService, tenant: DomainData
) -> None:
    _employees(service, tenant, "Anna Becker")
    wizard, page = _open(qtbot, service, tenant)
    assert page.poll_timer.isActive()
    first = page.poll() or page.polling
    assert first is not None
    assert page.poll() is None  # never two polls at once
    wait_for(qtbot, first)

    wizard.back()
    assert wizard.currentId() == PageId.EMPLOYEES
    assert not page.poll_timer.isActive()
    wizard.next()
    qtbot.waitUntil(lambda: page.poll_timer.isActive(), timeout=WAIT_MS)
    wizard.close()
    assert not page.poll_timer.isActive()
