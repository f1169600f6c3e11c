"""``cloudsetup device``, the phone app's stand-in, as a real process against the real cloud."""

from __future__ import annotations

import json
import os
import stat
import subprocess
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from cloudsetup.models import DeviceState
from cloudsetup.server.embedded import EmbeddedServer
from support.devices import PASSWORD, RANGE, Office
from support.phone_cli import COMMAND, PENDING_EXIT, PhoneCli, no_traceback


@pytest.fixture
def http(cloud_server: EmbeddedServer) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=cloud_server.url, timeout=30) as client:
        yield client


@pytest.fixture
def office(cloud_server: EmbeddedServer, http: httpx.Client) -> Office:
    """A filled tenant whose employee Max confirmed; he may write invoices in his range."""
    office = Office.create(cloud_server, http, "Max Muster")
    office.permit("max")
    office.give_range("max")
    return office


class Phone:
    """``cloudsetup device`` as Max, with one state folder and a token file."""

    def __init__(self, office: Office, state_dir: Path) -> None:
        self.office = office
        self.state_dir = state_dir
        self.cli = PhoneCli(
            state_dir=state_dir,
            server_url=office.server.url,
            domain=office.data.domain,
            email=office.people["max"].email,
            password=PASSWORD,
        )
        self.token_file = self.cli.token_file

    def run(
        self, action: str, *args: str, password: str | None = None, token_file: bool = True
    ) -> subprocess.CompletedProcess[str]:
        return self.cli.run(action, *args, password=password, token_file=token_file)

    def sign_in(
        self, *args: str, password: str | None = None, token_file: bool = True
    ) -> subprocess.CompletedProcess[str]:
        return self.cli.sign_in(*args, password=password, token_file=token_file)

    def approve(self) -> None:
        device_id = json.loads((self.state_dir / "device.json").read_text())["device_id"]
        response = self.office.approve(self.office.device_pk(device_id))
        assert response.status_code == 200, response.text

    def approved(self) -> None:
        assert self.sign_in().returncode == PENDING_EXIT
        self.approve()
        signed_in = self.sign_in()
        assert signed_in.returncode == 0, signed_in.stderr


@pytest.fixture
def phone(office: Office, tmp_path: Path) -> Phone:
    return Phone(office, tmp_path / "phone")


def test_signin_is_pending_with_the_code_then_approved_with_the_token_kept_safe(
    phone: Phone, office: Office
) -> None:
    pending = phone.sign_in()
    assert pending.returncode == 5, pending.stderr
    (listed,) = office.devices(state="pending")
    assert listed.name == "Max' Laptop"
    assert f"Verification code: {listed.verification_code}" in pending.stdout

    phone.approve()
    approved = phone.sign_in()

    assert approved.returncode == 0, approved.stderr
    assert "approved" in approved.stdout
    assert "Max Muster" in approved.stdout
    token = phone.token_file.read_text().strip()
    assert len(token) > 20
    assert stat.S_IMODE(phone.token_file.stat().st_mode) == 0o600
    state = (phone.state_dir / "device.json").read_text()
    assert token not in state
    assert PASSWORD not in state
    assert token not in approved.stdout + approved.stderr
    assert json.loads(state)["device_id"] == listed.device_id
    assert office.devices()[0].state is DeviceState.APPROVED


def test_the_device_id_is_made_once_and_kept(phone: Phone) -> None:
    phone.sign_in()
    first = json.loads((phone.state_dir / "device.json").read_text())["device_id"]
    phone.sign_in()
    assert json.loads((phone.state_dir / "device.json").read_text())["device_id"] == first


def test_pull_prints_the_counts_and_the_next_pull_only_what_changed(
    phone: Phone, office: Office
) -> None:
    phone.approved()
    first = phone.run("pull")
    assert first.returncode == 0, first.stderr
    assert "Customers: 2 (received 2, deleted 0)" in first.stdout
    assert "Invoice lines: 1 (received 1, deleted 0)" in first.stdout

    office.pushed(
        [{"collection": "customers", "id": "cus-2", "data": None}],
    )
    second = phone.run("pull")
    assert "Customers: 1 (received 0, deleted 1)" in second.stdout
    assert "Articles: 3 (received 0, deleted 0)" in second.stdout

    assert phone.run("reset").returncode == 0
    again = phone.run("pull")
    assert "Customers: 1 (received 1, deleted 0)" in again.stdout


