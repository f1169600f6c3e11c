"""Commit verifies counts and checksums before anything goes live; abort and replace are safe."""

from __future__ import annotations

import httpx
from sqlalchemy import text

from cloudsetup.models import DomainData, paths
from cloudsetup.models.fill import Collection, FillJob, FillJobState, FillResult
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

FIRST: FillRecords = {
    Collection.EMPLOYEES: office_records(Collection.EMPLOYEES, 3),
    Collection.CUSTOMERS: office_records(Collection.CUSTOMERS, 80),
}
SECOND: FillRecords = {
    Collection.CUSTOMERS: office_records(Collection.CUSTOMERS, 30, tag=" neu"),
    Collection.PROJECTS: office_records(Collection.PROJECTS, 12),
}


def _upload_all(
    api: httpx.Client, token: str, records: FillRecords, *, skip: int | None = None
) -> FillJob:
    job, batches = start_fill(api, token, records, 25)
    for seq, batch in enumerate(batches):
        if seq != skip:
            assert put_batch(api, token, job.id, seq, batch).status_code == 200
    return job


def _abort(api: httpx.Client, token: str, job_id: str) -> httpx.Response:
    return api.post(paths.FILL_ABORT.format(job_id=job_id), headers=bearer(token))


def _state(api: httpx.Client, token: str, job_id: str) -> FillJobState:
    response = api.get(paths.FILL_JOB.format(job_id=job_id), headers=bearer(token))
    return FillJob.model_validate_json(response.content).state


def test_commit_with_a_missing_batch_is_incomplete_and_names_it(
    api: httpx.Client, tenant: DomainData
) -> None:
    token = login(api, tenant).access_token
    job = _upload_all(api, token, FIRST, skip=2)

    body = assert_error(commit_fill(api, token, job.id, fill_totals(FIRST)), 409, "fill_incomplete")
    assert "1 batches are missing: 2" in body.detail
    assert fill_status(api, token).totals == []
    assert _state(api, token, job.id) == FillJobState.OPEN


def test_commit_with_a_wrong_checksum_or_count_changes_nothing_live(
    api: httpx.Client, cloud_server: EmbeddedServer, tenant: DomainData
) -> None:
    token = login(api, tenant).access_token
    run_fill(api, token, FIRST)
    before = fill_status(api, token)
    job = _upload_all(api, token, SECOND)
    totals = fill_totals(SECOND)
    wrong_sum = [totals[0] | {"checksum": str((int(totals[0]["checksum"]) + 1) % 2**64)}, totals[1]]
    wrong_count = [totals[0], totals[1] | {"count": 11}]
    missing_collection = [totals[0]]

    for sent, collection in [
        (wrong_sum, "customers"),
        (wrong_count, "projects"),
        (missing_collection, "projects"),
    ]:
        body = assert_error(commit_fill(api, token, job.id, sent), 422, "fill_mismatch")
        assert body.detail.startswith(f"{collection}:"), body.detail
        assert [f.field for f in body.fields] == [collection]

    assert fill_status(api, token) == before
    assert live_records(cloud_server, tenant.domain) == expected_records(FIRST)
    assert _state(api, token, job.id) == FillJobState.OPEN


def test_commit_refuses_data_that_differs_from_the_expected_counts(
    api: httpx.Client, tenant: DomainData
) -> None:
    token = login(api, tenant).access_token
    announced = {**SECOND, Collection.PROJECTS: SECOND[Collection.PROJECTS][:5]}
    batches = [
        {"collection": "customers", "records": SECOND[Collection.CUSTOMERS]},
        {"collection": "projects", "records": SECOND[Collection.PROJECTS]},
    ]
    create = {"expected": fill_totals(announced), "total_batches": 2}
    created = api.post(paths.FILL_JOBS, json=create, headers=bearer(token))
    job = FillJob.model_validate_json(created.content)
    for seq, batch in enumerate(batches):
        assert put_batch(api, token, job.id, seq, batch).status_code == 200

    body = assert_error(commit_fill(api, token, job.id, fill_totals(SECOND)), 422, "fill_mismatch")
    assert body.detail.startswith("projects: the job expected count 5")


def test_commit_again_with_the_same_totals_gives_the_same_result(
    api: httpx.Client, tenant: DomainData
) -> None:
    token = login(api, tenant).access_token
    job = _upload_all(api, token, FIRST)
    first = commit_fill(api, token, job.id, fill_totals(FIRST))
    again = commit_fill(api, token, job.id, fill_totals(FIRST))

    assert (first.status_code, again.status_code) == (200, 200), again.text
    assert FillResult.model_validate_json(again.content) == FillResult.model_validate_json(
        first.content
    )
    assert _state(api, token, job.id) == FillJobState.COMMITTED
    assert_error(_abort(api, token, job.id), 409, "fill_closed")
    late = put_batch(
        api, token, job.id, 0, {"collection": "employees", "records": FIRST[Collection.EMPLOYEES]}
    )
    assert_error(late, 409, "fill_closed")


