"""The consent pages: GET only shows (and notes "opened"), POST confirms once; the other pages."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import httpx
import pytest

from cloudsetup.models import AccessState, DomainData, Employee, TokenPair, paths
from cloudsetup.server.embedded import EmbeddedServer
from support.cloud import (
    add_employee,
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

PASSWORD = "Blau-Wal-Tanz-97"


class Setup:
    """A tenant's admin session on one server, with helpers to get an employee a link."""

    def __init__(
        self, server: EmbeddedServer, client: httpx.Client, tenant: DomainData | None = None
    ) -> None:
        self.server, self.client = server, client
        self.admin: TokenPair = login(client, tenant or new_tenant(server))

    def invited(self, **fields: str) -> tuple[Employee, str]:
        """An activated employee and the link of his (newest) consent mail."""
        employee = add_employee(self.client, self.admin, **fields)
        url = employee_path(paths.EMPLOYEE_ACTIVATION, employee.id)
        response = self.client.post(url, json={"password": PASSWORD}, headers=bearer(self.admin))
        assert response.status_code == 200, response.text
        return employee, self.newest_link(employee)

    def newest_link(self, employee: Employee) -> str:
        return consent_link_in(outbox_mails(self.server, employee.email)[-1])

    def state(self, employee: Employee) -> Employee:
        url = employee_path(paths.EMPLOYEE, employee.id)
        return Employee.model_validate_json(
            self.client.get(url, headers=bearer(self.admin)).content
        )

    def confirmed_count(self) -> int:
        setup = self.client.get(paths.TENANT, headers=bearer(self.admin)).json()["setup"]
        count: int = setup["employees_confirmed"]
        return count


@pytest.fixture
def setup(cloud_server: EmbeddedServer, api: httpx.Client) -> Setup:
    return Setup(cloud_server, api)


@pytest.fixture(scope="module")
def expiring_server(
    tmp_path_factory: pytest.TempPathFactory, module_database: dict[str, str]
) -> Iterator[EmbeddedServer]:
    """A server whose consent links run out a few microseconds after they are made."""
    with running_server(
        tmp_path_factory.mktemp("expiring"), **module_database, consent_link_days=1e-10
    ) as server:
        yield server


def _assert_safe_page(response: httpx.Response) -> None:
    assert response.headers["content-type"].startswith("text/html")
    assert response.headers["cache-control"] == "no-store"
    assert response.headers["referrer-policy"] == "no-referrer"
    assert response.headers["x-frame-options"] == "DENY"
    assert "frame-ancestors 'none'" in response.headers["content-security-policy"]
    assert '<meta name="viewport"' in response.text
    assert "http://" not in response.text.split("</head>")[0]  # nothing loaded from elsewhere


def test_opening_the_link_shows_the_form_and_does_not_confirm(setup: Setup) -> None:
    employee, link = setup.invited(name="Karl Klick")

    first = setup.client.get(link)
    second = setup.client.get(link)  # a mail scanner and then the person

    for page in (first, second):
        assert page.status_code == 200
        _assert_safe_page(page)
        assert "Karl Klick" in page.text
        assert "Kunden, Artikel, Projekte und Rechnungen" in page.text
        assert '<form method="post"' in page.text
        assert "Ich bin einverstanden" in page.text
    access = setup.state(employee).access
    assert access.state is AccessState.OPENED
    assert access.opened_at is not None
    assert access.confirmed_at is None
    assert setup.confirmed_count() == 0


def test_pressing_the_button_confirms_once(setup: Setup) -> None:
    employee, link = setup.invited()
    assert setup.client.get(link).status_code == 200

    confirmed = setup.client.post(link, headers={"Origin": setup.server.settings.public_url})
    again = setup.client.post(link)
    reopened = setup.client.get(link)

    assert confirmed.status_code == 200
    _assert_safe_page(confirmed)
    assert "Bestätigt" in confirmed.text
    for page in (again, reopened):
        assert page.status_code == 409
        assert "Link bereits benutzt" in page.text
        assert "<form" not in page.text
    access = setup.state(employee).access
    assert access.state is AccessState.CONFIRMED
    assert access.confirmed_at is not None
    assert setup.confirmed_count() == 1


@pytest.mark.parametrize(
    "token",
    [
        "A" * 43,  # the shape of a token, but none was issued
        "kurz",
        "x" * 500,
        "%3Cscript%3E",
    ],
)
def test_unknown_token_gets_a_neutral_404_page(setup: Setup, token: str) -> None:
    for response in (
        setup.client.get(f"/consent/{token}"),
        setup.client.post(f"/consent/{token}"),
        setup.client.post(f"/consent/{token}/renew"),
    ):
        assert response.status_code == 404
        _assert_safe_page(response)
        assert "Link ungültig" in response.text


