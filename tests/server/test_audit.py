"""The audit log: who changed what and when, newest first, paged, readable by both roles."""

from __future__ import annotations

import httpx

from cloudsetup.models import AuditAction, AuditEntry, AuditPage, DomainData, Role, TokenPair, paths
from cloudsetup.models.fill import Collection
from cloudsetup.server.embedded import EmbeddedServer
from support.cloud import (
    accept_invitation,
    add_employee,
    assert_error,
    bearer,
    employee_path,
    invitation_link_in,
    invite,
    join,
    login,
    office_records,
    outbox_mails,
    run_fill,
    user_named,
    user_path,
)
from support.devices import Office


def _page(client: httpx.Client, token: TokenPair, **params: int) -> AuditPage:
    response = client.get(paths.AUDIT, params=params, headers=bearer(token))
    assert response.status_code == 200, response.text
    return AuditPage.model_validate_json(response.content)


def _actions(entries: list[AuditEntry]) -> list[str]:
    return [entry.action for entry in entries]


def test_every_kind_of_change_is_recorded_with_actor_target_and_detail(
    api: httpx.Client, cloud_server: EmbeddedServer, tenant: DomainData
) -> None:
    admin = login(api, tenant)
    invitation = invite(api, admin, role=Role.SERVICE_PROVIDER)
    link = invitation_link_in(outbox_mails(cloud_server, invitation.email)[-1])
    assert accept_invitation(api, link, username="helfer").status_code == 200
    helper = user_named(api, admin, "helfer")
    promoted = api.put(
        user_path(paths.USER_ROLE, helper.id),
        json={"role": "administration"},
        headers=bearer(admin),
    )
    assert promoted.status_code == 200
    withdrawn = invite(api, admin)
    revoke_url = paths.INVITATION_REVOKE.format(invitation_id=withdrawn.id)
    assert api.post(revoke_url, headers=bearer(admin)).status_code == 200
    assert api.delete(user_path(paths.USER, helper.id), headers=bearer(admin)).status_code == 204
    recipients = {"lines": "kunde@firma.de"}
    assert api.put(paths.NOTIFICATION_RECIPIENTS, json=recipients, headers=bearer(admin)).is_success
    employee = add_employee(api, admin, name="Rita Rechnung")
    range_url = employee_path(paths.EMPLOYEE_RANGE, employee.id)
    body = {"prefix": "RE-", "start": 100, "end": 199}
    assert api.put(range_url, json=body, headers=bearer(admin)).is_success
    assert api.delete(range_url, headers=bearer(admin)).status_code == 204
    run_fill(api, admin, {Collection.ARTICLES: office_records(Collection.ARTICLES, 2)})

    entries = _page(api, admin).entries

    assert _actions(entries) == [
        AuditAction.FILL_COMMITTED,
        AuditAction.RANGE_REMOVED,
        AuditAction.RANGE_CHANGED,
        AuditAction.RECIPIENTS_CHANGED,
        AuditAction.USER_REMOVED,
        AuditAction.INVITATION_REVOKED,
        AuditAction.INVITATION_SENT,
        AuditAction.ROLE_CHANGED,
        AuditAction.INVITATION_ACCEPTED,
        AuditAction.INVITATION_SENT,
    ]
    by_action = {entry.action: entry for entry in reversed(entries)}
    role = by_action[AuditAction.ROLE_CHANGED]
    assert (role.actor, role.actor_role, role.target) == ("admin", Role.ADMINISTRATION, "helfer")
    assert role.detail == "Service Provider → Administration"
    accepted = by_action[AuditAction.INVITATION_ACCEPTED]
    assert (accepted.actor, accepted.target) == ("helfer", invitation.email)
    assert by_action[AuditAction.RANGE_CHANGED].target == "Rita Rechnung"
    assert "RE-100 – RE-199" in by_action[AuditAction.RANGE_CHANGED].detail
    assert by_action[AuditAction.RECIPIENTS_CHANGED].detail == "kunde@firma.de"
    assert by_action[AuditAction.FILL_COMMITTED].detail == "articles 2"
    assert [entry.at for entry in entries] == sorted((entry.at for entry in entries), reverse=True)


