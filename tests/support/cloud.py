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
from sqlalchemy import text

from cloudsetup.models import (
    AdminUser,
    DomainData,
    Employee,
    ErrorBody,
    Invitation,
    Role,
    TokenPair,
    paths,
)
from cloudsetup.models.fill import (
    CloudData,
    Collection,
    FillJob,
    FillResult,
    add_to_checksum,
    canonical_json,
    record_digest,
)
from cloudsetup.server.config import ServerSettings
from cloudsetup.server.embedded import EmbeddedServer
from cloudsetup.server.services.fill_storage import read_records
from cloudsetup.server.tables import Base

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


# --- The initial fill (issue 4).

FillRecords = dict[Collection, list[dict[str, Any]]]


def office_records(collection: Collection, count: int, *, tag: str = "") -> list[dict[str, Any]]:
    """``count`` wire records (``{"id", "data"}``) of one collection; ``tag`` varies the data."""
    return [
        {
            "id": f"{collection.value[:3]}-{number:06d}",
            "data": {"name": f"{collection.value} {number}{tag}", "nummer": number, "ort": "Köln"},
        }
        for number in range(count)
    ]


def fill_totals(records: FillRecords) -> list[dict[str, Any]]:
    """``CollectionTotals`` bodies as the office computes them (the shared hashing)."""
    totals = []
    for collection, entries in records.items():
        checksum = 0
        for entry in entries:
            digest = record_digest(collection.value, entry["id"], canonical_json(entry["data"]))
            checksum = add_to_checksum(checksum, digest)
        totals.append(
            {"collection": collection.value, "count": len(entries), "checksum": str(checksum)}
        )
    return totals


def fill_batches(records: FillRecords, batch_size: int) -> list[dict[str, Any]]:
    """``Batch`` bodies in upload order, ``batch_size`` records each (one collection a batch)."""
    return [
        {"collection": collection.value, "records": entries[start : start + batch_size]}
        for collection, entries in records.items()
        for start in range(0, len(entries), batch_size)
    ]


def start_fill(
    client: httpx.Client, token: str | TokenPair, records: FillRecords, batch_size: int
) -> tuple[FillJob, list[dict[str, Any]]]:
    """Create a fill job for ``records``; returns it and the batch bodies to upload."""
    batches = fill_batches(records, batch_size)
    body = {"expected": fill_totals(records), "total_batches": len(batches)}
    response = client.post(paths.FILL_JOBS, json=body, headers=bearer(token))
    assert response.status_code == 201, response.text
    return FillJob.model_validate_json(response.content), batches


def put_batch(
    client: httpx.Client, token: str | TokenPair, job_id: str, seq: int, batch: Any
) -> httpx.Response:
    url = paths.FILL_BATCH.format(job_id=job_id, seq=seq)
    return client.put(url, json=batch, headers=bearer(token))


def commit_fill(
    client: httpx.Client, token: str | TokenPair, job_id: str, totals: list[dict[str, Any]]
) -> httpx.Response:
    url = paths.FILL_COMMIT.format(job_id=job_id)
    return client.post(url, json={"totals": totals}, headers=bearer(token))


def run_fill(
    client: httpx.Client, token: str | TokenPair, records: FillRecords, *, batch_size: int = 50
) -> FillResult:
    """A whole fill over HTTP: create, every batch, commit; each step must succeed."""
    job, batches = start_fill(client, token, records, batch_size)
    for seq, batch in enumerate(batches):
        response = put_batch(client, token, job.id, seq, batch)
        assert response.status_code == 200, response.text
    response = commit_fill(client, token, job.id, fill_totals(records))
    assert response.status_code == 200, response.text
    return FillResult.model_validate_json(response.content)


def fill_status(client: httpx.Client, token: str | TokenPair) -> CloudData:
    response = client.get(paths.FILL_STATUS, headers=bearer(token))
    assert response.status_code == 200, response.text
    return CloudData.model_validate_json(response.content)


# What the fill tests read straight from the cloud's database (rows, generations).


def stored_rows(server: EmbeddedServer, domain: str) -> dict[int, set[tuple[str, str]]]:
    """Every row the tenant has in ``records``, as ``{generation: {(collection, id)}}``."""
    found: dict[int, set[tuple[str, str]]] = {}
    with server.runtime.engine.connect() as connection:
        rows = connection.execute(
            text(
                "SELECT r.generation_id, r.collection, r.record_id FROM records r "
                "JOIN tenants t ON t.id = r.tenant_id WHERE t.domain = :domain"
            ),
            {"domain": domain},
        )
        for generation, collection, record_id in rows:
            found.setdefault(generation, set()).add((collection, record_id))
    return found


