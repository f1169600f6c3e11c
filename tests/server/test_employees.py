"""Employees over HTTP: create, list, read, update, delete; one e-mail address per tenant."""

from __future__ import annotations

import httpx
import pytest

from cloudsetup.models import AccessState, DomainData, Employee, Tenant, TokenPair, paths
from cloudsetup.server.embedded import EmbeddedServer
from support.cloud import (
    add_employee,
    assert_error,
    bearer,
    employee_path,
    login,
    new_tenant,
    unique_email,
)


@pytest.fixture
def admin(api: httpx.Client, tenant: DomainData) -> TokenPair:
    return login(api, tenant)


def test_created_employee_is_normalised_and_listed_by_name(
    api: httpx.Client, admin: TokenPair
) -> None:
    address = unique_email("Zoe")
    zoe = add_employee(
        api,
        admin,
        name="  Zoë   Zander ",
        email=f"  {address.replace('example.de', 'EXAMPLE.de')} ",
        is_owner=True,
        employee_number=" 17 ",
        mobile="0171 / 234 56 78",
        language="en",
    )
    anna = add_employee(api, admin, name="anna Albers")

    listed = api.get(paths.EMPLOYEES, headers=bearer(admin))

    assert listed.status_code == 200
    assert [e["name"] for e in listed.json()] == ["anna Albers", "Zoë Zander"]
    assert zoe.email == address.replace("zoe", "Zoe", 1)  # domain lower-cased, local part kept
    assert (zoe.is_owner, zoe.employee_number, zoe.mobile) == (True, "17", "0171 / 234 56 78")
    assert zoe.language == "en"
    assert zoe.access.state is AccessState.NOT_ACTIVATED
    assert not zoe.access.password_set
    assert not anna.permissions.may_create_invoices


def test_same_address_in_other_letter_case_is_refused_with_409(
    api: httpx.Client, admin: TokenPair
) -> None:
    address = unique_email("max.muster")
    add_employee(api, admin, email=address)

    response = api.post(
        paths.EMPLOYEES,
        json={"name": "Max Doppelt", "email": address.upper()},
        headers=bearer(admin),
    )

    body = assert_error(response, 409, "email_taken")
    assert [(f.field, f.code) for f in body.fields] == [("email", "email_taken")]
    assert len(api.get(paths.EMPLOYEES, headers=bearer(admin)).json()) == 1


def test_same_address_in_another_tenant_is_fine(
    api: httpx.Client, admin: TokenPair, cloud_server: EmbeddedServer
) -> None:
    other = login(api, new_tenant(cloud_server))
    address = unique_email()

    add_employee(api, admin, email=address)
    add_employee(api, other, email=address)


def test_update_changes_fields_and_refuses_a_taken_address(
    api: httpx.Client, admin: TokenPair
) -> None:
    first = add_employee(api, admin, name="Erste Person")
    second = add_employee(api, admin, name="Zweite Person")
    url = employee_path(paths.EMPLOYEE, second.id)

    taken = api.put(
        url, json={"name": "Zweite", "email": first.email.upper()}, headers=bearer(admin)
    )
    changed = api.put(
        url,
        json={"name": "Zweite Person", "email": second.email.upper(), "is_owner": True},
        headers=bearer(admin),
    )

    assert_error(taken, 409, "email_taken")
    assert changed.status_code == 200, changed.text
    updated = Employee.model_validate_json(changed.content)
    assert updated.is_owner
    read = Employee.model_validate_json(api.get(url, headers=bearer(admin)).content)
    assert read == updated


