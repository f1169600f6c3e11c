"""Start the reference cloud for a test, create tenants in it and talk to it over HTTP."""

from __future__ import annotations

import email
import email.policy
import itertools
import re
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from email.message import EmailMessage
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit
from urllib.request import url2pathname

import httpx

from cloudsetup.models import DomainData, Employee, ErrorBody, TokenPair, paths
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


# --- Employees and consent mails (issue 3).

_LINK = re.compile(r"https?://\S+/consent/[A-Za-z0-9_-]+")


def unique_email(name: str = "mitarbeiter") -> str:
    return f"{name}-{uuid.uuid4().hex[:10]}@example.de"


def add_employee(
    client: httpx.Client, token: str | TokenPair, *, name: str = "Erika Mustermann", **fields: Any
) -> Employee:
    """Create an employee (a unique address unless ``email`` is given); 201 or the test fails."""
    body = {"name": name, "email": fields.pop("email", None) or unique_email(), **fields}
    response = client.post(paths.EMPLOYEES, json=body, headers=bearer(token))
    assert response.status_code == 201, response.text
    return Employee.model_validate_json(response.content)


def employee_path(template: str, employee_id: int) -> str:
    return template.format(employee_id=employee_id)


def outbox_dir(server: EmbeddedServer) -> Path:
    """The folder of the server's ``file://`` mail outbox."""
    return Path(url2pathname(urlsplit(server.settings.mail_url).path))


def outbox_mails(server: EmbeddedServer, to: str) -> list[EmailMessage]:
    """The mails in the server's outbox to ``to`` (any letter case), oldest first."""
    found: list[EmailMessage] = []
    for path in sorted(outbox_dir(server).glob("*.eml")):
        message = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
        assert isinstance(message, EmailMessage)
        if to.casefold() in str(message["To"]).casefold():
            found.append(message)
    return found


def mail_text(message: EmailMessage) -> str:
    part = message.get_body(preferencelist=("plain",))
    assert part is not None, "the mail has no text/plain part"
    assert isinstance(part, EmailMessage)
    return str(part.get_content())


def mail_html(message: EmailMessage) -> str:
    part = message.get_body(preferencelist=("html",))
    assert part is not None, "the mail has no text/html part"
    assert isinstance(part, EmailMessage)
    return str(part.get_content())


def consent_link_in(message: EmailMessage) -> str:
    """The one consent link of a mail (the same in its text and its HTML part)."""
    links: set[str] = set(_LINK.findall(mail_text(message)))
    assert len(links) == 1, links
    link = links.pop()
    assert link in mail_html(message)
    return link
