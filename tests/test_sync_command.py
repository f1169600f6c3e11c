"""``cloudsetup sync`` as a real process with the stored sign-in, against the real cloud."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Final

import pytest

from cloudsetup.cloud import CloudClient
from cloudsetup.localdata import OfficeDatabase, generate_demo_data
from cloudsetup.models import Credentials, DomainData, paths
from cloudsetup.server.embedded import EmbeddedServer
from cloudsetup.services import FillService, KeyringSecretStore, SettingsStore, SetupService
from faults.file_keyring import FileKeyring
from support.gate_proxy import GateProxy

TESTS_DIR: Final = Path(__file__).resolve().parent
TIMEOUT: Final = 90


class Office:
    """A config folder signed in to ``url`` (refresh token in a file keyring), an office
    database filled into the cloud, and ``cloudsetup`` runs that use both."""

    def __init__(self, url: str, tenant: DomainData, tmp_path: Path) -> None:
        self.config_dir = tmp_path / "config"
        self.keyring_file = tmp_path / "keyring.json"
        self.office_db = tmp_path / "office.sqlite3"
        generate_demo_data(self.office_db, records=300, seed=5)
        setup = SetupService(
            client_factory=CloudClient,
            secrets=KeyringSecretStore(backend=FileKeyring(self.keyring_file)),
            settings=SettingsStore.in_dir(self.config_dir),
        )
        try:
            setup.test_connection(
                Credentials.model_validate(
                    {
                        "server_url": url,
                        "domain": tenant.domain,
                        "username": tenant.username,
                        "password": tenant.password,
                    }
                )
            )
            with OfficeDatabase(self.office_db) as office:
                FillService(setup, state_dir=self.config_dir).run(
                    office, on_progress=lambda progress: None, cancel=threading.Event()
                )
        finally:
            setup.close()

    def add_customers(self, count: int) -> None:
        with OfficeDatabase(self.office_db) as office, office.transaction() as connection:
            connection.executemany(
                "INSERT INTO customers (id, number, name) VALUES (?, ?, 'Neukunde')",
                [(f"new-{n:05d}", f"K-new-{n}") for n in range(count)],
            )

    def argv(self, *args: str) -> list[str]:
        return [
            sys.executable,
            "-m",
            "support.keyring_cli",
            str(self.keyring_file),
            "--lang",
            "en",
            "--config-dir",
            str(self.config_dir),
            "--office-db",
            str(self.office_db),
            *args,
        ]

    def start(self, *args: str) -> subprocess.Popen[str]:
        return subprocess.Popen(
            self.argv(*args),
            env=_env(),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )

    def run(self, *args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            self.argv(*args),
            env=_env(),
            capture_output=True,
            text=True,
            timeout=TIMEOUT,
            check=False,
        )


def _env() -> dict[str, str]:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(TESTS_DIR), *sys.path])}
    env.pop("DISPLAY", None)
    return env


@pytest.fixture
def office(cloud_server: EmbeddedServer, tenant: DomainData, tmp_path: Path) -> Office:
    return Office(cloud_server.url, tenant, tmp_path)


def test_sync_sends_the_office_changes_and_says_what_it_did(office: Office) -> None:
    office.add_customers(3)
    result = office.run("sync")
    assert result.returncode == 0, result.stderr
    assert "Changes of the office data sent to the cloud: 3" in result.stdout
    assert "Invoices from devices taken into the office data: 0" in result.stdout
    assert "Done: the office data and the cloud agree." in result.stderr

    again = office.run("sync")
    assert "Changes of the office data sent to the cloud: 0" in again.stdout


def test_sync_without_a_sign_in_says_how_to_sign_in(tmp_path: Path) -> None:
    generate_demo_data(tmp_path / "office.sqlite3", records=20)
    env = {**_env(), "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    result = subprocess.run(
        [
            str(Path(sys.executable).parent / "cloudsetup"),
            "--lang",
            "en",
            "--config-dir",
            str(tmp_path / "config"),
            "--office-db",
            str(tmp_path / "office.sqlite3"),
            "sync",
        ],
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        env=env,
        check=False,
    )
    assert result.returncode == 3
    assert "not signed in" in result.stderr


def test_sync_without_an_office_database_names_the_option(tmp_path: Path) -> None:
    result = subprocess.run(
        [str(Path(sys.executable).parent / "cloudsetup"), "--config-dir", str(tmp_path), "sync"],
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        env=_env(),
        check=False,
    )
    assert result.returncode == 2
    assert "--office-db" in result.stderr


@pytest.fixture
def gate(cloud_server: EmbeddedServer) -> Iterator[GateProxy]:
    with GateProxy(cloud_server.url, hold=paths.SYNC_CHANGES).running() as proxy:
        yield proxy


def test_ctrl_c_stops_between_batches_and_the_next_run_continues(
    gate: GateProxy, tenant: DomainData, tmp_path: Path
) -> None:
    office = Office(gate.url, tenant, tmp_path)
    office.add_customers(2500)  # three batches of at most 1000
    process = office.start("sync")
    try:
        assert gate.arrived.wait(TIMEOUT), "the first batch never came"
        process.send_signal(signal.SIGINT)
        gate.release.set()
        out, err = process.communicate(timeout=TIMEOUT)
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()
    assert process.returncode == 130, err
    assert "The sync was cancelled" in err
    assert "Traceback" not in err

    result = office.run("sync")
    assert result.returncode == 0, result.stderr
    assert "Changes of the office data sent to the cloud: 1,500" in result.stdout
    assert out == ""


def test_a_sync_killed_while_its_batch_is_on_the_way_converges_on_the_next_run(
    gate: GateProxy, tenant: DomainData, tmp_path: Path
) -> None:
    office = Office(gate.url, tenant, tmp_path)
    office.add_customers(2500)
    process = office.start("sync")
    try:
        assert gate.arrived.wait(TIMEOUT), "the first batch never came"
        process.kill()  # no Ctrl-C: gone at once, its batch still on the way
        process.communicate(timeout=TIMEOUT)
    finally:
        if process.poll() is None:
            process.kill()
    gate.release.set()
    assert gate.forwarded.wait(TIMEOUT)  # the cloud applied it; nobody heard the answer

    result = office.run("sync")
    assert result.returncode == 0, result.stderr
    assert "Changes of the office data sent to the cloud: 1,500" in result.stdout
    assert "Changes of the office data sent to the cloud: 0" in office.run("sync").stdout
