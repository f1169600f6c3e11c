"""Page 2 "Mitarbeiter" against the real cloud over real HTTP on 127.0.0.1."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from cloudsetup.models import DomainData, EmployeeIn
from cloudsetup.services.employees import EmployeeService
from cloudsetup.services.setup import SetupService
from cloudsetup.wizard.pages.employees import EmployeesPage
from cloudsetup.wizard.wizard import PageId, SetupWizard
from gui.wizard_pages import WAIT_MS, connect, next_enabled, open_wizard, wait_for


def _open(
    qtbot: QtBot, service: SetupService, tenant: DomainData
) -> tuple[SetupWizard, EmployeesPage]:
    wizard = open_wizard(qtbot, service, tenant)
    page = wizard.employees
    qtbot.waitUntil(lambda: not page.is_busy, timeout=WAIT_MS)
    return wizard, page


def _add(qtbot: QtBot, page: EmployeesPage, name: str, email: str) -> None:
    dialog = page.add_employee()
    qtbot.keyClicks(dialog.name, name)
    qtbot.keyClicks(dialog.email, email)
    wait_for(qtbot, dialog.submit())


def _names(page: EmployeesPage) -> list[str]:
    return [employee.name for employee in page.employees]


def test_a_new_tenant_opens_at_page_two_with_next_disabled_and_the_reason_shown(
    qtbot: QtBot, service: SetupService, tenant: DomainData
) -> None:
    wizard, page = _open(qtbot, service, tenant)
    assert wizard.currentId() == PageId.EMPLOYEES
    assert page.employees == []
    assert not next_enabled(wizard)
    assert page.next_note.isVisible()
    assert "mindestens ein Mitarbeiter" in page.next_note.text()


def test_adding_a_valid_employee_shows_his_row_and_enables_next(
    qtbot: QtBot, service: SetupService, tenant: DomainData
) -> None:
    wizard, page = _open(qtbot, service, tenant)
    _add(qtbot, page, "Anna Becker", "anna.becker@example.de")

    assert page.dialog is None
    assert _names(page) == ["Anna Becker"]
    assert page.model.data(page.model.index(0, 1)) == "anna.becker@example.de"
    assert page.model.data(page.model.index(0, 1), Qt.ItemDataRole.ToolTipRole) == (
        "anna.becker@example.de"
    )
    assert next_enabled(wizard)
    assert not page.next_note.isVisible()
    assert [e.email for e in EmployeeService(service).list()] == ["anna.becker@example.de"]


def test_a_long_address_fits_its_column_in_the_wizards_default_size(
    qtbot: QtBot, service: SetupService, tenant: DomainData
) -> None:
    wizard, page = _open(qtbot, service, tenant)
    email = "murat.yilmaz@malerbetrieb-muster.example"
    _add(qtbot, page, "Murat Yilmaz", email)
    wizard.show()
    qtbot.waitExposed(wizard)

    column = page.table.columnWidth(1)
    needed = page.table.fontMetrics().horizontalAdvance(email)
    assert needed < column, f"{email!r} needs {needed} px, its column has {column}"


def test_invalid_email_is_shown_at_the_email_field_and_the_input_is_kept(
    qtbot: QtBot, service: SetupService, tenant: DomainData
) -> None:
    _wizard, page = _open(qtbot, service, tenant)
    dialog = page.add_employee()
    qtbot.keyClicks(dialog.name, "Jonas Weber")
    qtbot.keyClicks(dialog.email, "jonas.weber@")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()

    assert dialog.isVisible()
    assert dialog.messages["email"].isVisible()
    assert "keine gültige E-Mail-Adresse" in dialog.messages["email"].text()
    assert not dialog.messages["name"].isVisible()
    assert (dialog.name.text(), dialog.email.text()) == ("Jonas Weber", "jonas.weber@")
    assert page.employees == []


def test_a_duplicate_email_in_other_letter_case_shows_the_clouds_message_at_the_field(
    qtbot: QtBot, service: SetupService, tenant: DomainData
) -> None:
    connect(service, tenant)
    EmployeeService(service).add(EmployeeIn(name="Lea Schmidt", email="lea@example.de"))
    _wizard, page = _open(qtbot, service, tenant)
    dialog = page.add_employee()
    qtbot.keyClicks(dialog.name, "Lea Schmidt-Neu")
    qtbot.keyClicks(dialog.email, "LEA@Example.DE")
    wait_for(qtbot, dialog.submit())

    assert dialog.isVisible()
    assert dialog.messages["email"].isVisible()
    assert "bereits" in dialog.messages["email"].text()
    assert (dialog.name.text(), dialog.email.text()) == ("Lea Schmidt-Neu", "LEA@Example.DE")
    assert _names(page) == ["Lea Schmidt"]


def test_editing_by_double_click_changes_the_row(
    qtbot: QtBot, service: SetupService, tenant: DomainData
) -> None:
    _wizard, page = _open(qtbot, service, tenant)
    _add(qtbot, page, "Murat Yilmaz", "murat@example.de")
    rect = page.table.visualRect(page.model.index(0, 0))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    dialog = page.dialog
    assert dialog is not None
    assert dialog.email.text() == "murat@example.de"
    dialog.name.setText("Murat Yılmaz")  # QTest types Latin-1 only
    dialog.is_owner.setChecked(True)
    wait_for(qtbot, dialog.submit())

    assert _names(page) == ["Murat Yılmaz"]
    assert page.employees[0].is_owner
    assert page.model.data(page.model.index(0, 2)) == "ja"


def test_remove_asks_with_the_name_and_only_yes_removes(
    qtbot: QtBot, service: SetupService, tenant: DomainData
) -> None:
    wizard, page = _open(qtbot, service, tenant)
    _add(qtbot, page, "Anna Becker", "anna@example.de")
    page.table.selectRow(0)

    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    box = page.confirm_box
    assert box is not None
    assert "Anna Becker" in box.text.text()
    assert box.keep_button.isDefault()
    box.keep_button.click()
    assert _names(page) == ["Anna Becker"]

    box = page.remove_selected()
    assert box is not None
    box.confirm_button.click()
    qtbot.waitUntil(lambda: not page.is_busy, timeout=WAIT_MS)
    assert page.employees == []
    assert EmployeeService(service).list() == []
    assert not next_enabled(wizard)
    assert page.next_note.isVisible()


def test_keyboard_only_adding_with_insert_and_enter(
    qtbot: QtBot, service: SetupService, tenant: DomainData
) -> None:
    wizard, page = _open(qtbot, service, tenant)
    qtbot.keyClick(page.table, Qt.Key.Key_Insert)
    dialog = page.dialog
    assert dialog is not None
    qtbot.keyClicks(dialog.name, "Jonas Weber")
    qtbot.keyClicks(dialog.email, "jonas@example.de")
    qtbot.keyClick(dialog.email, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.dialog is None, timeout=WAIT_MS)
    assert _names(page) == ["Jonas Weber"]

    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert page.dialog is not None
    assert page.dialog.windowTitle() == "Mitarbeiter bearbeiten"
    assert wizard.currentId() == PageId.EMPLOYEES


def test_csv_import_lists_the_bad_line_with_its_number_and_imports_the_good_rows(
    qtbot: QtBot, service: SetupService, tenant: DomainData, tmp_path: Path
) -> None:
    _wizard, page = _open(qtbot, service, tenant)
    _add(qtbot, page, "Anna Becker", "anna@example.de")
    csv_file = tmp_path / "mitarbeiter.csv"
    csv_file.write_text(
        "Name;E-Mail;Chef\n"
        "Anna Becker;ANNA@example.de;ja\n"
        "Jonas Weber;jonas.weber@;\n"
        "Lea Schmidt;lea@example.de;\n",
        encoding="utf-8",
    )
    wait_for(qtbot, page.import_file(csv_file))

    preview = page.import_preview
    assert preview is not None
    assert preview.table.rowCount() == 2
    problems = [preview.problems.item(i).text() for i in range(preview.problems.count())]
    assert len(problems) == 1
    assert problems[0].startswith("Zeile 3 (E-Mail):")
    preview.import_button.click()
    qtbot.waitUntil(lambda: not page.is_busy and len(page.employees) == 2, timeout=WAIT_MS)

    assert _names(page) == ["Anna Becker", "Lea Schmidt"]
    summary = page.panel.message_label.text()
    assert "1 hinzugefügt" in summary
    assert "1 schon vorhanden" in summary
    assert "0 fehlgeschlagen" in summary
