"""Cancelling a second fill mid-way leaves the first fill's data live, complete and readable."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from cloudsetup.localdata import OfficeDatabase, generate_demo_data
from cloudsetup.models.fill import FillJobState
from cloudsetup.services import FillCancelled, FillProgress, FillService
from cloudsetup.services.fill_state import STATE_FILE_NAME
from support.cloud import new_tenant, running_server

from .conftest import BATCH_SIZE, RECORDS, connect
from .records import assert_same, fill_jobs, live_records, office_records


def test_cancelled_fill_leaves_the_previous_cloud_data_intact_and_readable(
    office_path: Path, tmp_path: Path
) -> None:
    second_path = tmp_path / "office-2.sqlite3"
    generate_demo_data(second_path, records=RECORDS, seed=5)
    config_dir = tmp_path / "config"
    with running_server(tmp_path / "cloud") as server:
        database = tmp_path / "cloud" / "cloud.sqlite3"
        data = new_tenant(server)
        setup = connect(server.url, data, config_dir)
        try:
            fill = FillService(setup, state_dir=config_dir, batch_size=BATCH_SIZE)
            first_office = OfficeDatabase(office_path)
            try:
                first = fill.run(first_office, on_progress=lambda _: None, cancel=threading.Event())
            finally:
                first_office.close()
            before = fill.cloud_data()

            cancel = threading.Event()

            def cancel_half_way(progress: FillProgress) -> None:
                if progress.records_done >= progress.records_total // 2:
                    cancel.set()

            second_office = OfficeDatabase(second_path)
            try:
                with pytest.raises(FillCancelled):
                    fill.run(second_office, on_progress=cancel_half_way, cancel=cancel)
            finally:
                second_office.close()

            assert (config_dir / STATE_FILE_NAME).exists()  # the next run would continue
            after = fill.cloud_data()
            assert after == before
            assert [t.count for t in after.totals] == [t.count for t in first.totals]
            assert_same(office_records(office_path), live_records(database, data.domain))
            jobs = fill_jobs(database)
            assert [state for _, state, _ in jobs] == [
                FillJobState.COMMITTED.value,
                FillJobState.OPEN.value,
            ]

            fill.abort()  # "discard": the staged rows go, the live data stays
            assert not (config_dir / STATE_FILE_NAME).exists()
            assert fill.cloud_data() == before
            assert_same(office_records(office_path), live_records(database, data.domain))
        finally:
            setup.close()
