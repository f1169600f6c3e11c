"""Invitations: the mail, the page (GET shows, POST accepts once), resend, revoke, list, refusals.

The mails land in the test cloud's file outbox; the page is driven with plain HTTP form posts,
the way a browser without JavaScript sends them (tests/server/test_invitation_browser.py does
the same in Chromium, over real SMTP).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from email.message import EmailMessage
from pathlib import Path

import httpx
import pytest

from cloudsetup.models import (
    DomainData,
    Invitation,
    InvitationState,
    Role,
    TokenPair,
    UserState,
    paths,
)
from cloudsetup.server.embedded import EmbeddedServer
from support.cloud import (
    INVITED_PASSWORD,
    accept_invitation,
    assert_error,
    bearer,
    invitation_link_in,
    invite,
    login,
    mail_html,
    mail_text,
    new_tenant,
    outbox_mails,
    running_server,
    unique_email,
    users_of,
)
from support.smtp import SmtpServer


def _invitations(client: httpx.Client, token: TokenPair) -> list[Invitation]:
    response = client.get(paths.INVITATIONS, headers=bearer(token))
    assert response.status_code == 200, response.text
    return [Invitation.model_validate(item) for item in response.json()]


def _newest_mail(server: EmbeddedServer, invitation: Invitation) -> EmailMessage:
    return outbox_mails(server, invitation.email)[-1]


def _log_in(client: httpx.Client, domain: str, username: str, password: str) -> httpx.Response:
    body = {"domain": domain, "username": username, "password": password}
    return client.post(paths.AUTH_LOGIN, json=body)


def _action(invitation_id: int, template: str) -> str:
    return template.format(invitation_id=invitation_id)


@pytest.fixture(scope="module")
def expiring_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[EmbeddedServer]:
    """A server whose invitation links run out a few microseconds after they are made."""
    with running_server(tmp_path_factory.mktemp("expiring"), invitation_link_days=1e-10) as server:
        yield server


def test_invitation_mail_names_company_inviter_and_role_and_links_to_public_url(
    api: httpx.Client, cloud_server: EmbeddedServer, tenant: DomainData
) -> None:
    admin = login(api, tenant)

    invitation = invite(api, admin, role=Role.ADMINISTRATION, display_name="Karla Kunde")

    mail = _newest_mail(cloud_server, invitation)
    assert invitation.state is InvitationState.PENDING
    assert mail["Subject"].startswith("Einladung: Ihr Zugang zur Cloud von Testbetrieb")
    assert "Karla Kunde" in str(mail["To"])
    text = mail_text(mail)
    assert "Hallo Karla Kunde," in text
    assert "admin lädt Sie ein" in text
    assert "„Verwaltung“" in text
    assert invitation_link_in(mail).startswith(f"{cloud_server.url}/invitation/")
    assert mail["Content-Language"] == "de"


def test_invitation_mail_in_english_when_asked(
    api: httpx.Client, cloud_server: EmbeddedServer, tenant: DomainData
) -> None:
    admin = login(api, tenant)

    invitation = invite(api, admin, language="en")

    mail = _newest_mail(cloud_server, invitation)
    assert mail["Subject"].startswith("Invitation: your access to the cloud of")
    assert "with the role “Service Provider”" in mail_text(mail)
    page = api.get(invitation_link_in(mail))
    assert page.status_code == 200
    assert '<html lang="en">' in page.text
    assert "Set up access" in page.text


def test_the_link_is_built_from_public_url_not_from_the_requests_host(
    api: httpx.Client, cloud_server: EmbeddedServer, tenant: DomainData
) -> None:
    admin = login(api, tenant)
    body = {"email": unique_email("host"), "role": "service_provider"}

    sent = api.post(
        paths.INVITATIONS, json=body, headers={**bearer(admin), "Host": "boese.example"}
    )

    assert sent.status_code == 201, sent.text
    link = invitation_link_in(outbox_mails(cloud_server, body["email"])[-1])
    assert link.startswith(f"{cloud_server.url}/invitation/")
    assert "boese" not in link


def test_the_token_is_stored_only_as_its_sha256(tmp_path: Path) -> None:
    with (
        running_server(tmp_path) as server,
        httpx.Client(base_url=server.url, timeout=10) as client,
    ):
        invitation = invite(client, login(client, new_tenant(server)))
        token = invitation_link_in(_newest_mail(server, invitation)).rsplit("/", 1)[1]
        database = b"".join(path.read_bytes() for path in tmp_path.glob("cloud.sqlite3*"))

    assert len(token) >= 43  # 256 bits in URL-safe base64
    assert token.encode() not in database
    assert hashlib.sha256(token.encode()).hexdigest().encode() in database


def test_opening_the_link_shows_the_form_and_accepts_nothing(
    api: httpx.Client, cloud_server: EmbeddedServer, tenant: DomainData
) -> None:
    admin = login(api, tenant)
    invitation = invite(api, admin)
    link = invitation_link_in(_newest_mail(cloud_server, invitation))

    page = api.get(link)
    again = api.get(link)

    assert page.status_code == again.status_code == 200
    assert page.headers["cache-control"] == "no-store"
    assert page.headers["referrer-policy"] == "no-referrer"
    assert 'name="username"' in page.text
    assert f'value="{invitation.email}"' in page.text
    assert 'type="password"' in page.text
    assert "Mindestens 8 Zeichen" in page.text
    assert "<script" not in page.text
    [listed] = [item for item in _invitations(api, admin) if item.id == invitation.id]
    assert listed.state is InvitationState.PENDING
    assert listed.opened_at is not None
    user = next(user for user in users_of(api, admin) if user.email == invitation.email)
    assert (user.state, user.username) == (UserState.INVITED, None)


def test_accepting_sets_up_an_active_user_who_logs_in(
    api: httpx.Client, cloud_server: EmbeddedServer, tenant: DomainData
) -> None:
    admin = login(api, tenant)
    invitation = invite(api, admin, role=Role.ADMINISTRATION)
    link = invitation_link_in(_newest_mail(cloud_server, invitation))

    accepted = accept_invitation(api, link, username="Kunde.Chefin")

    assert accepted.status_code == 200, accepted.text
    assert "Zugang eingerichtet" in accepted.text
    assert tenant.domain in accepted.text
    assert "kunde.chefin" in accepted.text
    assert cloud_server.url in accepted.text
    assert INVITED_PASSWORD not in accepted.text
    signed_in = _log_in(api, tenant.domain, "kunde.chefin", INVITED_PASSWORD)
    assert signed_in.status_code == 200, signed_in.text
    me = api.get(paths.ME, headers=bearer(TokenPair.model_validate(signed_in.json()))).json()
    assert (me["role"], me["email"]) == ("administration", invitation.email)
    [listed] = [item for item in _invitations(api, admin) if item.id == invitation.id]
    assert listed.state is InvitationState.ACCEPTED


def test_an_empty_user_name_uses_the_email_address(
    api: httpx.Client, cloud_server: EmbeddedServer, tenant: DomainData
) -> None:
    admin = login(api, tenant)
    invitation = invite(api, admin, email=unique_email("Gross.Buchstaben"))
    link = invitation_link_in(_newest_mail(cloud_server, invitation))

    accepted = accept_invitation(api, link, username="")

    assert accepted.status_code == 200, accepted.text
    signed_in = _log_in(api, tenant.domain, invitation.email.lower(), INVITED_PASSWORD)
    assert signed_in.status_code == 200, signed_in.text


def test_a_used_link_cannot_be_used_again(
    api: httpx.Client, cloud_server: EmbeddedServer, tenant: DomainData
) -> None:
    admin = login(api, tenant)
    invitation = invite(api, admin)
    link = invitation_link_in(_newest_mail(cloud_server, invitation))
    assert accept_invitation(api, link, username="erster").status_code == 200

    reused = accept_invitation(api, link, username="zweiter", password="Ganz-Anderes-Wort-55")

    assert reused.status_code == 409
    assert "bereits angenommen" in reused.text
    assert api.get(link).status_code == 409
    refused = _log_in(api, tenant.domain, "zweiter", "Ganz-Anderes-Wort-55")
    assert_error(refused, 401, "invalid_credentials")
    assert _log_in(api, tenant.domain, "erster", INVITED_PASSWORD).status_code == 200


def test_an_expired_link_shows_why_and_sets_nothing_up(expiring_server: EmbeddedServer) -> None:
    with httpx.Client(base_url=expiring_server.url, timeout=10) as client:
        data = new_tenant(expiring_server)
        admin = login(client, data)
        invitation = invite(client, admin)
        link = invitation_link_in(_newest_mail(expiring_server, invitation))

        shown = client.get(link)
        posted = accept_invitation(client, link, username="zu-spaet")

        assert shown.status_code == posted.status_code == 410
        assert "Einladung abgelaufen" in posted.text
        assert "erneut zu senden" in posted.text
        assert [item.state for item in _invitations(client, admin)] == [InvitationState.EXPIRED]
        assert_error(
            _log_in(client, data.domain, "zu-spaet", INVITED_PASSWORD), 401, "invalid_credentials"
        )


def test_resend_mails_a_new_link_and_the_old_one_stops_working(
    api: httpx.Client, cloud_server: EmbeddedServer, tenant: DomainData
) -> None:
    admin = login(api, tenant)
    first = invite(api, admin)
    old_link = invitation_link_in(_newest_mail(cloud_server, first))

    resent = api.post(_action(first.id, paths.INVITATION_RESEND), headers=bearer(admin))

    assert resent.status_code == 200, resent.text
    second = Invitation.model_validate_json(resent.content)
    new_link = invitation_link_in(_newest_mail(cloud_server, first))
    assert second.id != first.id
    assert new_link != old_link
    assert api.get(old_link).status_code == 410
    assert "neuere Einladung" in accept_invitation(api, old_link, username="alt").text
    states = {item.id: item.state for item in _invitations(api, admin)}
    assert states == {first.id: InvitationState.REVOKED, second.id: InvitationState.PENDING}
    assert accept_invitation(api, new_link, username="neu").status_code == 200


def test_revoked_invitation_link_is_dead_and_the_user_revoked(
    api: httpx.Client, cloud_server: EmbeddedServer, tenant: DomainData
) -> None:
    admin = login(api, tenant)
    invitation = invite(api, admin)
    link = invitation_link_in(_newest_mail(cloud_server, invitation))

    revoked = api.post(_action(invitation.id, paths.INVITATION_REVOKE), headers=bearer(admin))

    assert revoked.status_code == 200, revoked.text
    assert Invitation.model_validate_json(revoked.content).state is InvitationState.REVOKED
    posted = accept_invitation(api, link, username="zurueckgezogen")
    assert posted.status_code == 410
    assert "zurückgezogen" in posted.text
    user = next(user for user in users_of(api, admin) if user.email == invitation.email)
    assert user.state is UserState.REVOKED
    resend = api.post(_action(invitation.id, paths.INVITATION_RESEND), headers=bearer(admin))
    assert_error(resend, 409, "invitation_closed")


def test_an_accepted_invitation_cannot_be_revoked_or_resent(
    api: httpx.Client, cloud_server: EmbeddedServer, tenant: DomainData
) -> None:
    admin = login(api, tenant)
    invitation = invite(api, admin)
    link = invitation_link_in(_newest_mail(cloud_server, invitation))
    assert accept_invitation(api, link, username="angenommen").status_code == 200

    revoke = api.post(_action(invitation.id, paths.INVITATION_REVOKE), headers=bearer(admin))
    resend = api.post(_action(invitation.id, paths.INVITATION_RESEND), headers=bearer(admin))

    assert_error(revoke, 409, "invitation_accepted")
    assert_error(resend, 409, "invitation_closed")


def test_inviting_an_address_twice_is_refused_at_the_email_field(
    api: httpx.Client, cloud_server: EmbeddedServer, tenant: DomainData
) -> None:
    admin = login(api, tenant)
    invitation = invite(api, admin)
    me = api.get(paths.ME, headers=bearer(admin)).json()

    again = api.post(
        paths.INVITATIONS,
        json={"email": invitation.email.upper(), "role": "service_provider"},
        headers=bearer(admin),
    )
    existing = api.post(
        paths.INVITATIONS,
        json={"email": me["email"], "role": "service_provider"},
        headers=bearer(admin),
    )

    body = assert_error(again, 409, "already_invited")
    assert [field.field for field in body.fields] == ["email"]
    assert_error(existing, 409, "email_taken")
    assert len(outbox_mails(cloud_server, invitation.email)) == 1


def test_a_bad_invitation_body_is_422_at_its_field(api: httpx.Client, tenant: DomainData) -> None:
    admin = login(api, tenant)

    response = api.post(
        paths.INVITATIONS, json={"email": "keine-adresse", "role": "chef"}, headers=bearer(admin)
    )

    body = assert_error(response, 422, "validation_failed")
    assert {field.field for field in body.fields} == {"email", "role"}


@pytest.mark.parametrize(
    ("form", "field", "reason"),
    [
        ({"password": "kurz"}, "password", "Das Passwort ist zu kurz: mindestens 8 Zeichen."),
        ({"password": "password1"}, "password", "gehört zu den häufigsten Passwörtern"),
        ({"password": "Testbetrieb-Kiesel-9"}, "password", "den Firmennamen nicht enthalten"),
        ({"password": "Karla-Kunde-Kiesel-9"}, "password", "Ihren Namen oder Benutzernamen"),
        ({"repeat": "Anders-Getippt-42"}, "repeat", "stimmen nicht überein"),
        ({"username": "Mit Leerzeichen"}, "username", "darf nur Kleinbuchstaben"),
    ],
)
def test_a_refused_form_says_why_at_the_field_and_sets_nothing_up(
    api: httpx.Client,
    cloud_server: EmbeddedServer,
    tenant: DomainData,
    form: dict[str, str],
    field: str,
    reason: str,
) -> None:
    admin = login(api, tenant)
    invitation = invite(api, admin, display_name="Karla Kunde")
    link = invitation_link_in(_newest_mail(cloud_server, invitation))
    values = {"username": "karla", "password": INVITED_PASSWORD, **form}
    repeat = form.get("repeat", values["password"])

    refused = accept_invitation(
        api, link, username=values["username"], password=values["password"], repeat=repeat
    )

    assert refused.status_code == 422
    assert f'<p class="error" id="{field}-error">' in refused.text
    error_line = refused.text.split(f'id="{field}-error">', 1)[1].split("</p>", 1)[0]
    assert reason in error_line
    assert f'id="{field}" name="{field}"' in refused.text
    assert refused.text.count('type="password" value=""') == 2  # a password is never sent back
    [listed] = [item for item in _invitations(api, admin) if item.id == invitation.id]
    assert listed.state is InvitationState.PENDING
    assert api.get(link).status_code == 200  # the link still works


def test_a_taken_user_name_is_refused_at_its_field(
    api: httpx.Client, cloud_server: EmbeddedServer, tenant: DomainData
) -> None:
    admin = login(api, tenant)
    invitation = invite(api, admin)
    link = invitation_link_in(_newest_mail(cloud_server, invitation))

    refused = accept_invitation(api, link, username=tenant.username)

    assert refused.status_code == 422
    assert "gibt es in dieser Cloud schon" in refused.text
    assert accept_invitation(api, link, username="frei").status_code == 200


def test_everything_the_page_shows_is_escaped(
    api: httpx.Client, cloud_server: EmbeddedServer, tenant: DomainData
) -> None:
    admin = login(api, tenant)
    invitation = invite(api, admin)
    link = invitation_link_in(_newest_mail(cloud_server, invitation))

    refused = accept_invitation(api, link, username='"><script>alert(1)</script>')

    assert refused.status_code == 422
    assert "<script>" not in refused.text
    assert "&#34;&gt;&lt;script&gt;" in refused.text


def test_a_form_posted_from_another_site_is_refused(
    api: httpx.Client, cloud_server: EmbeddedServer, tenant: DomainData
) -> None:
    admin = login(api, tenant)
    invitation = invite(api, admin)
    link = invitation_link_in(_newest_mail(cloud_server, invitation))
    form = {"username": "opfer", "password": INVITED_PASSWORD, "repeat": INVITED_PASSWORD}

    forged = api.post(link, data=form, headers={"Origin": "https://boese.example"})

    assert forged.status_code == 403
    [listed] = [item for item in _invitations(api, admin) if item.id == invitation.id]
    assert listed.state is InvitationState.PENDING


def test_an_unknown_link_is_404_in_the_browsers_language(api: httpx.Client) -> None:
    page = api.get("/invitation/" + "x" * 43, headers={"Accept-Language": "en-GB,en;q=0.8"})

    assert page.status_code == 404
    assert "Invalid link" in page.text


def test_mail_server_down_gives_503_keeps_the_invitation_and_resend_retries(
    tmp_path: Path, smtp_server: SmtpServer
) -> None:
    smtp_server.stop()  # the port is closed: connections are refused
    with (
        running_server(tmp_path, mail_url=f"{smtp_server.url}?timeout=5") as server,
        httpx.Client(base_url=server.url, timeout=30) as client,
    ):
        admin = login(client, new_tenant(server))
        body = {"email": "kunde@example.de", "role": "administration"}

        failed = client.post(paths.INVITATIONS, json=body, headers=bearer(admin))

        assert "resend" in assert_error(failed, 503, "mail_failed").detail
        [listed] = _invitations(client, admin)
        assert listed.state is InvitationState.MAIL_FAILED
        user = next(user for user in users_of(client, admin) if user.email == "kunde@example.de")
        assert user.state is UserState.INVITED
        smtp_server.start()
        resent = client.post(_action(listed.id, paths.INVITATION_RESEND), headers=bearer(admin))
        assert resent.status_code == 200, resent.text
        [received] = smtp_server.wait_for(1)
        assert received.rcpt_tos == ("kunde@example.de",)
        assert client.get(invitation_link_in(received.message)).status_code == 200


def test_withdrawing_an_invitation_whose_mail_failed_shows_it_revoked(
    tmp_path: Path, smtp_server: SmtpServer
) -> None:
    smtp_server.stop()
    with (
        running_server(tmp_path, mail_url=f"{smtp_server.url}?timeout=5") as server,
        httpx.Client(base_url=server.url, timeout=30) as client,
    ):
        admin = login(client, new_tenant(server))
        body = {"email": "kunde@example.de", "role": "service_provider"}
        assert_error(
            client.post(paths.INVITATIONS, json=body, headers=bearer(admin)), 503, "mail_failed"
        )
        [failed] = _invitations(client, admin)

        revoked = client.post(_action(failed.id, paths.INVITATION_REVOKE), headers=bearer(admin))

        assert revoked.status_code == 200, revoked.text
        assert [item.state for item in _invitations(client, admin)] == [InvitationState.REVOKED]


def test_mail_html_part_links_the_same_page(
    api: httpx.Client, cloud_server: EmbeddedServer, tenant: DomainData
) -> None:
    admin = login(api, tenant)
    invitation = invite(api, admin, display_name="<b>Fett</b> Frau")

    mail = _newest_mail(cloud_server, invitation)

    html = mail_html(mail)
    assert invitation_link_in(mail) in html
    assert "&lt;b&gt;Fett&lt;/b&gt;" in html
    assert "<b>Fett</b>" not in html
