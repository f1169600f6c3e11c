"""Fill over real HTTP: create a job, upload batches (idempotent), reject bad ones, commit."""

from __future__ import annotations

import httpx

from cloudsetup.models import DomainData, ErrorBody, Tenant, paths
from cloudsetup.models.fill import BATCH_MAX_BYTES, BatchReceipt, Collection, FillJob, FillJobState
from cloudsetup.server.embedded import EmbeddedServer
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
    office_records,
    put_batch,
    run_fill,
    start_fill,
    stored_rows,
)

RECORDS: FillRecords = {
    Collection.CUSTOMERS: office_records(Collection.CUSTOMERS, 120),
    Collection.ARTICLES: office_records(Collection.ARTICLES, 45),
    Collection.INVOICE_LINES: office_records(Collection.INVOICE_LINES, 7),
}


def _job(api: httpx.Client, token: str, job_id: str) -> FillJob:
    response = api.get(paths.FILL_JOB.format(job_id=job_id), headers=bearer(token))
    assert response.status_code == 200, response.text
    return FillJob.model_validate_json(response.content)


def test_full_fill_commits_and_status_shows_the_office_totals(
    api: httpx.Client, cloud_server: EmbeddedServer, tenant: DomainData
) -> None:
    token = login(api, tenant).access_token
    assert fill_status(api, token).totals == []

    result = run_fill(api, token, RECORDS, batch_size=50)

    status = fill_status(api, token)
    wanted = fill_totals(RECORDS)
    assert [t.model_dump(mode="json") for t in result.totals] == wanted
    assert [t.model_dump(mode="json") for t in status.totals] == wanted
    assert status.filled_at == result.committed_at
    assert live_records(cloud_server, tenant.domain) == expected_records(RECORDS)
    setup = Tenant.model_validate_json(api.get(paths.TENANT, headers=bearer(token)).content).setup
    assert setup.filled


def test_job_lists_the_batches_it_holds_for_resuming(api: httpx.Client, tenant: DomainData) -> None:
    token = login(api, tenant).access_token
    job, batches = start_fill(api, token, RECORDS, 50)
    assert (job.state, job.total_batches, job.received_batches) == (FillJobState.OPEN, 5, [])

    for seq in (3, 0):
        assert put_batch(api, token, job.id, seq, batches[seq]).status_code == 200

    held = _job(api, token, job.id)
    assert held.received_batches == [0, 3]
    counts = {t.collection: t.count for t in held.received}
    assert counts == {
        Collection.CUSTOMERS: 50,
        Collection.ARTICLES: 45,
        Collection.INVOICE_LINES: 0,
    }


def test_same_batch_again_returns_the_stored_receipt_and_changes_nothing(
    api: httpx.Client, cloud_server: EmbeddedServer, tenant: DomainData
) -> None:
    token = login(api, tenant).access_token
    job, batches = start_fill(api, token, RECORDS, 50)
    first = put_batch(api, token, job.id, 0, batches[0])
    # The same content in another order and formatting is the same batch.
    reordered = {"records": list(reversed(batches[0]["records"])), "collection": "customers"}
    again = put_batch(api, token, job.id, 0, reordered)

    assert (first.status_code, again.status_code) == (200, 200), again.text
    receipt = BatchReceipt.model_validate_json(again.content)
    assert receipt == BatchReceipt.model_validate_json(first.content)
    assert (receipt.seq, receipt.collection, receipt.count) == (0, Collection.CUSTOMERS, 50)
    assert _job(api, token, job.id).received_batches == [0]
    assert sum(len(ids) for ids in stored_rows(cloud_server, tenant.domain).values()) == 50


def test_same_batch_number_with_other_content_is_a_conflict(
    api: httpx.Client, tenant: DomainData
) -> None:
    token = login(api, tenant).access_token
    job, batches = start_fill(api, token, RECORDS, 50)
    assert put_batch(api, token, job.id, 0, batches[0]).status_code == 200

    changed = {"collection": "customers", "records": [*batches[0]["records"][:-1]]}
    assert_error(put_batch(api, token, job.id, 0, changed), 422, "batch_conflict")
    assert_error(put_batch(api, token, job.id, 0, batches[1]), 422, "batch_conflict")
    held = _job(api, token, job.id)
    assert held.received_batches == [0]
    assert {t.collection: t.count for t in held.received}[Collection.CUSTOMERS] == 50


