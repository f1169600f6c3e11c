"""When the cloud refuses what the approval dialog asked: the message, and the list follows."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot

from cloudsetup.models import DeviceState
from gui.approval_helpers import open_dialog, wait_settled
from gui.device_world import DeviceWorld


def test_a_device_decided_meanwhile_elsewhere_is_reported_and_leaves_the_list(
    qtbot: QtBot, world: DeviceWorld
) -> None:
    anna = world.confirmed("Anna Becker")
    world.fill()
    pixel = world.sign_in(anna, "Annas Pixel")
    opened = open_dialog(qtbot, world)
    world.devices.reject(world.device(pixel).id)  # another admin, on another computer

    opened.row("Annas Pixel").approve_button.click()
    wait_settled(qtbot, opened)
    panel = opened.dialog.panel
    assert panel.kind == "error"
    assert panel.message_label.text() == QCoreApplication.translate(
        "DeviceErrors", "This device has already been approved or rejected."
    )
    assert panel.copy_button.isVisible()  # the details for support
    assert opened.dialog.row_for("Annas Pixel") is None
    assert world.device(pixel).state is DeviceState.REJECTED


def test_the_clouds_not_synced_refusal_shows_what_waits_now(
    qtbot: QtBot, world: DeviceWorld
) -> None:
    anna = world.confirmed("Anna Becker")
    lea = world.confirmed("Lea Schmidt")
    world.fill()
    world.allow_invoices(lea)
    tablet = world.approved(lea, "Leas Tablet")
    pixel = world.sign_in(anna, "Annas Pixel")
    opened = open_dialog(qtbot, world)
    assert opened.dialog.approval_allowed
    world.push_invoice(tablet)  # arrives after the dialog checked

    opened.row("Annas Pixel").approve_button.click()
    wait_settled(qtbot, opened)
    assert opened.dialog.panel.kind == "error"
    assert opened.dialog.panel.message_label.text() == QCoreApplication.translate(
        "DeviceErrors", "Synchronise everything first, then allow new devices."
    )
    gate = opened.dialog.sync_gate.panel
    assert gate.kind == "warning"
    assert gate.hint_label.text() == "Noch offen: 1 Rechnung von Geräten."
    assert not opened.row("Annas Pixel").approve_button.isEnabled()
    assert world.device(pixel).state is DeviceState.PENDING
