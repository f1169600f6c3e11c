"""The ``cloudsetup fill`` process killed (SIGKILL) mid-way and started again: it continues.

The test signs in as the wizard would (the refresh token goes to a file keyring the client
process reads), runs the command in a process of its own against ``cloudsetup-server run``,
kills it once part of the batches has arrived, and runs it again: the second run continues the
job from ``fill-state.json`` and the cloud holds exactly the office's records.
"""

from __future__ import annotations

import json
import subprocess
import time
from pathlib import Path
from typing import Final

import pytest

from cloudsetup.services.fill_state import STATE_FILE_NAME

from .conftest import BATCH_SIZE, sign_in_for_another_process
from .driver_process import start_driver
from .records import assert_same, fill_jobs, live_records, office_records, received_batches
from .server_process import ServerProcess

RUN_TIMEOUT: Final = 120.0


def _start_client(keyring_file: Path, config_dir: Path, office: Path) -> subprocess.Popen[str]:
    argv = [str(keyring_file), str(config_dir), str(office), str(BATCH_SIZE)]
    return start_driver("faults.fill_driver", *argv)


@pytest.mark.slow
def test_killed_fill_command_continues_its_job_when_started_again(
    server: ServerProcess, office_path: Path, tmp_path: Path
) -> None:
    data = server.create_tenant()
    config_dir = tmp_path / "config"
    keyring_file = tmp_path / "keyring.json"
    sign_in_for_another_process(server.url, data, config_dir, keyring_file)

    client = _start_client(keyring_file, config_dir, office_path)
    deadline = time.monotonic() + RUN_TIMEOUT
    while received_batches(server.database) < 5:
        assert client.poll() is None, client.communicate()
        assert time.monotonic() < deadline, "the fill command made no progress"
        time.sleep(0.005)
    client.kill()
    client.communicate(timeout=30)
    state = json.loads((config_dir / STATE_FILE_NAME).read_text(encoding="utf-8"))
    ((job_id, job_state, total_batches),) = fill_jobs(server.database)
    held_at_kill = received_batches(server.database)
    assert (job_id, job_state) == (state["job_id"], "open")
    assert held_at_kill < total_batches, "the kill came too late to test a continuation"

    again = _start_client(keyring_file, config_dir, office_path)
    out, err = again.communicate(timeout=RUN_TIMEOUT)
    assert again.returncode == 0, err
    assert [(j, s) for j, s, _ in fill_jobs(server.database)] == [(job_id, "committed")]
    assert_same(office_records(office_path), live_records(server.database, data.domain))
    assert not (config_dir / STATE_FILE_NAME).exists()
    assert out.strip()  # the summary of what the cloud checked
