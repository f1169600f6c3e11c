"""Batches that arrive at the same time (client retries, several in flight) land exactly once."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import httpx

from cloudsetup.models import DomainData, paths
from cloudsetup.models.fill import BatchReceipt, Collection, FillJob
from cloudsetup.server.embedded import EmbeddedServer
from support.cloud import (
    FillRecords,
    bearer,
    commit_fill,
    expected_records,
    fill_totals,
    live_records,
    login,
    office_records,
    put_batch,
    start_fill,
    stored_rows,
)

RECORDS: FillRecords = {Collection.CONTACTS: office_records(Collection.CONTACTS, 240)}


def test_the_same_batch_sent_four_times_at_once_is_stored_once(
    cloud_server: EmbeddedServer, tenant: DomainData
) -> None:
    with httpx.Client(base_url=cloud_server.url, timeout=30) as api:
        token = login(api, tenant).access_token
        job, batches = start_fill(api, token, RECORDS, 60)
        with ThreadPoolExecutor(4) as pool:
            responses = list(
                pool.map(lambda _n: put_batch(api, token, job.id, 2, batches[2]), range(4))
            )

        assert [r.status_code for r in responses] == [200] * 4, [r.text for r in responses]
        receipts = {BatchReceipt.model_validate_json(r.content) for r in responses}
        assert len(receipts) == 1
        assert list(stored_rows(cloud_server, tenant.domain).values()) == [
            {("contacts", record["id"]) for record in batches[2]["records"]}
        ]


def test_batches_in_flight_together_all_land_and_commit(
    cloud_server: EmbeddedServer, tenant: DomainData
) -> None:
    with httpx.Client(base_url=cloud_server.url, timeout=30) as api:
        token = login(api, tenant).access_token
        job, batches = start_fill(api, token, RECORDS, 20)
        with ThreadPoolExecutor(3) as pool:
            codes = list(
                pool.map(
                    lambda seq: put_batch(api, token, job.id, seq, batches[seq]).status_code,
                    range(len(batches)),
                )
            )

        assert codes == [200] * len(batches)
        held = api.get(paths.FILL_JOB.format(job_id=job.id), headers=bearer(token))
        assert FillJob.model_validate_json(held.content).received_batches == list(range(12))
        assert commit_fill(api, token, job.id, fill_totals(RECORDS)).status_code == 200
        assert live_records(cloud_server, tenant.domain) == expected_records(RECORDS)
