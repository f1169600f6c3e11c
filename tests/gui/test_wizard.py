"""The wizard shell: four pages in step order, resuming at the first unfinished step."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from cloudsetup.models import DomainData, SetupStep
from cloudsetup.services.bootstrap import build_setup_service
from cloudsetup.services.input_checks import validate_credentials_input
from cloudsetup.services.setup import SetupService
from cloudsetup.wizard.wizard import PAGE_FOR_STEP, PageId, SetupWizard, page_for_step
from support.keyrings import MemoryKeyring


@pytest.fixture
def connected_service(service: SetupService, tenant: DomainData) -> SetupService:
    """The service after a successful sign-in: settings and keyring hold the session."""
    service.test_connection(
        validate_credentials_input(
            tenant.server_url, tenant.domain, tenant.username, tenant.password
        )
    )
    return service


@pytest.fixture
def next_start(
    connected_service: SetupService, config_dir: Path, memory_keyring: MemoryKeyring
) -> Iterator[SetupService]:
    """A new service on the same settings and keyring: the program started again."""
    restarted = build_setup_service(config_dir=config_dir, keyring_backend=memory_keyring)
    yield restarted
    restarted.close()


def _wizard(qtbot: QtBot, service: SetupService) -> SetupWizard:
    wizard = SetupWizard(service, portal_url="https://kundenkonto.example.de/")
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def test_every_setup_step_maps_to_a_page_in_order() -> None:
    assert set(PAGE_FOR_STEP) == set(SetupStep)
    assert [page_for_step(step) for step in list(SetupStep)[:4]] == list(PageId)
    assert page_for_step(SetupStep.DONE) is PageId.FILL


def test_wizard_has_the_four_pages_with_the_seed_titles(
    qtbot: QtBot, service: SetupService
) -> None:
    wizard = _wizard(qtbot, service)
    assert wizard.pageIds() == [int(page_id) for page_id in PageId]
    titles = [wizard.page(page_id).title() for page_id in PageId]
    assert titles == ["Zugangsdaten", "Mitarbeiter", "Benutzerzugänge", "Cloud befüllen"]
    assert wizard.windowTitle() == "Cloudeinrichtungsassistent"
    assert wizard.currentId() == PageId.CREDENTIALS
    assert wizard.buttonText(SetupWizard.WizardButton.NextButton) == "&Weiter >"


def test_the_fill_page_explains_the_step_in_the_words_of_the_support_note(
    qtbot: QtBot, service: SetupService
) -> None:
    wizard = _wizard(qtbot, service)
    intro = wizard.fill.findChild(QLabel, "fillIntro")
    assert intro is not None
    assert "„Jetzt neu befüllen“" in intro.text()
    assert "alles wird in die Cloud geschickt" in intro.text()
    assert not wizard.fill.isComplete()


def test_banner_shows_the_demo_access_data_and_fills_page_one(
    qtbot: QtBot, service: SetupService, tenant: DomainData
) -> None:
    wizard = _wizard(qtbot, service)
    wizard.set_banner(tenant.as_block())
    banner = wizard.side_panel.banner
    assert banner.isVisible()
    assert tenant.domain in wizard.side_panel.banner_text.text()
    wizard.side_panel.banner_fill.click()
    assert wizard.credentials.values() == (
        tenant.server_url,
        tenant.domain,
        tenant.username,
        tenant.password,
    )
    wizard.set_banner(None)
    assert not banner.isVisible()


def test_resume_opens_at_the_first_unfinished_step_with_back_to_page_one(
    qtbot: QtBot, next_start: SetupService, tenant: DomainData
) -> None:
    wizard = _wizard(qtbot, next_start)
    worker = wizard.resume()
    qtbot.waitUntil(lambda: not worker.is_running, timeout=20_000)

    assert wizard.currentId() == PageId.EMPLOYEES
    assert wizard.credentials.isComplete()
    assert wizard.credentials.values().domain == tenant.domain
    assert wizard.credentials.values().password == ""
    qtbot.waitUntil(lambda: not wizard.employees.is_busy, timeout=20_000)
    assert wizard.employees.employees == []
    assert wizard.employees.next_note.isVisible()
    wizard.back()
    assert wizard.currentId() == PageId.CREDENTIALS


def test_resume_without_a_stored_session_stays_on_page_one(
    qtbot: QtBot, service: SetupService
) -> None:
    wizard = _wizard(qtbot, service)
    worker = wizard.resume()
    qtbot.waitUntil(lambda: not worker.is_running, timeout=20_000)
    assert wizard.currentId() == PageId.CREDENTIALS
    assert not wizard.credentials.isComplete()


def test_resumed_page_asks_for_a_new_test_once_the_password_is_typed(
    qtbot: QtBot, next_start: SetupService
) -> None:
    wizard = _wizard(qtbot, next_start)
    worker = wizard.resume()
    qtbot.waitUntil(lambda: not worker.is_running, timeout=20_000)
    wizard.back()
    qtbot.keyClicks(wizard.credentials.form.password.edit, "x")
    assert not wizard.credentials.isComplete()
