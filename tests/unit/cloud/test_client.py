"""CloudClient against a scripted cloud: typed results, headers, retries, timeouts, lifetime."""

from __future__ import annotations

import json
from pathlib import Path

import httpx
import pytest

from cloudsetup import __version__
from cloudsetup.cloud import (
    DEFAULT_RETRY_POLICY,
    DEFAULT_TIMEOUT,
    CloudClient,
    ConnectionFailed,
    RateLimited,
    RequestTimedOut,
    ServerError,
    Unauthorized,
    UnexpectedResponse,
)
from cloudsetup.cloud.transport import is_loopback
from cloudsetup.models import ServerInfo, Tenant, TokenPair, paths

from .fake_cloud import BASE_URL, SERVER_INFO, TENANT, FakeCloud, error, raises, tokens

LOGIN = {"domain": "muster", "username": "admin", "password": "pw-Geheim-123"}


def test_server_info_is_a_typed_result(cloud: FakeCloud) -> None:
    cloud.on("GET", paths.HEALTH, httpx.Response(200, json=SERVER_INFO))
    info = cloud.client().server_info()
    assert info == ServerInfo(version="0.1.0")


def test_every_request_names_the_client_and_asks_for_json(cloud: FakeCloud) -> None:
    cloud.on("GET", paths.HEALTH, httpx.Response(200, json=SERVER_INFO))
    cloud.client().server_info()
    (request,) = cloud.requests
    assert request.url == f"{BASE_URL}{paths.HEALTH}"
    assert request.headers["user-agent"] == f"cloudsetup/{__version__}"
    assert request.headers["accept"] == "application/json"
    assert "authorization" not in request.headers


def test_base_url_with_a_path_and_trailing_slash_is_joined_with_the_api_path(
    cloud: FakeCloud,
) -> None:
    cloud.on("GET", f"/cloud{paths.HEALTH}", httpx.Response(200, json=SERVER_INFO))
    CloudClient(f"{BASE_URL}/cloud/", http_client=cloud.http_client()).server_info()
    assert cloud.requests[0].url == f"{BASE_URL}/cloud{paths.HEALTH}"


@pytest.mark.parametrize(
    "answer",
    [
        httpx.Response(200, html="<html><title>Hotel WLAN login</title></html>"),
        httpx.Response(200, json={"status": "ok"}),
        httpx.Response(200, json={"version": "1.0"}),
        httpx.Response(200, json=["cloudsetup"]),
        httpx.Response(200, json={"service": "another", "version": "1"}),
        httpx.Response(200, content=b"\xff\xfe\x00"),
        httpx.Response(200, content=b"[" * 100_000 + b"]" * 100_000),
        httpx.Response(301, headers={"location": "https://elsewhere.test/"}),
    ],
    ids=[
        "html",
        "other-json",
        "no-service-key",
        "list",
        "other-service",
        "binary",
        "deep-json",
        "redirect",
    ],
)
def test_answer_that_is_not_the_api_raises_unexpected_response(
    cloud: FakeCloud, answer: httpx.Response
) -> None:
    cloud.on("GET", paths.HEALTH, answer)
    with pytest.raises(UnexpectedResponse) as caught:
        cloud.client().server_info()
    assert caught.value.status_code == answer.status_code


def test_tenant_with_missing_fields_raises_unexpected_response(cloud: FakeCloud) -> None:
    cloud.on("GET", paths.TENANT, httpx.Response(200, json={"name": "x"}))
    client = cloud.signed_in_client()
    with pytest.raises(UnexpectedResponse):
        client.get_tenant()


def test_tenant_tolerates_unknown_fields(cloud: FakeCloud) -> None:
    cloud.on("GET", paths.TENANT, httpx.Response(200, json={**TENANT, "new_field": 1}))
    tenant = cloud.signed_in_client().get_tenant()
    assert isinstance(tenant, Tenant)
    assert tenant.domain == "muster"


