"""The initial fill: jobs, numbered batches, verified commit or abort, and what is live.

The batch upload takes its body as bytes and validates it with a module-level ``TypeAdapter``
in the (sync, thread-pool) route: one parse instead of FastAPI's ``json.loads`` plus model
validation, and the hashing runs off the event loop. Its schema is declared by hand below.
"""

from __future__ import annotations

from typing import Annotated, Any, Final

from fastapi import APIRouter, Depends, Path, Request, Response, status

from cloudsetup.models import ErrorBody
from cloudsetup.models.fill import (
    BATCH_MAX_BYTES,
    BatchReceipt,
    CloudData,
    FillCommit,
    FillJob,
    FillJobCreate,
    FillResult,
)
from cloudsetup.server.api.deps import CurrentAdmin, RuntimeDep, SessionDep
from cloudsetup.server.errors import ApiError
from cloudsetup.server.json_body import JsonBodyRoute
from cloudsetup.server.services import fill_batches, fill_jobs

router = APIRouter(
    route_class=JsonBodyRoute, prefix="/fill", tags=["fill"], responses={401: {"model": ErrorBody}}
)

JobId = Annotated[str, Path(min_length=1, max_length=64)]
Seq = Annotated[int, Path(ge=0, le=2**31 - 1)]
BATCH_TOO_LARGE: Final = "batch_too_large"

_Responses = dict[int | str, dict[str, Any]]
_NOT_FOUND: _Responses = {404: {"model": ErrorBody}}
_CLOSED: _Responses = {409: {"model": ErrorBody, "description": "fill_closed"}}


def _inline(schema: Any, definitions: dict[str, Any]) -> Any:
    """``schema`` with every ``#/$defs/...`` reference replaced by the definition itself."""
    if isinstance(schema, dict):
        if "$ref" in schema:
            return _inline(definitions[schema["$ref"].rsplit("/", 1)[-1]], definitions)
        return {key: _inline(value, definitions) for key, value in schema.items() if key != "$defs"}
    if isinstance(schema, list):
        return [_inline(item, definitions) for item in schema]
    return schema


def _batch_schema() -> dict[str, Any]:
    schema = fill_batches.BATCH_ADAPTER.json_schema()
    inlined: dict[str, Any] = _inline(schema, schema.get("$defs", {}))
    return inlined


_BATCH_BODY: Final = {
    "requestBody": {
        "required": True,
        "content": {"application/json": {"schema": _batch_schema()}},
    }
}


async def raw_body(request: Request) -> bytes:
    """The request body as bytes (read on the event loop; the route parses it in a thread)."""
    length = request.headers.get("content-length", "")
    if length.isdigit() and int(length) > BATCH_MAX_BYTES:
        raise ApiError(413, BATCH_TOO_LARGE, f"a batch may have at most {BATCH_MAX_BYTES} bytes")
    body = await request.body()
    if len(body) > BATCH_MAX_BYTES:
        raise ApiError(413, BATCH_TOO_LARGE, f"a batch may have at most {BATCH_MAX_BYTES} bytes")
    return body


@router.post("/jobs", response_model=FillJob, status_code=status.HTTP_201_CREATED)
def create_job(body: FillJobCreate, admin: CurrentAdmin, session: SessionDep) -> FillJob:
    """Start a fill; an older open job of the tenant is aborted (its staged rows dropped)."""
    return fill_jobs.create_job(session, admin.tenant.id, body)


@router.get("/jobs/{job_id}", response_model=FillJob, responses=_NOT_FOUND)
def read_job(job_id: JobId, admin: CurrentAdmin, session: SessionDep) -> FillJob:
    """The job with the batch numbers the cloud holds (to resume) and what they add up to."""
    return fill_jobs.job_view(session, fill_jobs.find_job(session, admin.tenant.id, job_id))


@router.put(
    "/jobs/{job_id}/batches/{seq}",
    response_model=BatchReceipt,
    responses={
        **_NOT_FOUND,
        **_CLOSED,
        413: {"model": ErrorBody, "description": "batch_too_large"},
        422: {"model": ErrorBody, "description": "batch_conflict, record_rejected, invalid"},
    },
    openapi_extra=_BATCH_BODY,
)
def put_batch(
    job_id: JobId,
    seq: Seq,
    admin: CurrentAdmin,
    session: SessionDep,
    body: Annotated[bytes, Depends(raw_body)],
) -> BatchReceipt:
    """Store batch ``seq`` (a ``Batch``); the same batch again changes nothing."""
    return fill_batches.put_batch(session, admin.tenant.id, job_id, seq, body)


@router.post(
    "/jobs/{job_id}/commit",
    response_model=FillResult,
    responses={
        **_NOT_FOUND,
        409: {"model": ErrorBody, "description": "fill_incomplete, fill_closed"},
        422: {"model": ErrorBody, "description": "fill_mismatch"},
    },
)
def commit_job(
    job_id: JobId, body: FillCommit, admin: CurrentAdmin, runtime: RuntimeDep, session: SessionDep
) -> FillResult:
    """Verify counts and checksums, then make the job's data live in one transaction."""
    return fill_jobs.commit_job(session, runtime, admin, job_id, body)


@router.post(
    "/jobs/{job_id}/abort",
    status_code=status.HTTP_204_NO_CONTENT,
    response_class=Response,
    responses={**_NOT_FOUND, **_CLOSED},
)
def abort_job(job_id: JobId, admin: CurrentAdmin, session: SessionDep) -> Response:
    """Drop the job and its staged rows; the live data stays as it is."""
    fill_jobs.abort_job(session, admin.tenant.id, job_id)
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.get("/status", response_model=CloudData)
def read_status(admin: CurrentAdmin, session: SessionDep) -> CloudData:
    """What the cloud holds now: live counts and checksums per collection."""
    return fill_jobs.cloud_data(session, admin.tenant.id)
