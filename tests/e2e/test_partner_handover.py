"""End to end: a partner prepares a customer's cloud and hands it over; the customer finds it ready.

Everything is real (seed 003): ``cloudsetup-server create-tenant --for-customer`` run as its own
process on the database of the running cloud, the cloud's mail through a real SMTP server on
loopback, the partner's wizard (pages 1–4: access data, an employee, his activation with a
number range and a restriction, the fill of a small office database) and the handover
assistant on offscreen Qt, the invitation link from the received mail accepted in headless
Chromium, and at last the customer's own ``cloudsetup`` on a fresh configuration folder,
signing in on page 1 and landing in the settings window.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Final

import pytest
from playwright.sync_api import Page
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from cloudsetup.localdata import generate_demo_data
from cloudsetup.models import DomainData, Employee, HandoverStep, Role
from cloudsetup.server.embedded import EmbeddedServer
from cloudsetup.services import (
    EmployeeService,
    NotificationService,
    RangeService,
    UserService,
)
from cloudsetup.services.bootstrap import build_setup_service
from cloudsetup.services.setup import SetupService
from cloudsetup.wizard.handover.assistant import HandoverAssistant
from cloudsetup.wizard.handover.steps import Step
from cloudsetup.wizard.launcher import Launcher
from cloudsetup.wizard.pages.dialogs import ConfirmDialog
from cloudsetup.wizard.settings.connection_section import ConnectionSettings
from cloudsetup.wizard.settings.window import SettingsWindow
from cloudsetup.wizard.wizard import PageId, SetupWizard
from gui.launching import launch
from support.cloud import running_server
from support.keyrings import MemoryKeyring
from support.smtp import ReceivedMail, SmtpServer

BIN: Final = Path(sys.executable).parent
WAIT_MS: Final = 20_000
FILL_WAIT_MS: Final = 90_000
CUSTOMER: Final = "Fliesen Kunde GmbH"
PARTNER_EMAIL: Final = "service@systemhaus-partner.example"
CUSTOMER_EMAIL: Final = "inhaber@fliesen-kunde.example"
CUSTOMER_OFFICE: Final = "buero@fliesen-kunde.example"
EMPLOYEE_EMAIL: Final = "karl.kachel@fliesen-kunde.example"
EMPLOYEE_PASSWORD: Final = "Zange-Wasserwaage-Eimer-61"
CUSTOMER_USERNAME: Final = "inhaber"
CUSTOMER_PASSWORD: Final = "Mosaik-Kelle-Laterne-57"
PREFIX: Final = "RE-KK-"


@pytest.fixture
def mailing_cloud(tmp_path: Path, smtp_server: SmtpServer) -> Iterator[EmbeddedServer]:
    """A cloud of its own whose mail goes to the real SMTP server; its SQLite file in tmp_path."""
    with running_server(tmp_path, mail_url=smtp_server.url) as server:
        yield server


def _create_tenant_for_customer(server: EmbeddedServer) -> DomainData:
    """``cloudsetup-server create-tenant --for-customer`` as support staff run it: its own
    process on the running cloud's database (SQLite lets both at the file)."""
    env = {
        **os.environ,
        "DATABASE_URL": server.settings.database_url,
        "MAIL_URL": server.settings.mail_url,
        "PUBLIC_URL": server.url,
    }
    result = subprocess.run(
        [
            str(BIN / "cloudsetup-server"),
            "create-tenant",
            "--for-customer",
            CUSTOMER,
            "--partner-email",
            PARTNER_EMAIL,
            "--json",
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    return DomainData.model_validate(json.loads(result.stdout))


def _next(qtbot: QtBot, wizard: SetupWizard, page: PageId) -> None:
    button = wizard.button(SetupWizard.WizardButton.NextButton)
    qtbot.waitUntil(button.isEnabled, timeout=WAIT_MS)
    button.click()
    assert wizard.currentId() == page


def _sign_in_on_page_one(qtbot: QtBot, wizard: SetupWizard, data: DomainData) -> None:
    page = wizard.credentials
    page.set_values(
        server_url=data.server_url,
        domain=data.domain,
        username=data.username,
        password=data.password,
    )
    assert page.start_test() is not None
    qtbot.waitUntil(page.isComplete, timeout=WAIT_MS)


def _mail_to(qtbot: QtBot, smtp: SmtpServer, address: str) -> ReceivedMail:
    """The newest mail the SMTP server received for ``address`` (waits for the first)."""

    def mails() -> list[ReceivedMail]:
        return [mail for mail in smtp.messages if address in mail.rcpt_tos]

    qtbot.waitUntil(lambda: bool(mails()), timeout=WAIT_MS)
    return mails()[-1]


def _link_in(mail: ReceivedMail, kind: str) -> str:
    text = mail.message.get_body(preferencelist=("plain",))
    assert text is not None
    links = [word.rstrip(".,") for word in str(text.get_content()).split() if f"/{kind}/" in word]
    assert len(links) == 1, links
    return links[0]


def _prepare_through_the_wizard(
    qtbot: QtBot, service: SetupService, partner: DomainData, tmp_path: Path
) -> Employee:
    """Pages 1–4 as the partner walks them for his customer."""
    office_db = tmp_path / "office.sqlite3"
    generate_demo_data(office_db, records=400, seed=7)
    wizard = SetupWizard(
        service,
        portal_url="https://kundenkonto.example.de/",
        office_db=office_db,
        fill_state_dir=tmp_path / "partner-state",
    )
    qtbot.addWidget(wizard)
    wizard.show()
    _sign_in_on_page_one(qtbot, wizard, partner)
    _next(qtbot, wizard, PageId.EMPLOYEES)

    employees = wizard.employees
    qtbot.waitUntil(lambda: employees.loading is None or not employees.loading.is_running)
    dialog = employees.add_employee()
    qtbot.keyClicks(dialog.name, "Karl Kachel")
    qtbot.keyClicks(dialog.email, EMPLOYEE_EMAIL)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    qtbot.waitUntil(lambda: bool(employees.employees), timeout=WAIT_MS)
    _next(qtbot, wizard, PageId.ACCESS)

    access = wizard.access
    qtbot.waitUntil(lambda: bool(access.employees), timeout=WAIT_MS)
    (karl,) = access.employees
    access.select(karl.id)
    details = access.details
    qtbot.keyClicks(details.password.edit, EMPLOYEE_PASSWORD)
    details.activate_button.click()
    qtbot.waitUntil(lambda: not details.is_busy, timeout=WAIT_MS)
    details.setCurrentIndex(1)
    details.may_invoice.click()
    qtbot.waitUntil(lambda: not details.is_busy, timeout=WAIT_MS)
    editor = details.range_editor
    editor.prefix.setText(PREFIX)
    editor.start.setText("1")
    editor.end.setText("500")
    editor.next_number.clear()
    assert editor.save() is not None
    qtbot.waitUntil(lambda: not editor.is_busy, timeout=WAIT_MS)
    details.setCurrentIndex(2)
    details.no_purchase_prices.click()
    qtbot.waitUntil(lambda: not details.is_busy, timeout=WAIT_MS)
    _next(qtbot, wizard, PageId.FILL)

    fill = wizard.fill
    qtbot.waitUntil(lambda: not fill.is_busy and fill.fill_button.isEnabled(), timeout=WAIT_MS)
    fill.fill_button.click()
    qtbot.waitUntil(lambda: fill.panel.kind == "success", timeout=FILL_WAIT_MS)
    assert wizard.button(SetupWizard.WizardButton.FinishButton).isEnabled()
    wizard.button(SetupWizard.WizardButton.FinishButton).click()
    return karl


def _hand_over(
    qtbot: QtBot,
    service: SetupService,
    smtp: SmtpServer,
    browser: Page,
    monkeypatch: pytest.MonkeyPatch,
) -> HandoverAssistant:
    """The assistant: invite, the customer accepts in Chromium, step back, recipients."""
    monkeypatch.setattr(HandoverAssistant, "POLL_MS", 300)
    assistant = HandoverAssistant(UserService(service), NotificationService(service), service)
    qtbot.addWidget(assistant)
    assistant.show()
    qtbot.waitUntil(
        lambda: assistant.overview is not None and not assistant.is_busy, timeout=WAIT_MS
    )
    assert assistant.done_steps() == [Step.CREATED, Step.PREPARED]

    controls = assistant.controls
    qtbot.keyClicks(controls.invite_form.email, CUSTOMER_EMAIL)
    qtbot.keyClicks(controls.invite_form.display_name, "Petra Kunde")
    controls.invite_button.click()
    qtbot.waitUntil(lambda: Step.INVITED in assistant.done_steps(), timeout=WAIT_MS)
    assert not controls.step_back_button.isEnabled()

    link = _link_in(_mail_to(qtbot, smtp, CUSTOMER_EMAIL), "invitation")
    browser.goto(link)
    browser.fill("#username", CUSTOMER_USERNAME)
    browser.fill("#password", CUSTOMER_PASSWORD)
    browser.fill("#repeat", CUSTOMER_PASSWORD)
    browser.get_by_role("button", name="Zugang einrichten").click()
    browser.wait_for_load_state()
    assert "Zugang eingerichtet" in browser.content()

    qtbot.waitUntil(lambda: Step.ACCEPTED in assistant.done_steps(), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: controls.step_back_button.isEnabled(), timeout=WAIT_MS)
    box = assistant.step_back()
    assert isinstance(box, ConfirmDialog)
    box.confirm_button.click()
    qtbot.waitUntil(lambda: Step.STEPPED_BACK in assistant.done_steps(), timeout=WAIT_MS)

    qtbot.waitUntil(lambda: not assistant.is_busy, timeout=WAIT_MS)
    assert assistant.recipients.editor.toPlainText() == PARTNER_EMAIL
    controls.fill_in_button.click()  # the customer's address instead of the partner's
    editor = assistant.recipients.editor
    assert editor.toPlainText() == CUSTOMER_EMAIL
    assistant.recipients.set_text(f"{editor.toPlainText()}\n{CUSTOMER_OFFICE}")
    assert assistant.recipients.own_removed.isVisible()
    with qtbot.waitSignal(assistant.recipients.saved, timeout=WAIT_MS):
        assistant.recipients.save_button.click()
    qtbot.waitUntil(lambda: assistant.done_steps() == list(Step), timeout=WAIT_MS)
    assistant.close()
    return assistant


def test_a_partner_prepares_and_hands_over_and_the_customer_finds_everything_ready(
    qtbot: QtBot,
    service: SetupService,
    mailing_cloud: EmbeddedServer,
    smtp_server: SmtpServer,
    browser_page: Page,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    partner = _create_tenant_for_customer(mailing_cloud)
    assert (partner.server_url, partner.username) == (mailing_cloud.url, "partner")

    karl = _prepare_through_the_wizard(qtbot, service, partner, tmp_path)
    assert "/consent/" in _link_in(_mail_to(qtbot, smtp_server, EMPLOYEE_EMAIL), "consent")
    filled = _mail_to(qtbot, smtp_server, PARTNER_EMAIL)  # he gets the notifications so far
    assert "befüllt" in str(filled.message["Subject"])
    # During the preparation he had made himself the recipient (in the settings' section).
    NotificationService(service).save(PARTNER_EMAIL)
    _hand_over(qtbot, service, smtp_server, browser_page, monkeypatch)

    handover = UserService(service).handover()
    assert handover.step is HandoverStep.PARTNER_IS_SERVICE_PROVIDER
    recipients = NotificationService(service).load().recipients
    assert recipients.addresses == [CUSTOMER_EMAIL, CUSTOMER_OFFICE]
    assert recipients.effective == [CUSTOMER_EMAIL, CUSTOMER_OFFICE]

    # The customer's own computer: nothing stored yet, page 1 with his access data.
    customer_config = tmp_path / "customer-config"
    customer_keyring = MemoryKeyring()
    customer = build_setup_service(config_dir=customer_config, keyring_backend=customer_keyring)
    try:
        launcher = Launcher(customer, customer.local_settings())
        wizard = launch(qtbot, launcher)
        assert isinstance(wizard, SetupWizard)
        assert wizard.currentId() == PageId.CREDENTIALS
        mine = partner.model_copy(
            update={"username": CUSTOMER_USERNAME, "password": CUSTOMER_PASSWORD}
        )
        _sign_in_on_page_one(qtbot, wizard, mine)
        connection = wizard.connection
        assert connection is not None
        assert connection.user.role is Role.ADMINISTRATION
        assert connection.user.email == CUSTOMER_EMAIL
        assert connection.tenant.name == CUSTOMER
        assert connection.tenant.setup.is_complete  # nothing left for him to do
        # Everything is prepared: page 1 hands him straight to the settings window.
        qtbot.waitUntil(lambda: launcher.settings_window is not None, timeout=WAIT_MS)
        window = launcher.settings_window
        assert isinstance(window, SettingsWindow)
        qtbot.addWidget(window)
        assert window.isVisible()
        assert not wizard.isVisible()
        shown = window.section_of(ConnectionSettings)
        qtbot.waitUntil(lambda: shown.domain.text() == partner.domain, timeout=WAIT_MS)
        assert shown.user.text() == CUSTOMER_USERNAME

        (employee,) = EmployeeService(customer).list()
        assert (employee.id, employee.email) == (karl.id, EMPLOYEE_EMAIL)
        assert employee.access.state.mail_was_sent
        assert employee.permissions.may_create_invoices
        assert employee.permissions.restrictions.no_purchase_prices
        (karls_range,) = [r for r in RangeService(customer).list() if r.employee_id == karl.id]
        assert (karls_range.prefix, karls_range.start, karls_range.end) == (PREFIX, 1, 500)
        users = UserService(customer).overview()
        assert users.my_role is Role.ADMINISTRATION
        roles = {user.email: user.role for user in users.users}
        assert roles == {PARTNER_EMAIL: Role.SERVICE_PROVIDER, CUSTOMER_EMAIL: Role.ADMINISTRATION}
        assert NotificationService(customer).load().own_gets_mail
        window.close()
    finally:
        customer.close()

    # His next start: the stored sign-in opens the settings window directly.
    again = build_setup_service(config_dir=customer_config, keyring_backend=customer_keyring)
    try:
        reopened = launch(qtbot, Launcher(again, again.local_settings()))
        assert isinstance(reopened, SettingsWindow)
        reopened.close()
    finally:
        again.close()
