"""The fill endpoints of the cloud API: a fill job, its numbered batches, commit and abort.

Retries follow :mod:`cloudsetup.cloud.retry`. Reading a job, uploading a batch (the same batch
again changes nothing on the server) and committing (the server answers a repeated commit with
the same totals with the same result) are retried after transient failures; aborting is too
(an aborted job stays aborted). Creating a job is not: a repeat would abort the job the first
try created, so it is repeated only when the request provably never left this computer.
"""

from __future__ import annotations

from urllib.parse import quote

from cloudsetup.cloud._calls import BearerCalls
from cloudsetup.models import paths
from cloudsetup.models.fill import (
    BatchReceipt,
    CloudData,
    FillCommit,
    FillJob,
    FillJobCreate,
    FillResult,
)


def job_path(template: str, job_id: str, **more: int) -> str:
    """``template`` with the job id filled in, quoted so it cannot leave its path segment."""
    return template.format(job_id=quote(job_id, safe=""), **more)


class FillEndpoints(BearerCalls):
    """``/fill/jobs`` and ``/fill/status``."""

    def create_fill_job(self, request: FillJobCreate) -> FillJob:
        """``POST /fill/jobs``: start a fill job (an older open job of the tenant is aborted)."""
        return self._call(
            "POST",
            paths.FILL_JOBS,
            FillJob,
            json=request.model_dump(mode="json"),
            idempotent=False,
        )

    def get_fill_job(self, job_id: str) -> FillJob:
        """``GET /fill/jobs/{id}``: the job's state and the batch numbers the cloud holds."""
        return self._call("GET", job_path(paths.FILL_JOB, job_id), FillJob)

    def put_fill_batch(self, job_id: str, seq: int, body: bytes) -> BatchReceipt:
        """``PUT /fill/jobs/{id}/batches/{seq}``: upload one batch.

        ``body`` is the batch already serialised as the JSON of a
        :class:`~cloudsetup.models.fill.Batch`, so a retry sends the same bytes without
        serialising again.
        """
        return self._call(
            "PUT",
            job_path(paths.FILL_BATCH, job_id, seq=int(seq)),
            BatchReceipt,
            content=body,
        )

    def commit_fill(self, job_id: str, commit: FillCommit) -> FillResult:
        """``POST /fill/jobs/{id}/commit``: verify the totals and make the job's data live."""
        return self._call(
            "POST",
            job_path(paths.FILL_COMMIT, job_id),
            FillResult,
            json=commit.model_dump(mode="json"),
            idempotent=True,
        )

    def abort_fill(self, job_id: str) -> None:
        """``POST /fill/jobs/{id}/abort``: drop the job's staged rows; live data is untouched."""
        self._call_no_content("POST", job_path(paths.FILL_ABORT, job_id), idempotent=True)

    def fill_status(self) -> CloudData:
        """``GET /fill/status``: what the cloud holds now (counts and checksums per collection)."""
        return self._call("GET", paths.FILL_STATUS, CloudData)
