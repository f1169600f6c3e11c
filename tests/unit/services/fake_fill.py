"""Hand-written fakes for the fill service's unit tests: an office database and a fill cloud.

:class:`FakeOffice` holds records in dicts and answers like ``OfficeDatabase``.
:class:`FakeFillServer` keeps jobs the way the reference cloud does (idempotent batches, the
same number with other content refused, records checked, a commit verified against what it
holds) and records every call; :class:`FillCloud` is the fake cloud of fake_cloud.py whose
clients also speak the fill endpoints.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import threading
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from typing import Any

from cloudsetup.cloud.errors import APIStatusError, CloudError, Conflict, NotFound, ValidationFailed
from cloudsetup.models import ErrorBody, FieldError, TokenPair
from cloudsetup.models.fill import (
    Batch,
    BatchReceipt,
    CloudData,
    Collection,
    CollectionTotals,
    FillCommit,
    FillJob,
    FillJobCreate,
    FillJobState,
    FillResult,
    add_to_checksum,
    canonical_json,
    record_digest,
)

from .fake_cloud import FakeClient, FakeCloud

NOW = datetime(2026, 3, 1, 10, 0, tzinfo=UTC)


class FakeOffice:
    """Records per collection in memory; ``iter_records`` streams them ordered by id."""

    def __init__(self, records: dict[Collection, dict[str, dict[str, Any]]]) -> None:
        self.records = records
        #: The change version ``change_version`` reports (a test moves it "meanwhile").
        self.version = 0
        #: Called after every record handed out (a test can change the data "meanwhile").
        self.on_record: Callable[[Collection, str], None] | None = None

    def count(self, collection: Collection) -> int:
        return len(self.records.get(collection, {}))

    def iter_records(
        self, collection: Collection, *, chunk_size: int = 2000
    ) -> Iterator[tuple[str, dict[str, Any]]]:
        rows = self.records.get(collection, {})
        for record_id in sorted(rows):
            yield record_id, rows[record_id]
            if self.on_record is not None:
                self.on_record(collection, record_id)

    def change_version(self) -> int:
        return self.version

    def fingerprint(self) -> str:
        data = {c.value: self.records.get(c, {}) for c in Collection}
        return hashlib.sha256(json.dumps(data, sort_keys=True).encode()).hexdigest()


def office_with(**counts: int) -> FakeOffice:
    """An office with ``counts[collection]`` generated records per collection."""
    records: dict[Collection, dict[str, dict[str, Any]]] = {}
    for name, count in counts.items():
        collection = Collection(name)
        records[collection] = {
            f"{name[:2].upper()}-{n:05d}": {"name": f"Eintrag {n}", "betrag": n * 1.5, "n": n}
            for n in range(1, count + 1)
        }
    return FakeOffice(records)


def api_error(
    cls: type[APIStatusError], status: int, code: str, *, fields: tuple[FieldError, ...] = ()
) -> APIStatusError:
    body = ErrorBody(code=code, detail=code.replace("_", " "), fields=fields)
    return cls(
        f"HTTP {status} {code}", status_code=status, code=code, detail=body.detail, body=body
    )


class _Job:
    def __init__(self, job_id: str, request: FillJobCreate) -> None:
        self.id = job_id
        self.state = FillJobState.OPEN
        self.total_batches = request.total_batches
        self.source_version = request.source_version
        self.batches: dict[int, tuple[bytes, BatchReceipt]] = {}
        self.records: dict[tuple[str, str], int] = {}
        self.result: FillResult | None = None


class FakeFillServer:
    """The fill protocol of the cloud, in memory; thread-safe like a real server."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.jobs: dict[str, _Job] = {}
        self.live: dict[tuple[str, str], int] = {}
        self.filled_at: datetime | None = None
        self.calls: list[str] = []
        #: Failures raised once each, by method name, before the call is handled.
        self.failures: dict[str, list[CloudError]] = {}
        #: Called with (seq, body) at every batch upload (to set a cancel flag, for instance).
        self.on_batch: Callable[[int], None] | None = None
        self._ids = itertools.count(1)

    def fail_next(self, method: str, error: CloudError) -> None:
        self.failures.setdefault(method, []).append(error)

    def _enter(self, method: str) -> None:
        with self.lock:
            self.calls.append(method)
            queued = self.failures.get(method)
            if queued:
                raise queued.pop(0)

    def _job(self, job_id: str) -> _Job:
        job = self.jobs.get(job_id)
        if job is None:
            raise api_error(NotFound, 404, "not_found")
        return job

    def create(self, request: FillJobCreate) -> FillJob:
        self._enter("create_fill_job")
        with self.lock:
            for job in self.jobs.values():
                if job.state is FillJobState.OPEN:
                    job.state = FillJobState.ABORTED
            job = _Job(f"job-{next(self._ids)}", request)
            self.jobs[job.id] = job
            return self._view(job)

    def get(self, job_id: str) -> FillJob:
        self._enter("get_fill_job")
        with self.lock:
            return self._view(self._job(job_id))

    def put(self, job_id: str, seq: int, body: bytes) -> BatchReceipt:
        self._enter("put_fill_batch")
        if self.on_batch is not None:
            self.on_batch(seq)
        batch = Batch.model_validate_json(body)
        with self.lock:
            job = self._job(job_id)
            if job.state is not FillJobState.OPEN:
                raise api_error(Conflict, 409, "fill_closed")
            held = job.batches.get(seq)
            if held is not None:
                if held[0] != body:
                    raise api_error(ValidationFailed, 422, "batch_conflict")
                return held[1]
            checksum, digests = 0, {}
            for record in batch.records:
                key = (batch.collection.value, record.id)
                if record.data.get("invalid") or key in job.records or key in digests:
                    field = FieldError(field="/".join(key), code="invalid", detail="bad record")
                    raise api_error(ValidationFailed, 422, "record_rejected", fields=(field,))
                digest = record_digest(key[0], record.id, canonical_json(record.data))
                digests[key] = digest
                checksum = add_to_checksum(checksum, digest)
            job.records.update(digests)
            receipt = BatchReceipt(
                seq=seq,
                collection=batch.collection,
                count=len(batch.records),
                checksum=str(checksum),
            )
            job.batches[seq] = (body, receipt)
            return receipt

    def commit(self, job_id: str, commit: FillCommit) -> FillResult:
        self._enter("commit_fill")
        with self.lock:
            job = self._job(job_id)
            if job.state is FillJobState.COMMITTED and job.result is not None:
                return job.result
            if job.state is not FillJobState.OPEN:
                raise api_error(Conflict, 409, "fill_closed")
            if len(job.batches) < job.total_batches:
                raise api_error(Conflict, 409, "fill_incomplete")
            held = totals_of(job.records)
            if [t for t in commit.totals if t.count] != [t for t in held if t.count]:
                raise api_error(ValidationFailed, 422, "fill_mismatch")
            job.state = FillJobState.COMMITTED
            job.result = FillResult(job_id=job.id, committed_at=NOW, totals=commit.totals)
            self.live = dict(job.records)
            self.filled_at = NOW
            return job.result

    def abort(self, job_id: str) -> None:
        self._enter("abort_fill")
        with self.lock:
            job = self._job(job_id)
            if job.state is FillJobState.COMMITTED:
                raise api_error(Conflict, 409, "fill_closed")
            job.state = FillJobState.ABORTED

    def status(self) -> CloudData:
        self._enter("fill_status")
        with self.lock:
            return CloudData(filled_at=self.filled_at, totals=totals_of(self.live))

    def _view(self, job: _Job) -> FillJob:
        return FillJob(
            id=job.id,
            state=job.state,
            created_at=NOW,
            total_batches=job.total_batches,
            received_batches=sorted(job.batches),
            received=totals_of(job.records),
        )


