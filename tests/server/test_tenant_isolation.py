"""A token of tenant A can neither read nor change anything of tenant B, on every route.

The routes come from the app's OpenAPI document, so a route added later is checked too. A route
with a path parameter or a request body needs an entry in ``PATH_VALUES`` / ``BODIES`` (values
that name tenant B's objects); the test fails loudly until it has one.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import httpx
import pytest

from cloudsetup.models import DomainData, Employee, Invitation, Role, TokenPair, paths
from cloudsetup.models.fill import Collection, FillJob
from cloudsetup.server.embedded import EmbeddedServer
from support.cloud import (
    FillRecords,
    add_employee,
    bearer,
    consent_link_in,
    fill_totals,
    invite,
    join,
    login,
    new_tenant,
    office_records,
    outbox_mails,
    put_batch,
    run_fill,
    start_fill,
)

PUBLIC_OPERATIONS = {
    ("get", paths.HEALTH),
    ("post", paths.AUTH_LOGIN),
    ("post", paths.AUTH_REFRESH),
    ("post", paths.AUTH_LOGOUT),
    ("post", paths.DEVICE_SIGNIN),
}
HTTP_METHODS = {"get", "post", "put", "patch", "delete"}


@dataclass(frozen=True)
class Victim:
    """Tenant B: access data, a live session, an employee (confirmed, with a range), a live
    fill, an open fill job that holds all its batches (a commit would make it live), a pending
    device of the employee (an approval would let it in), its admin user, a pending invitation
    and notification recipients."""

    data: DomainData
    tokens: TokenPair
    employee: Employee
    fill_job: FillJob
    device_pk: int
    user_id: int
    invitation: Invitation


_RANGE = {"prefix": "RE-", "start": 1, "end": 500}
_LIVE_FILL: FillRecords = {Collection.CUSTOMERS: office_records(Collection.CUSTOMERS, 4)}
_OPEN_FILL: FillRecords = {Collection.ARTICLES: office_records(Collection.ARTICLES, 3)}

# {path parameter name: value naming one of tenant B's objects}
PATH_VALUES: dict[str, Callable[[Victim], str]] = {
    "employee_id": lambda victim: str(victim.employee.id),
    "job_id": lambda victim: victim.fill_job.id,  # the real id of tenant B's open fill job
    "seq": lambda _victim: "0",
    "device_pk": lambda victim: str(victim.device_pk),  # tenant B's pending device
    "user_id": lambda victim: str(victim.user_id),
    "invitation_id": lambda victim: str(victim.invitation.id),
}
# {(method, path): JSON body that would change tenant B's objects}
BODIES: dict[tuple[str, str], Callable[[Victim], Any]] = {
    ("post", paths.EMPLOYEES): lambda victim: {
        "name": "Angreifer",
        "email": victim.employee.email,  # taken in tenant B, free in tenant A
    },
    ("put", paths.EMPLOYEE): lambda victim: {"name": "Geändert", "email": "neu@example.de"},
    ("post", paths.EMPLOYEE_ACTIVATION): lambda _victim: {"password": "Blau-Wal-Tanz-97"},
    ("put", paths.EMPLOYEE_PERMISSIONS): lambda _victim: {"may_create_invoices": True},
    # The same numbers as tenant B's range: ranges of different tenants never collide.
    ("put", paths.OFFICE_RANGE): lambda _victim: _RANGE,
    ("put", paths.EMPLOYEE_RANGE): lambda _victim: {**_RANGE, "start": 2},
    ("post", paths.FILL_JOBS): lambda _victim: {"expected": [], "total_batches": 0},
    # Exactly what tenant B sent and would commit: only the token can tell them apart.
    ("put", paths.FILL_BATCH): lambda _victim: {
        "collection": "articles",
        "records": _OPEN_FILL[Collection.ARTICLES],
    },
    ("post", paths.FILL_COMMIT): lambda _victim: {"totals": fill_totals(_OPEN_FILL)},
    ("post", paths.DEVICE_APPROVE): lambda _victim: {},
    # Deletes one of tenant B's live records, from the position tenant B's office is at.
    ("post", paths.SYNC_CHANGES): lambda _victim: {
        "base_version": 0,
        "through_version": 1,
        "changes": [
            {
                "collection": "customers",
                "id": _LIVE_FILL[Collection.CUSTOMERS][0]["id"],
                "data": None,
            }
        ],
    },
    ("post", paths.SYNC_INBOX): lambda _victim: {"after": 0},
    # An invoice for tenant B's customer in tenant B's employee's range.
    ("post", paths.DEVICE_INVOICES): lambda _victim: {
        "id": "angriff-0001",
        "number": "RE-7",
        "date": "2026-01-02",
        "customer_id": _LIVE_FILL[Collection.CUSTOMERS][0]["id"],
        "lines": [
            {
                "position": 1,
                "text": "x",
                "unit": "Std",
                "quantity_centi": 100,
                "unit_price_cents": 100,
                "vat_rate": 19,
            }
        ],
    },
    # Tenant B's admin demoted, tenant B's invitee invited again, its recipients replaced.
    ("put", paths.USER_ROLE): lambda _victim: {"role": "service_provider"},
    ("post", paths.INVITATIONS): lambda victim: {
        "email": victim.invitation.email,
        "role": "service_provider",
    },
    ("put", paths.NOTIFICATION_RECIPIENTS): lambda _victim: {"lines": "angreifer@example.de"},
}
_ID_PARAMETERS = ("{employee_id}", "{job_id}", "{device_pk}", "{user_id}", "{invitation_id}")


def _victim(server: EmbeddedServer, client: httpx.Client, data: DomainData) -> Victim:
    tokens = login(client, data)
    employee = add_employee(client, tokens, name="Opfer Person")
    activated = client.post(
        paths.EMPLOYEE_ACTIVATION.format(employee_id=employee.id),
        json={"password": "Blau-Wal-Tanz-97"},
        headers=bearer(tokens),
    )
    ranged = client.put(
        paths.EMPLOYEE_RANGE.format(employee_id=employee.id), json=_RANGE, headers=bearer(tokens)
    )
    assert (activated.status_code, ranged.status_code) == (200, 200), activated.text + ranged.text
    run_fill(client, tokens, _LIVE_FILL)
    job, batches = start_fill(client, tokens, _OPEN_FILL, 10)
    assert put_batch(client, tokens, job.id, 0, batches[0]).status_code == 200
    link = consent_link_in(outbox_mails(server, employee.email)[-1])
    assert client.post(link, headers={"Origin": server.settings.public_url}).status_code == 200
    signin = {
        "domain": data.domain,
        "email": employee.email,
        "password": "Blau-Wal-Tanz-97",
        "device_id": "opfer-geraet-1",
        "device_name": "Opfers Handy",
        "platform": "ios",
    }
    assert client.post(paths.DEVICE_SIGNIN, json=signin).status_code == 202
    [device] = client.get(paths.DEVICES, headers=bearer(tokens)).json()
    invitation = invite(client, tokens, role=Role.ADMINISTRATION, display_name="Opfer Person")
    recipients = client.put(
        paths.NOTIFICATION_RECIPIENTS,
        json={"lines": "opfer@example.de\nbuero@example.de"},
        headers=bearer(tokens),
    )
    assert recipients.status_code == 200, recipients.text
    user_id = client.get(paths.ME, headers=bearer(tokens)).json()["user_id"]
    return Victim(
        data=data,
        tokens=tokens,
        employee=employee,
        fill_job=job,
        device_pk=device["id"],
        user_id=user_id,
        invitation=invitation,
    )


def _operations(client: httpx.Client) -> list[tuple[str, str, dict[str, Any]]]:
    document = client.get("/openapi.json").json()
    return [
        (method, path, operation)
        for path, item in document["paths"].items()
        for method, operation in item.items()
        if method in HTTP_METHODS
    ]


def _url(path: str, operation: dict[str, Any], victim: Victim) -> str:
    for parameter in operation.get("parameters", []):
        if parameter["in"] != "path":
            continue
        name = parameter["name"]
        if name not in PATH_VALUES:
            pytest.fail(f"add PATH_VALUES[{name!r}] (one of tenant B's ids) for {path}")
        path = path.replace(f"{{{name}}}", PATH_VALUES[name](victim))
    return path


def _snapshot(
    client: httpx.Client, operations: list[tuple[str, str, dict[str, Any]]], victim: Victim
) -> dict[str, bytes]:
    """What tenant B itself reads on every protected GET route."""
    return {
        path: client.get(_url(path, operation, victim), headers=bearer(victim.tokens)).content
        for method, path, operation in operations
        if method == "get" and (method, path) not in PUBLIC_OPERATIONS
    }


@pytest.fixture
def client(cloud_server: EmbeddedServer) -> httpx.Client:
    return httpx.Client(base_url=cloud_server.url, timeout=10)


def test_every_route_except_the_public_ones_requires_a_token(client: httpx.Client) -> None:
    with client:
        for method, path, _operation in _operations(client):
            if (method, path) in PUBLIC_OPERATIONS:
                continue
            response = client.request(method, path.replace("{", "").replace("}", ""))
            assert response.status_code == 401, f"{method.upper()} {path} answers without a token"


@pytest.mark.parametrize("attacker_role", [Role.ADMINISTRATION, Role.SERVICE_PROVIDER])
def test_token_of_tenant_a_cannot_read_or_change_tenant_b(
    client: httpx.Client, cloud_server: EmbeddedServer, attacker_role: Role
) -> None:
    with client:
        tenant_a = new_tenant(cloud_server)
        data_b = new_tenant(cloud_server)
        victim = _victim(cloud_server, client, data_b)
        tokens_a = login(client, tenant_a)
        if attacker_role is Role.SERVICE_PROVIDER:
            tokens_a = login(client, join(cloud_server, client, tokens_a, role=attacker_role))
        operations = _operations(client)
        protected = [op for op in operations if (op[0], op[1]) not in PUBLIC_OPERATIONS]
        assert protected, "the OpenAPI document lists no protected route"
        before = _snapshot(client, operations, victim)

        for method, path, operation in protected:
            url = _url(path, operation, victim)
            body = None
            if "requestBody" in operation:
                if (method, path) not in BODIES:
                    pytest.fail(f"add BODIES[({method!r}, {path!r})] touching tenant B")
                body = BODIES[(method, path)](victim)
            response = client.request(method, url, json=body, headers=bearer(tokens_a))

            # Either refused, or answered about tenant A: never a word about tenant B.
            assert response.status_code < 500, f"{method.upper()} {path}: {response.text}"
            assert data_b.domain not in response.text, f"{method.upper()} {path} leaks tenant B"
            assert "Opfer Person" not in response.text, f"{method.upper()} {path} leaks tenant B"
            assert "opfer@example.de" not in response.text, f"{method.upper()} {path} leaks B"
            if any(parameter in path for parameter in _ID_PARAMETERS):
                assert response.status_code == 404, f"{method.upper()} {path}: {response.text}"
            if response.status_code == 200 and "domain" in response.json():
                assert response.json()["domain"] == tenant_a.domain

        assert _snapshot(client, operations, victim) == before, "tenant B was changed"
