"""The office sync: where it stands, the office's changes pushed in, device invoices pulled out.

Both directions are idempotent and resumable because the cloud keeps both positions:

* ``office_pushed_version`` — the office database's change version the cloud holds everything
  up to. A batch must start there (``base_version``, else 409 ``sync_gap``); a batch the cloud
  already holds (``through_version`` not above it) is answered without a change, so a batch
  whose answer was lost can simply be sent again.
* ``office_pulled_seq`` — the inbox position the office confirmed by asking for what comes
  after it. It only moves forward (never past the head), and devices may be approved only
  while it is at the inbox head.
"""

from __future__ import annotations

from typing import Final

from sqlalchemy import case, select, update
from sqlalchemy.orm import Session

from cloudsetup.models import (
    ChangeBatch,
    ChangeReceipt,
    FieldError,
    InboxPage,
    InboxPull,
    SyncStatus,
)
from cloudsetup.server.errors import ApiError
from cloudsetup.server.services.device_invoices import invoice_view
from cloudsetup.server.services.device_pull import not_filled
from cloudsetup.server.services.devices import count_pending
from cloudsetup.server.services.fill_batches import RECORD_REJECTED
from cloudsetup.server.services.live_records import duplicate_keys, write_changes
from cloudsetup.server.services.locking import lock_tenant
from cloudsetup.server.tables import DeviceInvoiceRow, TenantRow, utc_now

SYNC_GAP: Final = "sync_gap"


def status(session: Session, tenant: TenantRow) -> SyncStatus:
    return SyncStatus(
        filled=tenant.filled_at is not None,
        pushed_version=tenant.office_pushed_version,
        inbox_head=tenant.inbox_head,
        pulled_seq=tenant.office_pulled_seq,
        pending_devices=count_pending(session, tenant.id),
        last_sync_at=tenant.office_synced_at,
    )


def _duplicates(batch: ChangeBatch) -> ApiError | None:
    twice = duplicate_keys(batch.changes)
    if not twice:
        return None
    fields = tuple(
        FieldError(
            field=f"{collection}/{record_id}",
            code=RECORD_REJECTED,
            detail="the record occurs twice in the batch",
        )
        for collection, record_id in twice
    )
    detail = f"record {fields[0].field} rejected: {fields[0].detail}"
    return ApiError(422, RECORD_REJECTED, detail, fields=fields)


def push_changes(session: Session, tenant_id: int, batch: ChangeBatch) -> ChangeReceipt:
    """Apply the office's changes in ``(base_version, through_version]`` to the live data."""
    if (refused := _duplicates(batch)) is not None:
        raise refused
    lock_tenant(session, tenant_id)
    generation, pushed = session.execute(
        select(TenantRow.live_generation, TenantRow.office_pushed_version).where(
            TenantRow.id == tenant_id
        )
    ).one()
    if generation is None:
        raise not_filled()
    if batch.through_version <= pushed:
        # Held already (a repeat after a lost answer): the same position, nothing written.
        return ChangeReceipt(pushed_version=pushed, applied=0, unchanged=len(batch.changes))
    if batch.base_version != pushed:
        raise ApiError(
            409,
            SYNC_GAP,
            f"the cloud holds the office's changes up to version {pushed}, the batch starts at "
            f"{batch.base_version}; push the changes after version {pushed}",
        )
    result = write_changes(session, tenant_id, generation, batch.changes)
    session.execute(
        update(TenantRow)
        .where(TenantRow.id == tenant_id)
        .values(office_pushed_version=batch.through_version, office_synced_at=utc_now())
    )
    session.commit()
    return ChangeReceipt(
        pushed_version=batch.through_version, applied=result.applied, unchanged=result.unchanged
    )


def pull_inbox(session: Session, tenant_id: int, pull: InboxPull) -> InboxPage:
    """Device invoices after ``pull.after``; the office holds everything up to ``after``."""
    generation, head = session.execute(
        select(TenantRow.live_generation, TenantRow.inbox_head).where(TenantRow.id == tenant_id)
    ).one()
    if generation is None:
        raise not_filled()
    confirmed = min(pull.after, head)  # never past the head, never backwards
    session.execute(
        update(TenantRow)
        .where(TenantRow.id == tenant_id)
        .values(
            office_pulled_seq=case(
                (TenantRow.office_pulled_seq < confirmed, confirmed),
                else_=TenantRow.office_pulled_seq,
            ),
            office_synced_at=utc_now(),
        )
    )
    rows = session.scalars(
        select(DeviceInvoiceRow)
        .where(DeviceInvoiceRow.tenant_id == tenant_id, DeviceInvoiceRow.seq > pull.after)
        .order_by(DeviceInvoiceRow.seq)
        .limit(pull.limit + 1)
    ).all()
    session.commit()
    items = [invoice_view(row) for row in rows[: pull.limit]]
    return InboxPage(items=items, head=head, more=len(rows) > pull.limit)
