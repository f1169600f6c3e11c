"""End to end: the admin walks pages 1–3, the employee agrees in a browser, page 3 says so.

Everything is real: the cloud over HTTP on 127.0.0.1, its mail through a real SMTP server
(aiosmtpd), the consent link opened and the button clicked in headless Chromium, and the wizard
on offscreen Qt picking the new state up by its own polling.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Page
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from cloudsetup.models import DomainData
from cloudsetup.server.embedded import EmbeddedServer
from cloudsetup.services.setup import SetupService
from cloudsetup.wizard.wizard import PageId, SetupWizard
from support.cloud import new_tenant, running_server
from support.smtp import SmtpServer

WAIT_MS = 20_000
PASSWORD = "Kreide-Leiter-Farbeimer-42"


@pytest.fixture
def mailing_cloud(tmp_path: Path, smtp_server: SmtpServer) -> Iterator[EmbeddedServer]:
    """A cloud of its own whose mail goes to the real SMTP server."""
    with running_server(tmp_path, mail_url=smtp_server.url) as server:
        yield server


def _next(qtbot: QtBot, wizard: SetupWizard, page: PageId) -> None:
    button = wizard.button(SetupWizard.WizardButton.NextButton)
    qtbot.waitUntil(button.isEnabled, timeout=WAIT_MS)
    button.click()
    assert wizard.currentId() == page


def _sign_in(qtbot: QtBot, wizard: SetupWizard, tenant: DomainData) -> None:
    page = wizard.credentials
    page.set_values(
        server_url=tenant.server_url,
        domain=tenant.domain,
        username=tenant.username,
        password=tenant.password,
    )
    assert page.start_test() is not None
    qtbot.waitUntil(page.isComplete, timeout=WAIT_MS)


def _add_employee(qtbot: QtBot, wizard: SetupWizard, name: str, email: str) -> None:
    page = wizard.employees
    qtbot.waitUntil(lambda: page.loading is None or not page.loading.is_running, timeout=WAIT_MS)
    dialog = page.add_employee()
    qtbot.keyClicks(dialog.name, name)
    qtbot.keyClicks(dialog.email, email)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    qtbot.waitUntil(lambda: any(e.email == email for e in page.employees), timeout=WAIT_MS)


def _state_of(wizard: SetupWizard, email: str) -> str:
    page = wizard.access
    (employee,) = [e for e in page.employees if e.email == email]
    row = page.model.row_of(employee.id)
    return str(page.model.data(page.model.index(row, 2)))


def test_employee_agrees_in_chromium_and_page_three_shows_bestaetigt(
    qtbot: QtBot,
    service: SetupService,
    mailing_cloud: EmbeddedServer,
    smtp_server: SmtpServer,
    browser_page: Page,
) -> None:
    tenant = new_tenant(mailing_cloud)
    wizard = SetupWizard(service, portal_url="https://kundenkonto.example.de/")
    qtbot.addWidget(wizard)
    wizard.show()

    _sign_in(qtbot, wizard, tenant)
    _next(qtbot, wizard, PageId.EMPLOYEES)
    _add_employee(qtbot, wizard, "Anna Becker", "anna.becker@malerbetrieb-muster.example")
    _next(qtbot, wizard, PageId.ACCESS)

    access = wizard.access
    qtbot.waitUntil(lambda: bool(access.employees), timeout=WAIT_MS)
    (anna,) = access.employees
    access.select(anna.id)
    qtbot.keyClicks(access.details.password.edit, PASSWORD)
    access.details.activate_button.click()
    qtbot.waitUntil(lambda: _state_of(wizard, anna.email) == "Mail gesendet", timeout=WAIT_MS)

    (mail,) = smtp_server.wait_for(1)
    assert mail.rcpt_tos == (anna.email,)
    text = mail.message.get_body(preferencelist=("plain",))
    assert text is not None
    links = [word for word in str(text.get_content()).split() if "/consent/" in word]
    assert len(links) == 1
    link = links[0].rstrip(".,")
    assert link.startswith(mailing_cloud.url)

    browser_page.goto(link)
    browser_page.get_by_role("button", name="Ich bin einverstanden").click()
    browser_page.wait_for_load_state()
    assert "bestätigt" in browser_page.content().lower()

    qtbot.waitUntil(lambda: _state_of(wizard, anna.email) == "Bestätigt", timeout=WAIT_MS)
    assert wizard.button(SetupWizard.WizardButton.NextButton).isEnabled()
