"""The office and its employees' phones built with the real services: what the worlds share.

A :class:`ServiceWorld` is one tenant of a reference cloud, signed in through the real
:class:`~cloudsetup.services.SetupService`, with a generated office database (real SQLite),
employees activated by ``AccessService`` and confirmed on the real consent page, invoice
permission with a number range of their own, and phones: real
:class:`~cloudsetup.cloud.DeviceClient` s over HTTP. The GUI tests' ``DeviceWorld`` and the
integration tests' ``OfficeWorld`` are built on it.
"""

from __future__ import annotations

import threading
from pathlib import Path

import httpx

from cloudsetup.cloud import DeviceClient
from cloudsetup.localdata import OfficeDatabase, generate_demo_data
from cloudsetup.models import (
    DeviceSignIn,
    Employee,
    EmployeeIn,
    NumberRangeIn,
    Permissions,
    Platform,
)
from cloudsetup.server.embedded import EmbeddedServer
from cloudsetup.services import (
    AccessService,
    DeviceService,
    EmployeeService,
    FillService,
    RangeService,
    SetupService,
)
from support.cloud import outbox_mails
from support.devices import confirm_consent


class ServiceWorld:
    """The office (services, office database file) and the clients of its employees' phones."""

    def __init__(
        self,
        server: EmbeddedServer,
        setup: SetupService,
        tmp_path: Path,
        *,
        records: int,
        seed: int,
        password: str,
        prefix: str,
        first_number: int,
        last_number: int,
    ) -> None:
        self.server = server
        self.setup = setup
        self.password = password
        self.prefix = prefix
        self.first_number = first_number
        self.last_number = last_number
        self.state_dir = tmp_path / "state"
        self.office_db = tmp_path / "office.sqlite3"
        generate_demo_data(self.office_db, records=records, seed=seed)
        self.devices = DeviceService(setup)
        self._clients: list[DeviceClient] = []
        self._numbers = iter(range(first_number, last_number + 1))

    def close(self) -> None:
        for client in self._clients:
            client.close()

    # -- the office ----------------------------------------------------------------------------

    def confirmed_employee(self, name: str, email: str) -> Employee:
        """A new employee who has the world's password and agreed on the consent page."""
        employee = EmployeeService(self.setup).add(EmployeeIn(name=name, email=email))
        AccessService(self.setup).activate(employee.id, self.password)
        with httpx.Client(base_url=self.server.url, timeout=30) as http:
            confirm_consent(self.server, http, employee, lambda to: outbox_mails(self.server, to))
        return employee

    def fill_from(self, office: OfficeDatabase, *, batch_size: int | None = None) -> None:
        """The initial fill from ``office`` (the cloud is usable after it)."""
        fill = (
            FillService(self.setup, state_dir=self.state_dir)
            if batch_size is None
            else FillService(self.setup, state_dir=self.state_dir, batch_size=batch_size)
        )
        fill.run(office, on_progress=lambda _progress: None, cancel=threading.Event())

    def permit_invoices(self, employee: Employee) -> None:
        """Invoice permission and the range of the world's numbers."""
        AccessService(self.setup).set_permissions(
            employee.id, Permissions(may_create_invoices=True)
        )
        RangeService(self.setup).set_employee_range(
            employee.id,
            NumberRangeIn(prefix=self.prefix, start=self.first_number, end=self.last_number),
        )

    def next_number(self) -> str:
        """The next invoice number of the range :meth:`permit_invoices` gives."""
        return f"{self.prefix}{next(self._numbers)}"

    # -- the phones ----------------------------------------------------------------------------

    def new_client(self) -> DeviceClient:
        """A device client for a new phone, closed with the world."""
        client = DeviceClient(self.server.url)
        self._clients.append(client)
        return client

    def sign_in_request(
        self,
        *,
        domain: str,
        email: str,
        device_id: str,
        name: str,
        platform: Platform = Platform.ANDROID,
    ) -> DeviceSignIn:
        """What the phone app sends to sign in with the world's password."""
        return DeviceSignIn(
            domain=domain,
            email=email,
            password=self.password,
            device_id=device_id,
            device_name=name,
            platform=platform,
        )
