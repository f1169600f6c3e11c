"""Invitations from the admin's side: the mail, resend, revoke, list, and the refusals.

The mails land in the test cloud's file outbox (tests/server/test_invitation_browser.py sends
one over real SMTP); the invitation page itself is tests/server/test_invitation_page.py.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import httpx

from cloudsetup.models import (
    DomainData,
    Invitation,
    InvitationState,
    Role,
    UserState,
    paths,
)
from cloudsetup.server.embedded import EmbeddedServer
from support.cloud import (
    accept_invitation,
    assert_error,
    bearer,
    database_dump,
    invitation_link_in,
    invitations_of,
    invite,
    invited,
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


def _action(invitation_id: int, template: str) -> str:
    return template.format(invitation_id=invitation_id)


def test_invitation_mail_names_company_inviter_and_role_and_links_to_public_url(
    api: httpx.Client, cloud_server: EmbeddedServer, tenant: DomainData
) -> None:
    admin = login(api, tenant)

    invitation = invite(api, admin, role=Role.ADMINISTRATION, display_name="Karla Kunde")

    mail = outbox_mails(cloud_server, invitation.email)[-1]
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

    mail = outbox_mails(cloud_server, invitation.email)[-1]
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


def test_the_token_is_stored_only_as_its_sha256(tmp_path: Path, database: dict[str, str]) -> None:
    with (
        running_server(tmp_path, **database) as server,
        httpx.Client(base_url=server.url, timeout=10) as client,
    ):
        invitation = invite(client, login(client, new_tenant(server)))
        token = invitation_link_in(outbox_mails(server, invitation.email)[-1]).rsplit("/", 1)[1]
        stored = database_dump(server)

    assert len(token) >= 43  # 256 bits in URL-safe base64
    assert token not in stored
    assert hashlib.sha256(token.encode()).hexdigest() in stored


def test_resend_mails_a_new_link_and_the_old_one_stops_working(
    api: httpx.Client, cloud_server: EmbeddedServer, tenant: DomainData
) -> None:
    admin = login(api, tenant)
    first = invite(api, admin)
    old_link = invitation_link_in(outbox_mails(cloud_server, first.email)[-1])

    resent = api.post(_action(first.id, paths.INVITATION_RESEND), headers=bearer(admin))

    assert resent.status_code == 200, resent.text
    second = Invitation.model_validate_json(resent.content)
    new_link = invitation_link_in(outbox_mails(cloud_server, first.email)[-1])
    assert second.id != first.id
    assert new_link != old_link
    assert api.get(old_link).status_code == 410
    assert "neuere Einladung" in accept_invitation(api, old_link, username="alt").text
    states = {item.id: item.state for item in invitations_of(api, admin)}
    assert states == {first.id: InvitationState.REVOKED, second.id: InvitationState.PENDING}
    assert accept_invitation(api, new_link, username="neu").status_code == 200


def test_revoked_invitation_link_is_dead_and_the_user_revoked(
    api: httpx.Client, cloud_server: EmbeddedServer, tenant: DomainData
) -> None:
    admin = login(api, tenant)
    invitation, link = invited(api, cloud_server, admin)

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
    invitation, link = invited(api, cloud_server, admin)
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


def test_mail_server_down_gives_503_keeps_the_invitation_and_resend_retries(
    tmp_path: Path, smtp_server: SmtpServer, database: dict[str, str]
) -> None:
    smtp_server.stop()  # the port is closed: connections are refused
    with (
        running_server(tmp_path, **database, mail_url=f"{smtp_server.url}?timeout=5") as server,
        httpx.Client(base_url=server.url, timeout=30) as client,
    ):
        admin = login(client, new_tenant(server))
        body = {"email": "kunde@example.de", "role": "administration"}

        failed = client.post(paths.INVITATIONS, json=body, headers=bearer(admin))

        assert "resend" in assert_error(failed, 503, "mail_failed").detail
        [listed] = invitations_of(client, admin)
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
    tmp_path: Path, smtp_server: SmtpServer, database: dict[str, str]
) -> None:
    smtp_server.stop()
    with (
        running_server(tmp_path, **database, mail_url=f"{smtp_server.url}?timeout=5") as server,
        httpx.Client(base_url=server.url, timeout=30) as client,
    ):
        admin = login(client, new_tenant(server))
        body = {"email": "kunde@example.de", "role": "service_provider"}
        assert_error(
            client.post(paths.INVITATIONS, json=body, headers=bearer(admin)), 503, "mail_failed"
        )
        [failed] = invitations_of(client, admin)

        revoked = client.post(_action(failed.id, paths.INVITATION_REVOKE), headers=bearer(admin))

        assert revoked.status_code == 200, revoked.text
        assert [item.state for item in invitations_of(client, admin)] == [InvitationState.REVOKED]


def test_mail_html_part_links_the_same_page(
    api: httpx.Client, cloud_server: EmbeddedServer, tenant: DomainData
) -> None:
    admin = login(api, tenant)
    invitation = invite(api, admin, display_name="<b>Fett</b> Frau")

    mail = outbox_mails(cloud_server, invitation.email)[-1]

    html = mail_html(mail)
    assert invitation_link_in(mail) in html
    assert "&lt;b&gt;Fett&lt;/b&gt;" in html
    assert "<b>Fett</b>" not in html