def test_id_already_in_another_batch_is_rejected_by_name_and_nothing_is_stored(
    api: httpx.Client, cloud_server: EmbeddedServer, tenant: DomainData
) -> None:
    token = login(api, tenant).access_token
    job, batches = start_fill(api, token, RECORDS, 50)
    assert put_batch(api, token, job.id, 0, batches[0]).status_code == 200

    second = batches[1]["records"]
    clash = {"collection": "customers", "records": [*second[:10], second[0] | {"id": "cus-000007"}]}
    body = assert_error(put_batch(api, token, job.id, 1, clash), 422, "record_rejected")

    assert [f.field for f in body.fields] == ["customers/cus-000007"]
    assert "customers/cus-000007" in body.detail
    assert _job(api, token, job.id).received_batches == [0]
    first_batch = {("customers", record["id"]) for record in batches[0]["records"]}
    assert list(stored_rows(cloud_server, tenant.domain).values()) == [first_batch]
    # The batch number is still free for the right content.
    assert put_batch(api, token, job.id, 1, batches[1]).status_code == 200


def test_id_twice_in_one_batch_is_rejected_by_name(api: httpx.Client, tenant: DomainData) -> None:
    token = login(api, tenant).access_token
    job, batches = start_fill(api, token, RECORDS, 50)
    records = batches[0]["records"]
    twice = {"collection": "customers", "records": [*records[:5], records[2]]}

    body = assert_error(put_batch(api, token, job.id, 0, twice), 422, "record_rejected")
    assert [f.field for f in body.fields] == ["customers/cus-000002"]
    assert _job(api, token, job.id).received_batches == []


def test_record_whose_data_is_not_an_object_is_rejected_by_name(
    api: httpx.Client, cloud_server: EmbeddedServer, tenant: DomainData
) -> None:
    token = login(api, tenant).access_token
    job, batches = start_fill(api, token, RECORDS, 50)
    records = batches[0]["records"]
    bad = {"collection": "customers", "records": [*records[:3], {"id": "cus-x", "data": [1, 2]}]}

    body = assert_error(put_batch(api, token, job.id, 0, bad), 422, "record_rejected")
    assert [f.field for f in body.fields] == ["customers/cus-x"]
    assert body.fields[0].code == "record_rejected"
    assert _job(api, token, job.id).received_batches == []
    assert stored_rows(cloud_server, tenant.domain) == {}


def test_malformed_batch_and_out_of_range_number_are_refused(
    api: httpx.Client, tenant: DomainData
) -> None:
    token = login(api, tenant).access_token
    job, batches = start_fill(api, token, RECORDS, 50)
    url = paths.FILL_BATCH.format(job_id=job.id, seq=0)

    garbage = api.put(url, content=b"{not json", headers=bearer(token))
    assert_error(garbage, 422, "validation_failed")
    unknown = {"collection": "schrauben", "records": batches[0]["records"]}
    body = assert_error(put_batch(api, token, job.id, 0, unknown), 422, "validation_failed")
    assert [f.field for f in body.fields] == ["collection"]
    outside = assert_error(put_batch(api, token, job.id, 5, batches[0]), 422, "validation_failed")
    assert [f.field for f in outside.fields] == ["seq"]
    assert _job(api, token, job.id).received_batches == []


def test_unknown_job_is_not_found(api: httpx.Client, tenant: DomainData) -> None:
    token = login(api, tenant).access_token
    missing = "0" * 32
    assert_error(
        api.get(paths.FILL_JOB.format(job_id=missing), headers=bearer(token)), 404, "not_found"
    )
    batch = {"collection": "customers", "records": RECORDS[Collection.CUSTOMERS][:1]}
    assert_error(put_batch(api, token, missing, 0, batch), 404, "not_found")
    assert_error(commit_fill(api, token, missing, []), 404, "not_found")


def test_openapi_declares_the_batch_body_schema(api: httpx.Client) -> None:
    document = api.get("/openapi.json").json()
    operation = document["paths"][paths.FILL_BATCH]["put"]
    schema = operation["requestBody"]["content"]["application/json"]["schema"]

    assert operation["requestBody"]["required"] is True
    assert set(schema["required"]) == {"collection", "records"}
    assert schema["properties"]["collection"]["enum"] == [c.value for c in Collection]
    record = schema["properties"]["records"]["items"]
    assert set(record["required"]) == {"id", "data"}
    assert "$ref" not in str(schema)
    assert ErrorBody.model_json_schema()["title"] in str(operation["responses"]["422"])


def test_batch_over_the_size_limit_is_refused_before_it_is_read(
    api: httpx.Client, tenant: DomainData
) -> None:
    token = login(api, tenant).access_token
    job, _batches = start_fill(api, token, RECORDS, 50)
    url = paths.FILL_BATCH.format(job_id=job.id, seq=0)

    huge = api.put(url, content=b" " * (BATCH_MAX_BYTES + 1), headers=bearer(token))

    assert_error(huge, 413, "batch_too_large")
    assert _job(api, token, job.id).received_batches == []
