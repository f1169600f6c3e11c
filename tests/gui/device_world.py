"""Devices and the office sync for the GUI tests, all real: cloud, services, SQLite, devices.

A :class:`DeviceWorld` is one tenant of the session's reference cloud, signed in through the
real :class:`SetupService`, with a generated office database (real SQLite) filled into the
cloud by the real ``FillService``, employees activated by ``AccessService`` and confirmed on
the real consent page, and their phones: real :class:`~cloudsetup.cloud.DeviceClient` s that
sign in over HTTP as the phone app does. The widgets under test get a
:class:`~cloudsetup.wizard.sync.runner.SyncRunner` over the real ``SyncService``.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from cloudsetup.cloud import DeviceClient
from cloudsetup.localdata import OfficeDatabase
from cloudsetup.models import (
    Device,
    DeviceInvoice,
    DeviceInvoiceIn,
    DeviceSignInResult,
    DomainData,
    Employee,
    InvoiceLineIn,
    Platform,
    RecordChange,
)
from cloudsetup.models.fill import Collection
from cloudsetup.server.embedded import EmbeddedServer
from cloudsetup.services import SetupService, SyncService
from cloudsetup.wizard.devices.approvals import DeviceApprovals
from cloudsetup.wizard.sync.office_sync import OfficeSync
from cloudsetup.wizard.sync.runner import SyncRunner
from gui.wizard_pages import connect
from support.devices import device_id
from support.service_world import ServiceWorld

PASSWORD: Final = "Leiter-Pinsel-Rolle-83"
PREFIX: Final = "RE-GUI-"
OFFICE_RECORDS: Final = 300


@dataclass
class Phone:
    """An employee's device as the phone app has it: its client and what it was told."""

    client: DeviceClient
    device_id: str
    name: str
    answer: DeviceSignInResult


class DeviceWorld(ServiceWorld):
    """The office (services, office database) and its employees' phones."""

    def __init__(
        self, server: EmbeddedServer, setup: SetupService, tenant: DomainData, tmp_path: Path
    ) -> None:
        self.tenant = tenant
        connect(setup, tenant)
        super().__init__(
            server,
            setup,
            tmp_path,
            records=OFFICE_RECORDS,
            seed=5,
            password=PASSWORD,
            prefix=PREFIX,
            first_number=1,
            last_number=999,
        )
        self.sync = SyncService(setup, state_dir=self.state_dir)

    # -- the office ----------------------------------------------------------------------------

    def confirmed(self, name: str) -> Employee:
        """A new employee who has a password and agreed on the consent page."""
        email = f"{name.split()[0].lower()}-{uuid.uuid4().hex[:8]}@example.de"
        return self.confirmed_employee(name, email)

    def fill(self) -> None:
        """The initial fill from the office database (the cloud is usable after it)."""
        with OfficeDatabase(self.office_db) as office:
            self.fill_from(office)

    def change_office(self, count: int = 1) -> None:
        """Rename ``count`` customers in the office data: changes the cloud does not hold."""
        with OfficeDatabase(self.office_db) as office:
            customers = list(office.iter_records(Collection.CUSTOMERS))[:count]
            office.store_records(
                [
                    RecordChange(
                        collection=Collection.CUSTOMERS,
                        id=record_id,
                        data={**data, "name": f"{data['name']} (geändert)"},
                    )
                    for record_id, data in customers
                ]
            )

    def allow_invoices(self, employee: Employee) -> None:
        self.permit_invoices(employee)

    def runner(self, *, batch_size: int = 1000) -> SyncRunner:
        """The GUI's sync runner over the real sync service and this office database."""
        sync = SyncService(self.setup, state_dir=self.state_dir, batch_size=batch_size)
        return SyncRunner(OfficeSync(sync, self.office_db))

    def approvals(self, runner: SyncRunner) -> DeviceApprovals:
        return DeviceApprovals(self.devices, runner)

    # -- the phones ----------------------------------------------------------------------------

    def sign_in(
        self, employee: Employee, name: str, platform: Platform = Platform.ANDROID
    ) -> Phone:
        """A new device of ``employee`` signs in: pending, with its verification code."""
        client = self.new_client()
        new_id = device_id()
        request = self.sign_in_request(
            domain=self.tenant.domain,
            email=employee.email,
            device_id=new_id,
            name=name,
            platform=platform,
        )
        return Phone(client, new_id, name, client.sign_in(request))

    def ask_again(self, phone: Phone, employee: Employee) -> DeviceSignInResult:
        """The phone signs in again (what the app does while it waits for approval)."""
        return phone.client.sign_in(
            self.sign_in_request(
                domain=self.tenant.domain,
                email=employee.email,
                device_id=phone.device_id,
                name=phone.name,
            )
        )

    def approved(self, employee: Employee, name: str) -> Phone:
        """A device that signed in and was approved by the office (without the dialog)."""
        phone = self.sign_in(employee, name)
        self.devices.approve(self.device(phone).id)
        assert self.ask_again(phone, employee).device_token is not None
        return phone

    def device(self, phone: Phone) -> Device:
        """How the office sees ``phone`` now."""
        return next(d for d in self.devices.list() if d.device_id == phone.device_id)

    def push_invoice(self, phone: Phone) -> DeviceInvoice:
        """The phone writes an invoice with the next number of its employee's range."""
        with OfficeDatabase(self.office_db) as office:
            customer_id, _data = next(office.iter_records(Collection.CUSTOMERS))
        invoice = DeviceInvoiceIn(
            id=f"dinv-{uuid.uuid4().hex[:16]}",
            number=self.next_number(),
            date=dt.date(2026, 3, 16),
            customer_id=customer_id,
            lines=[
                InvoiceLineIn(
                    position=1,
                    text="Wand streichen",
                    unit="m²",
                    quantity_centi=1000,
                    unit_price_cents=1890,
                    vat_rate=19,
                )
            ],
        )
        return phone.client.push_invoice(invoice)
