"""DeviceService on the fake sync cloud: listing, approving (the limit, replacing, not synced),
rejecting and revoking, every refusal as a UserError."""

from __future__ import annotations

import pytest

from cloudsetup.cloud.errors import ConnectionFailed
from cloudsetup.models import DeviceState, RecordChange
from cloudsetup.models.fill import Collection
from cloudsetup.services import DeviceService, UserError
from cloudsetup.services.setup import SetupService

from .fake_sync import SyncCloud

PENDING, APPROVED = DeviceState.PENDING, DeviceState.APPROVED


@pytest.fixture
def cloud() -> SyncCloud:
    return SyncCloud()


@pytest.fixture
def devices(connected: SetupService) -> DeviceService:
    return DeviceService(connected)


def test_pending_lists_only_the_devices_waiting_for_a_decision(
    devices: DeviceService, cloud: SyncCloud
) -> None:
    cloud.sync.add_device(1, 7, "Pixel", APPROVED)
    cloud.sync.add_device(2, 7, "iPad", PENDING)
    cloud.sync.add_device(3, 8, "Laptop", DeviceState.REJECTED)
    assert [d.id for d in devices.pending()] == [2]
    assert [d.id for d in devices.list()] == [2, 3, 1]
    assert [d.id for d in devices.list(employee_id=8)] == [3]


def test_a_pending_device_is_approved(devices: DeviceService, cloud: SyncCloud) -> None:
    cloud.sync.add_device(2, 7, "iPad", PENDING)
    assert devices.approve(2).state is APPROVED
    assert cloud.sync.devices[2].state is APPROVED


def test_a_third_device_is_refused_naming_the_employee_and_his_two_devices(
    devices: DeviceService, cloud: SyncCloud
) -> None:
    cloud.sync.add_device(1, 7, "Pixel 8", APPROVED)
    cloud.sync.add_device(2, 7, "Büro-Laptop", APPROVED)
    cloud.sync.add_device(3, 7, "iPad", PENDING)
    with pytest.raises(UserError) as caught:
        devices.approve(3)
    error = caught.value
    assert error.code == "device_limit"
    assert error.message.english() == (
        'Mitarbeiter 7 already has two approved devices: "Büro-Laptop" and "Pixel 8".'
    )
    assert error.hint is not None
    assert '"iPad" replaces' in error.hint.english()
    assert "device_limit" in error.technical
    assert cloud.sync.devices[3].state is PENDING


def test_the_limit_message_falls_back_when_the_devices_cannot_be_listed(
    devices: DeviceService, cloud: SyncCloud
) -> None:
    cloud.sync.add_device(1, 7, "Pixel 8", APPROVED)
    cloud.sync.add_device(2, 7, "Büro-Laptop", APPROVED)
    cloud.sync.add_device(3, 7, "iPad", PENDING)
    cloud.sync.fail_next("list_devices", ConnectionFailed("no network"))
    with pytest.raises(UserError) as caught:
        devices.approve(3)
    assert caught.value.code == "device_limit"
    assert caught.value.message.english() == "This employee already has two approved devices."


def test_a_third_device_comes_in_by_replacing_one(devices: DeviceService, cloud: SyncCloud) -> None:
    cloud.sync.add_device(1, 7, "Pixel 8", APPROVED)
    cloud.sync.add_device(2, 7, "Büro-Laptop", APPROVED)
    cloud.sync.add_device(3, 7, "iPad", PENDING)
    assert devices.approve(3, replaces=1).state is APPROVED
    assert cloud.sync.devices[1].state is DeviceState.REVOKED


def test_approval_while_device_invoices_wait_says_sync_first(
    devices: DeviceService, cloud: SyncCloud
) -> None:
    cloud.sync.add_device(3, 7, "iPad", PENDING)
    cloud.sync.add_invoice(
        "RE-MM-1", [RecordChange(collection=Collection.INVOICES, id="i-1", data={"n": 1})]
    )
    with pytest.raises(UserError) as caught:
        devices.approve(3)
    assert caught.value.code == "not_synced"
    assert caught.value.message.english() == (
        "Synchronise everything first, then allow new devices."
    )


def test_a_device_decided_elsewhere_meanwhile_says_so(
    devices: DeviceService, cloud: SyncCloud
) -> None:
    cloud.sync.add_device(3, 7, "iPad", DeviceState.REJECTED)
    for decide in (devices.approve, devices.reject):
        with pytest.raises(UserError) as caught:
            decide(3)
        assert caught.value.code == "device_not_pending"


def test_a_rejected_device_is_rejected(devices: DeviceService, cloud: SyncCloud) -> None:
    cloud.sync.add_device(3, 7, "iPad", PENDING)
    assert devices.reject(3).state is DeviceState.REJECTED


def test_revoking_ends_an_approved_device_and_refuses_others(
    devices: DeviceService, cloud: SyncCloud
) -> None:
    cloud.sync.add_device(1, 7, "Pixel 8", APPROVED)
    cloud.sync.add_device(3, 7, "iPad", PENDING)
    assert devices.revoke(1).state is DeviceState.REVOKED
    with pytest.raises(UserError) as caught:
        devices.revoke(3)
    assert caught.value.code == "device_not_approved"


def test_an_unreachable_cloud_is_a_user_error(devices: DeviceService, cloud: SyncCloud) -> None:
    cloud.sync.fail_next("list_devices", ConnectionFailed("no network"))
    with pytest.raises(UserError) as caught:
        devices.pending()
    assert caught.value.code == "connection_failed"


def test_a_device_that_is_gone_is_not_found(devices: DeviceService) -> None:
    with pytest.raises(UserError) as caught:
        devices.reject(404)
    assert caught.value.code == "not_found"
