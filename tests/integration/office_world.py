"""An office, its employee and his device against the real cloud, built with the real services.

:class:`OfficeWorld` is one tenant of the session's reference cloud with a generated office
database (real SQLite) that holds the employee, filled into the cloud by the real
``FillService``; the employee was activated by ``AccessService`` and confirmed on the real
consent page; he may write invoices with his own number range. His device is a real
:class:`~cloudsetup.cloud.DeviceClient` over HTTP, whose local copy of the records is a dict.
"""

from __future__ import annotations

import datetime as dt
import threading
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final

from cloudsetup.cloud import DeviceClient
from cloudsetup.localdata import OfficeDatabase
from cloudsetup.models import (
    DeviceInvoice,
    DeviceInvoiceIn,
    DeviceSignInResult,
    Employee,
    InvoiceLineIn,
)
from cloudsetup.models.fill import Collection
from cloudsetup.server.embedded import EmbeddedServer
from cloudsetup.services import SetupService, SyncProgress, SyncResult, SyncService
from support.devices import device_id
from support.service_world import ServiceWorld

PASSWORD: Final = "Tulpe-Regen-Kabel-47"
PREFIX: Final = "RE-MM-"
RANGE_START: Final = 5000
OFFICE_RECORDS: Final = 400

Held = dict[tuple[Collection, str], dict[str, Any]]


@dataclass
class Phone:
    """An employee's device: its client, its id and what it holds of the records."""

    client: DeviceClient
    device_id: str
    name: str
    held: Held = field(default_factory=dict)
    cursor: str | None = None

    def pull_all(self, *, limit: int = 200) -> list[tuple[Collection, str, bool]]:
        """Pull until the cloud has nothing more; what each page changed, in order."""
        changed: list[tuple[Collection, str, bool]] = []
        for _ in range(1000):
            page = self.client.pull(cursor=self.cursor, limit=limit)
            if page.reset:
                self.held.clear()
            for change in page.changes:
                key = (change.collection, change.id)
                changed.append((change.collection, change.id, change.deleted))
                if change.data is None:
                    self.held.pop(key, None)
                else:
                    self.held[key] = change.data
            self.cursor = page.cursor
            if not page.more:
                return changed
        raise AssertionError("the pull did not end")

    def ids(self, collection: Collection) -> set[str]:
        return {record_id for c, record_id in self.held if c is collection}


class OfficeWorld(ServiceWorld):
    """The office side (services, office database) and the employee's side (devices)."""

    def __init__(
        self, server: EmbeddedServer, setup: SetupService, tmp_path: Path, *, batch_size: int
    ) -> None:
        super().__init__(
            server,
            setup,
            tmp_path,
            records=OFFICE_RECORDS,
            seed=11,
            password=PASSWORD,
            prefix=PREFIX,
            first_number=RANGE_START,
            last_number=RANGE_START + 999,
        )
        self.office = OfficeDatabase(self.office_db)
        self.sync = SyncService(setup, state_dir=self.state_dir, batch_size=batch_size)
        self.employee = self._confirmed_employee()

    def close(self) -> None:
        super().close()
        self.office.close()

    # -- the office ----------------------------------------------------------------------------

    def _confirmed_employee(self) -> Employee:
        email = f"max-{uuid.uuid4().hex[:8]}@example.de"
        employee = self.confirmed_employee("Max Muster", email)
        with self.office.transaction() as connection:  # his record in the office data
            connection.execute(
                "INSERT INTO employees (id, number, name, email) VALUES (?, 'MA-900', ?, ?)",
                (f"emp-{employee.id}", employee.name, email),
            )
        return employee

    def fill(self) -> None:
        self.fill_from(self.office, batch_size=500)

    def allow_invoices(self) -> None:
        self.permit_invoices(self.employee)

    def run_sync(self, cancel: threading.Event | None = None) -> SyncResult:
        seen: list[SyncProgress] = []
        result = self.sync.run(self.office, on_progress=seen.append, cancel=cancel or _never())
        assert seen[-1].phase == "done"
        return result

    # -- the employee's devices ----------------------------------------------------------------

    def phone(self, name: str = "Max' Pixel") -> Phone:
        return Phone(self.new_client(), device_id(), name)

    def sign_in(self, phone: Phone) -> DeviceSignInResult:
        return phone.client.sign_in(
            self.sign_in_request(
                domain=self.setup.local_settings().domain or "",
                email=self.employee.email,
                device_id=phone.device_id,
                name=phone.name,
            )
        )

    def approved_phone(self, name: str = "Max' Pixel") -> Phone:
        """A phone that signed in, was approved by the office and signed in again."""
        phone = self.phone(name)
        self.sign_in(phone)
        (pending,) = [d for d in self.devices.pending() if d.device_id == phone.device_id]
        self.devices.approve(pending.id)
        assert self.sign_in(phone).device_token is not None
        return phone

    def write_invoice(self, phone: Phone, *, customer_id: str) -> DeviceInvoice:
        """Push :meth:`new_invoice` from ``phone``; the cloud's answer."""
        return phone.client.push_invoice(self.new_invoice(customer_id))

    def new_invoice(self, customer_id: str) -> DeviceInvoiceIn:
        """An invoice with the next number of his range, for a customer the phone holds."""
        lines = [
            InvoiceLineIn(
                position=1,
                text="Wand streichen, weiß",
                unit="m²",
                quantity_centi=1250,
                unit_price_cents=1890,
                vat_rate=19,
            ),
            InvoiceLineIn(
                position=2,
                text="Anfahrt",
                unit="pauschal",
                quantity_centi=100,
                unit_price_cents=3500,
                vat_rate=19,
            ),
        ]
        return DeviceInvoiceIn(
            id=f"dinv-{uuid.uuid4().hex[:16]}",
            number=self.next_number(),
            date=dt.date(2026, 3, 16),
            customer_id=customer_id,
            lines=lines,
        )

    def office_records(self, collection: Collection) -> dict[str, dict[str, Any]]:
        return dict(self.office.iter_records(collection))


def _never() -> threading.Event:
    return threading.Event()


class CancelAfter(threading.Event):
    """A cancel flag that turns itself on after the sync has looked at it ``looks`` times.

    The sync looks before every inbox page and before every change batch, so this stops a run
    at an exact point between two requests, as a person pressing "Cancel" there would.
    """

    def __init__(self, looks: int) -> None:
        super().__init__()
        self.looks = looks

    def is_set(self) -> bool:
        self.looks -= 1
        return self.looks < 0
