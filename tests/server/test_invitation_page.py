"""The invitation page: GET shows the form and accepts nothing, POST accepts once; reasons at
the fields, escaping, forged posts, used, expired and unknown links.

Driven with plain HTTP form posts, the way a browser without JavaScript sends them
(tests/server/test_invitation_browser.py does the same in Chromium).
"""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from cloudsetup.models import (
    DomainData,
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
    invitations_of,
    invite,
    invited,
    log_in_as,
    login,
    new_tenant,
    outbox_mails,
    running_server,
    unique_email,
    users_of,
)


@pytest.fixture(scope="module")
def expiring_server(
    tmp_path_factory: pytest.TempPathFactory, module_database: dict[str, str]
) -> Iterator[EmbeddedServer]:
    """A server whose invitation links run out a few microseconds after they are made."""
    with running_server(
        tmp_path_factory.mktemp("expiring"), **module_database, invitation_link_days=1e-10
    ) as server:
        yield server


def test_opening_the_link_shows_the_form_and_accepts_nothing(
    api: httpx.Client, cloud_server: EmbeddedServer, tenant: DomainData
) -> None:
    admin = login(api, tenant)
    invitation, link = invited(api, cloud_server, admin)

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
    [listed] = [item for item in invitations_of(api, admin) if item.id == invitation.id]
    assert listed.state is InvitationState.PENDING
    assert listed.opened_at is not None
    user = next(user for user in users_of(api, admin) if user.email == invitation.email)
    assert (user.state, user.username) == (UserState.INVITED, None)


def test_accepting_sets_up_an_active_user_who_logs_in(
    api: httpx.Client, cloud_server: EmbeddedServer, tenant: DomainData
) -> None:
    admin = login(api, tenant)
    invitation = invite(api, admin, role=Role.ADMINISTRATION)
    link = invitation_link_in(outbox_mails(cloud_server, invitation.email)[-1])

    accepted = accept_invitation(api, link, username="Kunde.Chefin")

    assert accepted.status_code == 200, accepted.text
    assert "Zugang eingerichtet" in accepted.text
    assert tenant.domain in accepted.text
    assert "kunde.chefin" in accepted.text
    assert cloud_server.url in accepted.text
    assert INVITED_PASSWORD not in accepted.text
    signed_in = log_in_as(api, tenant.domain, "kunde.chefin", INVITED_PASSWORD)
    assert signed_in.status_code == 200, signed_in.text
    me = api.get(paths.ME, headers=bearer(TokenPair.model_validate(signed_in.json()))).json()
    assert (me["role"], me["email"]) == ("administration", invitation.email)
    [listed] = [item for item in invitations_of(api, admin) if item.id == invitation.id]
    assert listed.state is InvitationState.ACCEPTED


def test_an_empty_user_name_uses_the_email_address(
    api: httpx.Client, cloud_server: EmbeddedServer, tenant: DomainData
) -> None:
    admin = login(api, tenant)
    invitation = invite(api, admin, email=unique_email("Gross.Buchstaben"))
    link = invitation_link_in(outbox_mails(cloud_server, invitation.email)[-1])

    accepted = accept_invitation(api, link, username="")

    assert accepted.status_code == 200, accepted.text
    signed_in = log_in_as(api, tenant.domain, invitation.email.lower(), INVITED_PASSWORD)
    assert signed_in.status_code == 200, signed_in.text


def test_a_used_link_cannot_be_used_again(
    api: httpx.Client, cloud_server: EmbeddedServer, tenant: DomainData
) -> None:
    admin = login(api, tenant)
    _, link = invited(api, cloud_server, admin)
    assert accept_invitation(api, link, username="erster").status_code == 200

    reused = accept_invitation(api, link, username="zweiter", password="Ganz-Anderes-Wort-55")

    assert reused.status_code == 409
    assert "bereits angenommen" in reused.text
    assert api.get(link).status_code == 409
    refused = log_in_as(api, tenant.domain, "zweiter", "Ganz-Anderes-Wort-55")
    assert_error(refused, 401, "invalid_credentials")
    assert log_in_as(api, tenant.domain, "erster", INVITED_PASSWORD).status_code == 200


def test_an_expired_link_shows_why_and_sets_nothing_up(expiring_server: EmbeddedServer) -> None:
    with httpx.Client(base_url=expiring_server.url, timeout=10) as client:
        data = new_tenant(expiring_server)
        admin = login(client, data)
        invitation = invite(client, admin)
        link = invitation_link_in(outbox_mails(expiring_server, invitation.email)[-1])

        shown = client.get(link)
        posted = accept_invitation(client, link, username="zu-spaet")

        assert shown.status_code == posted.status_code == 410
        assert "Einladung abgelaufen" in posted.text
        assert "erneut zu senden" in posted.text
        assert [item.state for item in invitations_of(client, admin)] == [InvitationState.EXPIRED]
        assert_error(
            log_in_as(client, data.domain, "zu-spaet", INVITED_PASSWORD), 401, "invalid_credentials"
        )


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
    link = invitation_link_in(outbox_mails(cloud_server, invitation.email)[-1])
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
    [listed] = [item for item in invitations_of(api, admin) if item.id == invitation.id]
    assert listed.state is InvitationState.PENDING
    assert api.get(link).status_code == 200  # the link still works


def test_a_taken_user_name_is_refused_at_its_field(
    api: httpx.Client, cloud_server: EmbeddedServer, tenant: DomainData
) -> None:
    admin = login(api, tenant)
    _, link = invited(api, cloud_server, admin)

    refused = accept_invitation(api, link, username=tenant.username)

    assert refused.status_code == 422
    assert "gibt es in dieser Cloud schon" in refused.text
    assert accept_invitation(api, link, username="frei").status_code == 200


def test_everything_the_page_shows_is_escaped(
    api: httpx.Client, cloud_server: EmbeddedServer, tenant: DomainData
) -> None:
    admin = login(api, tenant)
    _, link = invited(api, cloud_server, admin)

    refused = accept_invitation(api, link, username='"><script>alert(1)</script>')

    assert refused.status_code == 422
    assert "<script>" not in refused.text
    assert "&#34;&gt;&lt;script&gt;" in refused.text


def test_a_form_posted_from_another_site_is_refused(
    api: httpx.Client, cloud_server: EmbeddedServer, tenant: DomainData
) -> None:
    admin = login(api, tenant)
    invitation, link = invited(api, cloud_server, admin)
    form = {"username": "opfer", "password": INVITED_PASSWORD, "repeat": INVITED_PASSWORD}

    forged = api.post(link, data=form, headers={"Origin": "https://boese.example"})

    assert forged.status_code == 403
    [listed] = [item for item in invitations_of(api, admin) if item.id == invitation.id]
    assert listed.state is InvitationState.PENDING


def test_an_unknown_link_is_404_in_the_browsers_language(api: httpx.Client) -> None:
    page = api.get("/invitation/" + "x" * 43, headers={"Accept-Language": "en-GB,en;q=0.8"})

    assert page.status_code == 404
    assert "Invalid link" in page.text
