"""The demo company's employees' phones: real device sign-ins and invoices over HTTP.

What the phone app does, done with :class:`~cloudsetup.cloud.DeviceClient` against the demo
cloud, so the screenshots can show the device-approval dialog with devices that really asked.
A composition root like :mod:`cloudsetup.demo`: it may talk to the cloud directly.
"""

from __future__ import annotations

import datetime as dt
import uuid
from types import TracebackType
from typing import Self

from cloudsetup.cloud import DeviceClient
from cloudsetup.models import DeviceInvoiceIn, DeviceSignIn, InvoiceLineIn, Platform
from cloudsetup.models.fill import Collection


class DemoPhones:
    """One :class:`DeviceClient` per employee and device name; close them with the block."""

    def __init__(self, server_url: str, domain: str) -> None:
        self._server_url = server_url
        self._domain = domain
        self._phones: dict[tuple[str, str], tuple[DeviceClient, str]] = {}

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        for client, _device_id in self._phones.values():
            client.close()
        self._phones.clear()

    def sign_in(self, email: str, password: str, name: str, platform: Platform) -> None:
        """The device ``name`` of ``email`` signs in (the same device again: it gets its token)."""
        client, device_id = self._phone(email, name)
        client.sign_in(
            DeviceSignIn(
                domain=self._domain,
                email=email,
                password=password,
                device_id=device_id,
                device_name=name,
                platform=platform,
            )
        )

    def write_invoice(self, email: str, name: str, number: str) -> None:
        """The approved device pulls until it holds a customer and invoices him for a job."""
        client, _device_id = self._phone(email, name)
        cursor: str | None = None
        customer_id: str | None = None
        while customer_id is None:
            page = client.pull(cursor=cursor)
            customer_id = next(
                (c.id for c in page.changes if c.collection is Collection.CUSTOMERS), None
            )
            if not page.more:
                break
            cursor = page.cursor
        if customer_id is None:
            raise LookupError("the demo cloud gave the device no customer")
        client.push_invoice(
            DeviceInvoiceIn(
                id=f"demo-{uuid.uuid4().hex[:16]}",
                number=number,
                date=dt.date.today(),
                customer_id=customer_id,
                lines=[
                    InvoiceLineIn(
                        position=1,
                        text="Wohnzimmer streichen, weiß",
                        unit="m²",
                        quantity_centi=3850,
                        unit_price_cents=1290,
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
                ],
            )
        )

    def _phone(self, email: str, name: str) -> tuple[DeviceClient, str]:
        key = (email, name)
        if key not in self._phones:
            self._phones[key] = (DeviceClient(self._server_url), f"demo-{uuid.uuid4().hex}")
        return self._phones[key]
