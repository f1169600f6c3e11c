"""The cloud process killed (SIGKILL) at random points of a fill, and started again.

Each round fills the cloud through the real FillService and CloudClient, kills the server once
a random share of the batches has arrived, starts it again on the same port and database, and
runs the fill again: it continues the same job and ends verified, and the cloud's live records
are exactly the office's (compared as sets of collection, id and content digest).
"""

from __future__ import annotations

import json
import random
import time
from pathlib import Path
from typing import Final

import pytest

from cloudsetup.models.fill import FillResult
from cloudsetup.services import FillService, UserError
from cloudsetup.services.fill_state import STATE_FILE_NAME

from .conftest import BATCH_SIZE, RECORDS, FillRun, connect
from .records import assert_same, live_records, office_records, received_batches
from .server_process import ServerProcess

ROUNDS: Final = 3
KILL_WAIT: Final = 60.0


def _kill_when_received(
    server: ServerProcess, run: FillRun, state_file: Path, batches: int
) -> bool:
    """SIGKILL the server once this run's job holds ``batches``; False if the fill ended first."""
    deadline = time.monotonic() + KILL_WAIT
    while run.running:
        job_id = _stored_job(state_file)
        if job_id and received_batches(server.database, job_id) >= batches:
            server.kill()
            return True
        assert time.monotonic() < deadline, "the fill made no progress"
        time.sleep(0.005)
    return False


def _stored_job(state_file: Path) -> str | None:
    try:
        return str(json.loads(state_file.read_text(encoding="utf-8"))["job_id"])
    except (FileNotFoundError, ValueError):  # not written yet, or being replaced right now
        return None


@pytest.mark.slow
def test_fill_continues_after_the_server_is_killed_and_the_cloud_holds_exactly_the_office_data(
    server: ServerProcess, office_path: Path, tmp_path: Path
) -> None:
    data = server.create_tenant()
    config_dir = tmp_path / "config"
    setup = connect(server.url, data, config_dir)
    fill = FillService(setup, state_dir=config_dir, in_flight=3, batch_size=BATCH_SIZE)
    expected = office_records(office_path)
    total_batches = -(-RECORDS // BATCH_SIZE)  # at least; the plan cuts per collection
    rng = random.Random(4)
    killed = 0
    try:
        for _round in range(ROUNDS):
            run = FillRun(fill, office_path).start()
            state_file = config_dir / STATE_FILE_NAME
            threshold = rng.randint(2, total_batches * 3 // 4)
            if _kill_when_received(server, run, state_file, threshold):
                killed += 1
                failure = run.outcome()
                assert isinstance(failure, UserError), failure
                assert failure.code in {
                    "connection_failed",
                    "connection_lost",
                    "timeout",
                    "server_error",
                }
                job_id = _stored_job(state_file)
                server.start()
                run = FillRun(fill, office_path).start()
                result = run.outcome()
                assert isinstance(result, FillResult), result
                assert result.job_id == job_id  # continued, not started over
            else:
                result = run.outcome()
                assert isinstance(result, FillResult), result
            assert_same(expected, live_records(server.database, data.domain))
            assert not (config_dir / STATE_FILE_NAME).exists()
    finally:
        setup.close()
    assert killed >= 2, "the kills came too late to test anything"