def test_both_roles_read_the_log_and_it_pages_to_older_entries(
    api: httpx.Client, cloud_server: EmbeddedServer, tenant: DomainData
) -> None:
    admin = login(api, tenant)
    provider = login(api, join(cloud_server, api, admin, role=Role.SERVICE_PROVIDER))
    for number in range(5):
        lines = {"lines": f"empfaenger-{number}@firma.de"}
        assert api.put(
            paths.NOTIFICATION_RECIPIENTS, json=lines, headers=bearer(provider)
        ).is_success

    everything = _page(api, admin)
    pages = [_page(api, provider, limit=3)]
    while (before := pages[-1].next_before) is not None:
        pages.append(_page(api, provider, limit=3, before=before))

    # 2 entries of the invitation, 5 of the recipients: pages of 3, 3 and 1.
    assert [len(page.entries) for page in pages] == [3, 3, 1]
    assert [entry for page in pages for entry in page.entries] == everything.entries
    assert [entry.actor_role for entry in pages[0].entries] == [Role.SERVICE_PROVIDER] * 3
    assert pages[0].entries[0].detail == "empfaenger-4@firma.de"


def test_an_unchanged_recipient_list_writes_no_entry(api: httpx.Client, tenant: DomainData) -> None:
    admin = login(api, tenant)
    lines = {"lines": "kunde@firma.de"}
    assert api.put(paths.NOTIFICATION_RECIPIENTS, json=lines, headers=bearer(admin)).is_success
    assert api.put(paths.NOTIFICATION_RECIPIENTS, json=lines, headers=bearer(admin)).is_success

    assert _actions(_page(api, admin).entries) == [AuditAction.RECIPIENTS_CHANGED]


def test_a_refused_change_writes_no_entry(api: httpx.Client, tenant: DomainData) -> None:
    admin = login(api, tenant)
    user_id = api.get(paths.ME, headers=bearer(admin)).json()["user_id"]

    refused = api.put(
        user_path(paths.USER_ROLE, user_id),
        json={"role": "service_provider"},
        headers=bearer(admin),
    )

    assert_error(refused, 409, "last_administrator")
    assert _page(api, admin).entries == []


def test_limit_is_bounded(api: httpx.Client, tenant: DomainData) -> None:
    admin = login(api, tenant)

    too_many = api.get(paths.AUDIT, params={"limit": 201}, headers=bearer(admin))

    assert_error(too_many, 422, "validation_failed")


def test_device_approvals_rejections_replacements_and_revocations_are_recorded(
    api: httpx.Client, cloud_server: EmbeddedServer
) -> None:
    office = Office.create(cloud_server, api, "Max Maler")
    office.approved_device("max", "dev-first-0001")
    office.approved_device("max", "dev-second-001")
    office.sign_in("max", "dev-third-0001")
    office.sign_in("max", "dev-reject-001")
    old = office.device_pk("dev-first-0001")
    replaced = office.approve(office.device_pk("dev-third-0001"), replaces=old)
    assert replaced.status_code == 200, replaced.text
    rejected = office.decide(paths.DEVICE_REJECT, office.device_pk("dev-reject-001"))
    revoked = office.decide(paths.DEVICE_REVOKE, office.device_pk("dev-second-001"))
    assert (rejected.status_code, revoked.status_code) == (200, 200)

    entries = [e for e in _page(api, office.admin).entries if e.action.startswith("device_")]
    actions = _actions(list(reversed(entries)))  # oldest first
    assert actions == [
        AuditAction.DEVICE_APPROVED,
        AuditAction.DEVICE_APPROVED,
        AuditAction.DEVICE_REVOKED,  # the first device, replaced by the third ...
        AuditAction.DEVICE_APPROVED,  # ... in the same step
        AuditAction.DEVICE_REJECTED,
        AuditAction.DEVICE_REVOKED,
    ]
    replacing = next(e for e in entries if "replacing" in e.detail)
    assert "Max Maler" in replacing.target
    assert all(entry.actor_role is Role.ADMINISTRATION for entry in entries)
