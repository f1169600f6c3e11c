"""The office sync ("Cloudabgleich"): device invoices into the office data, office changes out.

A run reads where the cloud stands (:class:`~cloudsetup.models.SyncStatus`), then

1. **pulls** the inbox (invoices written on devices) page by page into the office database,
   each page in one transaction, and confirms what it holds: every pull names the position
   after the last stored invoice, and the last pull, which comes back empty, tells the cloud
   that the office holds everything;
2. **pushes** the office database's changes since the cloud's ``pushed_version`` in batches of
   ``batch_size`` (:class:`~cloudsetup.models.ChangeBatch`); the cloud answers a batch it holds
   already as before. A ``sync_gap`` (the cloud holds another version than this run assumed)
   makes the push start again from the cloud's version. The invoices just pulled go back
   too: the cloud recognises them by their digest as unchanged;
3. reads the status again for the overview.

Both positions live in the cloud, so a run that is cancelled (between two pages or batches),
fails, or is killed at any point loses nothing: the next run starts where the cloud stands,
and nothing is stored or applied twice. ``sync-state.json`` keeps the last sync's time for the
overview.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from contextlib import closing
from datetime import UTC, datetime
from pathlib import Path
from typing import Final

from cloudsetup.cloud.errors import APIStatusError, CloudError
from cloudsetup.localdata.errors import RecordRefusedError
from cloudsetup.models import ChangeBatch, InboxPull, RecordChange, SyncStatus
from cloudsetup.models.sync import CHANGES_MAX_PER_BATCH
from cloudsetup.services.errors import user_error_from
from cloudsetup.services.ports import CloudApi, OfficeChanges
from cloudsetup.services.setup import SetupService
from cloudsetup.services.sync_codes import (
    SyncCancelled,
    invoice_not_stored,
    not_filled,
    office_database_mismatch,
    record_not_sendable,
    record_rejected,
    sync_gap_persists,
)
from cloudsetup.services.sync_report import ProgressThrottle, SyncOverview, SyncProgress, SyncResult
from cloudsetup.services.sync_state import SyncState, SyncStateFile
from cloudsetup.services.user_error import UserError

__all__ = ["SyncCancelled", "SyncOverview", "SyncProgress", "SyncResult", "SyncService"]

log = logging.getLogger(__name__)

#: Device invoices asked for per inbox pull.
INBOX_PAGE: Final = 100
#: How often one run starts its push again from the cloud's version before it gives up.
MAX_GAP_RESTARTS: Final = 3


class _Gap(Exception):  # noqa: N818 - internal signal, never leaves this module
    """The cloud holds another version than the push assumed; start again from it."""


class SyncService:
    """Synchronises the office database with the cloud; see the module docstring."""

    def __init__(self, setup: SetupService, *, state_dir: Path, batch_size: int = 1000) -> None:
        if not 1 <= batch_size <= CHANGES_MAX_PER_BATCH:
            raise ValueError(f"batch_size must be between 1 and {CHANGES_MAX_PER_BATCH}")
        self._setup = setup
        self._state = SyncStateFile(state_dir)
        self._batch_size = batch_size

    def overview(self, office: OfficeChanges) -> SyncOverview:
        """What waits on either side, pending devices and the last sync (asks the cloud)."""
        try:
            status = self._setup.client.sync_status()
        except CloudError as exc:
            raise user_error_from(exc) from exc
        if status.filled:
            self._check_office(office, status)
        return self._overview(office, status, self._load_state())

    def run(
        self,
        office: OfficeChanges,
        *,
        on_progress: Callable[[SyncProgress], None],
        cancel: threading.Event,
    ) -> SyncResult:
        """Pull, push, check; raises :class:`SyncCancelled` or :class:`UserError`."""
        client = self._setup.client
        meter = ProgressThrottle(on_progress)
        meter.phase("checking")
        state = self._load_state()
        try:
            status = client.sync_status()
            if not status.filled:
                raise not_filled("the sync status says the cloud is not filled")
            self._check_office(office, status)
            pulled, state = self._pull(client, office, status, state, meter, cancel)
            pushed, unchanged = self._push(client, office, status, meter, cancel)
            final = client.sync_status()
        except CloudError as exc:
            raise self._user_error(exc) from exc
        state = state.model_copy(
            update={"last_sync_at": datetime.now(UTC), "pulled_seq": final.pulled_seq}
        )
        self._state.save(state)
        meter.phase("done")
        return SyncResult(
            pulled_invoices=pulled,
            pushed_changes=pushed,
            unchanged=unchanged,
            overview=self._overview(office, final, state),
        )

    # -- the two halves ----------------------------------------------------------------------

    def _pull(
        self,
        client: CloudApi,
        office: OfficeChanges,
        status: SyncStatus,
        state: SyncState,
        meter: ProgressThrottle,
        cancel: threading.Event,
    ) -> tuple[int, SyncState]:
        """Store every waiting device invoice; the last (empty) pull confirms the position."""
        after, pulled = status.pulled_seq, 0
        total = max(status.inbox_head - after, 0)
        meter.phase("pulling", total=total)
        while True:
            if cancel.is_set():
                raise SyncCancelled
            page = client.pull_inbox(InboxPull(after=after, limit=INBOX_PAGE))
            if not page.items:
                return pulled, state
            records = [record for item in page.items for record in item.records]
            try:
                office.store_records(records)
            except RecordRefusedError as exc:
                refused = next(
                    (i for i in page.items if any(r.id == exc.record_id for r in i.records)),
                    None,
                )
                raise invoice_not_stored(refused, exc) from exc
            after = page.items[-1].seq
            pulled += len(page.items)
            state = state.model_copy(update={"pulled_seq": after})
            self._state.save(state)
            meter.update(pulled, max(total, page.head - status.pulled_seq))

    def _push(
        self,
        client: CloudApi,
        office: OfficeChanges,
        status: SyncStatus,
        meter: ProgressThrottle,
        cancel: threading.Event,
    ) -> tuple[int, int]:
        """Push the office's changes from the cloud's version; ``(applied, unchanged)``."""
        base = status.pushed_version
        counts = [0, 0, 0]  # sent, applied, unchanged
        total = office.count_changes_since(base)
        meter.phase("pushing", total=total)
        for restart in range(MAX_GAP_RESTARTS + 1):
            try:
                self._push_from(client, office, base, counts, total, meter, cancel)
                return counts[1], counts[2]
            except _Gap as gap:
                log.info("sync gap (%s); starting again from the cloud's version", gap)
                if restart == MAX_GAP_RESTARTS:
                    raise sync_gap_persists(str(gap)) from gap
                fresh = client.sync_status()
                self._check_office(office, fresh)
                base = fresh.pushed_version
                total = counts[0] + office.count_changes_since(base)
        raise AssertionError("unreachable")  # pragma: no cover

    def _push_from(
        self,
        client: CloudApi,
        office: OfficeChanges,
        base: int,
        counts: list[int],
        total: int,
        meter: ProgressThrottle,
        cancel: threading.Event,
    ) -> None:
        batch: list[RecordChange] = []
        last = base
        with closing(office.changes_since(base, chunk_size=self._batch_size)) as changes:
            try:
                for version, change in changes:
                    batch.append(change)
                    last = version
                    if len(batch) == self._batch_size:
                        base = self._send(client, base, last, batch, counts, cancel)
                        meter.update(counts[0], total)
                        batch = []
            except RecordRefusedError as exc:
                if batch:  # what came before the record arrives; the sync stops at it
                    self._send(client, base, last, batch, counts, cancel)
                raise record_not_sendable(exc) from exc
        if batch:
            self._send(client, base, last, batch, counts, cancel)
            meter.update(counts[0], total)

    @staticmethod
    def _send(
        client: CloudApi,
        base: int,
        through: int,
        changes: list[RecordChange],
        counts: list[int],
        cancel: threading.Event,
    ) -> int:
        """One batch; returns the cloud's new version. Cancel takes effect before it is sent."""
        if cancel.is_set():
            raise SyncCancelled
        batch = ChangeBatch(base_version=base, through_version=through, changes=changes)
        try:
            receipt = client.push_changes(batch)
        except APIStatusError as exc:
            if exc.code == "sync_gap":
                raise _Gap(f"base {base}: {exc.detail}") from exc
            raise
        if receipt.pushed_version != through:
            raise _Gap(f"sent up to {through}, the cloud holds {receipt.pushed_version}")
        counts[0] += len(changes)
        counts[1] += receipt.applied
        counts[2] += receipt.unchanged
        return receipt.pushed_version

    def last_sync_at(self) -> datetime | None:
        """When this computer last finished a sync with the connected cloud (a local file)."""
        return self._load_state().last_sync_at

    # -- internals -------------------------------------------------------------------------

    def _load_state(self) -> SyncState:
        settings = self._setup.local_settings()
        return self._state.load(server_url=settings.server_url or "", domain=settings.domain or "")

    @staticmethod
    def _check_office(office: OfficeChanges, status: SyncStatus) -> None:
        """The cloud cannot hold more of the office data than the office database has."""
        office_version = office.change_version()
        if status.pushed_version > office_version:
            raise office_database_mismatch(
                cloud_version=status.pushed_version, office_version=office_version
            )

    @staticmethod
    def _overview(office: OfficeChanges, status: SyncStatus, state: SyncState) -> SyncOverview:
        times = [t for t in (state.last_sync_at, status.last_sync_at) if t is not None]
        return SyncOverview(
            filled=status.filled,
            local_waiting=office.count_changes_since(status.pushed_version),
            cloud_waiting=max(status.inbox_head - status.pulled_seq, 0),
            pending_devices=status.pending_devices,
            last_sync_at=max(times) if times else None,
        )

    @staticmethod
    def _user_error(exc: CloudError) -> UserError:
        if isinstance(exc, APIStatusError):
            if exc.code == "record_rejected":
                return record_rejected(exc)
            if exc.code == "not_filled":
                return not_filled(f"HTTP {exc.status_code} not_filled: {exc.detail}")
        return user_error_from(exc)
