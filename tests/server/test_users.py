"""Admin users and roles: the list, role changes, removal, and the refusals of either rule.

The two rules: a Service Provider may not add, remove or change Administration users nor make
anybody (himself included) one (403 ``forbidden_role``), and a tenant never has zero active
Administration users (409 ``last_administrator``).
"""

from __future__ import annotations

import httpx
import pytest

from cloudsetup.models import AdminUser, CurrentUser, DomainData, Role, TokenPair, UserState, paths
from cloudsetup.server.embedded import EmbeddedServer
from support.cloud import (
    add_employee,
    assert_error,
    bearer,
    employee_path,
    join,
    login,
    user_named,
    user_path,
    users_of,
)


def _set_role(client: httpx.Client, token: TokenPair, user_id: int, role: Role) -> httpx.Response:
    url = user_path(paths.USER_ROLE, user_id)
    return client.put(url, json={"role": role.value}, headers=bearer(token))


def _remove(client: httpx.Client, token: TokenPair, user_id: int) -> httpx.Response:
    return client.delete(user_path(paths.USER, user_id), headers=bearer(token))


def _me(client: httpx.Client, token: TokenPair) -> CurrentUser:
    return CurrentUser.model_validate_json(client.get(paths.ME, headers=bearer(token)).content)


class Team:
    """A tenant with its first administrator, a second administrator and a Service Provider."""

    def __init__(self, server: EmbeddedServer, client: httpx.Client, tenant: DomainData) -> None:
        self.client = client
        self.first = login(client, tenant)
        self.second_data = join(server, client, self.first, role=Role.ADMINISTRATION)
        self.second = login(client, self.second_data)
        self.provider_data = join(server, client, self.first, role=Role.SERVICE_PROVIDER)
        self.provider = login(client, self.provider_data)

    def id_of(self, token: TokenPair) -> int:
        user_id = _me(self.client, token).user_id
        assert user_id is not None
        return user_id


@pytest.fixture
def team(cloud_server: EmbeddedServer, api: httpx.Client, tenant: DomainData) -> Team:
    return Team(cloud_server, api, tenant)


def test_list_shows_every_user_with_state_and_role(api: httpx.Client, team: Team) -> None:
    listed = users_of(api, team.first)

    assert sorted(user.role for user in listed) == [
        Role.ADMINISTRATION,
        Role.ADMINISTRATION,
        Role.SERVICE_PROVIDER,
    ]
    assert {user.state for user in listed} == {UserState.ACTIVE}
    provider = user_named(api, team.first, team.provider_data.username)
    assert provider.invited_by == "admin"
    assert provider.accepted_at is not None
    assert "password" not in api.get(paths.USERS, headers=bearer(team.first)).text


def test_me_shows_the_role_and_the_id_of_each_user(api: httpx.Client, team: Team) -> None:
    provider = _me(api, team.provider)
    admin = _me(api, team.first)

    assert provider.role is Role.SERVICE_PROVIDER
    assert admin.role is Role.ADMINISTRATION
    assert provider.user_id == user_named(api, team.first, team.provider_data.username).id


def test_administration_demotes_and_promotes_another_user(api: httpx.Client, team: Team) -> None:
    second = team.id_of(team.second)

    demoted = _set_role(api, team.first, second, Role.SERVICE_PROVIDER)
    promoted = _set_role(api, team.first, team.id_of(team.provider), Role.ADMINISTRATION)

    assert demoted.status_code == 200, demoted.text
    assert AdminUser.model_validate_json(demoted.content).role is Role.SERVICE_PROVIDER
    assert promoted.status_code == 200, promoted.text
    assert _me(api, team.second).role is Role.SERVICE_PROVIDER  # effective at once
    assert _me(api, team.provider).role is Role.ADMINISTRATION


def test_service_provider_cannot_make_himself_administration(api: httpx.Client, team: Team) -> None:
    refused = _set_role(api, team.provider, team.id_of(team.provider), Role.ADMINISTRATION)

    body = assert_error(refused, 403, "forbidden_role")
    assert "Service Provider" in body.detail
    assert _me(api, team.provider).role is Role.SERVICE_PROVIDER


def test_service_provider_cannot_make_another_service_provider_administration(
    api: httpx.Client, cloud_server: EmbeddedServer, team: Team
) -> None:
    other = login(api, join(cloud_server, api, team.first, role=Role.SERVICE_PROVIDER))

    refused = _set_role(api, team.provider, team.id_of(other), Role.ADMINISTRATION)

    assert_error(refused, 403, "forbidden_role")
    assert _me(api, other).role is Role.SERVICE_PROVIDER


def test_service_provider_cannot_demote_or_remove_an_administration_user(
    api: httpx.Client, team: Team
) -> None:
    second = team.id_of(team.second)

    demote = _set_role(api, team.provider, second, Role.SERVICE_PROVIDER)
    remove = _remove(api, team.provider, second)

    assert_error(demote, 403, "forbidden_role")
    assert_error(remove, 403, "forbidden_role")
    assert _me(api, team.second).role is Role.ADMINISTRATION


def test_service_provider_cannot_invite_an_administration_user(
    api: httpx.Client, team: Team
) -> None:
    body = {"email": "neuer-chef@example.de", "role": "administration"}

    refused = api.post(paths.INVITATIONS, json=body, headers=bearer(team.provider))

    assert_error(refused, 403, "forbidden_role")
    listed = api.get(paths.INVITATIONS, headers=bearer(team.first)).json()
    assert "neuer-chef@example.de" not in [item["email"] for item in listed]


