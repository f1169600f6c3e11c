"""Hand-written fakes for the device and sync services: an office with change tracking and a
cloud that keeps devices, the office's pushed records and the inbox of device invoices.

:class:`FakeChangeOffice` answers like ``OfficeDatabase``'s sync side (versions, tombstones,
upserts that change nothing move nothing, unknown references refused). :class:`FakeSyncServer`
keeps the rules of the reference cloud that the services rely on (``sync_gap``, idempotent
batches, digests for "unchanged", the pulled position, the device limit, ``not_synced``) and
records every call; :class:`SyncCloud` is the fake cloud of fake_cloud.py whose clients also
speak the device and sync endpoints.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Generator, Sequence
from datetime import UTC, datetime, timedelta
from typing import Any

from cloudsetup.cloud.errors import APIStatusError, CloudError, Conflict, NotFound, ValidationFailed
from cloudsetup.localdata.errors import RecordRefusedError
from cloudsetup.models import (
    ChangeBatch,
    ChangeReceipt,
    Device,
    DeviceInvoice,
    DeviceState,
    ErrorBody,
    InboxPage,
    InboxPull,
    Platform,
    RecordChange,
    SyncStatus,
    TokenPair,
)
from cloudsetup.models.fill import Collection, canonical_json

from .fake_cloud import FakeClient, FakeCloud

NOW = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)
Key = tuple[Collection, str]

#: What the fake office refuses as an unknown reference (a small part of the real schema).
_REFERENCES = {
    Collection.INVOICES: ("customer_id", Collection.CUSTOMERS),
    Collection.INVOICE_LINES: ("invoice_id", Collection.INVOICES),
}


def api_error(
    cls: type[APIStatusError], status: int, code: str, detail: str = ""
) -> APIStatusError:
    body = ErrorBody(code=code, detail=detail or code.replace("_", " "))
    return cls(
        f"HTTP {status} {code}", status_code=status, code=code, detail=body.detail, body=body
    )


class FakeChangeOffice:
    """Records with a version each and tombstones, like the office database's change tracking."""

    def __init__(self) -> None:
        self.version = 0
        self.rows: dict[Key, tuple[int, dict[str, Any]]] = {}
        self.tombstones: dict[Key, int] = {}
        #: How many times store_records wrote (a test sees whether a page was stored again).
        self.stores = 0

    def upsert(self, collection: Collection, record_id: str, data: dict[str, Any]) -> None:
        key = (collection, record_id)
        held = self.rows.get(key)
        if held is not None and held[1] == data:
            return
        self.version += 1
        self.rows[key] = (self.version, dict(data))
        self.tombstones.pop(key, None)

    def delete(self, collection: Collection, record_id: str) -> None:
        if self.rows.pop((collection, record_id), None) is not None:
            self.version += 1
            self.tombstones[(collection, record_id)] = self.version

    def change_version(self) -> int:
        return self.version

    def changes_since(
        self, version: int, *, chunk_size: int = 1000
    ) -> Generator[tuple[int, RecordChange], None, None]:
        found = [
            (v, RecordChange(collection=c, id=i, data=dict(data)))
            for (c, i), (v, data) in self.rows.items()
            if v > version
        ]
        found += [
            (v, RecordChange(collection=c, id=i, data=None))
            for (c, i), v in self.tombstones.items()
            if v > version
        ]
        yield from sorted(found, key=lambda item: item[0])  # a snapshot: the list is a copy

    def count_changes_since(self, version: int) -> int:
        return sum(1 for v, _ in self.rows.values() if v > version) + sum(
            1 for v in self.tombstones.values() if v > version
        )

    def store_records(self, changes: Sequence[RecordChange]) -> None:
        incoming = {(c.collection, c.id) for c in changes if c.data is not None}
        for change in changes:
            rule = _REFERENCES.get(change.collection)
            if change.data is None or rule is None:
                continue
            column, target = rule
            key = (target, change.data[column])
            if key not in self.rows and key not in incoming:
                raise RecordRefusedError(
                    change.collection, change.id, "unknown_reference", f"{column} unknown", column
                )
        self.stores += 1
        for change in sorted(changes, key=lambda c: list(Collection).index(c.collection)):
            if change.data is None:
                self.delete(change.collection, change.id)
            else:
                self.upsert(change.collection, change.id, change.data)