def test_abort_leaves_the_previous_live_data_intact_and_readable(
    api: httpx.Client, cloud_server: EmbeddedServer, tenant: DomainData
) -> None:
    token = login(api, tenant).access_token
    run_fill(api, token, FIRST)
    before = fill_status(api, token)
    job = _upload_all(api, token, SECOND, skip=1)

    assert _abort(api, token, job.id).status_code == 204
    assert _abort(api, token, job.id).status_code == 204  # again: nothing to do

    assert fill_status(api, token) == before
    assert live_records(cloud_server, tenant.domain) == expected_records(FIRST)
    assert len(stored_rows(cloud_server, tenant.domain)) == 1  # the staged rows are gone
    assert _state(api, token, job.id) == FillJobState.ABORTED
    assert_error(commit_fill(api, token, job.id, fill_totals(SECOND)), 409, "fill_closed")
    assert_error(
        put_batch(
            api,
            token,
            job.id,
            1,
            {"collection": "customers", "records": SECOND[Collection.CUSTOMERS][:1]},
        ),
        409,
        "fill_closed",
    )


def test_second_fill_replaces_the_first_completely(
    api: httpx.Client, cloud_server: EmbeddedServer, tenant: DomainData
) -> None:
    token = login(api, tenant).access_token
    first = run_fill(api, token, FIRST)
    second = run_fill(api, token, SECOND)

    status = fill_status(api, token)
    assert [t.model_dump(mode="json") for t in status.totals] == fill_totals(SECOND)
    assert status.filled_at == second.committed_at > first.committed_at
    assert live_records(cloud_server, tenant.domain) == expected_records(SECOND)
    rows = stored_rows(cloud_server, tenant.domain)
    assert list(rows.values()) == [{(c, i) for c, i, _digest in expected_records(SECOND)}]


def test_new_job_aborts_the_older_open_one_and_drops_its_rows(
    api: httpx.Client, cloud_server: EmbeddedServer, tenant: DomainData
) -> None:
    token = login(api, tenant).access_token
    older = _upload_all(api, token, FIRST, skip=0)
    assert stored_rows(cloud_server, tenant.domain) != {}

    newer, batches = start_fill(api, token, SECOND, 25)

    assert _state(api, token, older.id) == FillJobState.ABORTED
    assert _state(api, token, newer.id) == FillJobState.OPEN
    assert stored_rows(cloud_server, tenant.domain) == {}
    older_batch = {"collection": "employees", "records": FIRST[Collection.EMPLOYEES]}
    assert_error(put_batch(api, token, older.id, 0, older_batch), 409, "fill_closed")
    for seq, batch in enumerate(batches):
        assert put_batch(api, token, newer.id, seq, batch).status_code == 200
    assert commit_fill(api, token, newer.id, fill_totals(SECOND)).status_code == 200


def test_empty_fill_is_allowed_and_leaves_nothing_live(
    api: httpx.Client, tenant: DomainData
) -> None:
    token = login(api, tenant).access_token
    run_fill(api, token, FIRST)

    result = run_fill(api, token, {})

    assert result.totals == []
    status = fill_status(api, token)
    assert (status.totals, status.filled_at) == ([], result.committed_at)


def test_rows_an_interrupted_cleanup_left_behind_go_with_the_next_job(
    api: httpx.Client, cloud_server: EmbeddedServer, tenant: DomainData
) -> None:
    token = login(api, tenant).access_token
    first = _upload_all(api, token, FIRST)
    assert commit_fill(api, token, first.id, fill_totals(FIRST)).status_code == 200
    run_fill(api, token, SECOND)
    # As if the server had died after the second commit, before deleting the first one's rows.
    with cloud_server.runtime.engine.begin() as connection:
        generation = connection.execute(
            text("SELECT id, tenant_id FROM fill_jobs WHERE public_id = :id"), {"id": first.id}
        ).one()
        connection.execute(
            text("UPDATE fill_jobs SET purged_at = NULL WHERE id = :id"), {"id": generation.id}
        )
        connection.execute(
            text(
                "INSERT INTO records (generation_id, collection, record_id, tenant_id, digest,"
                " data) "
                "VALUES (:generation, 'customers', 'alt-1', :tenant, 1, '{}')"
            ),
            {"generation": generation.id, "tenant": generation.tenant_id},
        )
    assert len(stored_rows(cloud_server, tenant.domain)) == 2

    start_fill(api, token, FIRST, 25)

    assert len(stored_rows(cloud_server, tenant.domain)) == 1
    assert live_records(cloud_server, tenant.domain) == expected_records(SECOND)
