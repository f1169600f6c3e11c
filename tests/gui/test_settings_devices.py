"""The settings window's "Cloudabgleich" and "Geräte" sections against the real cloud."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from cloudsetup.cloud import CloudClient
from cloudsetup.cloud.errors import Unauthorized
from cloudsetup.models import DeviceState
from cloudsetup.services.secrets import KeyringSecretStore
from cloudsetup.services.settings import SettingsStore
from cloudsetup.wizard.devices.device_table import DeviceColumn
from cloudsetup.wizard.launcher import Launcher
from cloudsetup.wizard.pages.dialogs import ConfirmDialog
from cloudsetup.wizard.settings.window import SettingsWindow
from gui.device_world import DeviceWorld
from gui.launching import FinishedSetupService, launch
from gui.wizard_pages import WAIT_MS
from support.keyrings import MemoryKeyring


def _window(qtbot: QtBot, world: DeviceWorld) -> SettingsWindow:
    connection = world.setup.connection
    assert connection is not None
    window = SettingsWindow(
        world.setup,
        connection,
        server_url=world.tenant.server_url,
        office_db=world.office_db,
        state_dir=world.state_dir,
    )
    qtbot.addWidget(window)
    window.show()
    window.open_section("sync")
    window.open_section("devices")
    qtbot.waitUntil(
        lambda: window.devices.loading is None and not window.sync_runner.is_loading,
        timeout=WAIT_MS,
    )
    return window


def _states(window: SettingsWindow) -> dict[str, str]:
    model = window.devices.model
    return {
        device.name: model.text(row, DeviceColumn.STATE) for row, device in enumerate(model.devices)
    }


def test_the_settings_show_the_sync_and_every_device_with_its_state(
    qtbot: QtBot, world: DeviceWorld
) -> None:
    anna = world.confirmed("Anna Becker")
    jonas = world.confirmed("Jonas Weber")
    world.fill()
    world.approved(anna, "Annas Pixel")
    revoked = world.approved(jonas, "Altes Handy")
    world.devices.revoke(world.device(revoked).id)
    world.sign_in(jonas, "Jonas' iPhone")
    world.change_office(2)

    window = _window(qtbot, world)
    assert window.findChild(type(window.sync_panel), "syncPanel") is window.sync_panel
    assert window.sync_panel.waiting.text() == "2 Änderungen im Büro, 1 neues Gerät zum Zulassen"
    assert _states(window) == {
        "Jonas' iPhone": "Wartet auf Freigabe",
        "Annas Pixel": "Zugelassen",
        "Altes Handy": "Gesperrt",
    }
    assert window.devices.model.devices[0].employee_name == "Jonas Weber"  # pending first
    assert window.devices.note.text().startswith("Höchstens 2 Geräte pro Mitarbeiter")


def test_revoke_asks_first_and_the_device_loses_its_access_at_once(
    qtbot: QtBot, world: DeviceWorld
) -> None:
    anna = world.confirmed("Anna Becker")
    world.fill()
    phone = world.approved(anna, "Annas Pixel")
    world.sign_in(anna, "Annas Tablet")
    window = _window(qtbot, world)
    section = window.devices

    section.select("Annas Tablet")
    assert not section.revoke_button.isEnabled()  # only an approved device can be revoked
    section.select("Annas Pixel")
    assert section.revoke_button.isEnabled()
    section.revoke_button.click()
    box = section.question
    assert isinstance(box, ConfirmDialog)
    assert box.text.text().startswith("„Annas Pixel“ von Anna Becker sperren?")
    box.confirm_button.click()
    qtbot.waitUntil(lambda: section.revoking is None and section.loading is None, timeout=WAIT_MS)

    assert _states(window)["Annas Pixel"] == "Gesperrt"
    assert section.panel.message_label.text() == "„Annas Pixel“ von Anna Becker ist gesperrt."
    assert world.device(phone).state is DeviceState.REVOKED
    with pytest.raises(Unauthorized):
        phone.client.me()


def test_both_allow_new_devices_buttons_open_the_one_dialog_and_decisions_reload_the_list(
    qtbot: QtBot, world: DeviceWorld
) -> None:
    anna = world.confirmed("Anna Becker")
    world.fill()
    world.sign_in(anna, "Annas Pixel")
    window = _window(qtbot, world)

    window.sync_panel.approve_button.click()
    dialog = window.approvals.dialog
    assert dialog is not None
    window.devices.approve_button.click()
    assert window.approvals.dialog is dialog
    qtbot.waitUntil(lambda: not dialog.is_busy and dialog.approval_allowed, timeout=WAIT_MS)

    row = dialog.row_for("Annas Pixel")
    assert row is not None
    row.approve_button.click()
    qtbot.waitUntil(lambda: _states(window).get("Annas Pixel") == "Zugelassen", timeout=WAIT_MS)
    window.close()
    assert window.approvals.dialog is None  # closing the window closes the dialog


def test_the_launcher_hands_the_office_data_to_the_settings_window(
    qtbot: QtBot,
    world: DeviceWorld,
    config_dir: Path,
    memory_keyring: MemoryKeyring,
) -> None:
    world.confirmed("Anna Becker")
    world.fill()
    world.change_office(1)
    finished = FinishedSetupService(
        client_factory=CloudClient,
        secrets=KeyringSecretStore(backend=memory_keyring),
        settings=SettingsStore.in_dir(config_dir),
    )
    launcher = Launcher(
        finished,
        finished.local_settings(),
        office_db=world.office_db,
        fill_state_dir=world.state_dir,
    )
    window = launch(qtbot, launcher)
    assert isinstance(window, SettingsWindow)
    assert window.sync_runner.office_sync.office_db == world.office_db
    window.open_section("sync")
    qtbot.waitUntil(lambda: window.sync_runner.overview is not None, timeout=WAIT_MS)
    assert window.sync_panel.waiting.text() == "1 Änderung im Büro"
    window.close()
    finished.close()