@pytest.mark.parametrize(
    ("body", "field", "code"),
    [
        ({"name": "   ", "email": "a@example.de"}, "name", "name_empty"),
        # NUL would make PostgreSQL fail the insert: refused by the rule first, on both.
        ({"name": "Max\x00Muster", "email": "a@example.de"}, "name", "name_characters"),
        (
            {"name": "A", "email": "a@example.de", "employee_number": "\x1b"},
            "employee_number",
            "number_characters",
        ),
        ({"name": "A", "email": "kein-at-zeichen"}, "email", "email_invalid"),
        ({"name": "A", "email": ""}, "email", "email_empty"),
        ({"name": "A", "email": "a@example.de", "mobile": "abc"}, "mobile", "mobile_invalid"),
        ({"name": "A", "email": "a@example.de", "language": "fr"}, "language", "enum"),
    ],
)
def test_invalid_input_is_refused_with_the_field_and_reason(
    api: httpx.Client, admin: TokenPair, body: dict[str, str], field: str, code: str
) -> None:
    response = api.post(paths.EMPLOYEES, json=body, headers=bearer(admin))

    error = assert_error(response, 422, "validation_failed")
    assert (field, code) in {(f.field, f.code) for f in error.fields}


def test_delete_removes_the_employee_and_his_range(api: httpx.Client, admin: TokenPair) -> None:
    employee = add_employee(api, admin)
    range_url = employee_path(paths.EMPLOYEE_RANGE, employee.id)
    put = api.put(range_url, json={"prefix": "DEL-", "start": 1, "end": 9}, headers=bearer(admin))
    assert put.status_code == 200, put.text

    deleted = api.delete(employee_path(paths.EMPLOYEE, employee.id), headers=bearer(admin))

    assert deleted.status_code == 204
    assert_error(
        api.get(employee_path(paths.EMPLOYEE, employee.id), headers=bearer(admin)), 404, "not_found"
    )
    assert api.get(paths.RANGES, headers=bearer(admin)).json() == []
    again = api.delete(employee_path(paths.EMPLOYEE, employee.id), headers=bearer(admin))
    assert_error(again, 404, "not_found")


def test_unknown_employee_is_404_on_every_route(api: httpx.Client, admin: TokenPair) -> None:
    for method, template, body in [
        ("get", paths.EMPLOYEE, None),
        ("put", paths.EMPLOYEE, {"name": "X", "email": "x@example.de"}),
        ("delete", paths.EMPLOYEE, None),
        ("post", paths.EMPLOYEE_ACTIVATION, {"password": "Blau-Wal-Tanz-97"}),
        ("post", paths.EMPLOYEE_ACTIVATION_RESEND, None),
        ("put", paths.EMPLOYEE_PERMISSIONS, {"may_create_invoices": True}),
        ("put", paths.EMPLOYEE_RANGE, {"prefix": "X", "start": 1, "end": 2}),
        ("delete", paths.EMPLOYEE_RANGE, None),
    ]:
        url = employee_path(template, 999_999)
        response = api.request(method, url, json=body, headers=bearer(admin))
        assert_error(response, 404, "not_found")


def test_permissions_and_restrictions_are_stored_and_returned(
    api: httpx.Client, admin: TokenPair
) -> None:
    employee = add_employee(api, admin)
    body = {
        "may_create_invoices": True,
        "restrictions": {
            "no_purchase_prices": True,
            "own_projects_only": False,
            "no_revenue_figures": True,
        },
    }

    response = api.put(
        employee_path(paths.EMPLOYEE_PERMISSIONS, employee.id), json=body, headers=bearer(admin)
    )

    assert response.status_code == 200, response.text
    read = Employee.model_validate_json(
        api.get(employee_path(paths.EMPLOYEE, employee.id), headers=bearer(admin)).content
    )
    assert read.permissions.model_dump() == body


def test_setup_state_counts_the_employees(api: httpx.Client, admin: TokenPair) -> None:
    add_employee(api, admin)
    add_employee(api, admin)

    tenant = Tenant.model_validate_json(api.get(paths.TENANT, headers=bearer(admin)).content)

    assert (tenant.setup.employees, tenant.setup.employees_activated) == (2, 0)
    assert tenant.setup.employees_confirmed == 0
