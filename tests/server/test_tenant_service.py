"""Creating tenants: domain from the company name, initial password, input checks."""

from __future__ import annotations

import pytest

from cloudsetup.models import check_domain
from cloudsetup.server.embedded import EmbeddedServer
from cloudsetup.server.services.tenants import TenantInputError, domain_slug, initial_password


@pytest.mark.parametrize(
    ("name", "domain"),
    [
        ("Malerbetrieb Muster GmbH", "malerbetrieb-muster"),
        ("Müller & Söhne GmbH & Co. KG", "mueller-soehne"),
        ("Bäckerei Groß e.K.", "baeckerei-gross"),
        ("Sanitär Öztürk UG (haftungsbeschränkt)", "sanitaer-oeztuerk-haftungsbeschraenkt"),
        ("AB", "ab-cloud"),
        ("Élan Café", "elan-cafe"),
        ("X" * 100, "x" * 63),
    ],
)
def test_domain_is_derived_from_the_company_name(name: str, domain: str) -> None:
    assert domain_slug(name) == domain
    assert check_domain(domain_slug(name)) == domain


def test_initial_passwords_are_long_random_and_readable() -> None:
    passwords = {initial_password() for _ in range(50)}

    assert len(passwords) == 50
    for password in passwords:
        assert len(password) == 19
        assert not set(password) & set("0O1lI")


def test_explicit_domain_is_used_as_given(cloud_server: EmbeddedServer) -> None:
    data = cloud_server.create_tenant(
        name="Irgendwas", admin_email="i@example.de", domain="Eigene-Domain-7"
    )

    assert data.domain == "eigene-domain-7"


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        ({"name": "  ", "admin_email": "a@example.de"}, "name"),
        ({"name": "Firma", "admin_email": "keine-mail"}, "email"),
        ({"name": "Firma", "admin_email": "a@example.de", "username": "Mit Leerzeichen"}, "user"),
        ({"name": "Firma", "admin_email": "a@example.de", "domain": "-x-"}, "domain"),
    ],
)
def test_bad_tenant_input_raises_tenant_input_error(
    cloud_server: EmbeddedServer, arguments: dict[str, str], message: str
) -> None:
    with pytest.raises(TenantInputError, match=message):
        cloud_server.create_tenant(**arguments)