def test_get_is_retried_on_503_then_succeeds(cloud: FakeCloud) -> None:
    cloud.on(
        "GET",
        paths.HEALTH,
        error(503, "unavailable"),
        httpx.Response(503, text="busy"),
        httpx.Response(200, json=SERVER_INFO),
    )
    client = cloud.client(retry_policy=DEFAULT_RETRY_POLICY)
    assert client.server_info().version == "0.1.0"
    assert len(cloud.requests) == 3
    assert len(cloud.sleeps) == 2
    assert 0.375 <= cloud.sleeps[0] <= 0.5
    assert 0.75 <= cloud.sleeps[1] <= 1.0


def test_get_gives_up_after_the_last_retry_with_the_last_error(cloud: FakeCloud) -> None:
    cloud.on("GET", paths.HEALTH, error(503, "unavailable"))
    with pytest.raises(ServerError) as caught:
        cloud.client(retry_policy=DEFAULT_RETRY_POLICY).server_info()
    assert caught.value.status_code == 503
    assert len(cloud.requests) == DEFAULT_RETRY_POLICY.max_attempts


def test_get_waits_as_long_as_retry_after_says(cloud: FakeCloud) -> None:
    cloud.on(
        "GET",
        paths.HEALTH,
        error(429, "slow_down", headers={"Retry-After": "3"}),
        httpx.Response(200, json=SERVER_INFO),
    )
    cloud.client(retry_policy=DEFAULT_RETRY_POLICY).server_info()
    assert cloud.sleeps == [3.0]


def test_429_with_a_wait_beyond_the_cap_is_raised_at_once(cloud: FakeCloud) -> None:
    cloud.on("GET", paths.HEALTH, error(429, "slow_down", headers={"Retry-After": "600"}))
    with pytest.raises(RateLimited) as caught:
        cloud.client(retry_policy=DEFAULT_RETRY_POLICY).server_info()
    assert caught.value.retry_after == 600.0
    assert len(cloud.requests) == 1
    assert cloud.sleeps == []


def test_get_is_retried_after_a_read_timeout(cloud: FakeCloud) -> None:
    cloud.on(
        "GET",
        paths.HEALTH,
        raises(httpx.ReadTimeout),
        httpx.Response(200, json=SERVER_INFO),
    )
    cloud.client(retry_policy=DEFAULT_RETRY_POLICY).server_info()
    assert len(cloud.requests) == 2


def test_login_returns_the_token_pair_and_sends_the_credentials(cloud: FakeCloud) -> None:
    cloud.on("POST", paths.AUTH_LOGIN, httpx.Response(200, json=tokens(1)))
    reported: list[TokenPair] = []
    pair = cloud.client(on_tokens_changed=reported.append).login(**LOGIN)
    assert pair == TokenPair.model_validate(tokens(1))
    assert reported == [pair]
    assert json.loads(cloud.requests[0].content) == LOGIN


def test_login_is_not_retried_on_500(cloud: FakeCloud) -> None:
    cloud.on("POST", paths.AUTH_LOGIN, error(500, "internal_error"))
    with pytest.raises(ServerError):
        cloud.client(retry_policy=DEFAULT_RETRY_POLICY).login(**LOGIN)
    assert len(cloud.requests) == 1


def test_login_is_not_retried_after_a_read_timeout(cloud: FakeCloud) -> None:
    cloud.on("POST", paths.AUTH_LOGIN, raises(httpx.ReadTimeout))
    with pytest.raises(RequestTimedOut):
        cloud.client(retry_policy=DEFAULT_RETRY_POLICY).login(**LOGIN)
    assert len(cloud.requests) == 1


def test_login_is_retried_on_connect_error(cloud: FakeCloud) -> None:
    cloud.on(
        "POST",
        paths.AUTH_LOGIN,
        raises(httpx.ConnectError, "connection refused"),
        httpx.Response(200, json=tokens(1)),
    )
    client = cloud.client(retry_policy=DEFAULT_RETRY_POLICY)
    assert client.login(**LOGIN).access_token == "access-1"
    assert len(cloud.requests) == 2
    assert len(cloud.sleeps) == 1


def test_connect_error_on_every_try_raises_connection_failed(cloud: FakeCloud) -> None:
    cloud.on("POST", paths.AUTH_LOGIN, raises(httpx.ConnectError, "connection refused"))
    with pytest.raises(ConnectionFailed):
        cloud.client(retry_policy=DEFAULT_RETRY_POLICY).login(**LOGIN)
    assert len(cloud.requests) == 3


