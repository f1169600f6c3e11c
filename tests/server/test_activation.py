"""Activation: the password policy, the consent mail (file outbox and real SMTP), resend."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import pytest

from cloudsetup.models import AccessState, DomainData, Employee, Tenant, TokenPair, paths
from cloudsetup.server.embedded import EmbeddedServer
from support.cloud import (
    add_employee,
    assert_error,
    bearer,
    consent_link_in,
    employee_path,
    login,
    mail_html,
    mail_text,
    new_tenant,
    outbox_mails,
    running_server,
)
from support.smtp import SmtpServer

PASSWORD = "Blau-Wal-Tanz-97"


@pytest.fixture
def admin(api: httpx.Client, tenant: DomainData) -> TokenPair:
    return login(api, tenant)


def _activate(
    client: httpx.Client, token: TokenPair, employee: Employee, password: str = PASSWORD
) -> httpx.Response:
    url = employee_path(paths.EMPLOYEE_ACTIVATION, employee.id)
    return client.post(url, json={"password": password}, headers=bearer(token))


def _resend(client: httpx.Client, token: TokenPair, employee: Employee) -> httpx.Response:
    url = employee_path(paths.EMPLOYEE_ACTIVATION_RESEND, employee.id)
    return client.post(url, headers=bearer(token))


@pytest.mark.parametrize(
    ("password", "code"),
    [
        ("kurz7!", "password_too_short"),
        # Eight code points as typed, four syllables after NFKC: too short.
        ("\u1100\u1161" * 4, "password_too_short"),
        ("x" * 129, "password_too_long"),
        ("passwort123", "password_common"),
        ("Qwertyuiop", "password_common"),
        ("Testbetrieb!2026", "password_contains_company"),  # every test company is a Testbetrieb
        ("mustermann-1987", "password_contains_name"),
        ("Mitarbeiter#Zug7", "password_contains_email"),
    ],
)
def test_refused_password_names_its_reason_and_changes_nothing(
    api: httpx.Client, cloud_server: EmbeddedServer, admin: TokenPair, password: str, code: str
) -> None:
    employee = add_employee(api, admin, name="Erika Mustermann")

    response = _activate(api, admin, employee, password)

    body = assert_error(response, 422, "validation_failed")
    assert [(f.field, f.code) for f in body.fields] == [("password", code)]
    after = api.get(employee_path(paths.EMPLOYEE, employee.id), headers=bearer(admin)).json()
    assert after["access"] == employee.access.model_dump(mode="json")
    assert outbox_mails(cloud_server, employee.email) == []


def test_activation_mails_a_german_link_with_text_and_html(
    api: httpx.Client, cloud_server: EmbeddedServer, tenant: DomainData, admin: TokenPair
) -> None:
    employee = add_employee(api, admin, name="Jürgen Groß")
    company = Tenant.model_validate_json(api.get(paths.TENANT, headers=bearer(admin)).content).name

    response = _activate(api, admin, employee)

    assert response.status_code == 200, response.text
    activated = Employee.model_validate_json(response.content)
    assert activated.access.state is AccessState.MAIL_SENT
    assert activated.access.password_set
    assert activated.access.link_expires_at is not None
    expected_expiry = datetime.now(UTC) + timedelta(days=7)
    assert abs(activated.access.link_expires_at - expected_expiry) < timedelta(minutes=5)
    [mail] = outbox_mails(cloud_server, employee.email)
    assert company in str(mail["Subject"])
    assert mail["Content-Language"] == "de"
    for body in (mail_text(mail), mail_html(mail)):
        assert "Jürgen Groß" in body
        assert company in body
        assert "Kunden, Artikel, Projekte und Rechnungen" in body
        assert "Handy-App oder Ihrem Zweitrechner" in body
    assert consent_link_in(mail).startswith(f"{cloud_server.settings.public_url}/consent/")
    tenant_state = api.get(paths.TENANT, headers=bearer(admin)).json()["setup"]
    assert (tenant_state["employees_activated"], tenant_state["employees_confirmed"]) == (1, 0)


def test_english_employee_gets_an_english_mail(
    api: httpx.Client, cloud_server: EmbeddedServer, admin: TokenPair
) -> None:
    employee = add_employee(api, admin, name="Jane Doe", language="en")

    assert _activate(api, admin, employee).status_code == 200

    [mail] = outbox_mails(cloud_server, employee.email)
    assert str(mail["Subject"]).startswith("Please confirm")
    text = mail_text(mail)
    assert "customers, articles, projects and invoices" in text
    assert "phone app or your second computer" in text
    assert "I agree" in text
    assert "Kunden" not in text + mail_html(mail)


def test_link_uses_public_url_whatever_host_the_request_names(
    api: httpx.Client, cloud_server: EmbeddedServer, admin: TokenPair
) -> None:
    employee = add_employee(api, admin)
    url = employee_path(paths.EMPLOYEE_ACTIVATION, employee.id)
    headers = {
        **bearer(admin),
        "Host": "evil.example",
        "X-Forwarded-Host": "evil.example",
        "X-Forwarded-Proto": "https",
    }

    assert api.post(url, json={"password": PASSWORD}, headers=headers).status_code == 200

    [mail] = outbox_mails(cloud_server, employee.email)
    assert consent_link_in(mail).startswith(cloud_server.settings.public_url + "/consent/")
    assert "evil.example" not in mail_text(mail) + mail_html(mail)


def test_resend_sends_a_new_link_and_the_old_one_dies(
    api: httpx.Client, cloud_server: EmbeddedServer, admin: TokenPair
) -> None:
    employee = add_employee(api, admin)
    assert _activate(api, admin, employee).status_code == 200

    resent = _resend(api, admin, employee)

    assert resent.status_code == 200, resent.text
    assert Employee.model_validate_json(resent.content).access.state is AccessState.MAIL_SENT
    first, second = (consent_link_in(m) for m in outbox_mails(cloud_server, employee.email))
    assert first != second
    old_page = api.get(first)
    assert old_page.status_code == 410
    assert "Link nicht mehr gültig" in old_page.text
    assert api.post(first).status_code == 410  # and it cannot confirm either
    assert "Ich bin einverstanden" in api.get(second).text


def test_resend_needs_an_activation_and_nothing_works_after_consent(
    api: httpx.Client, cloud_server: EmbeddedServer, admin: TokenPair
) -> None:
    employee = add_employee(api, admin)

    assert_error(_resend(api, admin, employee), 409, "not_activated")

    assert _activate(api, admin, employee).status_code == 200
    [mail] = outbox_mails(cloud_server, employee.email)
    assert api.post(consent_link_in(mail)).status_code == 200
    assert_error(_resend(api, admin, employee), 409, "already_confirmed")
    assert_error(_activate(api, admin, employee), 409, "already_confirmed")
    assert len(outbox_mails(cloud_server, employee.email)) == 1


def test_new_address_needs_a_new_consent(
    api: httpx.Client, cloud_server: EmbeddedServer, admin: TokenPair
) -> None:
    employee = add_employee(api, admin, name="Umzug Person")
    assert _activate(api, admin, employee).status_code == 200
    [mail] = outbox_mails(cloud_server, employee.email)
    new_address = employee.email.replace("@", ".neu@")

    changed = api.put(
        employee_path(paths.EMPLOYEE, employee.id),
        json={"name": employee.name, "email": new_address},
        headers=bearer(admin),
    )

    access = Employee.model_validate_json(changed.content).access
    assert (access.state, access.password_set) == (AccessState.NOT_ACTIVATED, True)
    assert api.get(consent_link_in(mail)).status_code == 410
    assert _resend(api, admin, employee).status_code == 200
    assert len(outbox_mails(cloud_server, new_address)) == 1


def test_consent_mail_reaches_a_real_smtp_server(
    tmp_path: Path, smtp_server: SmtpServer, database: dict[str, str]
) -> None:
    with (
        running_server(tmp_path, **database, mail_url=smtp_server.url) as server,
        httpx.Client(base_url=server.url, timeout=10) as client,
    ):
        admin = login(client, new_tenant(server))
        employee = add_employee(client, admin, name="Paul Post")

        assert _activate(client, admin, employee).status_code == 200

        [received] = smtp_server.wait_for(1)
        assert received.rcpt_tos == (employee.email,)
        assert received.message.get_content_type() == "multipart/alternative"
        link = consent_link_in(received.message)
        assert link.startswith(f"{server.url}/consent/")
        assert "Paul Post" in client.get(link).text


def test_smtp_down_gives_503_and_resend_works_once_it_is_back(
    tmp_path: Path, smtp_server: SmtpServer, database: dict[str, str]
) -> None:
    smtp_server.stop()  # the port is closed: connections are refused
    with (
        running_server(tmp_path, **database, mail_url=f"{smtp_server.url}?timeout=5") as server,
        httpx.Client(base_url=server.url, timeout=30) as client,
    ):
        admin = login(client, new_tenant(server))
        employee = add_employee(client, admin)

        failed = _activate(client, admin, employee)

        body = assert_error(failed, 503, "mail_failed")
        assert "resend" in body.detail
        stored = client.get(employee_path(paths.EMPLOYEE, employee.id), headers=bearer(admin))
        access = Employee.model_validate_json(stored.content).access
        assert (access.state, access.password_set) == (AccessState.MAIL_FAILED, True)
        setup = client.get(paths.TENANT, headers=bearer(admin)).json()["setup"]
        assert setup["employees_activated"] == 0

        smtp_server.start()
        resent = _resend(client, admin, employee)

        assert resent.status_code == 200, resent.text
        assert Employee.model_validate_json(resent.content).access.state is AccessState.MAIL_SENT
        [received] = smtp_server.wait_for(1)
        assert "Ich bin einverstanden" in client.get(consent_link_in(received.message)).text
        listed = client.get(paths.EMPLOYEES, headers=bearer(admin)).json()
        assert [e["id"] for e in listed] == [employee.id]
