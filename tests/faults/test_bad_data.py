"""A record the cloud refuses: the message names its collection and id; nothing is committed."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest

from cloudsetup.localdata import OfficeDatabase
from cloudsetup.services import FillService, UserError
from support.cloud import new_tenant, running_server

from .conftest import BATCH_SIZE, connect

#: Longer than the 64 characters the cloud allows for a record id.
TOO_LONG_ID = "K-" + "x" * 80


def _break_one_customer(path: Path) -> None:
    """What a foreign tool writing into the office database could leave behind."""
    with sqlite3.connect(path) as connection:
        connection.execute(
            "UPDATE customers SET id = ? WHERE id = (SELECT MIN(id) FROM customers)",
            (TOO_LONG_ID,),
        )


def test_a_refused_record_is_named_and_nothing_is_committed(
    office_path: Path, tmp_path: Path
) -> None:
    _break_one_customer(office_path)
    config_dir = tmp_path / "config"
    with running_server(tmp_path / "cloud") as server:
        data = new_tenant(server)
        setup = connect(server.url, data, config_dir)
        try:
            fill = FillService(setup, state_dir=config_dir, batch_size=BATCH_SIZE)
            office = OfficeDatabase(office_path)
            try:
                with pytest.raises(UserError) as caught:
                    fill.run(office, on_progress=lambda _: None, cancel=threading.Event())
            finally:
                office.close()

            text = caught.value.message.english()
            assert "customers" in text
            assert TOO_LONG_ID in text
            status = fill.cloud_data()
            assert status.filled_at is None
            assert all(total.count == 0 for total in status.totals)
            assert not setup.setup_state().filled
        finally:
            setup.close()
