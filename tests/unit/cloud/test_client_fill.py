"""The fill endpoints of CloudClient on httpx.MockTransport: bodies, paths and the retry rules."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest

from cloudsetup.cloud import (
    DEFAULT_RETRY_POLICY,
    Conflict,
    ConnectionFailed,
    NotFound,
    ServerError,
    ValidationFailed,
)
from cloudsetup.models import paths
from cloudsetup.models.fill import (
    Collection,
    CollectionTotals,
    FillCommit,
    FillJobCreate,
    FillJobState,
)

from .fake_cloud import FakeCloud, error, raises

JOB_ID = "job-7f3a"
BODY = b'{"collection":"customers","records":[{"id":"K-1","data":{"name":"M\xc3\xbcller"}}]}'
TOTALS = [{"collection": "customers", "count": 1, "checksum": "123"}]


def job(received: list[int] | None = None) -> dict[str, Any]:
    return {
        "id": JOB_ID,
        "state": "open",
        "created_at": "2026-03-01T10:00:00Z",
        "total_batches": 3,
        "received_batches": received or [],
        "received": [],
    }


def receipt(seq: int = 2) -> dict[str, Any]:
    return {"seq": seq, "collection": "customers", "count": 1, "checksum": "123"}


def result() -> dict[str, Any]:
    return {"job_id": JOB_ID, "committed_at": "2026-03-01T10:05:00Z", "totals": TOTALS}


def batch_path(seq: int = 2) -> str:
    return paths.FILL_BATCH.format(job_id=JOB_ID, seq=seq)


def test_batch_is_put_as_the_given_bytes_with_a_json_content_type(cloud: FakeCloud) -> None:
    cloud.on("PUT", batch_path(), httpx.Response(200, json=receipt()))
    answer = cloud.signed_in_client().put_fill_batch(JOB_ID, 2, BODY)
    assert (answer.seq, answer.collection, answer.checksum) == (2, Collection.CUSTOMERS, "123")
    sent = cloud.calls("PUT", batch_path())[0]
    assert sent.content == BODY
    assert sent.headers["content-type"] == "application/json"
    assert sent.headers["authorization"] == "Bearer access-1"


def test_batch_is_sent_again_unchanged_after_503_429_and_a_dropped_answer(
    cloud: FakeCloud,
) -> None:
    cloud.on(
        "PUT",
        batch_path(),
        error(503, "unavailable", headers={"Retry-After": "1"}),
        raises(httpx.RemoteProtocolError, "Server disconnected without sending a response."),
        httpx.Response(200, json=receipt()),
    )
    client = cloud.signed_in_client(retry_policy=DEFAULT_RETRY_POLICY)
    assert client.put_fill_batch(JOB_ID, 2, BODY).seq == 2
    calls = cloud.calls("PUT", batch_path())
    assert [call.content for call in calls] == [BODY, BODY, BODY]
    assert cloud.sleeps[0] == 1.0  # Retry-After replaces the backoff


def test_batch_conflict_is_not_retried(cloud: FakeCloud) -> None:
    cloud.on("PUT", batch_path(), error(422, "batch_conflict"))
    client = cloud.signed_in_client(retry_policy=DEFAULT_RETRY_POLICY)
    with pytest.raises(ValidationFailed) as caught:
        client.put_fill_batch(JOB_ID, 2, BODY)
    assert caught.value.code == "batch_conflict"
    assert len(cloud.calls("PUT", batch_path())) == 1


def test_job_is_created_with_its_expected_counts_and_source_version(cloud: FakeCloud) -> None:
    cloud.on("POST", paths.FILL_JOBS, httpx.Response(201, json=job()))
    request = FillJobCreate(
        expected=[CollectionTotals(collection=Collection.CUSTOMERS, count=1, checksum="0")],
        total_batches=3,
        source_version=41,
    )
    created = cloud.signed_in_client().create_fill_job(request)
    assert (created.id, created.state) == (JOB_ID, FillJobState.OPEN)
    sent = json.loads(cloud.calls("POST", paths.FILL_JOBS)[0].content)
    assert sent == {
        "expected": [{"collection": "customers", "count": 1, "checksum": "0"}],
        "total_batches": 3,
        "source_version": 41,
    }


def test_job_creation_is_not_repeated_after_a_503_that_may_have_created_it(
    cloud: FakeCloud,
) -> None:
    cloud.on("POST", paths.FILL_JOBS, error(503, "unavailable"), httpx.Response(201, json=job()))
    client = cloud.signed_in_client(retry_policy=DEFAULT_RETRY_POLICY)
    with pytest.raises(ServerError):
        client.create_fill_job(FillJobCreate(expected=[], total_batches=0))
    assert len(cloud.calls("POST", paths.FILL_JOBS)) == 1


def test_job_creation_is_repeated_when_no_connection_was_made(cloud: FakeCloud) -> None:
    cloud.on("POST", paths.FILL_JOBS, raises(httpx.ConnectError), httpx.Response(201, json=job()))
    client = cloud.signed_in_client(retry_policy=DEFAULT_RETRY_POLICY)
    assert client.create_fill_job(FillJobCreate(expected=[], total_batches=0)).id == JOB_ID
    assert len(cloud.calls("POST", paths.FILL_JOBS)) == 2


def test_job_is_read_with_the_batches_the_cloud_holds(cloud: FakeCloud) -> None:
    path = paths.FILL_JOB.format(job_id=JOB_ID)
    cloud.on("GET", path, raises(httpx.ReadTimeout), httpx.Response(200, json=job([0, 2])))
    client = cloud.signed_in_client(retry_policy=DEFAULT_RETRY_POLICY)
    assert client.get_fill_job(JOB_ID).received_batches == [0, 2]


def test_a_job_id_cannot_leave_its_path_segment(cloud: FakeCloud) -> None:
    client = cloud.signed_in_client()
    with pytest.raises(NotFound):  # the fake has no route there, as the server has none
        client.get_fill_job("../../tenant")
    assert cloud.requests[-1].url.raw_path == b"/api/v1/fill/jobs/..%2F..%2Ftenant"


def test_commit_is_repeated_after_a_read_timeout_with_the_same_totals(cloud: FakeCloud) -> None:
    path = paths.FILL_COMMIT.format(job_id=JOB_ID)
    cloud.on("POST", path, raises(httpx.ReadTimeout), httpx.Response(200, json=result()))
    client = cloud.signed_in_client(retry_policy=DEFAULT_RETRY_POLICY)
    commit = FillCommit(
        totals=[CollectionTotals(collection=Collection.CUSTOMERS, count=1, checksum="123")]
    )
    assert client.commit_fill(JOB_ID, commit).job_id == JOB_ID
    bodies = [json.loads(call.content) for call in cloud.calls("POST", path)]
    assert bodies == [{"totals": TOTALS}, {"totals": TOTALS}]


def test_commit_of_an_incomplete_job_says_so(cloud: FakeCloud) -> None:
    path = paths.FILL_COMMIT.format(job_id=JOB_ID)
    cloud.on("POST", path, error(409, "fill_incomplete", "1 batches are missing: 2"))
    with pytest.raises(Conflict) as caught:
        cloud.signed_in_client().commit_fill(JOB_ID, FillCommit(totals=[]))
    assert (caught.value.code, caught.value.detail) == (
        "fill_incomplete",
        "1 batches are missing: 2",
    )


def test_abort_is_answered_without_a_body_and_repeated_when_unreachable(
    cloud: FakeCloud,
) -> None:
    path = paths.FILL_ABORT.format(job_id=JOB_ID)
    cloud.on("POST", path, raises(httpx.ReadError), httpx.Response(204))
    client = cloud.signed_in_client(retry_policy=DEFAULT_RETRY_POLICY)
    client.abort_fill(JOB_ID)
    assert len(cloud.calls("POST", path)) == 2


def test_status_gives_the_live_counts(cloud: FakeCloud) -> None:
    cloud.on(
        "GET",
        paths.FILL_STATUS,
        httpx.Response(200, json={"filled_at": "2026-03-01T10:05:00Z", "totals": TOTALS}),
    )
    status = cloud.signed_in_client().fill_status()
    assert status.filled_at is not None
    assert [(t.collection, t.count) for t in status.totals] == [(Collection.CUSTOMERS, 1)]


def test_status_without_a_connection_is_a_connection_failure(cloud: FakeCloud) -> None:
    cloud.on("GET", paths.FILL_STATUS, raises(httpx.ConnectError))
    with pytest.raises(ConnectionFailed):
        cloud.signed_in_client().fill_status()
