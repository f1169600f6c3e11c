"""Uploading a fill's batches with a few requests in flight.

The caller's thread reads and serialises the batches (see :mod:`cloudsetup.services.fill_plan`)
and hands each to a small thread pool whose threads share the one cloud client, and so its
keep-alive connections. At most ``2 * in_flight`` batches exist at a time (``in_flight`` being
sent, as many waiting), so memory stays flat however large the office data is. Progress and
the cancel flag are looked at between batches and at least ten times a second while waiting;
after a cancel or an error the requests already on the wire are let finish (a half-sent batch
is harmless: the server takes a batch whole or not at all), the rest are never sent.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterable
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from typing import Final

from cloudsetup.models.fill import BatchReceipt
from cloudsetup.services.fill_codes import FillCancelled, result_mismatch
from cloudsetup.services.fill_plan import PreparedBatch
from cloudsetup.services.fill_progress import ProgressMeter
from cloudsetup.services.ports import CloudApi

log = logging.getLogger(__name__)

#: How long to wait for a request before looking at the cancel flag and the progress again.
POLL_INTERVAL: Final = 0.1


class Uploader:
    """Sends the batches of one job; raises the first error (a ``CloudError``) it meets."""

    def __init__(
        self, client: CloudApi, job_id: str, meter: ProgressMeter, *, in_flight: int
    ) -> None:
        if in_flight < 1:
            raise ValueError("in_flight must be at least 1")
        self._client = client
        self._job_id = job_id
        self._meter = meter
        self._in_flight = in_flight

    def run(self, batches: Iterable[PreparedBatch], cancel: threading.Event) -> None:
        """Upload every batch with a body; count the others as held. Raises FillCancelled."""
        limit = 2 * self._in_flight
        pending: dict[Future[BatchReceipt], PreparedBatch] = {}
        pool = ThreadPoolExecutor(max_workers=self._in_flight, thread_name_prefix="fill-upload")
        try:
            for batch in batches:
                if cancel.is_set():
                    raise FillCancelled
                if batch.body is None:
                    self._meter.skipped(batch.collection, batch.count)
                    continue
                while len(pending) >= limit:
                    self._collect(pending, cancel)
                pending[pool.submit(self._put, batch.seq, batch.body)] = batch
                self._collect(pending, cancel, block=False)
            while pending:
                self._collect(pending, cancel)
        except BaseException:
            for future in pending:
                future.cancel()
            raise
        finally:
            # Requests on the wire finish; their errors no longer matter after the first one.
            pool.shutdown(wait=True, cancel_futures=True)

    def _put(self, seq: int, body: bytes) -> BatchReceipt:
        return self._client.put_fill_batch(self._job_id, seq, body)

    def _collect(
        self,
        pending: dict[Future[BatchReceipt], PreparedBatch],
        cancel: threading.Event,
        *,
        block: bool = True,
    ) -> None:
        """Take the finished uploads out of ``pending``; raise the first failure or a cancel."""
        done, _ = wait(pending, timeout=POLL_INTERVAL if block else 0, return_when=FIRST_COMPLETED)
        for future in done:
            batch = pending.pop(future)
            self._check(batch, future.result())
            self._meter.uploaded(batch.collection, batch.count)
        if cancel.is_set():
            raise FillCancelled
        if not done:
            self._meter.report()

    @staticmethod
    def _check(batch: PreparedBatch, receipt: BatchReceipt) -> None:
        """The cloud must confirm exactly the batch that was sent."""
        sent = (batch.seq, batch.collection, batch.count, str(batch.checksum))
        held = (receipt.seq, receipt.collection, receipt.count, receipt.checksum)
        if sent != held:
            raise result_mismatch(f"batch {batch.seq}: sent {sent}, the cloud confirmed {held}")
