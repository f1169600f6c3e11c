"""The office sync with the real SyncService, OfficeDatabase and cloud over HTTP: the office's
inserts, updates and deletions reach a device, nothing waits twice, a cancelled run converges."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from cloudsetup.models.fill import Collection
from cloudsetup.server.embedded import EmbeddedServer
from cloudsetup.services import SetupService, SyncCancelled, UserError

from .office_world import CancelAfter, OfficeWorld

BATCH_SIZE = 5


@pytest.fixture
def world(
    cloud_server: EmbeddedServer, connected: SetupService, tmp_path: Path
) -> Iterator[OfficeWorld]:
    world = OfficeWorld(cloud_server, connected, tmp_path, batch_size=BATCH_SIZE)
    try:
        yield world
    finally:
        world.close()


def add_customers(world: OfficeWorld, count: int, *, tag: str = "neu") -> list[str]:
    ids = [f"sync-{tag}-{n:03d}" for n in range(count)]
    with world.office.transaction() as connection:
        connection.executemany(
            "INSERT INTO customers (id, number, name, city) VALUES (?, ?, ?, 'Köln')",
            [(record_id, f"K-{tag}-{n}", f"Neukunde {n}") for n, record_id in enumerate(ids)],
        )
    return ids


def test_before_the_fill_the_sync_says_fill_first(world: OfficeWorld) -> None:
    with pytest.raises(UserError) as caught:
        world.run_sync()
    assert caught.value.code == "not_filled"
    assert not world.sync.overview(world.office).everything_synced


def test_right_after_the_fill_nothing_waits_and_nothing_is_pushed(world: OfficeWorld) -> None:
    world.fill()
    overview = world.sync.overview(world.office)
    assert (overview.local_waiting, overview.cloud_waiting) == (0, 0)
    assert overview.everything_synced
    result = world.run_sync()
    assert (result.pulled_invoices, result.pushed_changes, result.unchanged) == (0, 0, 0)


def test_office_inserts_updates_and_deletions_reach_a_device(world: OfficeWorld) -> None:
    world.fill()
    phone = world.approved_phone()
    phone.pull_all()
    contact_id = sorted(phone.ids(Collection.CONTACTS))[0]
    customer_id = sorted(phone.ids(Collection.CUSTOMERS))[0]
    (added,) = add_customers(world, 1)
    with world.office.transaction() as connection:
        connection.execute("UPDATE customers SET city = 'Bonn' WHERE id = ?", (customer_id,))
        connection.execute("DELETE FROM contacts WHERE id = ?", (contact_id,))
    assert world.sync.overview(world.office).local_waiting == 3

    result = world.run_sync()

    assert result.pushed_changes == 3
    assert result.overview.everything_synced
    changed = phone.pull_all()
    assert set(changed) == {
        (Collection.CUSTOMERS, added, False),
        (Collection.CUSTOMERS, customer_id, False),
        (Collection.CONTACTS, contact_id, True),
    }
    assert phone.held[(Collection.CUSTOMERS, customer_id)]["city"] == "Bonn"
    assert (Collection.CONTACTS, contact_id) not in phone.held


def test_a_second_sync_with_nothing_waiting_pushes_nothing(world: OfficeWorld) -> None:
    world.fill()
    add_customers(world, 7)
    first = world.run_sync()
    second = world.run_sync()
    assert first.pushed_changes == 7
    assert (second.pulled_invoices, second.pushed_changes, second.unchanged) == (0, 0, 0)


def test_a_run_cancelled_between_batches_converges_on_the_next_run(world: OfficeWorld) -> None:
    world.fill()
    phone = world.approved_phone()
    phone.pull_all()
    ids = add_customers(world, 23)
    start = world.sync.overview(world.office)
    assert start.local_waiting == 23

    # One look before the (empty) inbox pull, one before each of the first two batches.
    with pytest.raises(SyncCancelled):
        world.run_sync(CancelAfter(3))
    halfway = world.sync.overview(world.office)
    assert halfway.local_waiting == 23 - 2 * BATCH_SIZE

    result = world.run_sync()

    assert result.pushed_changes == 23 - 2 * BATCH_SIZE
    assert result.overview.everything_synced
    phone.pull_all()
    assert set(ids) <= phone.ids(Collection.CUSTOMERS)
    assert phone.ids(Collection.CUSTOMERS) == set(world.office_records(Collection.CUSTOMERS))
    assert world.run_sync().pushed_changes == 0


def test_a_run_cancelled_after_pulling_stores_nothing_twice(world: OfficeWorld) -> None:
    world.fill()
    world.allow_invoices()
    phone = world.approved_phone()
    phone.pull_all()
    customer_id = sorted(phone.ids(Collection.CUSTOMERS))[0]
    numbers = {world.write_invoice(phone, customer_id=customer_id).number for _ in range(3)}

    # The inbox page is stored, then the run stops before its confirming pull.
    with pytest.raises(SyncCancelled):
        world.run_sync(CancelAfter(1))
    stored = world.office_records(Collection.INVOICES)
    assert numbers <= {record["number"] for record in stored.values()}
    assert world.sync.overview(world.office).cloud_waiting == 3  # not confirmed yet

    result = world.run_sync()

    assert result.pulled_invoices == 3  # read again: the cloud had not heard of them
    assert result.pushed_changes == 0
    assert world.office_records(Collection.INVOICES) == stored
    assert result.overview.everything_synced
