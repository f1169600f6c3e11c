"""The callers of the authorization matrix (tests/server/authorization_matrix.toml).

:class:`Home` is tenant A, whose objects every route names: a filled office (one customer
only it has), confirmed employees with devices, a Service Provider beside its Administration
user. Tenant B is built the same way. :func:`callers` gives each kind of caller of the matrix
its ``Authorization`` header: real tokens of both tenants, tokens of devices whose employee
was deleted or changed his e-mail address since, and forged access tokens (expired, signed
with another key, ``alg: none``, another tenant in the claims).
"""

from __future__ import annotations

import base64
import json
import uuid
from dataclasses import dataclass
from datetime import timedelta
from typing import Any, Final

import httpx
import jwt

from cloudsetup.models import Role, TokenPair, paths
from cloudsetup.models.fill import Collection
from cloudsetup.server.embedded import EmbeddedServer
from cloudsetup.server.security import AccessClaims, create_access_token
from cloudsetup.server.tables import utc_now
from support.cloud import FillRecords, bearer, employee_path, join, login
from support.device_data import office_data
from support.devices import Office

#: The callers that may act in tenant A (the others must leave it as it is).
HOME_CALLERS: Final = frozenset({"admin", "provider", "device"})
#: A customer that only tenant A has: B's device naming it must be refused.
HOME_ONLY_CUSTOMER: Final = "cus-nur-a"


@dataclass
class Tenant:
    """One tenant of the matrix: its office (admin session), its provider and its device."""

    office: Office
    records: FillRecords  # what its fill made live
    provider: TokenPair
    device_token: str
    tenant_id: int
    admin_user_id: int

    @property
    def admin(self) -> TokenPair:
        return self.office.admin

    def pushed_version(self) -> int:
        return self.office.status().pushed_version

    def synced(self) -> None:
        """Pull the inbox up to its head: the office holds every device invoice."""
        head = self.office.status().inbox_head
        response = self.office.client.post(
            paths.SYNC_INBOX, json={"after": head}, headers=self.office.auth
        )
        assert response.status_code == 200, response.text


def _tenant(
    server: EmbeddedServer, client: httpx.Client, name: str, *, extra_customer: bool
) -> Tenant:
    office = Office.create(server, client, name, fill=False)
    key = name.split()[0].lower()
    office.permit(key)
    office.give_range(key)
    records = office_data(office.people)
    if extra_customer:
        records[Collection.CUSTOMERS].append(
            {"id": HOME_ONLY_CUSTOMER, "data": {"number": "K-9", "name": "Nur A", "city": "Aa"}}
        )
    office.fill(records)
    device_token = office.approved_device(key)
    provider = login(client, join(server, client, office.admin, role=Role.SERVICE_PROVIDER))
    claims = _unverified_claims(office.admin.access_token)
    return Tenant(
        office, records, provider, device_token, int(claims["tenant"]), int(claims["sub"])
    )


def _gone_device(home: Tenant, name: str, *, delete: bool) -> str:
    """A device token that was good until its employee was deleted or changed his address."""
    office = home.office
    key = name.split()[0].lower()
    employee = office.add_person(key, name)
    token = office.approved_device(key)
    url = employee_path(paths.EMPLOYEE, employee.id)
    if delete:
        response = office.client.delete(url, headers=office.auth)
    else:
        body = {"name": employee.name, "email": f"neu-{employee.email}"}
        response = office.client.put(url, json=body, headers=office.auth)
    assert response.status_code in (200, 204), response.text
    return token


def _unverified_claims(token: str) -> dict[str, Any]:
    claims: dict[str, Any] = jwt.decode(token, options={"verify_signature": False})
    return claims


def _segment(value: dict[str, Any]) -> str:
    return base64.urlsafe_b64encode(json.dumps(value).encode()).rstrip(b"=").decode()


def _forged(server: EmbeddedServer, home: Tenant, other: Tenant) -> dict[str, str]:
    claims = _unverified_claims(home.admin.access_token)
    real = AccessClaims(
        user_id=int(claims["sub"]), tenant_id=int(claims["tenant"]), family_id=claims["sid"]
    )
    key = server.runtime.signing_key
    hour = timedelta(hours=1)
    expired = create_access_token(real, key=key, lifetime=hour, now=utc_now() - 2 * hour)
    other_key = create_access_token(real, key=f"not-{key}", lifetime=hour)
    unsigned = f"{_segment({'alg': 'none', 'typ': 'JWT'})}.{_segment(claims)}."
    crossed = AccessClaims(
        user_id=real.user_id, tenant_id=other.tenant_id, family_id=real.family_id
    )
    forged_tenant = create_access_token(crossed, key=key, lifetime=hour)
    return {
        "expired": expired,
        "bad_signature": other_key,
        "alg_none": unsigned,
        "forged_tenant": forged_tenant,
    }


@dataclass
class World:
    """Tenant A (``home``), tenant B (``other``) and every caller's header by matrix name."""

    home: Tenant
    other: Tenant
    headers: dict[str, dict[str, str]]

    def tenant_of(self, caller: str) -> Tenant:
        """Whose data a caller's request acts on, when it acts at all."""
        return self.other if caller.startswith("b_") else self.home

    def fresh_name(self) -> str:
        return f"m{uuid.uuid4().hex[:10]}"


def build_world(server: EmbeddedServer, client: httpx.Client) -> World:
    home = _tenant(server, client, "Max Maler", extra_customer=True)
    other = _tenant(server, client, "Bernd Bau", extra_customer=False)
    headers: dict[str, dict[str, str]] = {"anonymous": {}}
    headers.update({name: bearer(token) for name, token in _forged(server, home, other).items()})
    headers.update(
        {
            "admin": bearer(home.admin),
            "provider": bearer(home.provider),
            "device": bearer(home.device_token),
            "deleted_employee": bearer(_gone_device(home, "Eva Ende", delete=True)),
            "moved_employee": bearer(_gone_device(home, "Udo Umzug", delete=False)),
            "b_admin": bearer(other.admin),
            "b_provider": bearer(other.provider),
            "b_device": bearer(other.device_token),
        }
    )
    return World(home, other, headers)
