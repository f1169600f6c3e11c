"""429 with Retry-After, 503 and dropped answers during a fill: the client's retries finish it.

The real app runs behind :class:`~faults.fault_injector.FaultInjector`; the fill goes through
the real FillService and CloudClient (with its default retry policy). Batches that the server
stored but whose answer was lost are sent again, and must change nothing.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from cloudsetup.localdata import OfficeDatabase
from cloudsetup.models import DomainData
from cloudsetup.server.embedded import EmbeddedServer
from cloudsetup.server.main import create_app
from cloudsetup.services import FillService, SetupService
from support.cloud import new_tenant, server_settings

from .conftest import BATCH_SIZE, connect
from .fault_injector import FaultInjector, Injected
from .records import assert_same, fill_jobs, live_records, office_records


@pytest.fixture
def faulty_server(tmp_path: Path) -> Iterator[tuple[EmbeddedServer, Injected, Path]]:
    directory = tmp_path / "cloud"
    directory.mkdir()
    settings = server_settings(directory)
    app = create_app(settings)
    injected = Injected()
    app.add_middleware(FaultInjector, every=4, injected=injected)
    with EmbeddedServer(settings, app=app) as server:
        yield server, injected, directory / "cloud.sqlite3"


def test_fill_finishes_through_429_503_and_dropped_answers_with_exactly_the_office_data(
    faulty_server: tuple[EmbeddedServer, Injected, Path], office_path: Path, tmp_path: Path
) -> None:
    server, injected, database = faulty_server
    data: DomainData = new_tenant(server)
    setup: SetupService = connect(server.url, data, tmp_path / "config")
    try:
        fill = FillService(setup, state_dir=tmp_path / "config", batch_size=BATCH_SIZE)
        office = OfficeDatabase(office_path)
        try:
            result = fill.run(office, on_progress=lambda _: None, cancel=threading.Event())
        finally:
            office.close()
    finally:
        setup.close()
    assert set(injected.kinds) == {"429/0", "429/1", "503", "drop"}
    assert injected.kinds["drop"] >= 2  # a batch and the commit
    assert [(j, s) for j, s, _ in fill_jobs(database)] == [(result.job_id, "committed")]
    assert_same(office_records(office_path), live_records(database, data.domain))