def test_an_invoice_with_german_decimals_is_accepted_and_its_number_only_once(
    phone: Phone, office: Office
) -> None:
    phone.approved()
    phone.run("pull")
    number = f"{RANGE['prefix']}{RANGE['start']}"
    line = ["--line", "Wand streichen;12,5;m²;18,90;19", "--line", "Anfahrt;1;pauschal;35.00;19"]
    pushed = phone.run("push-invoice", "--customer", "cus-2", "--number", number, *line)
    assert pushed.returncode == 0, pushed.stderr
    # 12.5 x 18.90 = 236.25 and 35.00 net; 19 % VAT on 271.25 = 51.54
    assert f"Invoice {number} accepted" in pushed.stdout
    assert "net €271.25, VAT €51.54, gross €322.79 (2 lines)" in pushed.stdout
    assert [item.number for item in office.inbox(0)] == [number]
    assert json.loads((phone.state_dir / "device.json").read_text())["unsent"] == {}

    again = phone.run("push-invoice", "--customer", "cus-1", "--number", number, *line)
    assert again.returncode == 1
    assert again.stderr.strip().count("\n") == 0
    assert "This invoice number has already been used." in again.stderr
    no_traceback(again)


def test_a_line_that_cannot_be_read_is_named(phone: Phone) -> None:
    phone.approved()
    result = phone.run(
        "push-invoice",
        "--customer",
        "cus-1",
        "--number",
        "RE-M-1001",
        "--line",
        "Farbe;zwei;l;3;19",
    )
    assert result.returncode == 2
    assert 'Line 1: the quantity "zwei" is not a number' in result.stderr
    no_traceback(result)


def test_without_a_keyring_the_token_needs_a_token_file(phone: Phone, office: Office) -> None:
    result = phone.sign_in(token_file=False)
    assert result.returncode == 4
    assert "--token-file" in result.stderr
    assert "keyring" in result.stderr
    assert office.devices() == []  # it stopped before it signed in
    no_traceback(result)


def test_a_wrong_password_is_one_clear_line(phone: Phone, office: Office) -> None:
    result = phone.sign_in(password="falsch-falsch-falsch")
    assert result.returncode == 1
    assert len(result.stderr.strip().splitlines()) == 1
    assert "not correct" in result.stderr
    assert "falsch-falsch-falsch" not in result.stderr
    no_traceback(result)


def test_status_before_any_signin_says_what_to_do(phone: Phone) -> None:
    result = phone.run("status")
    assert result.returncode == 3
    assert "cloudsetup device signin" in result.stderr


def test_status_of_an_approved_device_says_who_it_is(phone: Phone) -> None:
    phone.approved()
    result = phone.run("status")
    assert result.returncode == 0, result.stderr
    assert "Approved for Max Muster" in result.stdout
    assert "may write invoices: yes" in result.stdout


def test_a_revoked_device_is_told_so(phone: Phone, office: Office) -> None:
    phone.approved()
    (device,) = office.devices()
    assert office.decide("/api/v1/devices/{device_pk}/revoke", device.id).status_code == 200
    pulled = phone.run("pull")
    assert pulled.returncode == 1
    no_traceback(pulled)
    again = phone.sign_in()
    assert again.returncode == 1
    assert "revoked" in again.stderr


def test_a_german_run_speaks_german(phone: Phone, office: Office) -> None:
    person = office.people["max"]
    env = {k: v for k, v in os.environ.items() if k not in {"DISPLAY", "WAYLAND_DISPLAY"}}
    result = subprocess.run(
        [
            str(COMMAND),
            "--lang",
            "de",
            "device",
            "signin",
            "--state-dir",
            str(phone.state_dir),
            "--token-file",
            str(phone.token_file),
            "--server",
            office.server.url,
            "--domain",
            office.data.domain,
            "--email",
            person.email,
            "--password-stdin",
        ],
        input=PASSWORD + "\n",
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
        check=False,
    )
    assert result.returncode == 5, result.stderr
    assert "Bestätigungscode" in result.stdout
