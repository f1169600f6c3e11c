"""Devices end to end with the real services and clients against the real cloud over HTTP.

A device signs in with DeviceClient, the office's sync shows it pending, DeviceService approves
it, the device pulls the company data and pushes an invoice from its employee's range, and the
next SyncService run brings that invoice into the real office database.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from cloudsetup.cloud import Conflict, Forbidden, Unauthorized
from cloudsetup.models import DeviceState
from cloudsetup.models.fill import Collection, canonical_json
from cloudsetup.server.embedded import EmbeddedServer
from cloudsetup.services import SetupService, UserError, user_error_from

from .office_world import OfficeWorld


@pytest.fixture
def world(
    cloud_server: EmbeddedServer, connected: SetupService, tmp_path: Path
) -> Iterator[OfficeWorld]:
    world = OfficeWorld(cloud_server, connected, tmp_path, batch_size=50)
    try:
        yield world
    finally:
        world.close()


def test_a_device_is_approved_pulls_the_data_and_its_invoice_reaches_the_office(
    world: OfficeWorld,
) -> None:
    world.fill()
    world.allow_invoices()
    phone = world.phone()

    pending = world.sign_in(phone)
    assert pending.state is DeviceState.PENDING
    assert pending.device_token is None
    overview = world.run_sync().overview
    assert overview.pending_devices == 1
    assert overview.everything_synced
    (listed,) = world.devices.pending()
    assert (listed.device_id, listed.name, listed.employee_name) == (
        phone.device_id,
        "Max' Pixel",
        "Max Muster",
    )
    assert listed.verification_code == pending.verification_code

    assert world.devices.approve(listed.id).state is DeviceState.APPROVED
    approved = world.sign_in(phone)
    assert approved.state is DeviceState.APPROVED
    assert phone.client.me().may_create_invoices
    phone.pull_all()
    assert phone.ids(Collection.CUSTOMERS) == set(world.office_records(Collection.CUSTOMERS))

    customer_id = sorted(phone.ids(Collection.CUSTOMERS))[0]
    accepted = world.write_invoice(phone, customer_id=customer_id)
    assert accepted.number == "RE-MM-5000"
    assert world.sync.overview(world.office).cloud_waiting == 1

    result = world.run_sync()

    assert result.pulled_invoices == 1
    assert result.pushed_changes == 0  # the echo of the invoice changes nothing in the cloud
    assert result.unchanged == 3  # the invoice and its two lines
    assert result.overview.everything_synced
    stored = world.office_records(Collection.INVOICES)[accepted.id]
    assert (stored["number"], stored["customer_id"]) == ("RE-MM-5000", customer_id)
    assert stored["employee_id"] == f"emp-{world.employee.id}"
    assert stored["gross_cents"] == stored["net_cents"] + stored["vat_cents"]
    lines = world.office_records(Collection.INVOICE_LINES)
    assert {lines[f"{accepted.id}-{n}"]["position"] for n in (1, 2)} == {1, 2}
    for record in accepted.records:
        held = world.office_records(record.collection)[record.id]
        assert record.data is not None
        assert canonical_json(held) == canonical_json(record.data)


def test_the_same_invoice_pushed_twice_arrives_once(world: OfficeWorld) -> None:
    world.fill()
    world.allow_invoices()
    phone = world.approved_phone()
    phone.pull_all()
    invoice = world.new_invoice(sorted(phone.ids(Collection.CUSTOMERS))[0])
    first = phone.client.push_invoice(invoice)
    again = phone.client.push_invoice(invoice)  # its answer was lost, say
    assert (again.seq, again.id) == (first.seq, first.id)
    assert world.run_sync().pulled_invoices == 1
    assert world.run_sync().pulled_invoices == 0
    numbers = [r["number"] for r in world.office_records(Collection.INVOICES).values()]
    assert numbers.count(first.number) == 1


def test_a_third_device_is_refused_and_comes_in_by_replacing_one(world: OfficeWorld) -> None:
    world.fill()
    world.approved_phone("Pixel 8")
    old = world.approved_phone("Büro-Laptop")
    third = world.phone("iPad")
    world.sign_in(third)
    (pending,) = world.devices.pending()

    with pytest.raises(UserError) as caught:
        world.devices.approve(pending.id)
    assert caught.value.code == "device_limit"
    assert '"Büro-Laptop"' in caught.value.message.english()
    assert '"Pixel 8"' in caught.value.message.english()

    (old_row,) = [d for d in world.devices.list() if d.device_id == old.device_id]
    world.devices.approve(pending.id, replaces=old_row.id)
    states = {d.name: d.state for d in world.devices.list(employee_id=world.employee.id)}
    assert states == {
        "Pixel 8": DeviceState.APPROVED,
        "Büro-Laptop": DeviceState.REVOKED,
        "iPad": DeviceState.APPROVED,
    }
    with pytest.raises(Unauthorized):
        old.client.me()  # the replaced device's token ended at once
    with pytest.raises(Forbidden) as refused:
        world.sign_in(old)
    assert user_error_from(refused.value).code == "device_revoked"


def test_approval_while_a_device_invoice_waits_says_sync_first(world: OfficeWorld) -> None:
    world.fill()
    world.allow_invoices()
    phone = world.approved_phone()
    phone.pull_all()
    world.write_invoice(phone, customer_id=sorted(phone.ids(Collection.CUSTOMERS))[0])
    newcomer = world.phone("iPad")
    world.sign_in(newcomer)
    (pending,) = world.devices.pending()

    with pytest.raises(UserError) as caught:
        world.devices.approve(pending.id)
    assert caught.value.code == "not_synced"
    assert not world.sync.overview(world.office).everything_synced

    world.run_sync()
    assert world.devices.approve(pending.id).state is DeviceState.APPROVED


def test_a_rejected_device_is_told_so_when_it_asks_again(world: OfficeWorld) -> None:
    world.fill()
    phone = world.phone()
    world.sign_in(phone)
    (pending,) = world.devices.pending()
    world.devices.reject(pending.id)
    with pytest.raises(Forbidden) as caught:
        world.sign_in(phone)
    error = user_error_from(caught.value)
    assert error.code == "device_rejected"
    assert error.message.english() == "The office has rejected this device."


def test_a_number_used_before_is_refused_with_its_reason(world: OfficeWorld) -> None:
    world.fill()
    world.allow_invoices()
    phone = world.approved_phone()
    phone.pull_all()
    invoice = world.new_invoice(sorted(phone.ids(Collection.CUSTOMERS))[0])
    phone.client.push_invoice(invoice)
    duplicate = invoice.model_copy(update={"id": "dinv-another-one-1"})
    with pytest.raises(Conflict) as caught:
        phone.client.push_invoice(duplicate)
    error = user_error_from(caught.value)
    assert (error.code, error.field) == ("number_used", "number")
