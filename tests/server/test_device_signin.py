"""Device sign-in: pending with a code, approved with a token, refused with reasons, one answer."""

from __future__ import annotations

import hashlib
import statistics
import time
from collections.abc import Iterator

import httpx
import pytest
from sqlalchemy import text

from cloudsetup.models import DeviceSignInResult, DeviceState, ErrorCode, paths
from cloudsetup.models.devices import VERIFICATION_ALPHABET, VERIFICATION_CODE_LENGTH
from cloudsetup.server.embedded import EmbeddedServer
from support.cloud import add_employee, assert_error, bearer, database_dump, running_server
from support.devices import Office, device_id

ROUNDS = 7
MAX_RATIO = 3.0  # see test_login_timing.py


@pytest.fixture
def office(cloud_server: EmbeddedServer, api: httpx.Client) -> Office:
    return Office.create(cloud_server, api, "Max Maler", fill=False)


def _result(response: httpx.Response, status: int) -> DeviceSignInResult:
    assert response.status_code == status, response.text
    return DeviceSignInResult.model_validate_json(response.content)


def _token_hashes(server: EmbeddedServer, device: str) -> str | None:
    with server.runtime.engine.connect() as connection:
        value = connection.execute(
            text("SELECT token_hash FROM devices WHERE device_id = :d"), {"d": device}
        ).scalar_one()
    return None if value is None else str(value)


def test_first_sign_in_is_pending_with_a_code_and_asking_again_keeps_it(office: Office) -> None:
    device = device_id()
    first = _result(office.sign_in("max", device, device_name="Max' Handy"), 202)
    again = _result(
        office.sign_in("max", device, device_name="Max' neues Handy", platform="ios"), 202
    )

    assert first.state is DeviceState.PENDING
    assert first.device_token is None
    assert len(first.verification_code) == VERIFICATION_CODE_LENGTH
    assert set(first.verification_code) <= set(VERIFICATION_ALPHABET)
    assert again.verification_code == first.verification_code
    company = office.client.get(paths.TENANT, headers=office.auth).json()["name"]
    assert (first.employee_name, first.company) == ("Max Maler", company)
    [listed] = office.devices()
    assert (listed.name, listed.platform, listed.state) == ("Max' neues Handy", "ios", "pending")
    assert listed.verification_code == first.verification_code
    assert listed.last_seen_at is not None
    assert listed.last_seen_at >= listed.requested_at


def test_approved_device_gets_a_new_token_at_each_sign_in_and_the_old_one_ends(
    office: Office,
) -> None:
    device = device_id()
    first_token = office.approved_device("max", device)
    second = _result(office.sign_in("max", device), 200)

    assert second.state is DeviceState.APPROVED
    assert second.device_token is not None
    assert second.device_token != first_token
    old = office.client.get(paths.DEVICE_ME, headers=bearer(first_token))
    new = office.client.get(paths.DEVICE_ME, headers=bearer(second.device_token))
    assert_error(old, 401, ErrorCode.INVALID_TOKEN)
    assert new.status_code == 200
    assert new.json()["employee_name"] == "Max Maler"
    assert new.json()["domain"] == office.data.domain


def test_device_token_is_stored_only_as_its_sha256(
    office: Office, cloud_server: EmbeddedServer
) -> None:
    device = device_id()
    token = office.approved_device("max", device)

    stored = _token_hashes(cloud_server, device)
    assert stored == hashlib.sha256(token.encode()).hexdigest()
    assert len(token) >= 43  # 256 random bits, base64url
    assert token not in database_dump(cloud_server)


def test_rejected_and_revoked_devices_are_refused_with_the_reason(office: Office) -> None:
    rejected, revoked = device_id(), device_id()
    office.sign_in("max", rejected)
    token = office.approved_device("max", revoked)
    assert office.decide(paths.DEVICE_REJECT, office.device_pk(rejected)).status_code == 200
    assert office.decide(paths.DEVICE_REVOKE, office.device_pk(revoked)).status_code == 200

    assert_error(office.sign_in("max", rejected), 403, "device_rejected")
    assert_error(office.sign_in("max", revoked), 403, "device_revoked")
    assert_error(office.client.get(paths.DEVICE_ME, headers=bearer(token)), 401, "invalid_token")


