"""Fill jobs: create, show, verify and commit, abort, and what is live (``/fill/status``).

Every job writes its rows into ``records`` under its own generation (its integer id); the
tenant's ``live_generation`` points at the committed one. A commit checks the batch receipts
(never the rows) against the office's totals and the job's expected counts, and then switches
the pointer, marks the job committed and sets ``filled_at`` and the office sync's position
(the job's ``source_version``) in one transaction. Rows and tombstones of jobs that are neither
open nor live (aborted, or replaced by a newer commit) are deleted afterwards by
:func:`purge_stale`, in transactions of their own: a failure there leaves the live data as it is
and is retried by the next create, commit or abort.
"""

from __future__ import annotations

import json
import logging
import secrets
from collections.abc import Iterable, Mapping

from sqlalchemy import select, update
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from cloudsetup.models import AuditAction, ErrorCode
from cloudsetup.models.common import has_control_characters
from cloudsetup.models.fill import (
    CloudData,
    Collection,
    CollectionTotals,
    FillCommit,
    FillJob,
    FillJobCreate,
    FillJobState,
    FillResult,
    add_to_checksum,
)
from cloudsetup.server.errors import ApiError, field_error
from cloudsetup.server.runtime import Runtime
from cloudsetup.server.services import audit, fill_notices
from cloudsetup.server.services.auth import SignedIn
from cloudsetup.server.services.fill_storage import begin_write, delete_generation
from cloudsetup.server.services.locking import lock_tenant
from cloudsetup.server.tables import FillBatchRow, FillJobRow, TenantRow, utc_now

logger = logging.getLogger(__name__)

FILL_CLOSED = "fill_closed"
FILL_INCOMPLETE = "fill_incomplete"
FILL_MISMATCH = "fill_mismatch"
# Missing batch numbers named in a 409 detail; the client asks GET job for the full list.
_MISSING_NAMED = 50

# {collection: (count, checksum)}
Totals = dict[str, tuple[int, int]]


def _totals_list(totals: Mapping[str, tuple[int, int]]) -> list[CollectionTotals]:
    """In upload order of the collections."""
    return [
        CollectionTotals(collection=collection, count=count, checksum=str(checksum))
        for collection in Collection
        if collection.value in totals
        for count, checksum in [totals[collection.value]]
    ]


def _totals_of(entries: Iterable[CollectionTotals], field: str) -> Totals:
    totals: Totals = {}
    for entry in entries:
        if entry.collection.value in totals:
            raise field_error(
                422,
                ErrorCode.VALIDATION_FAILED,
                field,
                f"{entry.collection.value} is listed twice",
                field_code="duplicate_collection",
            )
        totals[entry.collection.value] = (entry.count, int(entry.checksum))
    return totals


def _expected(job: FillJobRow) -> Totals:
    return _totals_of(
        (CollectionTotals.model_validate(item) for item in json.loads(job.expected)), "expected"
    )


def received(session: Session, job_id: int) -> tuple[list[int], Totals]:
    """Batch numbers held (ascending) and what they add up to per collection."""
    rows = session.execute(
        select(FillBatchRow.seq, FillBatchRow.collection, FillBatchRow.count, FillBatchRow.checksum)
        .where(FillBatchRow.job_id == job_id)
        .order_by(FillBatchRow.seq)
    )
    seqs: list[int] = []
    totals: Totals = {}
    for seq, collection, count, checksum in rows:
        seqs.append(seq)
        held_count, held_sum = totals.get(collection, (0, 0))
        totals[collection] = (held_count + count, add_to_checksum(held_sum, int(checksum)))
    return seqs, totals


def _with_expected(job: FillJobRow, totals: Totals) -> Totals:
    """``totals`` plus the expected collections the job holds nothing of yet (as zero)."""
    return {**dict.fromkeys(_expected(job), (0, 0)), **totals}


def find_job(session: Session, tenant_id: int, public_id: str) -> FillJobRow:
    """The tenant's job with this id; another tenant's job is as unknown as no job (404)."""
    if has_control_characters(public_id):  # never one of ours; PostgreSQL cannot compare NUL
        raise ApiError(404, ErrorCode.NOT_FOUND, "no such fill job")
    job = session.scalars(
        select(FillJobRow).where(
            FillJobRow.public_id == public_id, FillJobRow.tenant_id == tenant_id
        )
    ).one_or_none()
    if job is None:
        raise ApiError(404, ErrorCode.NOT_FOUND, "no such fill job")
    return job


def lock_job(session: Session, job_id: int, *, shared: bool) -> str:
    """The job's current state, read under a row lock (shared for uploads, exclusive else).

    Call :func:`begin_write` first: on SQLite the write lock already serialises everything.
    """
    query = select(FillJobRow.state).where(FillJobRow.id == job_id).with_for_update(read=shared)
    return str(session.execute(query).scalar_one())


def closed_error(state: str) -> ApiError:
    return ApiError(409, FILL_CLOSED, f"the fill job is {state}")


def job_view(session: Session, job: FillJobRow) -> FillJob:
    seqs, totals = received(session, job.id)
    return FillJob(
        id=job.public_id,
        state=FillJobState(job.state),
        created_at=job.created_at,
        total_batches=job.total_batches,
        received_batches=seqs,
        received=_totals_list(_with_expected(job, totals)),
    )


def create_job(session: Session, tenant_id: int, body: FillJobCreate) -> FillJob:
    """A new open job; an older open job of the tenant is aborted and its rows dropped."""
    _totals_of(body.expected, "expected")  # refuses a collection listed twice
    lock_tenant(session, tenant_id)
    now = utc_now()
    session.execute(
        update(FillJobRow)
        .where(FillJobRow.tenant_id == tenant_id, FillJobRow.state == FillJobState.OPEN.value)
        .values(state=FillJobState.ABORTED.value, closed_at=now)
    )
    job = FillJobRow(
        public_id=secrets.token_hex(16),
        tenant_id=tenant_id,
        state=FillJobState.OPEN.value,
        total_batches=body.total_batches,
        expected=json.dumps([entry.model_dump(mode="json") for entry in body.expected]),
        created_at=now,
        source_version=body.source_version,
    )
    session.add(job)
    session.commit()
    purge_stale(session, tenant_id)
    return job_view(session, job)


def _missing(job: FillJobRow, seqs: list[int]) -> ApiError:
    missing = sorted(set(range(job.total_batches)) - set(seqs))
    named = ", ".join(str(seq) for seq in missing[:_MISSING_NAMED])
    more = f" and {len(missing) - _MISSING_NAMED} more" if len(missing) > _MISSING_NAMED else ""
    return ApiError(409, FILL_INCOMPLETE, f"{len(missing)} batches are missing: {named}{more}")


def _mismatch(
    collection: str, what: str, expected: tuple[int, int], held: tuple[int, int]
) -> ApiError:
    detail = (
        f"{collection}: {what} count {expected[0]} checksum {expected[1]}, "
        f"the cloud holds count {held[0]} checksum {held[1]}"
    )
    return field_error(422, FILL_MISMATCH, collection, detail)


def verify(job: FillJobRow, sent: Totals, held: Totals) -> None:
    """The office's totals and the expected counts agree with what the receipts add up to."""
    expected = _expected(job)
    for collection in [c.value for c in Collection if c.value in sent | held | expected]:
        holds = held.get(collection, (0, 0))
        office = sent.get(collection, (0, 0))
        if office != holds:
            raise _mismatch(collection, "the office sent", office, holds)
        announced = expected.get(collection, (0, 0))
        if announced[0] != holds[0] or announced[1] not in (0, holds[1]):
            raise _mismatch(collection, "the job expected", announced, holds)


def commit_job(
    session: Session,
    runtime: Runtime,
    admin: SignedIn,
    public_id: str,
    body: FillCommit,
) -> FillResult:
    """Verify, then make the job's generation live; the same commit again gives the same answer.

    The notification recipients are told when the data goes live, and when it did not verify.
    """
    tenant_id = admin.tenant.id
    try:
        result, committed_now = _commit(session, admin, public_id, body)
    except ApiError as exc:
        session.rollback()
        if exc.code == FILL_MISMATCH:
            fill_notices.fill_refused(runtime, session, tenant_id, exc.detail)
        raise
    if committed_now:
        fill_notices.fill_committed(runtime, session, tenant_id, result.totals)
    return result


