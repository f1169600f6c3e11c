"""The admin session in the client: bearer calls, the one transparent refresh, threads, secrecy."""

from __future__ import annotations

import json
import logging
import threading
import traceback
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest

from cloudsetup.cloud import (
    DEFAULT_RETRY_POLICY,
    CloudError,
    ServerError,
    Unauthorized,
)
from cloudsetup.models import CurrentUser, TokenPair, paths

from .fake_cloud import ME, FakeCloud, error, raises, tokens

PASSWORD = "Pässwort-7#geheim"


class SessionCloud:
    """The session rules of the real server: single-use refresh tokens, expiring access tokens."""

    def __init__(self, cloud: FakeCloud) -> None:
        self.issued = 1
        self.valid_access = {"access-1"}
        self.current_refresh: str | None = "refresh-1"
        self.refreshes: list[str] = []
        cloud.on("POST", paths.AUTH_LOGIN, httpx.Response(200, json=tokens(1)))
        cloud.on("POST", paths.AUTH_REFRESH, self.refresh)
        cloud.on("GET", paths.ME, self.me)

    def refresh(self, request: httpx.Request) -> httpx.Response:
        presented = json.loads(request.content)["refresh_token"]
        self.refreshes.append(presented)
        if presented != self.current_refresh:
            self.current_refresh = None  # reuse revokes the family
            return error(401, "invalid_token", "refresh token unknown or used")
        self.issued += 1
        self.current_refresh = f"refresh-{self.issued}"
        self.valid_access = {f"access-{self.issued}"}
        return httpx.Response(200, json=tokens(self.issued))

    def me(self, request: httpx.Request) -> httpx.Response:
        presented = request.headers.get("authorization", "").removeprefix("Bearer ")
        if presented not in self.valid_access:
            return error(401, "token_expired", "access token expired")
        return httpx.Response(200, json=ME)

    def expire_access_tokens(self) -> None:
        self.valid_access = set()


def _authorizations(cloud: FakeCloud, path: str) -> list[str | None]:
    return [r.headers.get("authorization") for r in cloud.calls("GET", path)]


def test_bearer_call_sends_the_access_token(cloud: FakeCloud) -> None:
    SessionCloud(cloud)
    client = cloud.signed_in_client()
    assert client.get_me() == CurrentUser.model_validate(ME)
    assert _authorizations(cloud, paths.ME) == ["Bearer access-1"]


def test_401_refreshes_once_and_repeats_the_call(cloud: FakeCloud) -> None:
    server = SessionCloud(cloud)
    reported: list[TokenPair] = []
    client = cloud.signed_in_client(on_tokens_changed=reported.append)
    server.expire_access_tokens()

    assert client.get_me().username == "admin"

    assert server.refreshes == ["refresh-1"]
    assert _authorizations(cloud, paths.ME) == ["Bearer access-1", "Bearer access-2"]
    assert [pair.refresh_token for pair in reported] == ["refresh-1", "refresh-2"]


def test_failed_refresh_propagates_unauthorized_and_ends_the_session(cloud: FakeCloud) -> None:
    server = SessionCloud(cloud)
    reported: list[TokenPair] = []
    client = cloud.signed_in_client(on_tokens_changed=reported.append)
    server.expire_access_tokens()
    server.current_refresh = "refresh-revoked-elsewhere"

    with pytest.raises(Unauthorized) as caught:
        client.get_me()

    assert caught.value.code == "invalid_token"
    assert server.refreshes == ["refresh-1"]
    assert len(reported) == 1  # only the log-in
    assert not client.signed_in


def test_second_401_after_the_refresh_is_not_refreshed_again(cloud: FakeCloud) -> None:
    server = SessionCloud(cloud)
    client = cloud.signed_in_client()
    cloud.on("GET", paths.ME, error(401, "invalid_token"))

    with pytest.raises(Unauthorized):
        client.get_me()

    assert server.refreshes == ["refresh-1"]
    assert len(cloud.calls("GET", paths.ME)) == 2


def test_refresh_is_not_retried_after_a_server_error(cloud: FakeCloud) -> None:
    SessionCloud(cloud)
    client = cloud.signed_in_client(retry_policy=DEFAULT_RETRY_POLICY)
    cloud.on("POST", paths.AUTH_REFRESH, error(502, "bad_gateway"))
    with pytest.raises(ServerError):
        client.refresh()
    assert len(cloud.calls("POST", paths.AUTH_REFRESH)) == 1