def totals_of(records: dict[tuple[str, str], int]) -> list[CollectionTotals]:
    counts = dict.fromkeys(Collection, 0)
    sums = dict.fromkeys(Collection, 0)
    for (collection, _), digest in records.items():
        counts[Collection(collection)] += 1
        sums[Collection(collection)] = add_to_checksum(sums[Collection(collection)], digest)
    return [
        CollectionTotals(collection=c, count=counts[c], checksum=str(sums[c])) for c in Collection
    ]


class FillClient(FakeClient):
    """A fake client that also speaks the fill endpoints to its cloud's :class:`FakeFillServer`."""

    cloud: FillCloud

    def create_fill_job(self, request: FillJobCreate) -> FillJob:
        return self.cloud.fill.create(request)

    def get_fill_job(self, job_id: str) -> FillJob:
        return self.cloud.fill.get(job_id)

    def put_fill_batch(self, job_id: str, seq: int, body: bytes) -> BatchReceipt:
        return self.cloud.fill.put(job_id, seq, body)

    def commit_fill(self, job_id: str, commit: FillCommit) -> FillResult:
        return self.cloud.fill.commit(job_id, commit)

    def abort_fill(self, job_id: str) -> None:
        self.cloud.fill.abort(job_id)

    def fill_status(self) -> CloudData:
        return self.cloud.fill.status()


class FillCloud(FakeCloud):
    """The fake cloud of fake_cloud.py with a fill server."""

    def __init__(self) -> None:
        super().__init__()
        self.fill = FakeFillServer()

    def factory(
        self, base_url: str, /, *, on_tokens_changed: Callable[[TokenPair], None]
    ) -> FillClient:
        client = FillClient(self, base_url, on_tokens_changed)
        self.clients.append(client)
        return client