def test_wrong_password_gives_unauthorized_with_invalid_credentials(cloud: FakeCloud) -> None:
    cloud.on("POST", paths.AUTH_LOGIN, error(401, "invalid_credentials"))
    client = cloud.client()
    with pytest.raises(Unauthorized) as caught:
        client.login(**LOGIN)
    assert caught.value.code == "invalid_credentials"
    assert not client.signed_in


def test_logout_revokes_the_refresh_token_and_forgets_the_session(cloud: FakeCloud) -> None:
    cloud.on("POST", paths.AUTH_LOGOUT, httpx.Response(204))
    client = cloud.signed_in_client()
    client.logout()
    (request,) = cloud.calls("POST", paths.AUTH_LOGOUT)
    assert json.loads(request.content) == {"refresh_token": "refresh-1"}
    assert not client.signed_in
    with pytest.raises(RuntimeError, match="not signed in"):
        client.get_me()


def test_logout_without_a_session_sends_nothing(cloud: FakeCloud) -> None:
    cloud.client().logout()
    assert cloud.requests == []


def test_logout_is_retried_because_revoking_twice_is_harmless(cloud: FakeCloud) -> None:
    cloud.on("POST", paths.AUTH_LOGOUT, raises(httpx.ReadTimeout), httpx.Response(204))
    client = cloud.signed_in_client(retry_policy=DEFAULT_RETRY_POLICY)
    client.logout()
    assert len(cloud.calls("POST", paths.AUTH_LOGOUT)) == 2


def test_timeout_given_with_an_injected_client_applies_to_each_request(cloud: FakeCloud) -> None:
    cloud.on("GET", paths.HEALTH, httpx.Response(200, json=SERVER_INFO))
    timeout = httpx.Timeout(1.5, connect=0.5)
    cloud.client(timeout=timeout).server_info()
    assert cloud.requests[0].extensions["timeout"] == timeout.as_dict()


def test_default_timeout_bounds_every_phase() -> None:
    assert DEFAULT_TIMEOUT.as_dict() == {"connect": 5.0, "read": 20.0, "write": 20.0, "pool": 5.0}


def test_closing_leaves_an_injected_http_client_open(cloud: FakeCloud) -> None:
    http_client = cloud.http_client()
    with CloudClient(BASE_URL, http_client=http_client):
        pass
    assert not http_client.is_closed


def test_leaving_the_context_closes_the_owned_http_client() -> None:
    with CloudClient("https://127.0.0.1:9") as client:
        pass
    with pytest.raises(RuntimeError, match="closed"):
        client.server_info()


def test_ca_file_cannot_be_combined_with_an_injected_client(
    cloud: FakeCloud, tmp_path: Path
) -> None:
    with pytest.raises(ValueError, match="injected"):
        CloudClient(BASE_URL, http_client=cloud.http_client(), ca_file=tmp_path / "ca.pem")


@pytest.mark.parametrize(
    "url", ["https://a::", "https://cloud.example.de:99999", "https://exa mple.de"]
)
def test_an_address_the_client_cannot_use_is_refused_when_it_is_built(url: str) -> None:
    with pytest.raises(ValueError):  # noqa: PT011 - httpx's reason varies, the type is the contract
        CloudClient(url)


def test_unreadable_ca_file_is_refused_with_its_name(tmp_path: Path) -> None:
    bogus = tmp_path / "not-a-ca.pem"
    bogus.write_text("no certificate here")
    with pytest.raises(ValueError, match=r"not-a-ca\.pem"):
        CloudClient(BASE_URL, ca_file=bogus)


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("http://127.0.0.1:8000", True),
        ("http://127.8.9.10", True),
        ("http://localhost:8000/cloud", True),
        ("http://[::1]:8000", True),
        ("https://cloud.example.de", False),
        ("https://192.168.1.5", False),
        ("https://localhost.example.de", False),
    ],
)
def test_only_this_machine_counts_as_loopback(url: str, expected: bool) -> None:
    assert is_loopback(url) is expected
