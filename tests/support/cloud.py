"""Start the reference cloud for a test, create tenants in it and talk to it over HTTP."""

from __future__ import annotations

import itertools
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx

from cloudsetup.models import DomainData, ErrorBody, TokenPair, paths
from cloudsetup.server.config import ServerSettings
from cloudsetup.server.embedded import EmbeddedServer

_numbers = itertools.count(1)


def server_settings(directory: Path, **overrides: Any) -> ServerSettings:
    """Settings for a test server whose database and outbox live in ``directory``."""
    values: dict[str, Any] = {
        "database_url": f"sqlite:///{directory / 'cloud.sqlite3'}",
        "mail_url": (directory / "outbox").as_uri(),
        **overrides,
    }
    return ServerSettings(**values)


@contextmanager
def running_server(directory: Path, **overrides: Any) -> Iterator[EmbeddedServer]:
    """An :class:`EmbeddedServer` on 127.0.0.1 for the block; stopped (bounded) afterwards."""
    with EmbeddedServer(server_settings(directory, **overrides)) as server:
        yield server


def unique_company_name() -> str:
    return f"Testbetrieb {next(_numbers)} {uuid.uuid4().hex[:8]} GmbH"


def new_tenant(server: EmbeddedServer, *, username: str = "admin") -> DomainData:
    """A fresh tenant with a unique name (and so a unique domain)."""
    number = uuid.uuid4().hex[:8]
    return server.create_tenant(
        name=unique_company_name(), admin_email=f"chef-{number}@example.de", username=username
    )


def login_body(data: DomainData, *, password: str | None = None) -> dict[str, str]:
    return {
        "domain": data.domain,
        "username": data.username,
        "password": data.password if password is None else password,
    }


def login(client: httpx.Client, data: DomainData) -> TokenPair:
    """Log in with the tenant's access data; fails the test unless the cloud says 200."""
    response = client.post(paths.AUTH_LOGIN, json=login_body(data))
    assert response.status_code == 200, response.text
    return TokenPair.model_validate(response.json())


def bearer(token: str | TokenPair) -> dict[str, str]:
    value = token.access_token if isinstance(token, TokenPair) else token
    return {"Authorization": f"Bearer {value}"}


def assert_error(response: httpx.Response, status: int, code: str) -> ErrorBody:
    """The response is an error with this status and code, and its body is an ErrorBody."""
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    body = ErrorBody.model_validate_json(response.content)
    assert body.code == code, body
    if status == 401:
        assert response.headers["www-authenticate"] == "Bearer"
    return body
