"""A fill job lives in the database: it survives a restart; PostgreSQL works like SQLite."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import pytest
from sqlalchemy import text

from cloudsetup.models import paths
from cloudsetup.models.fill import Collection, FillJob, FillJobState
from cloudsetup.server.db import make_engine, upgrade_schema
from cloudsetup.server.services.fill_storage import (
    insert_rows_raw,
    prepare_row,
    read_records,
)
from support.cloud import (
    FillRecords,
    assert_error,
    bearer,
    commit_fill,
    expected_records,
    fill_status,
    fill_totals,
    live_records,
    login,
    new_tenant,
    office_records,
    put_batch,
    run_fill,
    running_server,
    start_fill,
    stored_rows,
)

RECORDS: FillRecords = {
    Collection.CUSTOMERS: office_records(Collection.CUSTOMERS, 90),
    Collection.INVOICES: office_records(Collection.INVOICES, 40),
}


def test_job_survives_a_server_restart_and_completes(
    tmp_path: Path, database: dict[str, str]
) -> None:
    with running_server(tmp_path, **database) as server, httpx.Client(base_url=server.url) as api:
        tenant = new_tenant(server)
        token = login(api, tenant).access_token
        job, batches = start_fill(api, token, RECORDS, 20)
        for seq in range(0, len(batches), 2):
            assert put_batch(api, token, job.id, seq, batches[seq]).status_code == 200

    with running_server(tmp_path, **database) as server, httpx.Client(base_url=server.url) as api:
        token = login(api, tenant).access_token
        response = api.get(paths.FILL_JOB.format(job_id=job.id), headers=bearer(token))
        resumed = FillJob.model_validate_json(response.content)
        assert resumed.state == FillJobState.OPEN
        assert resumed.received_batches == list(range(0, len(batches), 2))
        for seq in range(len(batches)):
            # Held batches may be sent again (a client does not know what arrived).
            assert put_batch(api, token, job.id, seq, batches[seq]).status_code == 200

        assert commit_fill(api, token, job.id, fill_totals(RECORDS)).status_code == 200
        assert live_records(server, tenant.domain) == expected_records(RECORDS)


def test_fill_on_postgresql_verifies_replaces_and_rejects_like_sqlite(
    tmp_path: Path, postgres_url: str
) -> None:
    with (
        running_server(tmp_path, database_url=postgres_url) as server,
        httpx.Client(base_url=server.url, timeout=10) as api,
    ):
        tenant = new_tenant(server)
        token = login(api, tenant).access_token
        first = {Collection.ARTICLES: office_records(Collection.ARTICLES, 60)}
        run_fill(api, token, first, batch_size=25)

        job, batches = start_fill(api, token, RECORDS, 30)
        # Four at once: three lose the race on the receipt's key and get the same receipt.
        with ThreadPoolExecutor(4) as pool:
            sent = list(pool.map(lambda _n: put_batch(api, token, job.id, 0, batches[0]), range(4)))
        assert [r.status_code for r in sent] == [200] * 4, [r.text for r in sent]
        assert len({r.content for r in sent}) == 1
        assert_error(put_batch(api, token, job.id, 0, batches[1]), 422, "batch_conflict")
        clash = {"collection": "customers", "records": batches[0]["records"][:2]}
        body = assert_error(put_batch(api, token, job.id, 1, clash), 422, "record_rejected")
        assert [f.field for f in body.fields] == ["customers/cus-000000", "customers/cus-000001"]
        assert_error(commit_fill(api, token, job.id, fill_totals(RECORDS)), 409, "fill_incomplete")
        assert live_records(server, tenant.domain) == expected_records(first)

        for seq, batch in enumerate(batches[1:], start=1):
            assert put_batch(api, token, job.id, seq, batch).status_code == 200
        assert commit_fill(api, token, job.id, fill_totals(RECORDS)).status_code == 200

        status = fill_status(api, token)
        assert [t.model_dump(mode="json") for t in status.totals] == fill_totals(RECORDS)
        assert live_records(server, tenant.domain) == expected_records(RECORDS)
        assert len(stored_rows(server, tenant.domain)) == 1


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_raw_insert_stores_prepared_rows_in_one_transaction(
    backend: str, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    url = (
        f"sqlite:///{tmp_path / 'raw.sqlite3'}"
        if backend == "sqlite"
        else request.getfixturevalue("postgres_url")
    )
    engine = make_engine(url)
    try:
        upgrade_schema(engine)
        rows = [
            prepare_row(7, 1, entry_collection.value, entry["id"], entry["data"])
            for entry_collection, entries in RECORDS.items()
            for entry in entries
        ]

        assert insert_rows_raw(engine, rows) == len(rows)

        with engine.connect() as connection:
            count = connection.execute(text("SELECT count(*) FROM records")).scalar_one()
            back = {
                (collection.value, record_id, digest)
                for collection in RECORDS
                for record_id, digest, _data in read_records(connection, 7, collection.value)
            }
        assert count == len(rows)
        assert back == expected_records(RECORDS)
    finally:
        engine.dispose()
