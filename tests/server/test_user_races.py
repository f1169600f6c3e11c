"""The last-administrator rule under concurrent role changes, on SQLite and on PostgreSQL.

Requests are released together from threads on separate connections (see support/concurrency);
the tenant's write lock must leave exactly one active Administration user whatever the order.
"""

from __future__ import annotations

import httpx

from cloudsetup.models import Role, TokenPair, UserState, paths
from cloudsetup.server.embedded import EmbeddedServer
from support.cloud import bearer, join, login, new_tenant, user_path, users_of
from support.concurrency import all_at_once


def _admins(server: EmbeddedServer, api: httpx.Client, count: int) -> list[TokenPair]:
    """Sessions of ``count`` active Administration users of one new tenant."""
    first = login(api, new_tenant(server))
    others = [
        login(api, join(server, api, first, role=Role.ADMINISTRATION)) for _ in range(count - 1)
    ]
    return [first, *others]


def _own_id(api: httpx.Client, token: TokenPair) -> int:
    user_id: int = api.get(paths.ME, headers=bearer(token)).json()["user_id"]
    return user_id


def _active_administrators(api: httpx.Client, token: TokenPair) -> int:
    return sum(
        user.role is Role.ADMINISTRATION and user.state is UserState.ACTIVE
        for user in users_of(api, token)
    )


def test_two_concurrent_self_demotions_of_the_last_two_administrators_leave_one(
    server: EmbeddedServer,
) -> None:
    with httpx.Client(base_url=server.url, timeout=30) as api:
        admins = _admins(server, api, 2)
        ids = [_own_id(api, token) for token in admins]

        def demote_self(client: httpx.Client, index: int) -> httpx.Response:
            url = server.url + user_path(paths.USER_ROLE, ids[index])
            return client.put(url, json={"role": "service_provider"}, headers=bearer(admins[index]))

        statuses = all_at_once(2, demote_self)

        assert sorted(statuses) == [200, 409]
        assert _active_administrators(api, admins[statuses.index(409)]) == 1


def test_two_administrators_demoting_each_other_at_once_leave_one(
    server: EmbeddedServer,
) -> None:
    with httpx.Client(base_url=server.url, timeout=30) as api:
        admins = _admins(server, api, 2)
        ids = [_own_id(api, token) for token in admins]

        def demote_other(client: httpx.Client, index: int) -> httpx.Response:
            url = server.url + user_path(paths.USER_ROLE, ids[1 - index])
            return client.put(url, json={"role": "service_provider"}, headers=bearer(admins[index]))

        statuses = all_at_once(2, demote_other)

        # The loser is a Service Provider by then (403) or sees the last administrator (409).
        assert statuses.count(200) == 1
        assert statuses[1 - statuses.index(200)] in (403, 409)
        assert _active_administrators(api, admins[statuses.index(200)]) == 1


def test_four_administrators_leaving_at_once_leave_exactly_one(server: EmbeddedServer) -> None:
    with httpx.Client(base_url=server.url, timeout=30) as api:
        admins = _admins(server, api, 4)
        ids = [_own_id(api, token) for token in admins]

        def leave(client: httpx.Client, index: int) -> httpx.Response:
            url = server.url + user_path(paths.USER, ids[index])
            if index % 2:  # half remove themselves, half step back to Service Provider
                return client.delete(url, headers=bearer(admins[index]))
            role_url = server.url + user_path(paths.USER_ROLE, ids[index])
            return client.put(
                role_url, json={"role": "service_provider"}, headers=bearer(admins[index])
            )

        statuses = all_at_once(4, leave)

        assert sorted(statuses).count(409) == 1
        assert all(status in (200, 204) for status in statuses if status != 409)
        survivor = admins[statuses.index(409)]
        assert _active_administrators(api, survivor) == 1
