"""The users, invitations, handover, recipients and audit endpoints of CloudClient, on
httpx.MockTransport: paths, bodies, typed results, retries and the errors the server gives."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest

from cloudsetup.cloud import (
    DEFAULT_RETRY_POLICY,
    CloudError,
    Conflict,
    Forbidden,
    NotFound,
    ServerError,
    ValidationFailed,
)
from cloudsetup.models import (
    AuditPage,
    HandoverStep,
    InvitationIn,
    InvitationState,
    Language,
    NotificationRecipientsIn,
    Role,
    UserState,
    paths,
)

from .fake_cloud import Answer, FakeCloud, error, raises

INVITATION = InvitationIn(email="kunde@example.de", role=Role.ADMINISTRATION, language=Language.EN)


def user(user_id: int = 3, role: str = "administration", state: str = "active") -> dict[str, Any]:
    return {
        "id": user_id,
        "username": "kunde" if state != "invited" else None,
        "email": "kunde@example.de",
        "display_name": None,
        "role": role,
        "state": state,
        "is_partner": False,
        "invited_by": "partner",
        "created_at": "2026-02-01T08:00:00Z",
        "accepted_at": "2026-02-01T09:00:00Z" if state == "active" else None,
        "revoked_at": None,
    }


def invitation(invitation_id: int = 5, state: str = "pending") -> dict[str, Any]:
    return {
        "id": invitation_id,
        "user_id": 3,
        "email": "kunde@example.de",
        "role": "administration",
        "state": state,
        "language": "en",
        "invited_by": "partner",
        "created_at": "2026-02-01T08:00:00Z",
        "expires_at": "2026-02-08T08:00:00Z",
        "future_field": "ignored by an older client",
    }


def body(request: httpx.Request) -> Any:
    return json.loads(request.content)


def test_users_are_listed_typed_with_their_state(cloud: FakeCloud) -> None:
    cloud.on("GET", paths.USERS, httpx.Response(200, json=[user(1), user(2, state="invited")]))
    listed = cloud.signed_in_client().list_users()
    assert [(u.id, u.state) for u in listed] == [(1, UserState.ACTIVE), (2, UserState.INVITED)]
    assert listed[1].username is None


def test_one_user_is_read_by_his_id(cloud: FakeCloud) -> None:
    cloud.on("GET", paths.USER.format(user_id=3), httpx.Response(200, json=user()))
    assert cloud.signed_in_client().get_user(3).email == "kunde@example.de"


def test_change_role_puts_the_role_and_returns_the_user(cloud: FakeCloud) -> None:
    path = paths.USER_ROLE.format(user_id=3)
    cloud.on("PUT", path, httpx.Response(200, json=user(role="service_provider")))
    changed = cloud.signed_in_client().change_role(3, role=Role.SERVICE_PROVIDER)
    assert changed.role is Role.SERVICE_PROVIDER
    assert body(cloud.calls("PUT", path)[0]) == {"role": "service_provider"}


def test_last_administrator_is_a_conflict_with_its_code(cloud: FakeCloud) -> None:
    path = paths.USER_ROLE.format(user_id=3)
    cloud.on("PUT", path, error(409, "last_administrator", "kunde is the last one"))
    with pytest.raises(Conflict) as caught:
        cloud.signed_in_client().change_role(3, role=Role.SERVICE_PROVIDER)
    assert (caught.value.code, caught.value.detail) == (
        "last_administrator",
        "kunde is the last one",
    )


def test_forbidden_role_is_forbidden_with_its_code(cloud: FakeCloud) -> None:
    cloud.on("DELETE", paths.USER.format(user_id=3), error(403, "forbidden_role"))
    with pytest.raises(Forbidden) as caught:
        cloud.signed_in_client().remove_user(3)
    assert caught.value.code == "forbidden_role"


def test_role_change_and_removal_are_repeated_after_a_503(cloud: FakeCloud) -> None:
    role_path = paths.USER_ROLE.format(user_id=3)
    user_path = paths.USER.format(user_id=3)
    cloud.on("PUT", role_path, error(503, "unavailable"), httpx.Response(200, json=user()))
    cloud.on("DELETE", user_path, error(503, "unavailable"), httpx.Response(204))
    client = cloud.signed_in_client(retry_policy=DEFAULT_RETRY_POLICY)
    client.change_role(3, role=Role.ADMINISTRATION)
    client.remove_user(3)
    assert (len(cloud.calls("PUT", role_path)), len(cloud.calls("DELETE", user_path))) == (2, 2)


def test_user_id_must_be_an_integer_to_reach_the_path(cloud: FakeCloud) -> None:
    client = cloud.signed_in_client()
    with pytest.raises(TypeError):
        client.remove_user("3/../../tenant")  # type: ignore[arg-type]
    assert len(cloud.requests) == 1  # the log-in only


def test_invite_posts_the_invitation_and_ignores_unknown_fields(cloud: FakeCloud) -> None:
    cloud.on("POST", paths.INVITATIONS, httpx.Response(201, json=invitation()))
    sent = cloud.signed_in_client().invite_user(INVITATION)
    assert (sent.id, sent.state, sent.language) == (5, InvitationState.PENDING, Language.EN)
    assert body(cloud.calls("POST", paths.INVITATIONS)[0]) == {
        "email": "kunde@example.de",
        "role": "administration",
        "display_name": None,
        "language": "en",
    }


@pytest.mark.parametrize(
    "failure",
    [error(503, "mail_failed"), raises(httpx.ReadTimeout), raises(httpx.RemoteProtocolError)],
    ids=["mail-failed", "read-timeout", "broken-off"],
)
def test_invite_and_resend_are_not_repeated_when_the_server_may_have_mailed(
    cloud: FakeCloud, failure: Answer
) -> None:
    resend = paths.INVITATION_RESEND.format(invitation_id=5)
    cloud.on("POST", paths.INVITATIONS, failure, httpx.Response(201, json=invitation()))
    cloud.on("POST", resend, failure, httpx.Response(200, json=invitation(6)))
    client = cloud.signed_in_client(retry_policy=DEFAULT_RETRY_POLICY)
    with pytest.raises(CloudError):
        client.invite_user(INVITATION)
    with pytest.raises(CloudError):
        client.resend_invitation(5)
    assert (len(cloud.calls("POST", paths.INVITATIONS)), len(cloud.calls("POST", resend))) == (1, 1)


def test_mail_failed_is_a_server_error_with_its_code(cloud: FakeCloud) -> None:
    cloud.on("POST", paths.INVITATIONS, error(503, "mail_failed"))
    with pytest.raises(ServerError) as caught:
        cloud.signed_in_client().invite_user(INVITATION)
    assert caught.value.code == "mail_failed"


def test_resend_and_revoke_return_the_invitation(cloud: FakeCloud) -> None:
    resend = paths.INVITATION_RESEND.format(invitation_id=5)
    revoke = paths.INVITATION_REVOKE.format(invitation_id=6)
    cloud.on("POST", resend, httpx.Response(200, json=invitation(6)))
    cloud.on("POST", revoke, httpx.Response(200, json=invitation(6, state="revoked")))
    client = cloud.signed_in_client()
    assert client.resend_invitation(5).id == 6
    assert client.revoke_invitation(6).state is InvitationState.REVOKED
    assert cloud.calls("POST", resend)[0].content == b""


def test_revoke_is_repeated_after_a_503_because_revoking_twice_is_harmless(
    cloud: FakeCloud,
) -> None:
    revoke = paths.INVITATION_REVOKE.format(invitation_id=5)
    cloud.on("POST", revoke, error(503, "unavailable"), httpx.Response(200, json=invitation()))
    cloud.signed_in_client(retry_policy=DEFAULT_RETRY_POLICY).revoke_invitation(5)
    assert len(cloud.calls("POST", revoke)) == 2


def test_invitations_are_listed_and_an_unknown_one_is_not_found(cloud: FakeCloud) -> None:
    cloud.on("GET", paths.INVITATIONS, httpx.Response(200, json=[invitation(6), invitation(5)]))
    cloud.on("POST", paths.INVITATION_REVOKE.format(invitation_id=9), error(404, "not_found"))
    client = cloud.signed_in_client()
    assert [item.id for item in client.list_invitations()] == [6, 5]
    with pytest.raises(NotFound):
        client.revoke_invitation(9)


def test_handover_is_read_with_its_step(cloud: FakeCloud) -> None:
    answer = {"prepared_by_partner": True, "partner_user_id": 1, "step": "customer_invited"}
    cloud.on("GET", paths.HANDOVER, httpx.Response(200, json=answer))
    handover = cloud.signed_in_client().get_handover()
    assert handover.step is HandoverStep.CUSTOMER_INVITED
    assert handover.reached(HandoverStep.PREPARED)
    assert not handover.complete


def test_recipients_are_put_as_typed_and_bad_lines_come_back_by_number(
    cloud: FakeCloud,
) -> None:
    stored = {"addresses": ["a@firma.de"], "effective": ["a@firma.de"], "updated_at": None}
    bad = error(
        422,
        "validation_failed",
        fields=({"field": "lines.2", "code": "email_invalid", "detail": "not an address"},),
    )
    cloud.on("PUT", paths.NOTIFICATION_RECIPIENTS, httpx.Response(200, json=stored), bad)
    client = cloud.signed_in_client()
    result = client.set_notification_recipients(NotificationRecipientsIn(lines="a@firma.de\n"))
    assert result.addresses == ["a@firma.de"]
    assert body(cloud.calls("PUT", paths.NOTIFICATION_RECIPIENTS)[0]) == {"lines": "a@firma.de\n"}
    with pytest.raises(ValidationFailed) as caught:
        client.set_notification_recipients(NotificationRecipientsIn(lines=["a@firma.de"]))
    assert [(f.field, f.code) for f in caught.value.fields] == [("lines.2", "email_invalid")]


def test_recipients_are_read(cloud: FakeCloud) -> None:
    answer = {"addresses": [], "effective": ["chef@firma.de"]}
    cloud.on("GET", paths.NOTIFICATION_RECIPIENTS, httpx.Response(200, json=answer))
    assert cloud.signed_in_client().get_notification_recipients().effective == ["chef@firma.de"]


def test_audit_log_sends_limit_and_before_and_returns_the_page(cloud: FakeCloud) -> None:
    entry = {
        "id": 41,
        "at": "2026-02-01T08:00:00Z",
        "actor": "partner",
        "actor_role": "service_provider",
        "action": "device_approved",
        "target": "Max: iPhone",
    }
    cloud.on("GET", paths.AUDIT, httpx.Response(200, json={"entries": [entry], "next_before": 41}))
    client = cloud.signed_in_client()
    first = client.audit_log()
    page = client.audit_log(limit=10, before=42)
    assert isinstance(page, AuditPage)
    assert (page.entries[0].action, page.next_before) == ("device_approved", 41)
    assert first.entries[0].actor_role is Role.SERVICE_PROVIDER
    sent = cloud.calls("GET", paths.AUDIT)
    assert [dict(request.url.params) for request in sent] == [
        {"limit": "50"},
        {"limit": "10", "before": "42"},
    ]