def _commit(
    session: Session, admin: SignedIn, public_id: str, body: FillCommit
) -> tuple[FillResult, bool]:
    """The commit itself; (its result, whether this call made the job live)."""
    tenant_id = admin.tenant.id
    sent = _totals_of(body.totals, "totals")
    job = find_job(session, tenant_id, public_id)
    # Lock order tenant, then job (as in create_job); uploads take only the job's row.
    lock_tenant(session, tenant_id)
    state = lock_job(session, job.id, shared=False)
    if state == FillJobState.ABORTED:
        raise closed_error(state)
    seqs, held = received(session, job.id)
    if state == FillJobState.OPEN and len(seqs) < job.total_batches:
        raise _missing(job, seqs)
    verify(job, sent, held)
    committed_now = state == FillJobState.OPEN
    if committed_now:
        now = utc_now()
        filled_at = session.scalar(select(TenantRow.filled_at).where(TenantRow.id == tenant_id))
        session.execute(
            update(TenantRow)
            .where(TenantRow.id == tenant_id)
            # The office sync goes on from the version the upload was read at.
            .values(
                live_generation=job.id,
                filled_at=filled_at or now,
                office_pushed_version=job.source_version or 0,
            )
        )
        session.execute(
            update(FillJobRow)
            .where(FillJobRow.id == job.id)
            .values(state=FillJobState.COMMITTED.value, closed_at=now)
        )
        audit.record(
            session,
            tenant_id,
            AuditAction.FILL_COMMITTED,
            actor=admin.user,
            target="fill",
            detail=", ".join(f"{name} {count}" for name, (count, _sum) in held.items()),
        )
        session.commit()
        session.refresh(job)
        purge_stale(session, tenant_id)
    assert job.closed_at is not None  # noqa: S101 - a committed job has its time
    result = FillResult(
        job_id=job.public_id,
        committed_at=job.closed_at,
        totals=_totals_list(_with_expected(job, held)),
    )
    return result, committed_now


def abort_job(session: Session, tenant_id: int, public_id: str) -> None:
    """Close an open job and drop its rows; the live data is not touched. Again: no change."""
    job = find_job(session, tenant_id, public_id)
    begin_write(session.connection())
    state = lock_job(session, job.id, shared=False)
    if state == FillJobState.COMMITTED:
        raise closed_error(state)
    if state == FillJobState.OPEN:
        session.execute(
            update(FillJobRow)
            .where(FillJobRow.id == job.id)
            .values(state=FillJobState.ABORTED.value, closed_at=utc_now())
        )
    session.commit()
    purge_stale(session, tenant_id)


def cloud_data(session: Session, tenant_id: int) -> CloudData:
    """What is live: the committed job's totals (from its receipts) and when it was committed."""
    live = session.scalar(select(TenantRow.live_generation).where(TenantRow.id == tenant_id))
    job = None if live is None else session.get(FillJobRow, live)
    if job is None:
        return CloudData(filled_at=None, totals=[])
    _seqs, totals = received(session, job.id)
    return CloudData(filled_at=job.closed_at, totals=_totals_list(_with_expected(job, totals)))


def purge_stale(session: Session, tenant_id: int) -> None:
    """Delete the rows of the tenant's jobs that are neither open nor live, one job a time.

    A job that is not open can never become live again, so nothing here races with a commit.
    Errors are logged, not raised: the caller's change is already committed.
    """
    try:
        live = session.scalar(select(TenantRow.live_generation).where(TenantRow.id == tenant_id))
        stale = session.scalars(
            select(FillJobRow.id).where(
                FillJobRow.tenant_id == tenant_id,
                FillJobRow.state != FillJobState.OPEN.value,
                FillJobRow.purged_at.is_(None),
                FillJobRow.id != (live if live is not None else -1),
            )
        ).all()
        session.commit()  # end the read (PostgreSQL) before SQLite's write lock is taken
        for job_id in stale:
            connection = session.connection()
            begin_write(connection)
            delete_generation(connection, job_id)
            session.execute(
                update(FillJobRow).where(FillJobRow.id == job_id).values(purged_at=utc_now())
            )
            session.commit()
    except SQLAlchemyError:
        session.rollback()
        logger.exception("could not delete the rows of replaced or aborted fill jobs")
