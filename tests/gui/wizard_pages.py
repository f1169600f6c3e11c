"""Helpers for the tests of pages 2 and 3: a signed-in wizard at a page, and waiting for work."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from cloudsetup.models import DomainData
from cloudsetup.services.input_checks import validate_credentials_input
from cloudsetup.services.setup import Connection, SetupService
from cloudsetup.wizard.wizard import PageId, SetupWizard
from cloudsetup.wizard.worker import Worker

WAIT_MS = 20_000


def connect(service: SetupService, tenant: DomainData) -> Connection:
    """Sign the service in to ``tenant`` (what page 1 does), returning the fresh state."""
    return service.test_connection(
        validate_credentials_input(
            tenant.server_url, tenant.domain, tenant.username, tenant.password
        )
    )


def open_wizard(qtbot: QtBot, service: SetupService, tenant: DomainData) -> SetupWizard:
    """A shown wizard, signed in, walked to the first unfinished step like a resumed one."""
    connection = connect(service, tenant)
    wizard = SetupWizard(service, portal_url="https://kundenkonto.example.de/")
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.open_at(connection, server_url=tenant.server_url, username=tenant.username)
    return wizard


def wait_for(qtbot: QtBot, worker: Worker | None) -> None:
    """Wait until ``worker`` has delivered its outcome on the GUI thread."""
    assert worker is not None, "no work was started"
    qtbot.waitUntil(lambda: not worker.is_running, timeout=WAIT_MS)


def next_enabled(wizard: SetupWizard) -> bool:
    return wizard.button(SetupWizard.WizardButton.NextButton).isEnabled()


def at_page(wizard: SetupWizard, page: PageId) -> bool:
    return wizard.currentId() == page


def new_wizard(qtbot: QtBot, service: SetupService) -> SetupWizard:
    """A shown wizard at page 1, not signed in (what a first start shows).

    Keep the wizard itself, not just a page: qtbot holds it weakly, so a dropped wizard is
    deleted with its pages.
    """
    wizard = SetupWizard(service, portal_url="https://kundenkonto.example.de/")
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard
