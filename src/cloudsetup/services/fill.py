"""The initial fill ("Cloud befüllen"): all office data to the cloud, resumable and verified.

A run plans the batches from the office database (:mod:`~cloudsetup.services.fill_plan`),
continues the job stored in ``fill-state.json`` when the office data is unchanged and the cloud
still has that job open (skipping the batches the cloud holds), or else creates a new job
(naming the office database's change version it reads from, where the office sync goes on);
uploads the batches with a few in flight (:mod:`~cloudsetup.services.fill_upload`); commits with
the count and checksum of every collection, which the cloud verifies before it makes the new
data live; checks that the cloud confirms exactly those totals, and only then forgets the job.

A cancelled or failed run never touches the data the cloud held before: only a verified commit
replaces it. The job stays stored, so the next run continues it.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path

from cloudsetup.cloud.errors import CloudError, Conflict, NotFound
from cloudsetup.models.fill import (
    CloudData,
    CollectionTotals,
    FillCommit,
    FillJobCreate,
    FillJobState,
    FillResult,
)
from cloudsetup.services.errors import user_error_from
from cloudsetup.services.fill_codes import (
    RESTART_CODES,
    FillCancelled,
    office_data_changed,
    result_mismatch,
    state_not_saved,
)
from cloudsetup.services.fill_plan import FillPlan, Totals, read_batches
from cloudsetup.services.fill_progress import FillProgress, ProgressMeter
from cloudsetup.services.fill_state import FillState, FillStateFile
from cloudsetup.services.fill_upload import Uploader
from cloudsetup.services.ports import CloudApi, OfficeData
from cloudsetup.services.setup import SetupService
from cloudsetup.services.user_error import UserError

__all__ = ["FillCancelled", "FillProgress", "FillService"]

log = logging.getLogger(__name__)


def _by_collection(totals: list[CollectionTotals]) -> dict[str, tuple[int, str]]:
    return {t.collection.value: (t.count, t.checksum) for t in totals}


class FillService:
    """Fills the cloud with the office data; see the module docstring for the steps."""

    def __init__(
        self, setup: SetupService, *, state_dir: Path, in_flight: int = 3, batch_size: int = 2000
    ) -> None:
        if in_flight < 1 or batch_size < 1:
            raise ValueError("in_flight and batch_size must be at least 1")
        self._setup = setup
        self._state = FillStateFile(state_dir)
        self._in_flight = in_flight
        self._batch_size = batch_size

    def cloud_data(self) -> CloudData:
        """What the cloud holds now (for the "it will be replaced" question)."""
        try:
            return self._setup.client.fill_status()
        except CloudError as exc:
            raise user_error_from(exc) from exc

    def abort(self) -> None:
        """Abort the stored open job (the cloud drops what it received) and forget it."""
        stored = self._state.load()
        if stored is None:
            return
        try:
            self._setup.client.abort_fill(stored.job_id)
        except (NotFound, Conflict) as exc:  # gone, or already committed: nothing to abort
            log.info("stored fill job %s not aborted: %s", stored.job_id, exc)
        except CloudError as exc:
            raise user_error_from(exc) from exc
        self._state.delete()

    def run(
        self,
        office: OfficeData,
        *,
        on_progress: Callable[[FillProgress], None],
        cancel: threading.Event,
    ) -> FillResult:
        """Upload all of ``office`` and have the cloud verify it; see the module docstring.

        Raises :class:`FillCancelled` when ``cancel`` is set, :class:`UserError` otherwise.
        """
        client = self._setup.client
        plan = FillPlan.of(office, self._batch_size)  # reads the change version first
        fingerprint = office.fingerprint()
        meter = ProgressMeter(plan.counts, on_progress)
        meter.set_phase("planning")
        try:
            job_id, held = self._open_job(client, plan, fingerprint)
            if cancel.is_set():
                raise FillCancelled
            meter.set_phase("uploading")
            totals = Totals()
            batches = read_batches(office, plan, held=held, totals=totals)
            Uploader(client, job_id, meter, in_flight=self._in_flight).run(batches, cancel)
            if office.fingerprint() != fingerprint:
                raise office_data_changed("the fingerprint changed while the data was read")
            meter.set_phase("verifying")
            result = client.commit_fill(job_id, FillCommit(totals=totals.as_list()))
        except CloudError as exc:
            error = user_error_from(exc)
            self._forget_if_lost(error)
            raise error from exc
        except UserError as error:
            self._forget_if_lost(error)
            raise
        self._verify(result, job_id, totals)
        self._state.delete()
        meter.set_phase("done")
        return result

    # -- internals -------------------------------------------------------------------------

    def _open_job(self, client: CloudApi, plan: FillPlan, fingerprint: str) -> tuple[str, set[int]]:
        """The stored job when it can be continued (with the batches held), else a new one."""
        settings = self._setup.local_settings()
        server_url, domain = settings.server_url or "", settings.domain or ""
        stored = self._state.load()
        if stored is not None and stored.matches(
            fingerprint=fingerprint,
            batch_size=plan.batch_size,
            total_batches=plan.total_batches,
            server_url=server_url,
            domain=domain,
        ):
            try:
                job = client.get_fill_job(stored.job_id)
            except NotFound:
                log.info("stored fill job %s is unknown to the cloud", stored.job_id)
            else:
                if job.state is FillJobState.OPEN:
                    log.info("continuing fill job %s", job.id)
                    return job.id, set(job.received_batches)
                log.info("stored fill job %s is %s", job.id, job.state.value)
        job = client.create_fill_job(
            FillJobCreate(
                expected=plan.expected(),
                total_batches=plan.total_batches,
                source_version=plan.source_version,
            )
        )
        state = FillState(
            job_id=job.id,
            fingerprint=fingerprint,
            batch_size=plan.batch_size,
            total_batches=plan.total_batches,
            server_url=server_url,
            domain=domain,
        )
        try:
            self._state.save(state)
        except OSError as exc:
            raise state_not_saved(str(self._state.path), f"{type(exc).__name__}: {exc}") from exc
        return job.id, set(job.received_batches)

    def _verify(self, result: FillResult, job_id: str, totals: Totals) -> None:
        """The cloud must confirm this job with exactly the totals that were sent."""
        sent = _by_collection(totals.as_list())
        confirmed = _by_collection(result.totals)
        if result.job_id != job_id or confirmed != sent:
            self._state.delete()
            raise result_mismatch(
                f"job {job_id}: sent {sent}; the cloud confirmed job {result.job_id}: {confirmed}"
            )

    def _forget_if_lost(self, error: UserError) -> None:
        """After an error the stored job cannot recover from, the next run starts a new one."""
        if error.code in RESTART_CODES:
            self._state.delete()
