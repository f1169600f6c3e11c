"""No secret leaves the server but in the one answer (or mail) that issues it.

A whole round with every kind of secret (the admin's and an employee's password, access and
refresh tokens, a device token, consent and invitation links, an invited user's password),
logged at DEBUG: none of them is in a log line, in another answer (device list, /me, error
bodies: a 422 never echoes what was sent), in the database (only hashes), or in the message
of a validation error. Tokens have at least 128 random bits and do not repeat.
"""

from __future__ import annotations

import logging
import re

import httpx
import pytest
from pydantic import ValidationError

from cloudsetup.models import ActivationRequest, DeviceSignIn, LoginRequest, paths
from cloudsetup.server.embedded import EmbeddedServer
from cloudsetup.server.security import new_device_token, new_refresh_token
from cloudsetup.server.services.access import new_consent_token
from cloudsetup.server.services.invitations import new_invitation_token
from support.cloud import (
    INVITED_PASSWORD,
    accept_invitation,
    bearer,
    consent_link_in,
    database_dump,
    invitation_link_in,
    invite,
    login,
    outbox_mails,
)
from support.devices import PASSWORD, Office

_TOKEN_TEXT = re.compile(r"[A-Za-z0-9_-]+")


def _round(server: EmbeddedServer, client: httpx.Client) -> tuple[list[str], list[str]]:
    """Every kind of secret once, through the real flows; (secrets, answers not issuing one)."""
    office = Office.create(server, client, "Max Maler")
    employee = office.people["max"]
    consent_link = consent_link_in(outbox_mails(server, employee.email)[-1])
    device_token = office.approved_device("max")
    refreshed = client.post(paths.AUTH_REFRESH, json={"refresh_token": office.admin.refresh_token})
    assert refreshed.status_code == 200
    fresh = refreshed.json()
    office.admin = login(client, office.data)
    invitation = invite(client, office.admin)
    invitation_link = invitation_link_in(outbox_mails(server, invitation.email)[-1])
    assert accept_invitation(client, invitation_link).status_code == 200
    answers = [
        client.get(paths.DEVICES, headers=office.auth).text,
        client.get(paths.ME, headers=office.auth).text,
        client.get(paths.DEVICE_ME, headers=bearer(device_token)).text,
        client.get(paths.EMPLOYEES, headers=office.auth).text,
        client.get(paths.USERS, headers=office.auth).text,
        client.get(paths.AUDIT, headers=office.auth).text,
        # Refusals that carry a secret in the request: the answer repeats none of it.
        client.post(paths.AUTH_LOGIN, json={**_login(office), "domain": "!"}).text,
        client.post(paths.AUTH_LOGIN, json={**_login(office), "password": PASSWORD}).text,
        client.post(paths.AUTH_REFRESH, json={"refresh_token": fresh["refresh_token"] + "!"}).text,
        client.post(
            paths.DEVICE_SIGNIN, json={**office.sign_in_body("max", "x"), "platform": "?"}
        ).text,
        accept_invitation(client, invitation_link, password="kurz").text,
    ]
    secrets = [
        office.data.password,
        PASSWORD,
        INVITED_PASSWORD,
        office.admin.access_token,
        office.admin.refresh_token,
        fresh["access_token"],
        fresh["refresh_token"],
        device_token,
        consent_link.rsplit("/", 1)[-1],
        invitation_link.rsplit("/", 1)[-1],
    ]
    return secrets, answers


def _login(office: Office) -> dict[str, str]:
    return {
        "domain": office.data.domain,
        "username": office.data.username,
        "password": office.data.password,
    }


def test_no_secret_is_logged_answered_twice_or_stored_in_clear(
    cloud_server: EmbeddedServer, api: httpx.Client, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)

    secrets, answers = _round(cloud_server, api)

    # The server's own loggers, not the test's HTTP client (httpx logs the URLs it calls).
    server_records = [r for r in caplog.records if not r.name.startswith(("httpx", "httpcore"))]
    logged = "\n".join(
        f"{record.getMessage()} {record.args!r} {record.exc_text or ''}"
        for record in server_records
    )
    stored = database_dump(cloud_server)
    for secret in secrets:
        assert secret not in logged
        assert all(secret not in answer for answer in answers)
        assert secret not in stored


def test_a_validation_error_never_shows_the_password_it_refused() -> None:
    secret = "Geheim-" + "x" * 1100
    for model, body in (
        (LoginRequest, {"domain": "firma", "username": "chef", "password": secret}),
        (ActivationRequest, {"password": secret}),
        (
            DeviceSignIn,
            {
                "domain": "firma",
                "email": "max@example.de",
                "password": secret,
                "device_id": "geraet-0001",
                "device_name": "Handy",
                "platform": "ios",
            },
        ),
    ):
        with pytest.raises(ValidationError) as refused:
            model.model_validate(body)
        assert "Geheim" not in str(refused.value)


@pytest.mark.parametrize(
    "generate", [new_refresh_token, new_device_token, new_consent_token, new_invitation_token]
)
def test_tokens_have_at_least_128_random_bits_and_never_repeat(generate: object) -> None:
    assert callable(generate)
    tokens = [generate() for _ in range(1000)]

    assert len(set(tokens)) == len(tokens)
    # URL-safe base64: 6 bits a character; 43 characters are 256 bits.
    assert all(_TOKEN_TEXT.fullmatch(token) and len(token) * 6 >= 128 for token in tokens)
    assert min(len(token) for token in tokens) >= 43
