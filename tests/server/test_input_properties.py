"""Property tests: for any e-mail address and password, the model and the server agree.

What the shared model accepts the server accepts (and stores in the same normal form); what the
model refuses the server refuses at the same field. Bounded: 50 examples each, no deadline
(every example is an HTTP round trip, a password one also an Argon2 hash and a mail).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from cloudsetup.models import ActivationRequest, EmployeeIn, TokenPair, check_password, paths
from cloudsetup.server.embedded import EmbeddedServer
from support.cloud import add_employee, bearer, employee_path, login, new_tenant

EXAMPLES = settings(
    max_examples=50, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
NAME = "Erika Mustermann"
EMAIL = "erika.mustermann@example.de"


@dataclass(frozen=True)
class Session:
    client: httpx.Client
    admin: TokenPair
    company: str


@pytest.fixture(scope="module")
def session(cloud_server: EmbeddedServer) -> Iterator[Session]:
    with httpx.Client(base_url=cloud_server.url, timeout=30) as client:
        data = new_tenant(cloud_server)
        admin = login(client, data)
        company: str = client.get(paths.TENANT, headers=bearer(admin)).json()["name"]
        yield Session(client, admin, company)


_LOCAL = st.text(alphabet=st.characters(codec="utf-8"), min_size=0, max_size=12)
_DOMAIN = st.one_of(
    st.sampled_from(["example.de", "EXAMPLE.COM", "bü-ro.de", "localhost", "1.2.3.4", "a..de"]),
    st.text(min_size=0, max_size=12),
)
EMAILS = st.one_of(
    st.emails(),
    st.builds(lambda local, domain: f"{local}@{domain}", _LOCAL, _DOMAIN),
    st.text(max_size=30),
)


def _model_email(address: str) -> str | None:
    """The model's normal form of ``address``, or ``None`` when the model refuses it."""
    try:
        return EmployeeIn(name=NAME, email=address).email
    except ValidationError:
        return None


@EXAMPLES
@given(address=EMAILS)
def test_server_accepts_exactly_the_addresses_the_model_accepts(
    session: Session, address: str
) -> None:
    expected = _model_email(address)

    response = session.client.post(
        paths.EMPLOYEES, json={"name": NAME, "email": address}, headers=bearer(session.admin)
    )

    if expected is None:
        assert response.status_code == 422, response.text
        assert "email" in {field["field"] for field in response.json()["fields"]}
        return
    assert response.status_code == 201, response.text
    assert response.json()["email"] == expected
    deleted = session.client.delete(
        employee_path(paths.EMPLOYEE, response.json()["id"]), headers=bearer(session.admin)
    )
    assert deleted.status_code == 204


PASSWORDS = st.one_of(
    st.text(max_size=16),
    st.text(alphabet=st.characters(codec="utf-8"), min_size=6, max_size=24),
    st.sampled_from(["passwort123", "Passwort1", "qwertzuiop", "iloveyou", "12345678"]),
    st.builds(
        lambda before, part, after: before + part + after,
        st.text(max_size=4),
        st.sampled_from(["Mustermann", "ERIKA", "erika.mustermann", "Testbetrieb"]),
        st.text(max_size=6),
    ),
)


@pytest.fixture(scope="module")
def employee_id(session: Session) -> int:
    return add_employee(session.client, session.admin, name=NAME, email=EMAIL).id


@EXAMPLES
@given(password=PASSWORDS)
def test_server_accepts_exactly_the_passwords_the_model_accepts(
    session: Session, employee_id: int, password: str
) -> None:
    try:
        typed = ActivationRequest(password=password).password
        problem = check_password(typed, company=session.company, names=[NAME], email=EMAIL)
        expected_code = None if problem is None else problem.value
    except ValidationError:
        expected_code = "invalid"

    response = session.client.post(
        employee_path(paths.EMPLOYEE_ACTIVATION, employee_id),
        json={"password": password},
        headers=bearer(session.admin),
    )

    if expected_code is None:
        assert response.status_code == 200, response.text
        return
    assert response.status_code == 422, response.text
    [field] = response.json()["fields"]
    assert field["field"] == "password"
    if expected_code != "invalid":
        assert field["code"] == expected_code