def test_service_provider_manages_service_providers(
    api: httpx.Client, cloud_server: EmbeddedServer, team: Team
) -> None:
    other_data = join(cloud_server, api, team.provider, role=Role.SERVICE_PROVIDER)
    other = login(api, other_data)

    removed = _remove(api, team.provider, team.id_of(other))

    assert removed.status_code == 204, removed.text
    assert user_named(api, team.first, other_data.username).state is UserState.REVOKED


def test_service_provider_keeps_every_configuration_route(api: httpx.Client, team: Team) -> None:
    employee = add_employee(api, team.provider, name="Sven Support")
    range_url = employee_path(paths.EMPLOYEE_RANGE, employee.id)
    office = {"prefix": "RE-", "start": 1, "end": 999}
    permissions = employee_path(paths.EMPLOYEE_PERMISSIONS, employee.id)

    answers = [
        api.get(paths.EMPLOYEES, headers=bearer(team.provider)),
        api.put(paths.OFFICE_RANGE, json=office, headers=bearer(team.provider)),
        api.put(
            range_url, json={**office, "start": 1000, "end": 1999}, headers=bearer(team.provider)
        ),
        api.put(permissions, json={"may_create_invoices": True}, headers=bearer(team.provider)),
        api.post(
            employee_path(paths.EMPLOYEE_ACTIVATION, employee.id),
            json={"password": "Blau-Wal-Tanz-97"},
            headers=bearer(team.provider),
        ),
        api.post(
            paths.FILL_JOBS,
            json={"expected": [], "total_batches": 0},
            headers=bearer(team.provider),
        ),
        api.get(paths.FILL_STATUS, headers=bearer(team.provider)),
        api.get(paths.TENANT, headers=bearer(team.provider)),
        api.get(paths.USERS, headers=bearer(team.provider)),
        api.get(paths.AUDIT, headers=bearer(team.provider)),
    ]

    assert [answer.status_code for answer in answers] == [
        200,
        200,
        200,
        200,
        200,
        201,
        200,
        200,
        200,
        200,
    ]


def test_last_administrator_cannot_demote_himself(api: httpx.Client, tenant: DomainData) -> None:
    admin = login(api, tenant)
    me = _me(api, admin)
    assert me.user_id is not None

    refused = _set_role(api, admin, me.user_id, Role.SERVICE_PROVIDER)

    body = assert_error(refused, 409, "last_administrator")
    assert "last active Administration user" in body.detail
    assert _me(api, admin).role is Role.ADMINISTRATION


def test_last_administrator_cannot_be_removed(
    api: httpx.Client, cloud_server: EmbeddedServer, tenant: DomainData
) -> None:
    admin = login(api, tenant)
    join(cloud_server, api, admin, role=Role.SERVICE_PROVIDER)
    me = _me(api, admin)
    assert me.user_id is not None

    refused = _remove(api, admin, me.user_id)

    assert_error(refused, 409, "last_administrator")
    assert _me(api, admin).role is Role.ADMINISTRATION


def test_an_invited_administrator_does_not_count_until_he_has_accepted(
    api: httpx.Client, tenant: DomainData
) -> None:
    admin = login(api, tenant)
    body = {"email": "kunde@example.de", "role": "administration"}
    assert api.post(paths.INVITATIONS, json=body, headers=bearer(admin)).status_code == 201
    me = _me(api, admin)
    assert me.user_id is not None

    refused = _set_role(api, admin, me.user_id, Role.SERVICE_PROVIDER)

    assert_error(refused, 409, "last_administrator")


def test_second_administrator_may_be_demoted_then_the_first_is_the_last(
    api: httpx.Client, team: Team
) -> None:
    assert _set_role(api, team.first, team.id_of(team.second), Role.SERVICE_PROVIDER).is_success

    refused = _set_role(api, team.first, team.id_of(team.first), Role.SERVICE_PROVIDER)

    assert_error(refused, 409, "last_administrator")


def test_removed_user_cannot_call_refresh_or_log_in_any_more(api: httpx.Client, team: Team) -> None:
    removed = _remove(api, team.first, team.id_of(team.second))

    assert removed.status_code == 204, removed.text
    assert_error(api.get(paths.ME, headers=bearer(team.second)), 401, "invalid_token")
    refresh = api.post(paths.AUTH_REFRESH, json={"refresh_token": team.second.refresh_token})
    assert_error(refresh, 401, "invalid_token")
    body = {
        "domain": team.second_data.domain,
        "username": team.second_data.username,
        "password": team.second_data.password,
    }
    assert_error(api.post(paths.AUTH_LOGIN, json=body), 401, "invalid_credentials")
    listed = user_named(api, team.first, team.second_data.username)
    assert listed.state is UserState.REVOKED
    assert listed.revoked_at is not None


def test_a_removed_user_cannot_get_a_role_again(api: httpx.Client, team: Team) -> None:
    second = team.id_of(team.second)
    assert _remove(api, team.first, second).status_code == 204

    again = _remove(api, team.first, second)
    changed = _set_role(api, team.first, second, Role.ADMINISTRATION)

    assert again.status_code == 204
    assert_error(changed, 409, "user_revoked")


def test_unknown_user_is_404(api: httpx.Client, tenant: DomainData) -> None:
    admin = login(api, tenant)

    assert_error(api.get(user_path(paths.USER, 2**31 - 1), headers=bearer(admin)), 404, "not_found")
    assert_error(_set_role(api, admin, 2**31 - 1, Role.ADMINISTRATION), 404, "not_found")
    assert_error(_remove(api, admin, 2**31 - 1), 404, "not_found")
