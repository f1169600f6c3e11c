"""Page 3's "Geräte (max. 2)" tab: the selected employee's devices, loaded from the cloud."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from cloudsetup.models import Platform
from cloudsetup.wizard.devices.device_table import DeviceColumn
from cloudsetup.wizard.devices.employee_devices import EmployeeDevices
from cloudsetup.wizard.wizard import PageId, SetupWizard
from gui.device_world import DeviceWorld
from gui.wizard_pages import WAIT_MS, open_wizard


def _rows(devices: EmployeeDevices) -> list[tuple[str, str, str]]:
    model = devices.model
    return [
        (
            model.text(row, DeviceColumn.NAME),
            model.text(row, DeviceColumn.PLATFORM),
            model.text(row, DeviceColumn.STATE),
        )
        for row in range(model.rowCount())
    ]


def _page_three(qtbot: QtBot, world: DeviceWorld) -> SetupWizard:
    wizard = open_wizard(qtbot, world.setup, world.tenant)
    assert wizard.currentId() == PageId.FILL  # everyone is confirmed: the wizard walks on
    wizard.back()
    assert wizard.currentId() == PageId.ACCESS
    qtbot.waitUntil(lambda: wizard.access.selected() is not None, timeout=WAIT_MS)
    return wizard


def test_selecting_an_employee_lists_his_devices_from_the_cloud(
    qtbot: QtBot, world: DeviceWorld
) -> None:
    anna = world.confirmed("Anna Becker")
    jonas = world.confirmed("Jonas Weber")
    world.fill()
    world.approved(anna, "Annas Pixel")
    world.sign_in(anna, "Annas iPad", Platform.IOS)
    wizard = _page_three(qtbot, world)
    page = wizard.access
    devices = page.details.devices

    page.select(anna.id)
    page.details.setCurrentIndex(3)
    assert page.details.tabText(3) == "Geräte (max. 2)"
    qtbot.waitUntil(lambda: devices.loading is None and bool(devices.devices), timeout=WAIT_MS)
    assert sorted(_rows(devices)) == [
        ("Annas Pixel", "Android", "Zugelassen"),
        ("Annas iPad", "iPhone/iPad", "Wartet auf Freigabe"),
    ]
    assert not devices.status.isVisible()
    assert "erst alles synchronisieren" in page.details.devices_note.text()

    page.select(jonas.id)
    assert devices.devices == []  # the other employee's devices are gone at once
    qtbot.waitUntil(lambda: devices.loading is None, timeout=WAIT_MS)
    assert devices.devices == []
    assert devices.status.text() == "Noch keine Geräte angemeldet."
