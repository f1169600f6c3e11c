"""A device token opens only its own tenant's device routes, and only while the device may.

Revoked devices, deleted employees and withdrawn consent end a token at once; a token of tenant
A never shows or changes anything of tenant B; device tokens and admin tokens are not
interchangeable.
"""

from __future__ import annotations

import httpx
import pytest
from sqlalchemy import text

from cloudsetup.models import paths
from cloudsetup.server.embedded import EmbeddedServer
from support.cloud import assert_error, bearer, employee_path
from support.device_data import invoice_body
from support.devices import Office, device_id, pull, pull_all, push_invoice


@pytest.fixture
def office(cloud_server: EmbeddedServer, api: httpx.Client) -> Office:
    office = Office.create(cloud_server, api, "Max Maler")
    office.permit("max")
    office.give_range("max")
    return office


def _refused_everywhere(client: httpx.Client, token: str) -> None:
    for response in (
        client.get(paths.DEVICE_ME, headers=bearer(token)),
        pull(client, token),
        push_invoice(client, token, invoice_body("RE-M-1001")),
    ):
        body = assert_error(response, 401, "invalid_token")
        assert "Max" not in response.text
        assert body.fields == ()


def test_revoked_device_gets_nothing_of_its_own_tenant(office: Office) -> None:
    device = device_id()
    token = office.approved_device("max", device)
    assert pull(office.client, token).status_code == 200

    revoked = office.decide(paths.DEVICE_REVOKE, office.device_pk(device))

    assert revoked.status_code == 200
    _refused_everywhere(office.client, token)
    assert office.inbox(after=0) == []


def test_token_ends_when_the_employee_is_deleted_or_his_consent_is_withdrawn(
    office: Office,
) -> None:
    office.add_person("eva", "Eva Elektro")
    max_token = office.approved_device("max")
    eva_token = office.approved_device("eva")
    max_ = office.people["max"]

    moved = office.client.put(
        employee_path(paths.EMPLOYEE, max_.id),
        json={"name": max_.name, "email": f"neu-{max_.email}"},
        headers=office.auth,
    )
    deleted = office.client.delete(
        employee_path(paths.EMPLOYEE, office.people["eva"].id), headers=office.auth
    )

    assert (moved.status_code, deleted.status_code) == (200, 204)
    _refused_everywhere(office.client, max_token)
    _refused_everywhere(office.client, eva_token)
    assert [row.employee_name for row in office.devices()] == ["Max Maler"]


def test_token_of_tenant_a_never_reaches_tenant_b(
    office: Office, cloud_server: EmbeddedServer, api: httpx.Client
) -> None:
    other = Office.create(cloud_server, api, "Bernd Bau")
    pending_b = device_id()
    assert other.sign_in("bernd", pending_b).status_code == 202
    b_pk = other.device_pk(pending_b)
    token_a = office.approved_device("max")

    held, _cursor, _pages = pull_all(api, token_a, limit=50)
    foreign_project = push_invoice(
        api, token_a, invoice_body("RE-M-1002", customer_id="cus-1", project_id="prj-bernd")
    )
    as_admin = [
        api.get(paths.DEVICES, headers=bearer(token_a)),
        api.post(paths.DEVICE_APPROVE.format(device_pk=b_pk), json={}, headers=bearer(token_a)),
        api.get(paths.SYNC_STATUS, headers=bearer(token_a)),
    ]
    from_admin_a = api.post(
        paths.DEVICE_APPROVE.format(device_pk=b_pk), json={}, headers=office.auth
    )

    ids = {record_id for _collection, record_id in held}
    assert "emp-max" in ids
    assert not {"emp-bernd", "prj-bernd", "inv-bernd"} & ids
    assert all("Bernd" not in str(data) for data in held.values())
    body = assert_error(foreign_project, 422, "unknown_reference")
    assert [field.field for field in body.fields] == ["project_id"]
    for response in as_admin:
        assert_error(response, 401, "invalid_token")
    assert_error(from_admin_a, 404, "not_found")
    assert [row.state for row in other.devices()] == ["pending"]
    assert other.inbox(after=0) == []


def test_admin_token_is_not_a_device_token(office: Office) -> None:
    for response in (
        office.client.get(paths.DEVICE_ME, headers=office.auth),
        office.client.get(paths.DEVICE_RECORDS, headers=office.auth),
        office.client.post(
            paths.DEVICE_INVOICES, json=invoice_body("RE-M-1003"), headers=office.auth
        ),
        office.client.get(paths.DEVICE_ME, headers=bearer(office.admin.refresh_token)),
    ):
        assert_error(response, 401, "invalid_token")


def test_requests_within_a_minute_do_not_write_last_seen_again(
    office: Office, cloud_server: EmbeddedServer
) -> None:
    device = device_id()
    token = office.approved_device("max", device)
    seen = _last_seen(cloud_server, device)

    for _ in range(3):
        assert pull(office.client, token).status_code == 200

    assert _last_seen(cloud_server, device) == seen
    with cloud_server.runtime.engine.begin() as connection:
        connection.execute(
            text("UPDATE devices SET last_seen_at = '2026-01-01 08:00:00' WHERE device_id = :d"),
            {"d": device},
        )
    assert pull(office.client, token).status_code == 200
    assert str(_last_seen(cloud_server, device)) > str(seen)


def _last_seen(server: EmbeddedServer, device: str) -> object:
    with server.runtime.engine.connect() as connection:
        return connection.execute(
            text("SELECT last_seen_at FROM devices WHERE device_id = :d"), {"d": device}
        ).scalar_one()