def test_employee_without_consent_is_refused_only_once_the_password_is_right(
    office: Office,
) -> None:
    office.add_person("ute", "Ute Unbestätigt", confirm=False)

    wrong = office.sign_in("ute", device_id(), password="Falsches-Passwort-1")
    right = office.sign_in("ute", device_id())

    assert_error(wrong, 401, ErrorCode.INVALID_CREDENTIALS)
    body = assert_error(right, 403, "consent_missing")
    assert "confirm" in body.detail
    assert office.devices() == []


def test_every_kind_of_wrong_access_data_gets_one_answer(office: Office) -> None:
    employee = office.people["max"]
    bodies = [
        office.sign_in_body("max", device_id(), password="Falsches-Passwort-1"),
        office.sign_in_body("max", device_id(), email="niemand@example.de"),
        office.sign_in_body("max", device_id(), domain=f"{office.data.domain}-x"),
    ]
    # An employee who exists but was never given a password.
    paul = add_employee(office.client, office.admin, name="Paul Passwortlos")
    bodies.append(office.sign_in_body("max", device_id(), email=paul.email))

    answers = [office.client.post(paths.DEVICE_SIGNIN, json=body) for body in bodies]

    for answer in answers:
        assert_error(answer, 401, ErrorCode.INVALID_CREDENTIALS)
    assert len({answer.content for answer in answers}) == 1
    assert employee.email not in answers[0].text


@pytest.fixture(scope="module")
def strict_server(
    tmp_path_factory: pytest.TempPathFactory, module_database: dict[str, str]
) -> Iterator[EmbeddedServer]:
    with running_server(
        tmp_path_factory.mktemp("device-throttle"),
        login_max_failures=3,
        login_lock_seconds=30,
        **module_database,
    ) as server:
        yield server


def test_failed_sign_ins_are_throttled_per_address_apart_from_the_admin_log_in(
    strict_server: EmbeddedServer,
) -> None:
    with httpx.Client(base_url=strict_server.url, timeout=10) as client:
        office = Office.create(strict_server, client, "Max Maler", "Eva Elektro", fill=False)
        for _ in range(3):
            wrong = office.sign_in("max", device_id(), password="falsch")
            assert_error(wrong, 401, ErrorCode.INVALID_CREDENTIALS)

        locked = office.sign_in("max", device_id())  # even the right password waits now
        other = office.sign_in("eva", device_id())
        admin = client.post(
            paths.AUTH_LOGIN,
            json={"domain": office.data.domain, "username": "admin", "password": "falsch"},
        )

    body = assert_error(locked, 429, ErrorCode.TOO_MANY_ATTEMPTS)
    assert body.retry_after is not None
    assert body.retry_after > 0
    assert locked.headers["retry-after"] == str(body.retry_after)
    assert other.status_code == 202
    assert_error(admin, 401, ErrorCode.INVALID_CREDENTIALS)  # its own count, not locked


@pytest.fixture(scope="module")
def timing_server(
    tmp_path_factory: pytest.TempPathFactory, module_database: dict[str, str]
) -> Iterator[EmbeddedServer]:
    with running_server(
        tmp_path_factory.mktemp("device-timing"), **module_database, login_max_failures=1000
    ) as s:
        yield s


def _elapsed(client: httpx.Client, body: dict[str, str]) -> float:
    start = time.perf_counter()
    response = client.post(paths.DEVICE_SIGNIN, json=body)
    elapsed = time.perf_counter() - start
    assert response.status_code == 401
    return elapsed


def test_unknown_account_and_wrong_password_take_the_same_time(
    timing_server: EmbeddedServer,
) -> None:
    with httpx.Client(base_url=timing_server.url, timeout=10) as client:
        office = Office.create(timing_server, client, "Max Maler", fill=False)
        bodies = {
            "wrong password": office.sign_in_body("max", device_id(), password="Falsch-Passw-1"),
            "unknown e-mail": office.sign_in_body("max", device_id(), email="wer@example.de"),
            "unknown domain": office.sign_in_body("max", device_id(), domain="gibt-es-nicht"),
        }
        times: dict[str, list[float]] = {kind: [] for kind in bodies}
        for body in bodies.values():
            _elapsed(client, body)
        for _ in range(ROUNDS):
            for kind, body in bodies.items():
                times[kind].append(_elapsed(client, body))

    medians = {kind: statistics.median(values) for kind, values in times.items()}
    assert max(medians.values()) / min(medians.values()) < MAX_RATIO, medians