def device(pk: int, employee_id: int, name: str, state: DeviceState) -> Device:
    return Device(
        id=pk,
        employee_id=employee_id,
        employee_name=f"Mitarbeiter {employee_id}",
        device_id=f"device-{pk:04d}",
        name=name,
        platform=Platform.ANDROID,
        state=state,
        verification_code="K7P2QX" if state is DeviceState.PENDING else None,
        requested_at=NOW,
    )


class FakeSyncServer:
    """The devices and the office sync of one tenant, in memory."""

    def __init__(self) -> None:
        self.filled = True
        self.pushed_version = 0
        self.records: dict[Key, bytes] = {}  # canonical JSON, to tell "unchanged"
        self.inbox: list[DeviceInvoice] = []
        self.pulled_seq = 0
        self.devices: dict[int, Device] = {}
        self.last_sync_at: datetime | None = None
        self.calls: list[str] = []
        self.batches: list[ChangeBatch] = []
        self.pulls: list[InboxPull] = []
        self.receipts: dict[int, ChangeReceipt] = {}
        #: Failures raised once each, by method name, before the call is handled.
        self.failures: dict[str, list[CloudError]] = {}
        #: Called with every batch before it is handled (to cancel, or to move the version).
        self.on_push: Callable[[ChangeBatch], None] | None = None
        self._seq = itertools.count(1)

    def fail_next(self, method: str, error: CloudError) -> None:
        self.failures.setdefault(method, []).append(error)

    def _enter(self, method: str) -> None:
        self.calls.append(method)
        queued = self.failures.get(method)
        if queued:
            raise queued.pop(0)

    # -- what a device does (the test plays the devices) -----------------------------------

    def add_invoice(self, number: str, records: list[RecordChange]) -> DeviceInvoice:
        seq = next(self._seq)
        invoice = DeviceInvoice(
            seq=seq,
            id=records[0].id,
            number=number,
            employee_id=7,
            employee_name="Max Muster",
            device_name="Max' iPhone",
            received_at=NOW + timedelta(minutes=seq),
            records=records,
        )
        self.inbox.append(invoice)
        for record in records:
            self.records[(record.collection, record.id)] = canonical_json(record.data or {})
        return invoice

    def add_device(self, pk: int, employee_id: int, name: str, state: DeviceState) -> Device:
        self.devices[pk] = device(pk, employee_id, name, state)
        return self.devices[pk]

    # -- the sync endpoints ----------------------------------------------------------------

    @property
    def inbox_head(self) -> int:
        return self.inbox[-1].seq if self.inbox else 0

    def status(self) -> SyncStatus:
        self._enter("sync_status")
        pending = sum(1 for d in self.devices.values() if d.state is DeviceState.PENDING)
        return SyncStatus(
            filled=self.filled,
            pushed_version=self.pushed_version,
            inbox_head=self.inbox_head,
            pulled_seq=self.pulled_seq,
            pending_devices=pending,
            last_sync_at=self.last_sync_at,
        )

    def push(self, batch: ChangeBatch) -> ChangeReceipt:
        self._enter("push_changes")
        self.batches.append(batch)
        if self.on_push is not None:
            self.on_push(batch)
        if not self.filled:
            raise api_error(Conflict, 409, "not_filled")
        if batch.through_version <= self.pushed_version and batch.through_version in self.receipts:
            return self.receipts[batch.through_version]
        if batch.base_version != self.pushed_version:
            raise api_error(Conflict, 409, "sync_gap", f"the cloud holds {self.pushed_version}")
        applied = unchanged = 0
        for change in batch.changes:
            key = (change.collection, change.id)
            if change.data is None:
                applied += self.records.pop(key, None) is not None
                continue
            data = canonical_json(change.data)
            if self.records.get(key) == data:
                unchanged += 1
            else:
                self.records[key] = data
                applied += 1
        self.pushed_version = batch.through_version
        self.last_sync_at = NOW
        receipt = ChangeReceipt(
            pushed_version=self.pushed_version, applied=applied, unchanged=unchanged
        )
        self.receipts[batch.through_version] = receipt
        return receipt

    def pull(self, request: InboxPull) -> InboxPage:
        self._enter("pull_inbox")
        self.pulls.append(request)
        if not self.filled:
            raise api_error(Conflict, 409, "not_filled")
        self.pulled_seq = request.after
        after = [item for item in self.inbox if item.seq > request.after]
        return InboxPage(
            items=after[: request.limit], head=self.inbox_head, more=len(after) > request.limit
        )

    # -- the device endpoints --------------------------------------------------------------

    def list_devices(self, state: DeviceState | None, employee_id: int | None) -> list[Device]:
        self._enter("list_devices")
        found = [
            d
            for d in self.devices.values()
            if (state is None or d.state is state)
            and (employee_id is None or d.employee_id == employee_id)
        ]
        return sorted(found, key=lambda d: (d.state is not DeviceState.PENDING, d.name))

    def decide(self, pk: int, state: DeviceState, replaces: int | None = None) -> Device:
        self._enter(f"{state.value}_device")
        found = self.devices.get(pk)
        if found is None:
            raise api_error(NotFound, 404, "not_found")
        if state is DeviceState.REVOKED:
            if found.state is not DeviceState.APPROVED:
                raise api_error(Conflict, 409, "device_not_approved")
        elif found.state is not DeviceState.PENDING:
            raise api_error(Conflict, 409, "device_not_pending")
        if state is DeviceState.APPROVED:
            if self.pulled_seq < self.inbox_head:
                raise api_error(Conflict, 409, "not_synced")
            approved = [
                d
                for d in self.devices.values()
                if d.employee_id == found.employee_id and d.state is DeviceState.APPROVED
            ]
            if replaces is not None:
                if replaces not in {d.id for d in approved}:
                    raise api_error(ValidationFailed, 422, "replaces_invalid")
                self.devices[replaces] = self.devices[replaces].model_copy(
                    update={"state": DeviceState.REVOKED}
                )
            elif len(approved) >= 2:
                names = ", ".join(d.name for d in approved)
                raise api_error(Conflict, 409, "device_limit", f"2 approved devices: {names}")
        self.devices[pk] = found.model_copy(update={"state": state, "verification_code": None})
        return self.devices[pk]


