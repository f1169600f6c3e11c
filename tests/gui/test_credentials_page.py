"""Page 1 "Zugangsdaten" against the real cloud over real HTTP on 127.0.0.1."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from cloudsetup.models import DomainData
from cloudsetup.server.embedded import EmbeddedServer
from cloudsetup.services.secrets import SERVICE_NAME, SecretKey
from cloudsetup.services.setup import SetupService
from cloudsetup.wizard.pages.credentials import CredentialsPage
from cloudsetup.wizard.wizard import PageId, SetupWizard
from support.cloud import new_tenant
from support.keyrings import MemoryKeyring

MakeWizard = Callable[[SetupService], SetupWizard]


@pytest.fixture
def make_wizard(qtbot: QtBot) -> Iterator[MakeWizard]:
    alive: list[SetupWizard] = []  # qtbot holds widgets weakly; a test may drop its reference

    def make(service: SetupService, server_url: str = "") -> SetupWizard:
        wizard = SetupWizard(
            service, portal_url="https://kundenkonto.example.de/", server_url=server_url
        )
        qtbot.addWidget(wizard)
        wizard.show()
        alive.append(wizard)
        return wizard

    yield make
    alive.clear()


def _fill(page: CredentialsPage, data: DomainData, *, password: str | None = None) -> None:
    page.set_values(
        server_url=data.server_url,
        domain=data.domain,
        username=data.username,
        password=data.password if password is None else password,
    )


def _test(qtbot: QtBot, page: CredentialsPage) -> None:
    worker = page.start_test()
    assert worker is not None, page.form.messages
    qtbot.waitUntil(lambda: not worker.is_running, timeout=20_000)


def test_wrong_password_shows_the_message_at_the_password_field_and_keeps_the_input(
    qtbot: QtBot, make_wizard: MakeWizard, service: SetupService, tenant: DomainData
) -> None:
    page = make_wizard(service).credentials
    _fill(page, tenant, password="definitely-wrong")
    _test(qtbot, page)

    message = page.form.messages["password"]
    assert message.isVisible()
    assert "Domäne, Benutzername oder Passwort stimmen nicht." in message.text()
    assert page.values() == (tenant.server_url, tenant.domain, tenant.username, "definitely-wrong")
    assert not page.isComplete()
    assert not page.wizard().button(SetupWizard.WizardButton.NextButton).isEnabled()


def test_right_credentials_enable_next_and_keep_the_refresh_token_in_the_keyring(
    qtbot: QtBot,
    make_wizard: MakeWizard,
    service: SetupService,
    memory_keyring: MemoryKeyring,
    tenant: DomainData,
) -> None:
    wizard = make_wizard(service)
    page = wizard.credentials
    _fill(page, tenant)
    _test(qtbot, page)

    assert page.isComplete()
    assert wizard.button(SetupWizard.WizardButton.NextButton).isEnabled()
    assert page.panel.kind == "success"
    assert tenant.domain in page.panel.message_label.text()
    key = SecretKey(tenant.server_url, tenant.domain, tenant.username).keyring_username
    token = memory_keyring.entries[(SERVICE_NAME, key)]
    assert token
    assert token != tenant.password
    assert tenant.password not in service.local_settings().model_dump_json()


def test_cancel_during_a_test_resets_the_page_at_once_and_keeps_the_input(
    qtbot: QtBot, make_wizard: MakeWizard, service: SetupService, tenant: DomainData
) -> None:
    page = make_wizard(service).credentials
    _fill(page, tenant)
    worker = page.start_test()
    assert worker is not None
    assert page.busy.isVisible()
    assert page.form.domain.isReadOnly()
    assert not page.test_button.isEnabled()

    qtbot.mouseClick(page.busy.cancel_button, Qt.MouseButton.LeftButton)

    assert not page.busy.isVisible()
    assert page.test_button.isEnabled()
    assert not page.form.domain.isReadOnly()
    assert page.values().password == tenant.password
    qtbot.waitUntil(lambda: not worker.is_running, timeout=20_000)
    # The test succeeded on the server, but its result was dropped.
    assert not page.isComplete()
    assert page.panel.kind == "info"


def test_pasting_a_domain_data_block_into_a_field_fills_all_fields(
    qtbot: QtBot, make_wizard: MakeWizard, service: SetupService, tenant: DomainData
) -> None:
    page = make_wizard(service).credentials
    QGuiApplication.clipboard().setText("Ihre Domäne-Daten:\n" + tenant.as_block() + "\n")
    page.form.username.setFocus()
    qtbot.keySequence(page.form.username, QKeySequence.StandardKey.Paste)

    assert page.values() == (tenant.server_url, tenant.domain, tenant.username, tenant.password)
    assert page.form.advanced.isVisible()
    _test(qtbot, page)
    assert page.isComplete()


def test_paste_button_fills_the_fields_from_the_clipboard(
    qtbot: QtBot, make_wizard: MakeWizard, service: SetupService, tenant: DomainData
) -> None:
    page = make_wizard(service).credentials
    QGuiApplication.clipboard().setText(tenant.as_block())
    qtbot.mouseClick(page.paste_button, Qt.MouseButton.LeftButton)
    assert page.values() == (tenant.server_url, tenant.domain, tenant.username, tenant.password)


def test_single_line_paste_stays_a_normal_paste(
    qtbot: QtBot, make_wizard: MakeWizard, service: SetupService
) -> None:
    page = make_wizard(service).credentials
    QGuiApplication.clipboard().setText("malerbetrieb-muster")
    page.form.domain.setFocus()
    qtbot.keySequence(page.form.domain, QKeySequence.StandardKey.Paste)
    assert page.form.domain.text() == "malerbetrieb-muster"
    assert page.form.username.text() == ""


def test_editing_a_field_after_success_disables_next_again(
    qtbot: QtBot, make_wizard: MakeWizard, service: SetupService, tenant: DomainData
) -> None:
    wizard = make_wizard(service)
    page = wizard.credentials
    _fill(page, tenant)
    _test(qtbot, page)
    assert wizard.button(SetupWizard.WizardButton.NextButton).isEnabled()

    qtbot.keyClicks(page.form.username, "x")

    assert not page.isComplete()
    assert not wizard.button(SetupWizard.WizardButton.NextButton).isEnabled()
    assert not page.panel.isVisible()


def test_invalid_domain_is_reported_at_the_field_without_asking_the_cloud(
    make_wizard: MakeWizard, service: SetupService, tenant: DomainData
) -> None:
    page = make_wizard(service).credentials
    _fill(page, tenant)
    page.set_values(domain="-kaputt-")
    assert page.start_test() is None
    assert page.form.messages["domain"].isVisible()
    assert "Bindestrich" in page.form.messages["domain"].text()
    assert not page.busy.isVisible()


def test_password_is_masked_and_the_toggle_shows_it(
    qtbot: QtBot, make_wizard: MakeWizard, service: SetupService
) -> None:
    field = make_wizard(service).credentials.form.password
    assert field.edit.echoMode() == QLineEdit.EchoMode.Password
    qtbot.mouseClick(field.toggle, Qt.MouseButton.LeftButton)
    assert field.edit.echoMode() == QLineEdit.EchoMode.Normal
    qtbot.mouseClick(field.toggle, Qt.MouseButton.LeftButton)
    assert field.edit.echoMode() == QLineEdit.EchoMode.Password


def test_enter_in_a_field_starts_the_test_and_works_without_a_mouse(
    qtbot: QtBot, make_wizard: MakeWizard, service: SetupService, tenant: DomainData
) -> None:
    wizard = make_wizard(service)
    page = wizard.credentials
    _fill(page, tenant)
    qtbot.keyClick(page.form.password.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(page.isComplete, timeout=20_000)
    qtbot.keyClick(page.form.password.edit, Qt.Key.Key_Return)
    assert wizard.currentId() == PageId.EMPLOYEES


def test_rate_limited_sign_in_says_how_long_to_wait(
    qtbot: QtBot, make_wizard: MakeWizard, service: SetupService, cloud_server: EmbeddedServer
) -> None:
    data = new_tenant(cloud_server)
    page = make_wizard(service).credentials
    _fill(page, data, password="wrong-again")
    for _ in range(20):
        _test(qtbot, page)
        if page.panel.kind == "error":
            break
    assert "zu viele fehlgeschlagene Anmeldeversuche" in page.panel.message_label.text()
    assert "Bitte warten Sie" in page.panel.hint_label.text()