def test_stored_refresh_token_resumes_the_session_without_password(cloud: FakeCloud) -> None:
    server = SessionCloud(cloud)
    reported: list[TokenPair] = []
    client = cloud.client(on_tokens_changed=reported.append)
    client.use_refresh_token("refresh-1")

    assert client.get_me().username == "admin"

    assert cloud.calls("POST", paths.AUTH_LOGIN) == []
    assert server.refreshes == ["refresh-1"]
    assert _authorizations(cloud, paths.ME) == ["Bearer access-2"]
    assert [pair.refresh_token for pair in reported] == ["refresh-2"]


def test_explicit_refresh_rotates_and_reports_the_pair(cloud: FakeCloud) -> None:
    SessionCloud(cloud)
    reported: list[TokenPair] = []
    client = cloud.client(on_tokens_changed=reported.append)
    client.use_refresh_token("refresh-1")
    assert client.refresh().refresh_token == "refresh-2"
    assert client.refresh().refresh_token == "refresh-3"
    assert [pair.refresh_token for pair in reported] == ["refresh-2", "refresh-3"]


def test_bearer_call_before_sign_in_is_a_programming_error(cloud: FakeCloud) -> None:
    with pytest.raises(RuntimeError, match="not signed in"):
        cloud.client().get_tenant()
    assert cloud.requests == []


def test_two_threads_refused_together_refresh_only_once(cloud: FakeCloud) -> None:
    server = SessionCloud(cloud)
    client = cloud.signed_in_client()
    server.expire_access_tokens()
    both_refused = threading.Barrier(2, timeout=5)

    def me(request: httpx.Request) -> httpx.Response:
        answer = server.me(request)
        if answer.status_code == 401:
            both_refused.wait()  # neither thread refreshes before both were refused
        return answer

    cloud.on("GET", paths.ME, me)
    with ThreadPoolExecutor(max_workers=2) as pool:
        users = list(pool.map(lambda _: client.get_me(), range(2)))

    assert [user.username for user in users] == ["admin", "admin"]
    assert server.refreshes == ["refresh-1"]
    assert server.current_refresh == "refresh-2"


LOGIN_FAILURES = [
    pytest.param(error(401, "invalid_credentials"), id="401"),
    pytest.param(
        error(
            422,
            "validation_failed",
            f"password {PASSWORD} too weak",
            fields=({"field": "password", "code": "x", "detail": f"got {PASSWORD}"},),
        ),
        id="422-echoing-the-password",
    ),
    pytest.param(httpx.Response(500, html=f"<pre>{PASSWORD}</pre>"), id="500-html"),
    pytest.param(httpx.Response(200, json={"echo": PASSWORD}), id="200-not-a-token-pair"),
    pytest.param(raises(httpx.ConnectError, "connection refused"), id="connect-error"),
    pytest.param(raises(httpx.ReadTimeout, "timed out"), id="read-timeout"),
    pytest.param(error(429, "too_many_attempts", retry_after=30), id="429"),
]


@pytest.mark.parametrize("answer", LOGIN_FAILURES)
def test_password_never_appears_in_an_error_or_the_log(
    cloud: FakeCloud, answer: httpx.Response, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    cloud.on("POST", paths.AUTH_LOGIN, answer)
    client = cloud.client(retry_policy=DEFAULT_RETRY_POLICY)
    with pytest.raises(CloudError) as caught:
        client.login(domain="muster", username="admin", password=PASSWORD)
    everything = "".join(traceback.format_exception(caught.value))
    assert PASSWORD not in everything
    assert PASSWORD not in repr(caught.value)
    assert PASSWORD not in repr(vars(caught.value))
    assert PASSWORD not in caplog.text
    assert PASSWORD not in repr(client)


def test_tokens_never_appear_in_the_client_repr_or_a_refresh_error(cloud: FakeCloud) -> None:
    SessionCloud(cloud)
    client = cloud.signed_in_client()
    assert "access-1" not in repr(client)
    assert "refresh-1" not in repr(client)
    cloud.on("POST", paths.AUTH_REFRESH, httpx.Response(200, json={"echo": "refresh-1"}))
    with pytest.raises(CloudError) as caught:
        client.refresh()
    assert "refresh-1" not in "".join(traceback.format_exception(caught.value))
