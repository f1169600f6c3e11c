"""The screenshots of the devices: the approval dialog before and after a sync.

After the fill, the employees' phones sign in through the real device sign-in API (the caller
hands in :class:`Phones`, because the wizard does not talk HTTP itself): Anna has two approved
devices and asks with a third (so approving means replacing), Jonas asks with his first, and
Lea's approved tablet has written an invoice the office has not fetched yet. Three customers
are renamed in the office data, so the dialog first says "Erst alles synchronisieren"; its
"Jetzt synchronisieren" then runs the real sync and approval opens up.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Protocol

from PySide6.QtWidgets import QWidget

from cloudsetup.localdata import OfficeDatabase
from cloudsetup.models import Platform, RecordChange
from cloudsetup.models.fill import Collection
from cloudsetup.services.devices import DeviceService
from cloudsetup.services.ranges import RangeService
from cloudsetup.services.setup import SetupService
from cloudsetup.services.sync import SyncService
from cloudsetup.wizard.devices.approvals import DeviceApprovals
from cloudsetup.wizard.devices.replace_dialog import ReplaceDeviceDialog
from cloudsetup.wizard.screenshot_data import PEOPLE, ConfirmConsent, call, spin
from cloudsetup.wizard.sync.office_sync import OfficeSync
from cloudsetup.wizard.sync.runner import SyncRunner

Shoot = Callable[[QWidget, str], None]


class Phones(Protocol):
    """The employees' devices, as the phone app would do it (the demo signs in over HTTP)."""

    def sign_in(self, email: str, password: str, name: str, platform: Platform) -> None:
        """The device ``name`` of the employee signs in (again: with it, it gets its token)."""

    def write_invoice(self, email: str, name: str, number: str) -> None:
        """The approved device writes an invoice with ``number`` for a customer it pulled."""


def _rename_customers(office_db: Path, count: int) -> None:
    """Changes in the office data the cloud does not hold yet (on a worker: it is disk work)."""
    office = OfficeDatabase(office_db)
    try:
        # Read to the end before writing: the reader holds a snapshot until then.
        customers = list(office.iter_records(Collection.CUSTOMERS))[:count]
        office.store_records(
            [
                RecordChange(
                    collection=Collection.CUSTOMERS,
                    id=record_id,
                    data={**data, "name": f"{data['name']} GmbH & Co. KG"},
                )
                for record_id, data in customers
            ]
        )
    finally:
        office.close()


def _arrange(
    service: SetupService,
    phones: Phones,
    passwords: Mapping[str, str],
    confirm_consent: ConfirmConsent,
) -> None:
    anna, jonas, lea, _murat = (person.email for person in PEOPLE)
    for email in (jonas, lea):
        call(confirm_consent, email)
    devices = DeviceService(service)
    asking = [
        (anna, "Annas iPhone", Platform.IOS),
        (anna, "Büro-Laptop Chefin", Platform.WINDOWS),
        (lea, "Leas Tablet", Platform.ANDROID),
    ]
    for email, name, platform in asking:
        call(phones.sign_in, email, passwords[email], name, platform)
    for device in call(devices.pending):
        call(devices.approve, device.id)
    lea_range = next(r for r in call(RangeService(service).list) if r.owner_name == PEOPLE[2].name)
    call(phones.sign_in, lea, passwords[lea], "Leas Tablet", Platform.ANDROID)
    call(phones.write_invoice, lea, "Leas Tablet", f"{lea_range.prefix}{lea_range.next_number}")
    call(phones.sign_in, anna, passwords[anna], "Annas iPad", Platform.IOS)
    call(phones.sign_in, jonas, passwords[jonas], "Jonas' Galaxy", Platform.ANDROID)


def shoot_devices(
    service: SetupService,
    *,
    phones: Phones,
    passwords: Mapping[str, str],
    confirm_consent: ConfirmConsent,
    office_db: Path,
    state_dir: Path,
    shoot: Shoot,
) -> None:
    """Write ``08-device-approval-unsynced``, ``08-device-approval`` and
    ``08-device-replace``; afterwards one office change waits for the next sync."""
    missing = [p.email for p in PEOPLE[:3] if p.email not in passwords]
    if missing:
        raise RuntimeError(f"no password known for {missing}: use a new cloud for screenshots")
    _arrange(service, phones, passwords, confirm_consent)
    call(_rename_customers, office_db, 3)

    runner = SyncRunner(OfficeSync(SyncService(service, state_dir=state_dir), office_db))
    approvals = DeviceApprovals(DeviceService(service), runner)
    dialog = approvals.open(None)

    def settled() -> bool:
        return not (dialog.is_busy or runner.is_loading or runner.is_running)

    spin(settled)
    if dialog.approval_allowed:
        raise RuntimeError("the office changes were expected to wait for the sync")
    shoot(dialog, "08-device-approval-unsynced")

    dialog.sync_gate.action_button.click()
    spin(lambda: runner.is_running)
    spin(settled)
    if not dialog.approval_allowed:
        raise RuntimeError(f"the sync did not finish: {dialog.panel.message_label.text()}")
    shoot(dialog, "08-device-approval")

    replacing = dialog.row_for("Annas iPad")
    if replacing is None:
        raise RuntimeError("the third device of Anna is not listed")
    replacing.approve_button.click()
    choice = dialog.question
    if not isinstance(choice, ReplaceDeviceDialog):
        raise RuntimeError("approving a third device did not ask which one it replaces")
    shoot(choice, "08-device-replace")
    choice.reject()
    dialog.reject()

    call(_rename_customers, office_db, 1)  # an office change after the sync: one waits again