class SyncClient(FakeClient):
    """A fake client that also speaks the device and sync endpoints to its cloud's server."""

    cloud: SyncCloud

    def list_devices(
        self, *, state: DeviceState | None = None, employee_id: int | None = None
    ) -> list[Device]:
        return self.cloud.sync.list_devices(state, employee_id)

    def approve_device(self, device_pk: int, *, replaces: int | None = None) -> Device:
        return self.cloud.sync.decide(device_pk, DeviceState.APPROVED, replaces)

    def reject_device(self, device_pk: int) -> Device:
        return self.cloud.sync.decide(device_pk, DeviceState.REJECTED)

    def revoke_device(self, device_pk: int) -> Device:
        return self.cloud.sync.decide(device_pk, DeviceState.REVOKED)

    def sync_status(self) -> SyncStatus:
        return self.cloud.sync.status()

    def push_changes(self, batch: ChangeBatch) -> ChangeReceipt:
        return self.cloud.sync.push(batch)

    def pull_inbox(self, pull: InboxPull) -> InboxPage:
        return self.cloud.sync.pull(pull)


class SyncCloud(FakeCloud):
    """The fake cloud of fake_cloud.py with a device and sync server."""

    def __init__(self) -> None:
        super().__init__()
        self.sync = FakeSyncServer()

    def factory(
        self, base_url: str, /, *, on_tokens_changed: Callable[[TokenPair], None]
    ) -> SyncClient:
        client = SyncClient(self, base_url, on_tokens_changed)
        self.clients.append(client)
        return client
