"""The desktop app killed (SIGKILL) while it saves an employee, and started again: the entry is
not lost, and the employee exists exactly once.

The app runs in a process of its own (faults/app_driver.py: the real Launcher and wizard,
offscreen) against ``cloudsetup-server run`` through a relay the test controls. It types an
employee into the dialog (the draft reaches the disk), and the relay holds the "Speichern":

* ``before-the-cloud-got-it``: the relay keeps the request from the cloud; after the restart
  the dialog is filled from the draft again, and saving it adds the employee once;
* ``after-the-cloud-stored-it``: the cloud stores him and the relay keeps the answer from the
  app; after the restart page 2 lists him and the draft is dropped, so nobody adds him twice.

:data:`KILL_CASES` is the list bench/robustness.py counts.
"""

from __future__ import annotations

import json
import subprocess
import time
from collections.abc import Callable
from pathlib import Path
from typing import Final

import httpx
import pytest

from cloudsetup.models import DomainData, Employee, paths
from cloudsetup.services.drafts import DRAFTS_FILE_NAME
from support.cloud import bearer, login
from support.leaks import files_containing
from support.tcp_relay import Mode, TcpRelay

from .conftest import sign_in_for_another_process
from .driver_process import start_driver
from .server_process import ServerProcess

#: Every kill case of this module, and how the relay holds the save in it.
KILL_CASES: Final[dict[str, Mode]] = {
    "before-the-cloud-got-it": "silent",
    "after-the-cloud-stored-it": "swallow_reply",
}
NAME: Final = "Anna Becker"
EMAIL: Final = "anna.becker@example.de"
RUN_TIMEOUT: Final = 120.0


def _cloud_employees(server: ServerProcess, data: DomainData) -> list[Employee]:
    with httpx.Client(base_url=server.url, timeout=30) as client:
        token = login(client, data)
        response = client.get(paths.EMPLOYEES, headers=bearer(token))
        assert response.status_code == 200, response.text
        return [Employee.model_validate(item) for item in response.json()]


def _read_line(process: subprocess.Popen[str], expected: str) -> None:
    assert process.stdout is not None
    line = process.stdout.readline().strip()
    assert line == expected, (line, process.communicate(timeout=30))


def _wait(condition: Callable[[], bool], what: str) -> None:
    deadline = time.monotonic() + RUN_TIMEOUT
    while not condition():
        assert time.monotonic() < deadline, what
        time.sleep(0.02)


@pytest.mark.slow
@pytest.mark.parametrize("case", list(KILL_CASES))
def test_the_app_killed_while_saving_an_employee_loses_nothing_and_adds_him_once(
    case: str, server: ServerProcess, tmp_path: Path
) -> None:
    data = server.create_tenant()
    config_dir = tmp_path / "config"
    keyring_file = tmp_path / "keyring.json"
    cache = tmp_path / "cache"
    with TcpRelay(("127.0.0.1", server.port)) as relay:
        sign_in_for_another_process(relay.url, data, config_dir, keyring_file)

        app = start_driver(
            "faults.app_driver",
            str(keyring_file),
            str(config_dir),
            "add",
            NAME,
            EMAIL,
            cache_dir=cache,
        )
        _read_line(app, "draft-kept")
        assert NAME in (config_dir / DRAFTS_FILE_NAME).read_text(encoding="utf-8")
        relay.set_mode(KILL_CASES[case])
        assert app.stdin is not None
        app.stdin.write("go\n")
        app.stdin.flush()
        _read_line(app, "saving")
        _wait(
            lambda: any(r.startswith("POST /api/v1/employees") for r in relay.requests),
            "the save never reached the relay",
        )
        if case == "after-the-cloud-stored-it":
            _wait(lambda: bool(_cloud_employees(server, data)), "the cloud never stored him")
        else:
            assert _cloud_employees(server, data) == []
        app.kill()
        app.communicate(timeout=30)
        assert app.returncode != 0  # killed, not finished

        relay.set_mode("forward")
        again = start_driver(
            "faults.app_driver", str(keyring_file), str(config_dir), "resume", cache_dir=cache
        )
        out, err = again.communicate(timeout=RUN_TIMEOUT)
    assert again.returncode == 0, err
    lines = out.splitlines()
    report = json.loads(lines[0])
    if case == "before-the-cloud-got-it":
        assert report["resumed_at"] == "EMPLOYEES"
        assert report["employees"] == []
        assert report["restored"]["name"] == NAME
        assert report["restored"]["email"] == EMAIL
        assert lines[1:] == ["saved"]
    else:
        assert report["resumed_at"] == "ACCESS"  # he is saved: the next step is his access
        assert report["employees"] == [EMAIL]
        assert report["restored"] is None  # he is in the cloud: the draft went, nobody twice
        assert lines[1:] == []
    stored = _cloud_employees(server, data)
    assert [(e.name, e.email) for e in stored] == [(NAME, EMAIL)]
    assert NAME not in (config_dir / DRAFTS_FILE_NAME).read_text(encoding="utf-8")
    assert files_containing(config_dir, [data.password]) == []
