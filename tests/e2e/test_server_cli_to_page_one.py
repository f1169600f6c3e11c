"""End to end: what ``cloudsetup-server create-tenant`` prints signs in through page 1.

The server runs as its own process (``cloudsetup-server run``) on a free port of 127.0.0.1, as
support staff would start it; the wizard talks to it over real HTTP.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from cloudsetup.models import DomainData, paths
from cloudsetup.services.secrets import SERVICE_NAME, SecretKey
from cloudsetup.services.setup import SetupService
from cloudsetup.wizard.wizard import SetupWizard
from support.keyrings import MemoryKeyring

BIN = Path(sys.executable).parent
START_TIMEOUT = 30.0


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture
def server_env(tmp_path: Path) -> dict[str, str]:
    port = _free_port()
    return {
        **os.environ,
        "DATABASE_URL": f"sqlite:///{tmp_path / 'cloud.sqlite3'}",
        "MAIL_URL": (tmp_path / "outbox").as_uri(),
        "PUBLIC_URL": f"http://127.0.0.1:{port}",
        "CLOUDSETUP_TEST_PORT": str(port),
    }


@pytest.fixture
def server_process(server_env: dict[str, str]) -> Iterator[str]:
    """``cloudsetup-server run`` in its own process; stopped (bounded) after the test."""
    url = server_env["PUBLIC_URL"]
    port = server_env["CLOUDSETUP_TEST_PORT"]
    process = subprocess.Popen(
        [str(BIN / "cloudsetup-server"), "run", "--host", "127.0.0.1", "--port", port],
        env=server_env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + START_TIMEOUT
        while True:
            try:
                if httpx.get(f"{url}{paths.HEALTH}", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            assert process.poll() is None, process.stderr.read() if process.stderr else ""
            assert time.monotonic() < deadline, "cloudsetup-server run did not come up"
            time.sleep(0.1)
        yield url
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)
        if process.stderr:
            process.stderr.close()


def _create_tenant(env: dict[str, str], *extra: str) -> str:
    result = subprocess.run(
        [
            str(BIN / "cloudsetup-server"),
            "create-tenant",
            "--name",
            "Malerbetrieb Muster GmbH",
            "--admin-email",
            "chef@malerbetrieb-muster.example",
            *extra,
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    return result.stdout


def _wizard(qtbot: QtBot, service: SetupService) -> SetupWizard:
    wizard = SetupWizard(service, portal_url="https://kundenkonto.example.de/")
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def test_json_domain_data_of_the_server_cli_sign_in_through_page_one(
    qtbot: QtBot,
    server_env: dict[str, str],
    server_process: str,
    service: SetupService,
    memory_keyring: MemoryKeyring,
) -> None:
    data = DomainData.model_validate(json.loads(_create_tenant(server_env, "--json")))
    wizard = _wizard(qtbot, service)
    page = wizard.credentials
    page.set_values(
        server_url=data.server_url,
        domain=data.domain,
        username=data.username,
        password=data.password,
    )

    worker = page.start_test()
    assert worker is not None
    qtbot.waitUntil(page.isComplete, timeout=20_000)

    assert data.server_url == server_process
    assert wizard.button(SetupWizard.WizardButton.NextButton).isEnabled()
    key = SecretKey(server_url=data.server_url, domain=data.domain, username=data.username)
    assert memory_keyring.get_password(SERVICE_NAME, key.keyring_username)


def test_the_printed_block_pasted_into_page_one_signs_in(
    qtbot: QtBot, server_env: dict[str, str], server_process: str, service: SetupService
) -> None:
    printed = _create_tenant(server_env)
    wizard = _wizard(qtbot, service)
    page = wizard.credentials
    QGuiApplication.clipboard().setText(printed)

    qtbot.mouseClick(page.paste_button, Qt.MouseButton.LeftButton)
    worker = page.start_test()
    assert worker is not None
    qtbot.waitUntil(page.isComplete, timeout=20_000)

    server_url, domain, username, _password = page.values()
    assert (server_url, domain, username) == (server_process, "malerbetrieb-muster", "admin")
