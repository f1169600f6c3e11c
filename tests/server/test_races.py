"""Concurrent requests against the real server, on SQLite and on PostgreSQL.

Threads send their requests together (a barrier) over separate HTTP connections, so the server
handles them in parallel in its thread pool; the database rules must leave one winner.
"""

from __future__ import annotations

import httpx

from cloudsetup.models import AccessState, Employee, paths
from cloudsetup.server.embedded import EmbeddedServer
from support.cloud import (
    add_employee,
    bearer,
    consent_link_in,
    employee_path,
    login,
    new_tenant,
    outbox_mails,
    unique_email,
)
from support.concurrency import all_at_once

CONTENDERS = 20


def test_twenty_overlapping_ranges_leave_exactly_one_winner(server: EmbeddedServer) -> None:
    with httpx.Client(base_url=server.url, timeout=30) as api:
        admin = login(api, new_tenant(server))
        employees = [add_employee(api, admin, name=f"Monteur {i:02}") for i in range(CONTENDERS)]

        def put_range(client: httpx.Client, index: int) -> httpx.Response:
            # Each asks for a different block, but every block overlaps every other one.
            body = {"prefix": "RE-2026-", "start": 1000 + index, "end": 5000 + index}
            url = server.url + employee_path(paths.EMPLOYEE_RANGE, employees[index].id)
            return client.put(url, json=body, headers=bearer(admin))

        statuses = all_at_once(CONTENDERS, put_range)

        assert sorted(statuses) == [200] + [409] * (CONTENDERS - 1)
        ranges = api.get(paths.RANGES, headers=bearer(admin)).json()
        assert len(ranges) == 1
        assert ranges[0]["employee_id"] == employees[statuses.index(200)].id


def test_same_address_added_concurrently_is_stored_once(server: EmbeddedServer) -> None:
    with httpx.Client(base_url=server.url, timeout=30) as api:
        admin = login(api, new_tenant(server))
        address = unique_email("gleichzeitig")

        def create(client: httpx.Client, index: int) -> httpx.Response:
            body = {"name": f"Doppelt {index}", "email": address.upper() if index % 2 else address}
            return client.post(server.url + paths.EMPLOYEES, json=body, headers=bearer(admin))

        statuses = all_at_once(10, create)

        assert sorted(statuses) == [201] + [409] * 9
        assert len(api.get(paths.EMPLOYEES, headers=bearer(admin)).json()) == 1


def test_whole_flow_works_on_each_database(server: EmbeddedServer) -> None:
    """Employee, activation, consent, permissions, ranges and setup state on this backend."""
    with httpx.Client(base_url=server.url, timeout=30) as api:
        admin = login(api, new_tenant(server))
        employee = add_employee(api, admin, name="Flora Fluss")
        activation = employee_path(paths.EMPLOYEE_ACTIVATION, employee.id)
        response = api.post(
            activation, json={"password": "Blau-Wal-Tanz-97"}, headers=bearer(admin)
        )
        assert response.status_code == 200, response.text
        link = consent_link_in(outbox_mails(server, employee.email)[0])
        assert api.get(link).status_code == 200
        assert api.post(link).status_code == 200
        permissions = employee_path(paths.EMPLOYEE_PERMISSIONS, employee.id)
        assert api.put(
            permissions, json={"may_create_invoices": True}, headers=bearer(admin)
        ).is_success
        office = {"prefix": "RE-", "start": 1, "end": 999}
        assert api.put(paths.OFFICE_RANGE, json=office, headers=bearer(admin)).is_success
        mine = {"prefix": "RE-", "start": 1000, "end": 1999}
        range_url = employee_path(paths.EMPLOYEE_RANGE, employee.id)
        assert api.put(range_url, json=mine, headers=bearer(admin)).is_success

        read = Employee.model_validate_json(
            api.get(employee_path(paths.EMPLOYEE, employee.id), headers=bearer(admin)).content
        )
        setup = api.get(paths.TENANT, headers=bearer(admin)).json()["setup"]
        ranges = api.get(paths.RANGES, headers=bearer(admin)).json()
        deleted = api.delete(employee_path(paths.EMPLOYEE, employee.id), headers=bearer(admin))

        assert read.access.state is AccessState.CONFIRMED
        assert read.permissions.may_create_invoices
        assert (setup["employees"], setup["employees_activated"], setup["employees_confirmed"]) == (
            1,
            1,
            1,
        )
        assert [r["owner_name"] for r in ranges] == ["", "Flora Fluss"]
        assert deleted.status_code == 204
        assert len(api.get(paths.RANGES, headers=bearer(admin)).json()) == 1
