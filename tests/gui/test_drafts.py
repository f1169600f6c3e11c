"""Drafts in the GUI: written while typing (never a password), dropped once sent or cancelled."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from cloudsetup.models import DomainData
from cloudsetup.services.drafts import CREDENTIALS_FORM, DRAFTS_FILE_NAME
from cloudsetup.services.setup import SetupService
from gui.wizard_pages import WAIT_MS, new_wizard, open_wizard, wait_for


def test_page_one_keeps_a_draft_while_typing_and_drops_it_after_a_good_test(
    qtbot: QtBot, service: SetupService, tenant: DomainData, config_dir: Path
) -> None:
    wizard = new_wizard(qtbot, service)
    page = wizard.credentials
    page.set_values(server_url=tenant.server_url, password=tenant.password)
    qtbot.keyClicks(page.form.domain, tenant.domain)
    qtbot.keyClicks(page.form.username, tenant.username)
    qtbot.waitUntil(lambda: service.drafts.load(CREDENTIALS_FORM) is not None, timeout=WAIT_MS)
    assert service.drafts.load(CREDENTIALS_FORM) == {
        "server_url": tenant.server_url,
        "domain": tenant.domain,
        "username": tenant.username,
    }
    assert tenant.password not in (config_dir / DRAFTS_FILE_NAME).read_text(encoding="utf-8")

    wait_for(qtbot, page.start_test())
    assert page.isComplete()
    qtbot.waitUntil(lambda: page.drafts.is_idle, timeout=WAIT_MS)
    assert service.drafts.load(CREDENTIALS_FORM) is None


def test_cancelling_the_employee_dialog_throws_its_draft_away(
    qtbot: QtBot, service: SetupService, tenant: DomainData
) -> None:
    wizard = open_wizard(qtbot, service, tenant)
    page = wizard.employees
    qtbot.waitUntil(lambda: not page.is_busy, timeout=WAIT_MS)
    dialog = page.add_employee()
    qtbot.keyClicks(dialog.name, "Jonas Weber")
    qtbot.waitUntil(lambda: page.drafts.is_idle, timeout=WAIT_MS)
    assert service.drafts.load(f"new-employee/{tenant.domain}") == dialog.draft_values()

    dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    qtbot.waitUntil(lambda: page.drafts.is_idle, timeout=WAIT_MS)

    assert service.drafts.load(f"new-employee/{tenant.domain}") is None
    again = page.add_employee()
    assert again.name.text() == ""
    assert not again.panel.isVisible()
    again.reject()
