"""The screenshots of the settings window: one picture per section, ``10-settings-<id>.png``.

Before the pictures the office gets its own number range and Jonas one next to Lea's, so
"Nummernkreise" shows three ranges of one prefix with their usage. Each section is opened like
a user would (it loads from the cloud on a worker) and taken once it is idle.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QWidget

from cloudsetup.models import Permissions
from cloudsetup.services.access import AccessService
from cloudsetup.services.employees import EmployeeService
from cloudsetup.services.entry_checks import validate_range_input
from cloudsetup.services.ranges import RangeService
from cloudsetup.services.setup import Connection, SetupService
from cloudsetup.wizard.screenshot_data import PEOPLE, call, spin
from cloudsetup.wizard.settings.access_section import AccessSettings
from cloudsetup.wizard.settings.employees_section import EmployeeSettings
from cloudsetup.wizard.settings.section import SettingsSection
from cloudsetup.wizard.settings.window import SettingsWindow

Shoot = Callable[[QWidget, str], None]


def _arrange_ranges(service: SetupService) -> None:
    ranges = RangeService(service)
    held = call(ranges.list)
    prefix = next((r.prefix for r in held if r.employee_id is not None), "RE-2026-")
    if not any(r.employee_id is None for r in held):
        entry = validate_range_input(prefix=prefix, start="5001", end="20000", next_number="5843")
        call(ranges.set_office_range, entry)
    jonas = next(
        e for e in call(EmployeeService(service).list) if e.email.casefold() == PEOPLE[1].email
    )
    if not any(r.employee_id == jonas.id for r in held):
        call(
            AccessService(service).set_permissions, jonas.id, Permissions(may_create_invoices=True)
        )
        entry = validate_range_input(prefix=prefix, start="1001", end="1500", next_number="1013")
        call(ranges.set_employee_range, jonas.id, entry)


def _settled(section: SettingsSection) -> Callable[[], bool]:
    return lambda: section.was_loaded and not section.is_busy


def shoot_settings(
    service: SetupService,
    connection: Connection,
    *,
    office_db: Path,
    state_dir: Path,
    log_file: Path | None,
    server_url: str,
    shoot: Shoot,
) -> None:
    """Write ``10-settings-<section id>`` for every section, in the side list's order."""
    _arrange_ranges(service)
    connection = call(service.reload)
    window = SettingsWindow(
        service,
        connection,
        server_url=server_url,
        office_db=office_db,
        state_dir=state_dir,
        log_file=log_file,
    )
    window.show()
    for section in window.sections:
        window.open_section(section.section_id)
        spin(_settled(section))
        if isinstance(section, EmployeeSettings):
            section.editor.table.selectRow(0)
        elif isinstance(section, AccessSettings):
            section.editor.select(
                next(e.id for e in section.editor.employees if e.permissions.may_create_invoices)
            )
            section.editor.details.setCurrentIndex(1)
        elif section.section_id == "devices":
            devices = window.devices
            if any(d.name == "Annas iPhone" for d in devices.devices):
                devices.select("Annas iPhone")  # an approved one: "Sperren…" is offered
        shoot(window, f"10-settings-{section.section_id}")
    window.close()
