"""Bearer tokens: missing, expired, forged or malformed tokens are refused with 401."""

from __future__ import annotations

import time
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import jwt
import pytest

from cloudsetup.models import CurrentUser, ErrorCode, TokenPair, paths
from cloudsetup.server.embedded import EmbeddedServer
from support.cloud import assert_error, bearer, login, new_tenant, running_server

SECRET_KEY = "test-signing-key-" + "x" * 32


@pytest.fixture(scope="module")
def keyed_server(
    tmp_path_factory: pytest.TempPathFactory, module_database: dict[str, str]
) -> Iterator[EmbeddedServer]:
    """A server with a known SECRET_KEY, so a test can sign tokens the way the server does."""
    with running_server(
        tmp_path_factory.mktemp("keyed"), **module_database, secret_key=SECRET_KEY
    ) as server:
        yield server


@pytest.fixture
def client(keyed_server: EmbeddedServer) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=keyed_server.url, timeout=10) as client:
        yield client


@pytest.fixture
def pair(client: httpx.Client, keyed_server: EmbeddedServer) -> TokenPair:
    return login(client, new_tenant(keyed_server))


def _claims_of(pair: TokenPair) -> dict[str, Any]:
    claims: dict[str, Any] = jwt.decode(pair.access_token, SECRET_KEY, algorithms=["HS256"])
    return claims


def _sign(claims: dict[str, Any], key: str = SECRET_KEY) -> str:
    return jwt.encode(claims, key, algorithm="HS256")


def test_access_token_carries_user_tenant_expiry_id_and_type(pair: TokenPair) -> None:
    claims = _claims_of(pair)

    assert {"sub", "tenant", "exp", "jti", "typ"} <= set(claims)
    assert claims["typ"] == "access"
    assert claims["exp"] - time.time() == pytest.approx(15 * 60, abs=60)


def test_valid_token_reads_me(client: httpx.Client, pair: TokenPair) -> None:
    response = client.get(paths.ME, headers=bearer(pair))

    assert response.status_code == 200
    assert CurrentUser.model_validate_json(response.content).username == "admin"


def test_expired_access_token_gives_401_token_expired(
    client: httpx.Client, pair: TokenPair
) -> None:
    past = datetime.now(UTC) - timedelta(minutes=1)
    expired = _sign(_claims_of(pair) | {"exp": past, "jti": uuid.uuid4().hex})

    assert_error(client.get(paths.ME, headers=bearer(expired)), 401, ErrorCode.TOKEN_EXPIRED)


def test_token_signed_with_another_key_gives_401_invalid_token(
    client: httpx.Client, pair: TokenPair
) -> None:
    forged = _sign(_claims_of(pair), key="ein-anderer-schluessel-" + "y" * 32)

    assert_error(client.get(paths.ME, headers=bearer(forged)), 401, ErrorCode.INVALID_TOKEN)


def test_unsigned_token_gives_401_invalid_token(client: httpx.Client, pair: TokenPair) -> None:
    unsigned = jwt.encode(_claims_of(pair), key="", algorithm="none")

    assert_error(client.get(paths.ME, headers=bearer(unsigned)), 401, ErrorCode.INVALID_TOKEN)


@pytest.mark.parametrize(
    ("change", "value"),
    [("typ", "refresh"), ("sub", "not-a-number"), ("sub", "999999"), ("tenant", "999999")],
)
def test_token_with_wrong_claims_gives_401_invalid_token(
    client: httpx.Client, pair: TokenPair, change: str, value: str
) -> None:
    tampered = _sign(_claims_of(pair) | {change: value})

    assert_error(client.get(paths.ME, headers=bearer(tampered)), 401, ErrorCode.INVALID_TOKEN)


@pytest.mark.parametrize(
    "authorization", [None, "Bearer", "Bearer kein.jwt.token", "Basic YWRtaW46c2VjcmV0"]
)
def test_missing_or_malformed_authorization_gives_401_invalid_token(
    client: httpx.Client, authorization: str | None
) -> None:
    headers = {} if authorization is None else {"Authorization": authorization}

    assert_error(client.get(paths.TENANT, headers=headers), 401, ErrorCode.INVALID_TOKEN)


def test_refresh_token_past_its_lifetime_gives_401_invalid_token(
    tmp_path_factory: pytest.TempPathFactory, database: dict[str, str]
) -> None:
    lifetime_days = 1 / (24 * 3600)  # one second
    directory = tmp_path_factory.mktemp("short-refresh")
    with (
        running_server(directory, **database, refresh_token_days=lifetime_days) as server,
        httpx.Client(base_url=server.url, timeout=10) as client,
    ):
        pair = login(client, new_tenant(server))
        time.sleep(1.1)

        response = client.post(paths.AUTH_REFRESH, json={"refresh_token": pair.refresh_token})

    assert_error(response, 401, ErrorCode.INVALID_TOKEN)
