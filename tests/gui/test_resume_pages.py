"""Reopening the wizard continues at page 2, 3 or 4 as the employees in the cloud say."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from cloudsetup.models import DomainData, EmployeeIn
from cloudsetup.services.access import AccessService
from cloudsetup.services.employees import EmployeeService
from cloudsetup.services.setup import SetupService
from cloudsetup.wizard.wizard import PageId
from gui.wizard_pages import WAIT_MS, connect, next_enabled, open_wizard


def test_an_employee_without_mail_reopens_at_page_three_with_page_two_filled_behind(
    qtbot: QtBot, service: SetupService, tenant: DomainData
) -> None:
    connect(service, tenant)
    EmployeeService(service).add(EmployeeIn(name="Anna Becker", email="anna@example.de"))
    wizard = open_wizard(qtbot, service, tenant)

    assert wizard.currentId() == PageId.ACCESS
    qtbot.waitUntil(lambda: len(wizard.access.employees) == 1, timeout=WAIT_MS)
    assert not next_enabled(wizard)
    step = wizard.side_panel.findChild(QLabel, "step1")
    assert step is not None
    assert step.text()[0] == "✓"
    wizard.back()
    qtbot.waitUntil(lambda: [e.name for e in wizard.employees.employees] == ["Anna Becker"])
    assert next_enabled(wizard)


def test_everyone_mailed_reopens_at_the_fill_page(
    qtbot: QtBot, service: SetupService, tenant: DomainData
) -> None:
    connect(service, tenant)
    anna = EmployeeService(service).add(EmployeeIn(name="Anna Becker", email="anna@example.de"))
    AccessService(service).activate(anna.id, "Kreide-Leiter-Farbeimer-42")
    wizard = open_wizard(qtbot, service, tenant)

    assert wizard.currentId() == PageId.FILL
    wizard.back()
    assert wizard.currentId() == PageId.ACCESS
    qtbot.waitUntil(lambda: len(wizard.access.employees) == 1, timeout=WAIT_MS)
    assert wizard.access.model.data(wizard.access.model.index(0, 2)) == "Mail gesendet"
    assert next_enabled(wizard)
