"""Page 3's per-employee settings: invoice permission, number range, restrictions."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from cloudsetup.models import DomainData, Employee, EmployeeIn, NumberRangeIn, overlaps
from cloudsetup.services.employees import EmployeeService
from cloudsetup.services.ranges import RangeService
from cloudsetup.services.setup import SetupService
from cloudsetup.wizard.pages.access import AccessPage
from cloudsetup.wizard.wizard import PageId, SetupWizard
from gui.wizard_pages import WAIT_MS, connect, open_wizard, wait_for

PREFIX = "RE-T-"


def _arrange(service: SetupService, tenant: DomainData) -> tuple[Employee, Employee]:
    """Anna with the range RE-T-1 … RE-T-1000, and Jonas without a range."""
    connect(service, tenant)
    employees = EmployeeService(service)
    anna = employees.add(EmployeeIn(name="Anna Becker", email="anna@example.de"))
    jonas = employees.add(EmployeeIn(name="Jonas Weber", email="jonas@example.de"))
    RangeService(service).set_employee_range(
        anna.id, NumberRangeIn(prefix=PREFIX, start=1, end=1000)
    )
    return anna, jonas


def _open(
    qtbot: QtBot, service: SetupService, tenant: DomainData
) -> tuple[SetupWizard, AccessPage]:
    wizard = open_wizard(qtbot, service, tenant)
    assert wizard.currentId() == PageId.ACCESS
    page = wizard.access
    qtbot.waitUntil(lambda: page.selected() is not None, timeout=WAIT_MS)
    return wizard, page


def _allow_invoices(qtbot: QtBot, page: AccessPage, employee: Employee) -> None:
    page.select(employee.id)
    details = page.details
    details.setCurrentIndex(1)
    assert not details.range_editor.isEnabled()
    details.may_invoice.click()
    qtbot.waitUntil(lambda: not details.is_busy, timeout=WAIT_MS)
    assert details.range_editor.isEnabled()
    assert details.invoice_status.text() == "Gespeichert."


def test_a_range_overlapping_another_employees_shows_the_clouds_message_at_from(
    qtbot: QtBot, service: SetupService, tenant: DomainData
) -> None:
    _anna, jonas = _arrange(service, tenant)
    _wizard, page = _open(qtbot, service, tenant)
    _allow_invoices(qtbot, page, jonas)
    editor = page.details.range_editor
    editor.prefix.setText(PREFIX)
    editor.start.setText("500")
    editor.end.setText("1500")
    editor.next_number.clear()
    wait_for(qtbot, editor.save())

    message = editor.messages["start"]
    assert message.isVisible()
    assert "überschneidet sich" in message.text()
    assert "Anna Becker" in message.text()
    assert (editor.start.text(), editor.end.text()) == ("500", "1500")
    assert [r.employee_id for r in RangeService(service).list()].count(jonas.id) == 0


def test_an_inverted_range_is_refused_at_to_before_anything_is_sent(
    qtbot: QtBot, service: SetupService, tenant: DomainData
) -> None:
    _anna, jonas = _arrange(service, tenant)
    _wizard, page = _open(qtbot, service, tenant)
    _allow_invoices(qtbot, page, jonas)
    editor = page.details.range_editor
    editor.start.setText("3000")
    editor.end.setText("2000")
    assert editor.save() is None
    assert editor.messages["end"].isVisible()
    assert "endet, bevor er beginnt" in editor.messages["end"].text()


def test_suggestion_fills_a_free_block_that_can_be_saved(
    qtbot: QtBot, service: SetupService, tenant: DomainData
) -> None:
    _anna, jonas = _arrange(service, tenant)
    _wizard, page = _open(qtbot, service, tenant)
    _allow_invoices(qtbot, page, jonas)
    editor = page.details.range_editor
    editor.prefix.setText(PREFIX)
    editor.start.clear()
    editor.end.clear()
    wait_for(qtbot, editor.suggest())

    start, end = int(editor.start.text()), int(editor.end.text())
    assert end - start + 1 == 1000
    assert not overlaps(start, end, 1, 1000)
    wait_for(qtbot, editor.save())
    assert not any(m.isVisible() for m in editor.messages.values())
    assert "gespeichert" in editor.status.text()
    stored = {r.employee_id: r for r in RangeService(service).list()}
    assert (stored[jonas.id].prefix, stored[jonas.id].start, stored[jonas.id].end) == (
        PREFIX,
        start,
        end,
    )


def test_permission_and_restrictions_survive_reopening_the_wizard(
    qtbot: QtBot, service: SetupService, tenant: DomainData
) -> None:
    anna, _jonas = _arrange(service, tenant)
    _wizard, page = _open(qtbot, service, tenant)
    _allow_invoices(qtbot, page, anna)
    details = page.details
    details.setCurrentIndex(2)
    details.no_purchase_prices.click()
    details.own_projects_only.click()
    qtbot.waitUntil(lambda: not details.is_busy, timeout=WAIT_MS)

    _again, reopened = _open(qtbot, service, tenant)
    reopened.select(anna.id)
    shown = reopened.details
    assert shown.may_invoice.isChecked()
    assert shown.no_purchase_prices.isChecked()
    assert shown.own_projects_only.isChecked()
    assert not shown.no_revenue_figures.isChecked()
    assert shown.range_editor.start.text() == "1"
    assert shown.range_editor.end.text() == "1000"
    (stored,) = [e for e in EmployeeService(service).list() if e.id == anna.id]
    assert stored.permissions.restrictions.own_projects_only
