"""CloudClient against the real reference cloud on 127.0.0.1 (the session-wide test server)."""

from __future__ import annotations

import uuid

import httpx
import pytest

from cloudsetup.cloud import NO_RETRIES, CloudClient, Conflict, Forbidden, Unauthorized
from cloudsetup.models import (
    DomainData,
    HandoverStep,
    InvitationIn,
    InvitationState,
    NotificationRecipientsIn,
    Role,
    TokenPair,
    UserState,
)
from cloudsetup.server.embedded import EmbeddedServer
from support.cloud import accept_invitation, invitation_link_in, outbox_mails


def test_login_me_tenant_refresh_and_logout_against_the_real_cloud(
    cloud_server: EmbeddedServer, tenant: DomainData
) -> None:
    reported: list[TokenPair] = []
    with CloudClient(cloud_server.url, on_tokens_changed=reported.append) as client:
        assert client.server_info().service == "cloudsetup"
        first = client.login(
            domain=tenant.domain, username=tenant.username, password=tenant.password
        )
        me = client.get_me()
        assert (me.username, me.domain, me.role) == (
            tenant.username,
            tenant.domain,
            Role.ADMINISTRATION,
        )
        assert client.get_tenant().setup.credentials_ok
        second = client.refresh()
        assert second.refresh_token != first.refresh_token
        assert reported == [first, second]
        client.logout()

    with CloudClient(cloud_server.url) as resumed:
        resumed.use_refresh_token(second.refresh_token)
        with pytest.raises(Unauthorized) as caught:
            resumed.get_me()  # the log-out revoked the session
        assert caught.value.code == "invalid_token"


def test_wrong_password_is_unauthorized_with_invalid_credentials_from_the_real_cloud(
    cloud_server: EmbeddedServer, tenant: DomainData
) -> None:
    with CloudClient(cloud_server.url) as client, pytest.raises(Unauthorized) as caught:
        client.login(domain=tenant.domain, username=tenant.username, password="wrong-password")
    assert caught.value.code == "invalid_credentials"
    assert "wrong-password" not in str(caught.value)


def test_stored_refresh_token_resumes_against_the_real_cloud(
    cloud_server: EmbeddedServer, tenant: DomainData
) -> None:
    with CloudClient(cloud_server.url) as client:
        pair = client.login(
            domain=tenant.domain, username=tenant.username, password=tenant.password
        )
    reported: list[TokenPair] = []
    with CloudClient(cloud_server.url, on_tokens_changed=reported.append) as resumed:
        resumed.use_refresh_token(pair.refresh_token)
        assert resumed.get_tenant().domain == tenant.domain
    assert len(reported) == 1
    assert reported[0].refresh_token != pair.refresh_token


def test_cloud_on_this_machine_is_reached_past_a_proxy_from_the_environment(
    cloud_server: EmbeddedServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Nothing listens on port 9 (discard): going through this "proxy" would fail.
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "all_proxy"):
        monkeypatch.setenv(name, "http://127.0.0.1:9")
    for name in ("NO_PROXY", "no_proxy"):
        monkeypatch.delenv(name, raising=False)
    with CloudClient(cloud_server.url, retry_policy=NO_RETRIES) as client:
        assert client.server_info().service == "cloudsetup"


def test_partner_hands_over_through_the_client_against_the_real_cloud(
    cloud_server: EmbeddedServer,
) -> None:
    number = uuid.uuid4().hex[:8]
    partner = cloud_server.create_partner_tenant(
        customer_name=f"Kunde {number} GmbH", partner_email=f"partner-{number}@systemhaus.de"
    )
    customer_email = f"chef-{number}@kunde.example"
    with CloudClient(cloud_server.url) as client:
        client.login(domain=partner.domain, username=partner.username, password=partner.password)
        me = client.get_me()
        assert me.user_id is not None
        sent = client.invite_user(InvitationIn(email=customer_email, role=Role.ADMINISTRATION))
        assert client.get_handover().step is HandoverStep.CUSTOMER_INVITED
        with pytest.raises(Conflict) as too_early:
            client.change_role(me.user_id, role=Role.SERVICE_PROVIDER)
        assert too_early.value.code == "last_administrator"
        link = invitation_link_in(outbox_mails(cloud_server, customer_email)[-1])
        with httpx.Client() as browser:
            assert accept_invitation(browser, link, username=f"chef-{number}").status_code == 200

        stepped_back = client.change_role(me.user_id, role=Role.SERVICE_PROVIDER)
        recipients = client.set_notification_recipients(
            NotificationRecipientsIn(lines=f"{customer_email}\n")
        )
        with pytest.raises(Forbidden):
            client.change_role(me.user_id, role=Role.ADMINISTRATION)

        assert stepped_back.role is Role.SERVICE_PROVIDER
        assert client.get_handover().complete
        assert recipients.effective == [customer_email]
        states = {user.email: (user.role, user.state) for user in client.list_users()}
        assert states[customer_email] == (Role.ADMINISTRATION, UserState.ACTIVE)
        assert [item.state for item in client.list_invitations()] == [InvitationState.ACCEPTED]
        assert client.get_user(sent.user_id).username == f"chef-{number}"
        actions = [entry.action for entry in client.audit_log(limit=3).entries]
        assert actions == ["recipients_changed", "role_changed", "invitation_accepted"]
