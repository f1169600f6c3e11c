"""The device-approval dialog against the real cloud: list, approve, reject, the sync gate."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from cloudsetup.cloud.errors import Forbidden
from cloudsetup.models import DeviceState, Platform
from cloudsetup.wizard.devices.replace_dialog import ReplaceDeviceDialog
from cloudsetup.wizard.devices.texts import grouped_code
from cloudsetup.wizard.pages.dialogs import ConfirmDialog
from gui.approval_helpers import open_dialog, wait_settled
from gui.device_world import DeviceWorld
from gui.wizard_pages import WAIT_MS


def test_the_dialog_lists_each_pending_device_with_who_what_when_and_its_code(
    qtbot: QtBot, world: DeviceWorld
) -> None:
    anna = world.confirmed("Anna Becker")
    jonas = world.confirmed("Jonas Weber")
    world.fill()
    world.approved(jonas, "Jonas' Laptop")
    pixel = world.sign_in(anna, "Annas Pixel", Platform.ANDROID)
    iphone = world.sign_in(jonas, "Jonas' iPhone", Platform.IOS)

    opened = open_dialog(qtbot, world)
    dialog = opened.dialog
    assert dialog.windowTitle() == "Neue Geräte zulassen"
    assert [row.device.name for row in dialog.rows] == ["Annas Pixel", "Jonas' iPhone"]
    row = opened.row("Annas Pixel")
    assert row.employee_label.text() == "Anna Becker"
    assert row.details_label.text().startswith("Android · angemeldet am ")
    assert row.code_label.text() == grouped_code(pixel.answer.verification_code)
    fixed = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    assert row.code_label.font().family() == fixed.family()
    assert row.code_label.font().pointSizeF() > dialog.font().pointSizeF() * 1.5
    assert opened.row("Jonas' iPhone").details_label.text().startswith("iPhone/iPad · ")
    assert opened.row("Jonas' iPhone").code_label.text() == grouped_code(
        iphone.answer.verification_code
    )
    assert dialog.row_for("Jonas' Laptop") is None  # approved: not waiting any more
    assert dialog.approval_allowed
    assert dialog.sync_gate.panel.kind == "success"
    assert row.approve_button.isEnabled()
    assert row.approve_button.text() == "Zulassen"


def test_approving_lets_the_device_in_and_takes_it_off_the_list(
    qtbot: QtBot, world: DeviceWorld
) -> None:
    anna = world.confirmed("Anna Becker")
    world.fill()
    pixel = world.sign_in(anna, "Annas Pixel")
    opened = open_dialog(qtbot, world)
    changed: list[bool] = []
    opened.approvals.devices_changed.connect(lambda: changed.append(True))

    opened.row("Annas Pixel").approve_button.click()
    assert opened.dialog.acting is not None
    wait_settled(qtbot, opened)

    assert opened.dialog.row_for("Annas Pixel") is None
    assert opened.dialog.pending.empty_label.isVisible()
    assert opened.dialog.panel.kind == "success"
    assert (
        opened.dialog.panel.message_label.text() == "„Annas Pixel“ von Anna Becker ist zugelassen."
    )
    assert changed == [True]
    assert world.device(pixel).state is DeviceState.APPROVED
    assert world.ask_again(pixel, anna).device_token is not None


def test_rejecting_asks_first_and_the_device_is_shut_out(qtbot: QtBot, world: DeviceWorld) -> None:
    anna = world.confirmed("Anna Becker")
    world.fill()
    pixel = world.sign_in(anna, "Fremdes Handy")
    opened = open_dialog(qtbot, world)

    opened.row("Fremdes Handy").reject_button.click()
    box = opened.dialog.question
    assert isinstance(box, ConfirmDialog)
    assert "„Fremdes Handy“ von Anna Becker ablehnen?" in box.text.text()
    box.keep_button.click()  # "Nein": nothing happens
    assert opened.dialog.acting is None
    assert world.device(pixel).state is DeviceState.PENDING

    opened.row("Fremdes Handy").reject_button.click()
    confirm = opened.dialog.question
    assert isinstance(confirm, ConfirmDialog)
    confirm.confirm_button.click()
    wait_settled(qtbot, opened)
    assert opened.dialog.row_for("Fremdes Handy") is None
    assert (
        opened.dialog.panel.message_label.text()
        == "„Fremdes Handy“ von Anna Becker wurde abgelehnt."
    )
    assert world.device(pixel).state is DeviceState.REJECTED
    with pytest.raises(Forbidden) as refused:
        world.ask_again(pixel, anna)
    assert refused.value.code == "device_rejected"


def test_approval_waits_for_the_sync_and_synchronise_now_opens_it(
    qtbot: QtBot, world: DeviceWorld
) -> None:
    anna = world.confirmed("Anna Becker")
    lea = world.confirmed("Lea Schmidt")
    world.fill()
    world.allow_invoices(lea)
    world.push_invoice(world.approved(lea, "Leas Tablet"))
    world.change_office(2)
    pixel = world.sign_in(anna, "Annas Pixel")

    opened = open_dialog(qtbot, world)
    dialog, gate = opened.dialog, opened.dialog.sync_gate
    row = opened.row("Annas Pixel")
    assert not dialog.approval_allowed
    assert not row.approve_button.isEnabled()
    assert row.reject_button.isEnabled()
    assert gate.panel.kind == "warning"
    assert (
        gate.panel.message_label.text() == "Erst alles synchronisieren, dann neue Geräte zulassen."
    )
    assert (
        gate.panel.hint_label.text() == "Noch offen: 2 Änderungen im Büro, 1 Rechnung von Geräten."
    )
    assert gate.action_button.text() == "Jetzt &synchronisieren"
    assert dialog.approve(row.device) is None  # the dialog refuses, nothing is sent
    assert world.device(pixel).state is DeviceState.PENDING

    gate.action_button.click()
    assert opened.runner.is_running
    assert gate.progress.isVisible()
    assert not row.approve_button.isEnabled()
    wait_settled(qtbot, opened)

    row = opened.row("Annas Pixel")  # the list was loaded again after the sync
    assert gate.panel.kind == "success"
    assert not gate.progress.isVisible()
    assert not gate.action_button.isVisible()
    assert dialog.approval_allowed
    assert row.approve_button.isEnabled()
    row.approve_button.click()
    wait_settled(qtbot, opened)
    assert world.device(pixel).state is DeviceState.APPROVED


def test_a_third_device_replaces_the_one_chosen_by_name(qtbot: QtBot, world: DeviceWorld) -> None:
    jonas = world.confirmed("Jonas Weber")
    world.fill()
    old_phone = world.approved(jonas, "Altes Handy")
    laptop = world.approved(jonas, "Werkstatt-Laptop")
    new_phone = world.sign_in(jonas, "Neues iPhone", Platform.IOS)

    opened = open_dialog(qtbot, world)
    row = opened.row("Neues iPhone")
    assert row.needs_replace
    assert row.approve_button.text() == "Ersetzen…"
    assert row.replace_note.text() == (
        "Jonas Weber hat schon 2 zugelassene Geräte: Altes Handy, Werkstatt-Laptop. Das neue "
        "kann nur eines davon ersetzen."
    )
    row.approve_button.click()
    choice = opened.dialog.question
    assert choice is not None
    assert choice.objectName() == "replaceDeviceDialog"
    assert isinstance(choice, ReplaceDeviceDialog)
    assert [c.text().split(" (")[0] for c in choice.choices] == ["Altes Handy", "Werkstatt-Laptop"]
    choice.choose("Werkstatt-Laptop")
    choice.replace_button.click()
    wait_settled(qtbot, opened)

    assert opened.dialog.row_for("Neues iPhone") is None
    assert opened.dialog.panel.message_label.text() == (
        "„Neues iPhone“ von Jonas Weber ist zugelassen und ersetzt „Werkstatt-Laptop“."
    )
    assert world.device(new_phone).state is DeviceState.APPROVED
    assert world.device(laptop).state is DeviceState.REVOKED
    assert world.device(old_phone).state is DeviceState.APPROVED


def test_cancelling_the_replace_choice_approves_nothing(qtbot: QtBot, world: DeviceWorld) -> None:
    jonas = world.confirmed("Jonas Weber")
    world.fill()
    world.approved(jonas, "Altes Handy")
    world.approved(jonas, "Werkstatt-Laptop")
    new_phone = world.sign_in(jonas, "Neues iPhone")
    opened = open_dialog(qtbot, world)

    opened.row("Neues iPhone").approve_button.click()
    choice = opened.dialog.question
    assert choice is not None
    choice.reject()
    assert opened.dialog.acting is None
    assert opened.dialog.question is None
    assert world.device(new_phone).state is DeviceState.PENDING


def test_keyboard_reaches_approve_and_reject_of_every_row_and_enter_approves(
    qtbot: QtBot, world: DeviceWorld
) -> None:
    anna = world.confirmed("Anna Becker")
    jonas = world.confirmed("Jonas Weber")
    world.fill()
    pixel = world.sign_in(anna, "Annas Pixel")
    world.sign_in(jonas, "Jonas' iPhone")
    opened = open_dialog(qtbot, world)
    dialog = opened.dialog
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=5000)
    # Rows put into the shown dialog become visible with the next turn of the event loop; Tab
    # skips widgets that are not visible yet.
    qtbot.waitUntil(
        lambda: len(dialog.rows) == 2 and all(row.isVisible() for row in dialog.rows),
        timeout=WAIT_MS,
    )
    wait_settled(qtbot, opened)
    first, second = dialog.rows
    assert dialog.focusWidget() is first.approve_button  # the next step has the keys

    # Tab once around the whole focus chain (however many buttons the dialog shows now).
    reached: list[QWidget] = [first.approve_button]
    for _ in range(40):
        widget = dialog.focusWidget()
        assert widget is not None
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
        if dialog.focusWidget() is first.approve_button:
            break
        reached.append(dialog.focusWidget())
    else:
        pytest.fail(f"Tab never came back to the first row: {[w.objectName() for w in reached]}")
    for row in (first, second):
        assert row.approve_button in reached
        assert row.reject_button in reached
    assert dialog.close_button in reached

    first.approve_button.setFocus()
    qtbot.keyClick(first.approve_button, Qt.Key.Key_Return)
    wait_settled(qtbot, opened)
    assert world.device(pixel).state is DeviceState.APPROVED
    assert dialog.focusWidget() is dialog.rows[0].approve_button  # on to Jonas' iPhone

    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert opened.approvals.dialog is None


def test_the_dialog_speaks_english_too(qtbot: QtBot, world: DeviceWorld, english: None) -> None:
    anna = world.confirmed("Anna Becker")
    world.fill()
    world.change_office(1)
    world.sign_in(anna, "Anna's Pixel")
    opened = open_dialog(qtbot, world)
    row = opened.row("Anna's Pixel")
    assert opened.dialog.windowTitle() == "Allow new devices"
    gate = opened.dialog.sync_gate.panel
    assert gate.message_label.text() == "Synchronise everything first, then allow new devices."
    assert gate.hint_label.text() == "Waiting: 1 change in the office."
    assert row.approve_button.text() == "Approve"
    assert row.reject_button.text() == "Reject"
    assert row.details_label.text().startswith("Android · signed in on ")