def live_records(server: EmbeddedServer, domain: str) -> set[tuple[str, str, int]]:
    """The live records of the tenant as ``(collection, id, digest)``, read back from storage."""
    with server.runtime.engine.connect() as connection:
        live = connection.execute(
            text("SELECT live_generation FROM tenants WHERE domain = :domain"), {"domain": domain}
        ).scalar_one()
        if live is None:
            return set()
        return {
            (collection.value, record_id, digest)
            for collection in Collection
            for record_id, digest, data in read_records(connection, live, collection.value)
            # The stored JSON is the canonical form the digest was taken over.
            if record_digest(collection.value, record_id, data.encode()) == digest
        }


def expected_records(records: FillRecords) -> set[tuple[str, str, int]]:
    return {
        (
            collection.value,
            entry["id"],
            record_digest(collection.value, entry["id"], canonical_json(entry["data"])),
        )
        for collection, entries in records.items()
        for entry in entries
    }


# --- Admin users, invitations and roles (issue 6).

_INVITATION_LINK = re.compile(r"https?://\S+/invitation/[A-Za-z0-9_-]+")
#: A password the policy accepts for any invited test user.
INVITED_PASSWORD = "Kiesel-Sturm-Lampe-83"


def invitation_link_in(message: EmailMessage) -> str:
    """The one invitation link of a mail (the same in its text and its HTML part)."""
    links: set[str] = set(_INVITATION_LINK.findall(mail_text(message)))
    assert len(links) == 1, links
    link = links.pop()
    assert link in mail_html(message)
    return link


def invite(
    client: httpx.Client,
    token: str | TokenPair,
    *,
    role: Role = Role.SERVICE_PROVIDER,
    email: str | None = None,
    **fields: Any,
) -> Invitation:
    """Invite an admin user (a unique address unless given); 201 or the test fails."""
    body = {"email": email or unique_email("eingeladen"), "role": role.value, **fields}
    response = client.post(paths.INVITATIONS, json=body, headers=bearer(token))
    assert response.status_code == 201, response.text
    return Invitation.model_validate_json(response.content)


def invited(
    client: httpx.Client, server: EmbeddedServer, token: str | TokenPair, **invitation: Any
) -> tuple[Invitation, str]:
    """:func:`invite`, and the link of the mail the invited person got."""
    sent = invite(client, token, **invitation)
    return sent, invitation_link_in(outbox_mails(server, sent.email)[-1])


def accept_invitation(
    client: httpx.Client,
    link: str,
    *,
    username: str = "",
    password: str = INVITED_PASSWORD,
    repeat: str | None = None,
) -> httpx.Response:
    """Send the invitation page's form as a browser would (no JavaScript needed)."""
    form = {
        "username": username,
        "password": password,
        "repeat": password if repeat is None else repeat,
    }
    return client.post(link, data=form)


def join(
    server: EmbeddedServer,
    client: httpx.Client,
    token: str | TokenPair,
    *,
    role: Role = Role.SERVICE_PROVIDER,
    username: str | None = None,
) -> DomainData:
    """Invite a new admin user with ``role``, accept his link; his access data for log-in."""
    invitation = invite(client, token, role=role)
    link = invitation_link_in(outbox_mails(server, invitation.email)[-1])
    chosen = username or f"user-{uuid.uuid4().hex[:8]}"
    response = accept_invitation(client, link, username=chosen)
    assert response.status_code == 200, response.text
    domain = client.get(paths.TENANT, headers=bearer(token)).json()["domain"]
    return DomainData(
        server_url=server.url, domain=domain, username=chosen, password=INVITED_PASSWORD
    )


def users_of(client: httpx.Client, token: str | TokenPair) -> list[AdminUser]:
    response = client.get(paths.USERS, headers=bearer(token))
    assert response.status_code == 200, response.text
    return [AdminUser.model_validate(item) for item in response.json()]


def user_named(client: httpx.Client, token: str | TokenPair, username: str) -> AdminUser:
    return next(user for user in users_of(client, token) if user.username == username)


def user_path(template: str, user_id: int) -> str:
    return template.format(user_id=user_id)


def invitations_of(client: httpx.Client, token: str | TokenPair) -> list[Invitation]:
    response = client.get(paths.INVITATIONS, headers=bearer(token))
    assert response.status_code == 200, response.text
    return [Invitation.model_validate(item) for item in response.json()]


def log_in_as(client: httpx.Client, domain: str, username: str, password: str) -> httpx.Response:
    """A log-in as typed (the test looks at the answer itself)."""
    return client.post(
        paths.AUTH_LOGIN, json={"domain": domain, "username": username, "password": password}
    )


def database_dump(server: EmbeddedServer) -> str:
    """Every value of every table of the server's database as text, on SQLite and PostgreSQL.

    For tests that a secret (a token, a password) is nowhere in the database in clear text.
    """
    lines: list[str] = []
    with server.runtime.engine.connect() as connection:
        for table in Base.metadata.sorted_tables:
            for row in connection.execute(table.select()):
                lines.append(f"{table.name}: " + " | ".join(str(value) for value in row))
    return "\n".join(lines)
