"""The partner's handover (seed 003) over the API, step by step, as the assistant follows it.

A partner prepares the customer's tenant, invites the customer as Administration, waits for his
acceptance, steps back to Service Provider and sets the customer's addresses as recipients.
"""

from __future__ import annotations

import uuid

import httpx

from cloudsetup.models import (
    AuditAction,
    DomainData,
    Handover,
    HandoverStep,
    Role,
    TokenPair,
    paths,
)
from cloudsetup.server.embedded import EmbeddedServer
from support.cloud import (
    accept_invitation,
    assert_error,
    bearer,
    invitation_link_in,
    invite,
    login,
    outbox_mails,
    user_path,
    users_of,
)


def _handover(client: httpx.Client, token: TokenPair) -> Handover:
    response = client.get(paths.HANDOVER, headers=bearer(token))
    assert response.status_code == 200, response.text
    return Handover.model_validate_json(response.content)


def _partner_tenant(server: EmbeddedServer) -> tuple[DomainData, str]:
    email = f"partner-{uuid.uuid4().hex[:8]}@systemhaus.de"
    data = server.create_partner_tenant(
        customer_name=f"Kunde {uuid.uuid4().hex[:8]} GmbH", partner_email=email
    )
    return data, email


def test_the_handover_goes_through_its_four_steps(
    api: httpx.Client, cloud_server: EmbeddedServer
) -> None:
    data, partner_email = _partner_tenant(cloud_server)
    partner = login(api, data)
    partner_id = api.get(paths.ME, headers=bearer(partner)).json()["user_id"]
    steps = [_handover(api, partner)]

    invitation = invite(api, partner, role=Role.ADMINISTRATION, email="chefin@kunde.example")
    steps.append(_handover(api, partner))
    too_early = api.put(
        user_path(paths.USER_ROLE, partner_id),
        json={"role": "service_provider"},
        headers=bearer(partner),
    )
    link = invitation_link_in(outbox_mails(cloud_server, invitation.email)[-1])
    assert accept_invitation(api, link, username="chefin").status_code == 200
    steps.append(_handover(api, partner))
    stepped_back = api.put(
        user_path(paths.USER_ROLE, partner_id),
        json={"role": "service_provider"},
        headers=bearer(partner),
    )
    steps.append(_handover(api, partner))

    assert [step.step for step in steps] == list(HandoverStep)
    assert steps[0].prepared_by_partner
    assert (steps[0].partner_user_id, steps[0].partner_email) == (partner_id, partner_email)
    assert steps[1].reached(HandoverStep.CUSTOMER_INVITED)
    assert not steps[1].reached(HandoverStep.CUSTOMER_ACCEPTED)
    assert_error(too_early, 409, "last_administrator")
    assert stepped_back.status_code == 200, stepped_back.text
    assert steps[-1].complete
    listed = {user.email: user for user in users_of(api, partner)}
    assert listed[partner_email].is_partner
    assert listed[partner_email].role is Role.SERVICE_PROVIDER
    assert listed["chefin@kunde.example"].role is Role.ADMINISTRATION


def test_after_the_handover_the_partner_supports_but_cannot_take_control_back(
    api: httpx.Client, cloud_server: EmbeddedServer
) -> None:
    data, _email = _partner_tenant(cloud_server)
    partner = login(api, data)
    partner_id = api.get(paths.ME, headers=bearer(partner)).json()["user_id"]
    invitation = invite(api, partner, role=Role.ADMINISTRATION)
    link = invitation_link_in(outbox_mails(cloud_server, invitation.email)[-1])
    assert accept_invitation(api, link, username="kunde").status_code == 200
    demote = {"role": "service_provider"}
    url = user_path(paths.USER_ROLE, partner_id)
    assert api.put(url, json=demote, headers=bearer(partner)).status_code == 200
    customer_id = invitation.user_id

    take_back = api.put(url, json={"role": "administration"}, headers=bearer(partner))
    remove_customer = api.delete(user_path(paths.USER, customer_id), headers=bearer(partner))
    recipients = api.put(
        paths.NOTIFICATION_RECIPIENTS,
        json={"lines": f"{invitation.email}\nbuchhaltung@kunde.example"},
        headers=bearer(partner),
    )

    assert_error(take_back, 403, "forbidden_role")
    assert_error(remove_customer, 403, "forbidden_role")
    assert recipients.status_code == 200, recipients.text
    assert recipients.json()["effective"] == [invitation.email, "buchhaltung@kunde.example"]


def test_a_prepared_tenant_starts_with_the_partner_as_administration_and_an_audit_entry(
    api: httpx.Client, cloud_server: EmbeddedServer
) -> None:
    data, partner_email = _partner_tenant(cloud_server)
    partner = login(api, data)

    me = api.get(paths.ME, headers=bearer(partner)).json()
    audit = api.get(paths.AUDIT, headers=bearer(partner)).json()["entries"]

    assert (me["username"], me["email"], me["role"]) == ("partner", partner_email, "administration")
    assert [(entry["action"], entry["actor"]) for entry in audit] == [
        (AuditAction.TENANT_PREPARED, "cloudsetup-server")
    ]
    assert partner_email in audit[0]["detail"]


def test_a_tenant_without_partner_has_no_handover(api: httpx.Client, tenant: DomainData) -> None:
    handover = _handover(api, login(api, tenant))

    assert not handover.prepared_by_partner
    assert handover.step is None
    assert not handover.reached(HandoverStep.PREPARED)
