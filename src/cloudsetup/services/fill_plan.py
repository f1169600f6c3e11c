"""The plan of a fill and the batches read from the office database to carry it out.

The plan is deterministic for a given office state: the collections in
:class:`~cloudsetup.models.fill.Collection` order, each cut into batches of ``batch_size``
records in the order of their ids, numbered from :data:`FIRST_SEQ` on. So the same data gives
the same batch numbers with the same content in every run, which is what lets a later run skip
the batches the cloud already holds and makes a re-sent batch idempotent.

:func:`read_batches` streams: it holds one batch at a time, serialises each record once with
:func:`~cloudsetup.models.fill.canonical_json` and adds its digest to the running checksum of
its collection while doing so. A batch the cloud already holds is hashed but not serialised
into a body.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Final

from cloudsetup.models.fill import (
    Collection,
    CollectionTotals,
    add_to_checksum,
    canonical_json,
    json_string,
    record_digest,
)
from cloudsetup.services.fill_codes import office_data_changed
from cloudsetup.services.ports import OfficeData

#: The number of the first batch of a job.
FIRST_SEQ: Final = 0


@dataclass(frozen=True)
class FillPlan:
    """How many records of each collection, in batches of ``batch_size``.

    ``source_version`` is the office database's change version read before any record: every
    record the upload reads has that version or a newer one, so after the commit the office
    sync pushes exactly what changed after it (a change made meanwhile is pushed, at worst, as
    a record the cloud already holds, which it recognises as unchanged).
    """

    counts: Mapping[Collection, int]
    batch_size: int
    source_version: int | None = None

    def __post_init__(self) -> None:
        if self.batch_size < 1:
            raise ValueError("batch_size must be at least 1")
        ordered = {collection: self.counts.get(collection, 0) for collection in Collection}
        object.__setattr__(self, "counts", MappingProxyType(ordered))

    @classmethod
    def of(cls, office: OfficeData, batch_size: int) -> FillPlan:
        source_version = office.change_version()  # first: before anything else is read
        return cls({c: office.count(c) for c in Collection}, batch_size, source_version)

    def batches_of(self, collection: Collection) -> int:
        return -(-self.counts[collection] // self.batch_size)

    @property
    def total_batches(self) -> int:
        return sum(self.batches_of(collection) for collection in Collection)

    @property
    def total_records(self) -> int:
        return sum(self.counts.values())

    def first_seq(self, collection: Collection) -> int:
        """The number of the collection's first batch."""
        seq = FIRST_SEQ
        for other in Collection:
            if other == collection:
                return seq
            seq += self.batches_of(other)
        raise AssertionError(collection)  # pragma: no cover - every member is in the loop

    def expected(self) -> list[CollectionTotals]:
        """The counts for creating the job (the checksums are not known before reading)."""
        return [
            CollectionTotals(collection=c, count=n, checksum="0") for c, n in self.counts.items()
        ]


@dataclass
class Totals:
    """The running count and checksum per collection of what was read."""

    counts: dict[Collection, int] = field(default_factory=lambda: dict.fromkeys(Collection, 0))
    checksums: dict[Collection, int] = field(default_factory=lambda: dict.fromkeys(Collection, 0))

    def as_list(self) -> list[CollectionTotals]:
        return [
            CollectionTotals(collection=c, count=self.counts[c], checksum=str(self.checksums[c]))
            for c in Collection
        ]


@dataclass(frozen=True)
class PreparedBatch:
    """One batch, read and hashed; ``body`` is ``None`` when the cloud already holds it."""

    seq: int
    collection: Collection
    count: int
    checksum: int
    body: bytes | None


def batch_body(collection: Collection, records: list[tuple[str, bytes]]) -> bytes:
    """The JSON of a :class:`~cloudsetup.models.fill.Batch`, from records already serialised."""
    head = b'{"collection":' + json_string(collection.value) + b',"records":['
    items = b",".join(
        b'{"id":' + json_string(record_id) + b',"data":' + data_json + b"}"
        for record_id, data_json in records
    )
    return head + items + b"]}"


def read_batches(
    office: OfficeData, plan: FillPlan, *, held: set[int], totals: Totals
) -> Iterator[PreparedBatch]:
    """The plan's batches in order, read from ``office``; adds every record to ``totals``.

    Raises :class:`UserError` (``office_data_changed``) when a collection holds another number
    of records than the plan counted.
    """
    size = plan.batch_size
    for collection in Collection:
        seq = plan.first_seq(collection)
        name = collection.value
        pending: list[tuple[str, bytes]] = []
        checksum = 0
        read = 0
        for record_id, data in office.iter_records(collection, chunk_size=max(size, 500)):
            data_json = canonical_json(data)
            digest = record_digest(name, record_id, data_json)
            checksum = add_to_checksum(checksum, digest)
            totals.checksums[collection] = add_to_checksum(totals.checksums[collection], digest)
            pending.append((record_id, data_json))
            read += 1
            if read > plan.counts[collection]:  # more than counted: it would spill into
                break  # the next collection's batch numbers, so stop before sending it
            if len(pending) == size:
                yield _prepared(seq, collection, pending, checksum, held)
                seq, pending, checksum = seq + 1, [], 0
        if read > plan.counts[collection]:
            raise office_data_changed(f"{name}: more than {plan.counts[collection]} records")
        if pending:
            yield _prepared(seq, collection, pending, checksum, held)
        totals.counts[collection] = read
        if read != plan.counts[collection]:
            raise office_data_changed(
                f"{name}: {plan.counts[collection]} records counted, {read} read"
            )


def _prepared(
    seq: int,
    collection: Collection,
    records: list[tuple[str, bytes]],
    checksum: int,
    held: set[int],
) -> PreparedBatch:
    body = None if seq in held else batch_body(collection, records)
    return PreparedBatch(seq, collection, len(records), checksum, body)
