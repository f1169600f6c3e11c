"""Failed log-ins are throttled per submitted account: 429 with Retry-After, a success resets."""

from __future__ import annotations

import time
from collections.abc import Iterator

import httpx
import pytest

from cloudsetup.models import DomainData, ErrorCode, paths
from cloudsetup.server.embedded import EmbeddedServer
from support.cloud import assert_error, login_body, new_tenant, running_server

MAX_FAILURES = 3
LOCK_SECONDS = 1


@pytest.fixture(scope="module")
def throttled_server(
    tmp_path_factory: pytest.TempPathFactory, module_database: dict[str, str]
) -> Iterator[EmbeddedServer]:
    with running_server(
        tmp_path_factory.mktemp("throttle"),
        **module_database,
        login_max_failures=MAX_FAILURES,
        login_lock_seconds=LOCK_SECONDS,
    ) as server:
        yield server


@pytest.fixture
def client(throttled_server: EmbeddedServer) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=throttled_server.url, timeout=10) as client:
        yield client


@pytest.fixture
def account(throttled_server: EmbeddedServer) -> DomainData:
    return new_tenant(throttled_server)


def _fail(client: httpx.Client, account: DomainData, times: int) -> None:
    for _ in range(times):
        response = client.post(paths.AUTH_LOGIN, json=login_body(account, password="falsch"))
        assert_error(response, 401, ErrorCode.INVALID_CREDENTIALS)


def test_too_many_failures_give_429_with_retry_after(
    client: httpx.Client, account: DomainData
) -> None:
    _fail(client, account, MAX_FAILURES)

    response = client.post(paths.AUTH_LOGIN, json=login_body(account, password="falsch"))

    body = assert_error(response, 429, ErrorCode.TOO_MANY_ATTEMPTS)
    assert body.retry_after == LOCK_SECONDS
    assert response.headers["retry-after"] == str(LOCK_SECONDS)


def test_locked_account_refuses_even_the_right_password(
    client: httpx.Client, account: DomainData
) -> None:
    _fail(client, account, MAX_FAILURES)

    assert_error(client.post(paths.AUTH_LOGIN, json=login_body(account)), 429, "too_many_attempts")


def test_unknown_account_is_locked_the_same_way_as_a_real_one(
    client: httpx.Client, account: DomainData
) -> None:
    ghost = account.model_copy(update={"username": "niemand"})
    _fail(client, ghost, MAX_FAILURES)
    _fail(client, account, MAX_FAILURES)

    ghost_answer = client.post(paths.AUTH_LOGIN, json=login_body(ghost, password="falsch"))
    real_answer = client.post(paths.AUTH_LOGIN, json=login_body(account, password="falsch"))

    assert_error(ghost_answer, 429, ErrorCode.TOO_MANY_ATTEMPTS)
    assert ghost_answer.content == real_answer.content


def test_lock_is_per_account_and_leaves_other_users_alone(
    client: httpx.Client, account: DomainData, throttled_server: EmbeddedServer
) -> None:
    other = new_tenant(throttled_server)
    _fail(client, account, MAX_FAILURES)

    assert client.post(paths.AUTH_LOGIN, json=login_body(other)).status_code == 200


def test_success_before_the_limit_resets_the_count(
    client: httpx.Client, account: DomainData
) -> None:
    _fail(client, account, MAX_FAILURES - 1)
    assert client.post(paths.AUTH_LOGIN, json=login_body(account)).status_code == 200

    _fail(client, account, MAX_FAILURES - 1)  # would be locked without the reset

    assert client.post(paths.AUTH_LOGIN, json=login_body(account)).status_code == 200


def test_lock_ends_after_retry_after_and_grows_with_further_failures(
    client: httpx.Client, account: DomainData
) -> None:
    _fail(client, account, MAX_FAILURES)
    first = client.post(paths.AUTH_LOGIN, json=login_body(account, password="falsch"))
    first_wait = assert_error(first, 429, ErrorCode.TOO_MANY_ATTEMPTS).retry_after
    assert first_wait is not None
    time.sleep(first_wait + 0.1)

    _fail(client, account, 1)  # allowed again, and counted
    second = client.post(paths.AUTH_LOGIN, json=login_body(account, password="falsch"))

    second_wait = assert_error(second, 429, ErrorCode.TOO_MANY_ATTEMPTS).retry_after
    assert second_wait is not None
    assert second_wait > first_wait


def test_right_password_after_the_lock_succeeds_and_resets(
    client: httpx.Client, account: DomainData
) -> None:
    _fail(client, account, MAX_FAILURES)
    time.sleep(LOCK_SECONDS + 0.1)

    assert client.post(paths.AUTH_LOGIN, json=login_body(account)).status_code == 200
    _fail(client, account, MAX_FAILURES - 1)  # the earlier failures no longer count
    assert client.post(paths.AUTH_LOGIN, json=login_body(account)).status_code == 200
