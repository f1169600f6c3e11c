"""The admin's decisions: approve (at most two, replace, only when synced), reject, revoke, list."""

from __future__ import annotations

import httpx
import pytest
from sqlalchemy import text

from cloudsetup.models import Device, DeviceState, paths
from cloudsetup.server.embedded import EmbeddedServer
from support.cloud import assert_error, bearer, employee_path, login, new_tenant
from support.device_data import invoice_body
from support.devices import Office, device_id, push_invoice


@pytest.fixture
def office(cloud_server: EmbeddedServer, api: httpx.Client) -> Office:
    return Office.create(cloud_server, api, "Max Maler", "Eva Elektro")


def _device(response: httpx.Response) -> Device:
    assert response.status_code == 200, response.text
    return Device.model_validate_json(response.content)


def _pending(office: Office, key: str, name: str) -> int:
    device = device_id()
    assert office.sign_in(key, device, device_name=name).status_code == 202
    return office.device_pk(device)


def test_third_device_is_refused_with_409_naming_the_two_approved(office: Office) -> None:
    office.approved_device("max", device_id())
    _device(office.approve(_pending(office, "max", "Max' Tablet")))
    third_pk = _pending(office, "max", "Max' Laptop")

    body = assert_error(office.approve(third_pk), 409, "device_limit")

    approved = office.devices(state="approved")
    assert len(approved) == 2
    for row in approved:
        assert f'"{row.name}"' in body.detail
    assert "replaces" in body.detail
    assert {row.id: row.state for row in office.devices()}[third_pk] is DeviceState.PENDING


def test_replace_revokes_the_old_device_and_approves_the_new_one_in_one_step(
    office: Office,
) -> None:
    old_device = device_id()
    old_token = office.approved_device("max", old_device)
    office.approved_device("max", device_id())
    old_pk = office.device_pk(old_device)
    new_pk = _pending(office, "max", "Max' neues Handy")

    approved = _device(office.approve(new_pk, replaces=old_pk))

    assert approved.state is DeviceState.APPROVED
    assert approved.verification_code is None
    assert approved.decided_at is not None
    states = {row.id: row.state for row in office.devices()}
    assert states[old_pk] is DeviceState.REVOKED
    assert list(states.values()).count(DeviceState.APPROVED) == 2
    me = office.client.get(paths.DEVICE_ME, headers=bearer(old_token))
    assert_error(me, 401, "invalid_token")


def test_replaces_must_name_an_approved_device_of_the_same_employee(office: Office) -> None:
    office.approved_device("eva", device_id())
    evas = office.devices(employee_id=office.people["eva"].id)[0]
    other_pending = _pending(office, "max", "Max' anderes")
    pk = _pending(office, "max", "Max' Handy")

    for replaces in (evas.id, other_pending, pk, 2**31 - 1):
        body = assert_error(office.approve(pk, replaces=replaces), 422, "replaces_invalid")
        assert [field.field for field in body.fields] == ["replaces"]
    assert {row.id: row.state for row in office.devices()}[evas.id] is DeviceState.APPROVED


def test_approval_waits_until_the_office_has_pulled_the_device_invoices(office: Office) -> None:
    office.permit("max")
    office.give_range("max")
    token = office.approved_device("max", device_id())
    assert push_invoice(office.client, token, invoice_body("RE-M-1000")).status_code == 201
    pk = _pending(office, "eva", "Evas Handy")

    body = assert_error(office.approve(pk), 409, "not_synced")
    assert "synchronise first" in body.detail
    items = office.inbox(after=0)
    office.inbox(after=items[-1].seq)  # the office confirms it holds them

    assert _device(office.approve(pk)).state is DeviceState.APPROVED


def test_approval_needs_the_employees_consent(office: Office) -> None:
    pk = _pending(office, "max", "Max' Handy")
    max_ = office.people["max"]
    changed = office.client.put(
        employee_path(paths.EMPLOYEE, max_.id),
        json={"name": max_.name, "email": f"neu-{max_.email}"},  # a new address: consent again
        headers=office.auth,
    )
    assert changed.status_code == 200

    assert_error(office.approve(pk), 409, "consent_missing")


def test_only_a_pending_device_is_approved_or_rejected_and_only_an_approved_one_revoked(
    office: Office,
) -> None:
    office.approved_device("max", device_id())
    approved_pk = office.devices(state="approved")[0].id
    pending_pk = _pending(office, "max", "Max' Tablet")

    assert_error(office.approve(approved_pk), 409, "device_not_pending")
    assert_error(office.decide(paths.DEVICE_REJECT, approved_pk), 409, "device_not_pending")
    assert_error(office.decide(paths.DEVICE_REVOKE, pending_pk), 409, "device_not_approved")
    rejected = _device(office.decide(paths.DEVICE_REJECT, pending_pk))
    assert rejected.state is DeviceState.REJECTED
    assert_error(office.approve(pending_pk), 409, "device_not_pending")
    revoked = _device(office.decide(paths.DEVICE_REVOKE, approved_pk))
    assert revoked.state is DeviceState.REVOKED
    assert_error(office.decide(paths.DEVICE_REVOKE, approved_pk), 409, "device_not_approved")


def test_decisions_record_when_and_by_whom(office: Office, cloud_server: EmbeddedServer) -> None:
    pk = _pending(office, "max", "Max' Handy")
    decided = _device(office.decide(paths.DEVICE_REJECT, pk))

    with cloud_server.runtime.engine.connect() as connection:
        by = connection.execute(
            text(
                "SELECT u.username FROM devices d JOIN admin_users u ON u.id = d.decided_by "
                "WHERE d.id = :pk"
            ),
            {"pk": pk},
        ).scalar_one()
    assert by == office.data.username
    assert decided.decided_at is not None


def test_list_shows_pending_first_then_by_employee_and_filters(office: Office) -> None:
    office.approved_device("eva", device_id())
    _pending(office, "max", "b Handy")
    _pending(office, "max", "A Tablet")
    _pending(office, "eva", "Evas zweites")

    listed = office.devices()
    pending = office.devices(state="pending")
    evas = office.devices(employee_id=office.people["eva"].id)
    bad = office.client.get(paths.DEVICES, params={"state": "kaputt"}, headers=office.auth)

    assert [(row.employee_name, row.name, row.state) for row in listed] == [
        ("Eva Elektro", "Evas zweites", "pending"),
        ("Max Maler", "A Tablet", "pending"),
        ("Max Maler", "b Handy", "pending"),
        ("Eva Elektro", listed[3].name, "approved"),
    ]
    assert all(row.verification_code for row in pending)
    assert listed[3].verification_code is None
    assert {row.employee_id for row in evas} == {office.people["eva"].id}
    assert len(evas) == 2
    assert_error(bad, 422, "validation_failed")
    assert office.status().pending_devices == 3


def test_another_tenants_device_is_not_found(office: Office, cloud_server: EmbeddedServer) -> None:
    pk = _pending(office, "max", "Max' Handy")
    stranger = login(office.client, new_tenant(cloud_server))

    for template in (paths.DEVICE_APPROVE, paths.DEVICE_REJECT, paths.DEVICE_REVOKE):
        response = office.client.post(
            template.format(device_pk=pk), json={}, headers=bearer(stranger)
        )
        assert_error(response, 404, "not_found")
    listed = office.client.get(
        paths.DEVICES, params={"employee_id": office.people["max"].id}, headers=bearer(stranger)
    )
    assert listed.json() == []
    assert office.devices()[0].state is DeviceState.PENDING
