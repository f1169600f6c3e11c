"""Page 3 shows the states a person must act on: a mail that failed, a link that expired."""

from __future__ import annotations

import socket
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from cloudsetup.models import DomainData, Employee, EmployeeIn
from cloudsetup.server.embedded import EmbeddedServer
from cloudsetup.services.employees import EmployeeService
from cloudsetup.services.setup import SetupService
from cloudsetup.wizard.pages.access import AccessPage
from cloudsetup.wizard.wizard import PageId, SetupWizard
from gui.wizard_pages import WAIT_MS, connect, open_wizard, wait_for
from support.cloud import new_tenant, running_server

GOOD_PASSWORD = "Kreide-Leiter-Farbeimer-42"
#: How long a consent link lives in the expiry test: long enough to be mailed, short to wait out.
SHORT_LINK_DAYS = 1.5 / 86_400


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture
def cloud_without_mail(tmp_path: Path) -> Iterator[EmbeddedServer]:
    """A cloud whose SMTP server does not answer (nothing listens on its port)."""
    url = f"smtp://127.0.0.1:{_closed_port()}?timeout=2"
    with running_server(tmp_path, mail_url=url) as server:
        yield server


@pytest.fixture
def cloud_with_short_links(tmp_path: Path) -> Iterator[EmbeddedServer]:
    with running_server(tmp_path, consent_link_days=SHORT_LINK_DAYS) as server:
        yield server


def _open_with(
    qtbot: QtBot, service: SetupService, tenant: DomainData, name: str
) -> tuple[SetupWizard, AccessPage, Employee]:
    connect(service, tenant)
    employee = EmployeeService(service).add(EmployeeIn(name=name, email="anna@example.de"))
    wizard = open_wizard(qtbot, service, tenant)
    assert wizard.currentId() == PageId.ACCESS
    page = wizard.access
    qtbot.waitUntil(lambda: bool(page.employees), timeout=WAIT_MS)
    page.select(employee.id)
    return wizard, page, employee  # the caller keeps the wizard alive: qtbot holds it weakly


def _state(page: AccessPage, employee: Employee) -> str:
    row = page.model.row_of(employee.id)
    return str(page.model.data(page.model.index(row, 2)))


def _activate(qtbot: QtBot, page: AccessPage) -> None:
    page.details.password.edit.setText(GOOD_PASSWORD)
    page.details.activate_button.click()
    wait_for(qtbot, page.details.running)


def test_a_mail_that_cannot_be_sent_shows_the_reason_and_resend_stays_possible(
    qtbot: QtBot, service: SetupService, cloud_without_mail: EmbeddedServer
) -> None:
    tenant = new_tenant(cloud_without_mail)
    _wizard, page, anna = _open_with(qtbot, service, tenant, "Anna Becker")

    _activate(qtbot, page)

    qtbot.waitUntil(lambda: _state(page, anna) == "Mail fehlgeschlagen", timeout=WAIT_MS)
    panel = page.details.panel
    assert panel.kind == "error"
    assert panel.message_label.text()
    assert "Traceback" not in panel.message_label.text() + panel.hint_label.text()
    assert page.details.resend_button.isEnabled()


def test_an_expired_link_is_shown_as_expired_and_can_be_sent_again(
    qtbot: QtBot, service: SetupService, cloud_with_short_links: EmbeddedServer
) -> None:
    tenant = new_tenant(cloud_with_short_links)
    _wizard, page, anna = _open_with(qtbot, service, tenant, "Anna Becker")
    _activate(qtbot, page)
    assert _state(page, anna) == "Mail gesendet"
    deadline = time.monotonic() + SHORT_LINK_DAYS * 86_400

    qtbot.waitUntil(lambda: time.monotonic() > deadline, timeout=WAIT_MS)
    page.poll()
    qtbot.waitUntil(lambda: _state(page, anna) == "Link abgelaufen", timeout=WAIT_MS)
    assert page.details.resend_button.isEnabled()

    page.details.resend_button.click()
    wait_for(qtbot, page.details.running)
    qtbot.waitUntil(lambda: _state(page, anna) == "Mail gesendet", timeout=WAIT_MS)
