"""Every section of the settings window loads what the real cloud holds for a set-up tenant."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from cloudsetup.services import FillService
from cloudsetup.wizard.devices.device_table import DeviceColumn
from cloudsetup.wizard.pages.fill_texts import number
from cloudsetup.wizard.settings.access_section import AccessSettings
from cloudsetup.wizard.settings.connection_section import ConnectionSettings
from cloudsetup.wizard.settings.employees_section import EmployeeSettings
from cloudsetup.wizard.settings.fill_section import FillSettings
from cloudsetup.wizard.settings.ranges_section import RangeSettings
from cloudsetup.wizard.settings.support_section import SupportSettings
from cloudsetup.wizard.settings.sync_section import SyncSettings
from gui.device_world import PREFIX, DeviceWorld
from gui.settings.windows import open_window, show


def test_each_section_shows_what_the_cloud_holds(qtbot: QtBot, world: DeviceWorld) -> None:
    anna = world.confirmed("Anna Becker")
    jonas = world.confirmed("Jonas Weber")
    world.allow_invoices(jonas)
    world.fill()
    world.approved(anna, "Annas Pixel")
    world.change_office(2)
    held = sum(
        t.count for t in FillService(world.setup, state_dir=world.state_dir).cloud_data().totals
    )
    world.setup.reload()  # the connection as the cloud describes it after all that
    window = open_window(
        qtbot,
        world.setup,
        server_url=world.tenant.server_url,
        state_dir=world.state_dir,
        office_db=world.office_db,
    )

    connection = window.section_of(ConnectionSettings)
    assert connection.domain.text() == world.tenant.domain
    assert connection.role.text() == "Verwaltung"
    assert connection.activated.text() == "2 von 2, 2 bestätigt"
    assert connection.filled.text() == "erledigt"

    employees = show(qtbot, window, "employees")
    assert isinstance(employees, EmployeeSettings)
    assert [e.name for e in employees.editor.employees] == ["Anna Becker", "Jonas Weber"]

    access = show(qtbot, window, "access")
    assert isinstance(access, AccessSettings)
    model = access.editor.model
    assert [model.data(model.index(row, 2)) for row in range(2)] == ["Bestätigt", "Bestätigt"]

    ranges = show(qtbot, window, "ranges")
    assert isinstance(ranges, RangeSettings)
    row = ranges.usage_of(PREFIX).row_of("Jonas Weber")
    assert row.numbers.text() == f"{PREFIX}1 – {PREFIX}999"
    assert row.usage.text() == "0 vergeben, 999 frei"

    show(qtbot, window, "devices")
    devices = window.devices
    assert [d.name for d in devices.devices] == ["Annas Pixel"]
    assert devices.model.text(0, DeviceColumn.STATE) == "Zugelassen"

    sync = show(qtbot, window, "sync")
    assert isinstance(sync, SyncSettings)
    assert sync.panel.waiting.text() == "2 Änderungen im Büro"
    assert sync.office_db.text() == str(world.office_db)

    fill = show(qtbot, window, "fill")
    assert isinstance(fill, FillSettings)
    assert fill.cloud_status.text().startswith("Zuletzt befüllt am ")
    assert fill.cloud_status.text().endswith(f"die Cloud hält {number(held)} Datensätze.")
    assert fill.fill_panel.counts is not None
    assert fill.fill_panel.fill_button.isEnabled()

    support = show(qtbot, window, "support")
    assert isinstance(support, SupportSettings)
    assert support.tenant.text().startswith(world.tenant.domain)
    assert support.role.text() == "Verwaltung"
    assert support.last_sync.text() == "noch nie"
    assert support.last_fill.text().endswith(f"{number(held)} Datensätze in der Cloud")
    window.close()
