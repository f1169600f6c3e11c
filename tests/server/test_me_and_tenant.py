"""``GET /me`` and ``GET /tenant``: who is signed in, and the tenant's setup state."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import httpx

from cloudsetup.models import CurrentUser, DomainData, Role, SetupStep, Tenant, paths
from cloudsetup.server.embedded import EmbeddedServer
from support.cloud import bearer, login


def test_me_shows_the_admin_of_the_token(api: httpx.Client, tenant: DomainData) -> None:
    pair = login(api, tenant)

    me = CurrentUser.model_validate_json(api.get(paths.ME, headers=bearer(pair)).content)

    assert me.username == tenant.username
    assert me.domain == tenant.domain
    assert me.role is Role.ADMINISTRATION
    assert me.email.endswith("@example.de")


def test_tenant_shows_name_domain_and_a_fresh_setup_state(
    api: httpx.Client, cloud_server: EmbeddedServer
) -> None:
    created = cloud_server.create_tenant(
        name="Malerbetrieb Muster GmbH", admin_email="chef@malerbetrieb-muster.de"
    )
    pair = login(api, created)

    tenant = Tenant.model_validate_json(api.get(paths.TENANT, headers=bearer(pair)).content)

    assert tenant.name == "Malerbetrieb Muster GmbH"
    assert tenant.domain == created.domain
    assert tenant.domain.startswith("malerbetrieb-muster")
    assert abs(datetime.now(UTC) - tenant.created_at) < timedelta(minutes=5)
    assert tenant.setup.credentials_ok
    assert (tenant.setup.employees, tenant.setup.employees_activated) == (0, 0)
    assert tenant.setup.filled is False
    assert tenant.setup.first_unfinished_step is SetupStep.EMPLOYEES


def test_same_company_name_twice_gets_a_second_domain(cloud_server: EmbeddedServer) -> None:
    first = cloud_server.create_tenant(name="Dachdeckerei Zwilling KG", admin_email="a@example.de")
    second = cloud_server.create_tenant(name="Dachdeckerei Zwilling KG", admin_email="b@example.de")

    assert first.domain == "dachdeckerei-zwilling"
    assert second.domain == "dachdeckerei-zwilling-2"
    assert first.password != second.password
