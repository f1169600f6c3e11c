"""The README's way of running several workers: uvicorn --workers 2 on one PostgreSQL database.

``cloudsetup-server migrate`` and ``create-tenant`` first (as the README says), then
``uvicorn --factory cloudsetup.server.main:create_app --workers 2`` as a process of its own on
127.0.0.1: a log-in, an employee created by one request and read back by the next ones
(whichever worker answers: the signing key and the data are in the database), then stopped.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from cloudsetup.models import DomainData, Employee, paths
from support.cloud import bearer, login, unique_email
from support.postgres import LOOPBACK, free_port

START_TIMEOUT_SECONDS = 60
STOP_TIMEOUT_SECONDS = 20


def _environment(database_url: str, tmp_path: Path, base_url: str) -> dict[str, str]:
    return {
        **os.environ,
        "DATABASE_URL": database_url,
        "MAIL_URL": (tmp_path / "outbox").as_uri(),
        "PUBLIC_URL": base_url,
    }


def _server_command(*arguments: str) -> list[str]:
    """``cloudsetup-server`` of this environment (the script beside its interpreter)."""
    return [str(Path(sys.executable).with_name("cloudsetup-server")), *arguments]


@pytest.fixture
def workers(postgres_url: str, tmp_path: Path) -> Iterator[tuple[str, DomainData]]:
    port = free_port()
    base_url = f"http://{LOOPBACK}:{port}"
    env = _environment(postgres_url, tmp_path, base_url)
    subprocess.run(_server_command("migrate"), env=env, check=True, timeout=120)
    created = subprocess.run(
        _server_command(
            "create-tenant",
            "--name",
            "Worker Test GmbH",
            "--admin-email",
            "chef@example.de",
            "--json",
        ),
        env=env,
        check=True,
        timeout=120,
        capture_output=True,
        text=True,
    )
    data = DomainData.model_validate(json.loads(created.stdout))
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "uvicorn",
            "--factory",
            "cloudsetup.server.main:create_app",
            "--workers",
            "2",
            "--host",
            LOOPBACK,
            "--port",
            str(port),
            "--log-level",
            "warning",
        ],
        env=env,
    )
    try:
        deadline = time.monotonic() + START_TIMEOUT_SECONDS
        while True:
            assert process.poll() is None, "uvicorn ended at its start"
            try:
                if httpx.get(f"{base_url}{paths.HEALTH}", timeout=2).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            assert time.monotonic() < deadline, "uvicorn did not answer in time"
            time.sleep(0.2)
        yield base_url, data
    finally:
        process.send_signal(signal.SIGINT)
        try:
            process.wait(STOP_TIMEOUT_SECONDS)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(STOP_TIMEOUT_SECONDS)


def test_two_workers_share_sessions_and_data_on_postgresql(
    workers: tuple[str, DomainData],
) -> None:
    base_url, data = workers
    # A new connection per request, so the requests spread over both workers.
    with httpx.Client(base_url=base_url, timeout=10) as client:
        tokens = login(client, data)
    body = {"name": "Wilma Worker", "email": unique_email()}
    created = httpx.post(f"{base_url}{paths.EMPLOYEES}", json=body, headers=bearer(tokens))
    assert created.status_code == 201, created.text
    employee = Employee.model_validate_json(created.content)

    url = f"{base_url}{paths.EMPLOYEE.format(employee_id=employee.id)}"
    answers = [httpx.get(url, headers=bearer(tokens), timeout=10) for _ in range(8)]

    assert [answer.status_code for answer in answers] == [200] * 8
    assert {Employee.model_validate_json(a.content) for a in answers} == {employee}
