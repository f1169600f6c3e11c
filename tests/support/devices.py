"""Devices, device data and the office sync over HTTP (issue 5): helpers for the server tests.

An :class:`Office` is one tenant's admin session on a server with a few confirmed employees
(their consent given through the real consent page) and a fill of office-shaped records that
name them, so restrictions have something to filter. Devices sign in and pull with plain httpx
calls: the wire is what is tested.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from email.message import EmailMessage
from typing import Any

import httpx

from cloudsetup.models import (
    ChangeReceipt,
    Device,
    DeviceInvoice,
    DevicePage,
    DeviceSignInResult,
    DomainData,
    Employee,
    SyncStatus,
    TokenPair,
    paths,
)
from cloudsetup.server.embedded import EmbeddedServer
from support.cloud import (
    FillRecords,
    add_employee,
    bearer,
    consent_link_in,
    employee_path,
    login,
    new_tenant,
    outbox_mails,
    run_fill,
)
from support.device_data import office_data

PASSWORD = "Blau-Wal-Tanz-97"
RANGE = {"prefix": "RE-M-", "start": 1000, "end": 1999}


def device_id() -> str:
    return f"dev-{uuid.uuid4().hex}"


Mailbox = Callable[[str], list[EmailMessage]]  # the mails to one address, oldest first


def confirm_consent(
    server: EmbeddedServer, client: httpx.Client, employee: Employee, mailbox: Mailbox
) -> None:
    """Press "Ich bin einverstanden" on the page of his newest consent link."""
    link = consent_link_in(mailbox(employee.email)[-1])
    response = client.post(link, headers={"Origin": server.settings.public_url})
    assert response.status_code == 200, response.text


@dataclass
class Office:
    """A tenant with confirmed employees (``people`` by short key) and helpers for its API."""

    server: EmbeddedServer
    client: httpx.Client
    data: DomainData
    admin: TokenPair
    mailbox: Mailbox
    people: dict[str, Employee] = field(default_factory=dict)

    @classmethod
    def create(
        cls,
        server: EmbeddedServer,
        client: httpx.Client,
        *names: str,
        fill: bool = True,
        mailbox: Mailbox | None = None,
    ) -> Office:
        """A new tenant whose employees ``names`` confirmed; filled unless ``fill`` is false.

        ``mailbox`` reads the consent mails (default: the server's file outbox).
        """
        data = new_tenant(server)
        chosen = mailbox or (lambda to: outbox_mails(server, to))
        office = cls(server, client, data, login(client, data), chosen)
        for name in names:
            office.add_person(name.split()[0].lower(), name)
        if fill:
            office.fill()
        return office

    def add_person(self, key: str, name: str, *, confirm: bool = True, **fields: Any) -> Employee:
        employee = add_employee(self.client, self.admin, name=name, **fields)
        url = employee_path(paths.EMPLOYEE_ACTIVATION, employee.id)
        response = self.client.post(url, json={"password": PASSWORD}, headers=self.auth)
        assert response.status_code == 200, response.text
        if confirm:
            confirm_consent(self.server, self.client, employee, self.mailbox)
        self.people[key] = employee
        return employee

    @property
    def auth(self) -> dict[str, str]:
        return bearer(self.admin)

    def fill(self, records: FillRecords | None = None) -> FillRecords:
        chosen = records if records is not None else office_data(self.people)
        run_fill(self.client, self.admin, chosen)
        return chosen

    def permit(self, key: str, *, invoices: bool = True, **restrictions: bool) -> None:
        body = {"may_create_invoices": invoices, "restrictions": restrictions}
        url = employee_path(paths.EMPLOYEE_PERMISSIONS, self.people[key].id)
        assert self.client.put(url, json=body, headers=self.auth).status_code == 200

    def give_range(self, key: str, entry: dict[str, Any] | None = None) -> None:
        url = employee_path(paths.EMPLOYEE_RANGE, self.people[key].id)
        response = self.client.put(url, json=entry or RANGE, headers=self.auth)
        assert response.status_code == 200, response.text

    # -- devices ------------------------------------------------------------------------------

    def sign_in_body(self, key: str, device: str, **overrides: Any) -> dict[str, Any]:
        return {
            "domain": self.data.domain,
            "email": self.people[key].email,
            "password": PASSWORD,
            "device_id": device,
            "device_name": f"Handy {device[-4:]}",
            "platform": "android",
            **overrides,
        }

    def sign_in(self, key: str, device: str, **overrides: Any) -> httpx.Response:
        body = self.sign_in_body(key, device, **overrides)
        return self.client.post(paths.DEVICE_SIGNIN, json=body)

    def devices(self, **query: Any) -> list[Device]:
        response = self.client.get(paths.DEVICES, params=query, headers=self.auth)
        assert response.status_code == 200, response.text
        return [Device.model_validate(item) for item in response.json()]

    def device_pk(self, device: str) -> int:
        return next(row.id for row in self.devices() if row.device_id == device)

    def approve(self, device_pk: int, *, replaces: int | None = None) -> httpx.Response:
        url = paths.DEVICE_APPROVE.format(device_pk=device_pk)
        return self.client.post(url, json={"replaces": replaces}, headers=self.auth)

    def decide(self, template: str, device_pk: int) -> httpx.Response:
        return self.client.post(template.format(device_pk=device_pk), headers=self.auth)

    def approved_device(self, key: str, device: str | None = None) -> str:
        """Sign a new device in, approve it, sign in again: its device token."""
        device = device or device_id()
        assert self.sign_in(key, device).status_code == 202
        approved = self.approve(self.device_pk(device))
        assert approved.status_code == 200, approved.text
        answer = self.sign_in(key, device)
        assert answer.status_code == 200, answer.text
        token = DeviceSignInResult.model_validate_json(answer.content).device_token
        assert token is not None
        return token

    # -- sync ---------------------------------------------------------------------------------

    def status(self) -> SyncStatus:
        response = self.client.get(paths.SYNC_STATUS, headers=self.auth)
        assert response.status_code == 200, response.text
        return SyncStatus.model_validate_json(response.content)

    def push(
        self, changes: list[dict[str, Any]], *, base: int | None = None, through: int | None = None
    ) -> httpx.Response:
        start = self.status().pushed_version if base is None else base
        body = {
            "base_version": start,
            "through_version": start + 1 if through is None else through,
            "changes": changes,
        }
        return self.client.post(paths.SYNC_CHANGES, json=body, headers=self.auth)

    def pushed(self, changes: list[dict[str, Any]]) -> ChangeReceipt:
        response = self.push(changes)
        assert response.status_code == 200, response.text
        return ChangeReceipt.model_validate_json(response.content)

    def inbox(self, after: int, limit: int = 100) -> list[DeviceInvoice]:
        body = {"after": after, "limit": limit}
        response = self.client.post(paths.SYNC_INBOX, json=body, headers=self.auth)
        assert response.status_code == 200, response.text
        return [DeviceInvoice.model_validate(item) for item in response.json()["items"]]


def pull(
    client: httpx.Client, token: str, cursor: str | None = None, *, limit: int | None = None
) -> httpx.Response:
    params: dict[str, Any] = {}
    if cursor is not None:
        params["cursor"] = cursor
    if limit is not None:
        params["limit"] = limit
    return client.get(paths.DEVICE_RECORDS, params=params, headers=bearer(token))


def pull_page(
    client: httpx.Client, token: str, cursor: str | None = None, *, limit: int | None = None
) -> DevicePage:
    response = pull(client, token, cursor, limit=limit)
    assert response.status_code == 200, response.text
    return DevicePage.model_validate_json(response.content)


Held = dict[tuple[str, str], dict[str, Any]]


def pull_all(
    client: httpx.Client,
    token: str,
    cursor: str | None = None,
    held: Held | None = None,
    *,
    limit: int = 3,
) -> tuple[Held, str, list[DevicePage]]:
    """Pull until ``more`` is false, applying each page as a device would; small pages."""
    held = {} if held is None else held
    pages: list[DevicePage] = []
    for _ in range(1000):
        page = pull_page(client, token, cursor, limit=limit)
        pages.append(page)
        if page.reset:
            held.clear()
        for change in page.changes:
            key = (change.collection.value, change.id)
            if change.data is None:
                held.pop(key, None)
            else:
                held[key] = change.data
        cursor = page.cursor
        if not page.more:
            return held, cursor, pages
    raise AssertionError("the pull did not end")


def push_invoice(client: httpx.Client, token: str, body: dict[str, Any]) -> httpx.Response:
    return client.post(paths.DEVICE_INVOICES, json=body, headers=bearer(token))