def test_forged_token_one_letter_off_is_unknown_and_confirms_nothing(setup: Setup) -> None:
    employee, link = setup.invited()
    last = link[-1]
    forged = link[:-1] + ("B" if last != "B" else "C")

    assert setup.client.post(forged).status_code == 404
    assert setup.state(employee).access.state is AccessState.MAIL_SENT


def test_form_post_from_another_site_is_refused(setup: Setup) -> None:
    employee, link = setup.invited()

    refused = setup.client.post(link, headers={"Origin": "https://evil.example"})

    assert refused.status_code == 403
    assert "Anfrage abgelehnt" in refused.text
    assert setup.state(employee).access.state is AccessState.MAIL_SENT
    # Browsers send "Origin: null" for our no-referrer page's own form: that is accepted.
    assert setup.client.post(link, headers={"Origin": "null"}).status_code == 200


def test_page_language_follows_the_employee_and_lang_overrides(setup: Setup) -> None:
    _employee, link = setup.invited(name="Jane Doe", language="en")

    english = setup.client.get(link, headers={"Accept-Language": "de-DE"})
    german = setup.client.get(f"{link}?lang=de")

    assert '<html lang="en">' in english.text
    assert "I agree" in english.text
    assert "customers, articles, projects and invoices" in english.text
    assert '<html lang="de">' in german.text
    assert "Ich bin einverstanden" in german.text
    assert 'action="/consent/' in german.text
    assert "?lang=de" in german.text  # the answer page stays in the asked language


def test_unknown_link_page_follows_accept_language(setup: Setup) -> None:
    page = setup.client.get("/consent/" + "Z" * 43, headers={"Accept-Language": "en;q=0.9,fr"})

    assert "Invalid link" in page.text


HOSTILE_COMPANY = "<script>alert('firma')</script> & Söhne \"GmbH\""
HOSTILE_NAME = "Max <b>Fett</b> <img src=x onerror=alert(1)> & Söhne"


def test_names_are_escaped_in_the_page_and_in_the_mail(
    cloud_server: EmbeddedServer, api: httpx.Client
) -> None:
    data = cloud_server.create_tenant(
        name=HOSTILE_COMPANY, admin_email=f"chef-{uuid.uuid4().hex[:8]}@example.de"
    )
    setup = Setup(cloud_server, api, data)
    employee, link = setup.invited(name=HOSTILE_NAME)
    mail = outbox_mails(cloud_server, employee.email)[-1]

    for html in (setup.client.get(link).text, mail_html(mail)):
        assert "Max &lt;b&gt;Fett&lt;/b&gt; &lt;img src=x onerror=alert(1)&gt; &amp; Söhne" in html
        assert "&lt;script&gt;alert(&#39;firma&#39;)&lt;/script&gt; &amp; Söhne" in html
        for raw in ("<b>", "<img", "<script", "onerror=alert(1)>"):
            assert raw not in html
    assert HOSTILE_NAME in mail_text(mail)  # the text part is not HTML: shown as written


def test_expired_link_offers_a_new_one_and_renewing_kills_it(
    expiring_server: EmbeddedServer,
) -> None:
    with httpx.Client(base_url=expiring_server.url, timeout=10) as client:
        setup = Setup(expiring_server, client)
        employee, link = setup.invited(name="Spät Leser")
        assert setup.state(employee).access.state is AccessState.EXPIRED

        shown = client.get(link)
        not_confirmed = client.post(link)
        renewed = client.post(f"{link}/renew")
        renewed_again = client.post(f"{link}/renew")

        for page in (shown, not_confirmed):
            assert page.status_code == 410
            _assert_safe_page(page)
            assert "Link abgelaufen" in page.text
            assert "Neuen Link anfordern" in page.text
            assert f'action="{link.removeprefix(expiring_server.url)}/renew"' in page.text
        assert renewed.status_code == 200, renewed.text
        assert "Neuer Link gesendet" in renewed.text
        assert employee.email in renewed.text
        mails = outbox_mails(expiring_server, employee.email)
        assert len(mails) == 2  # the first mail and the renewed one; a second renew sends none
        new_link = consent_link_in(mails[-1])
        assert new_link != link
        assert renewed_again.status_code == 410
        assert "Link nicht mehr gültig" in renewed_again.text
        assert "Link nicht mehr gültig" in client.get(link).text
        assert "Link abgelaufen" in client.get(new_link).text  # this server's links live µs
        assert setup.state(employee).access.confirmed_at is None
