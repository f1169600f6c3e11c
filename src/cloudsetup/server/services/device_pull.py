"""A device pulls the live records: the full pass, then the changes, filtered for its employee.

Each page is a few keyset queries on indexes: the full pass reads ``records`` by its primary
key (generation, collection, id) from the cursor's position on; the changes phase reads the
range ``(cursor version, counter]`` of the partial index ``ix_records_changes`` and of the
tombstones' version index. The counter is read first and bounds the range: the tenant's writes
take versions in commit order under its lock, so everything up to it is committed and visible,
whichever snapshot each statement gets. A device at the head costs no query at all.

Rows are passed from the database to the response as their stored canonical JSON; only records
a restriction changes are parsed (see :mod:`.device_filter`). The answer is written as bytes in
the shape of :class:`~cloudsetup.models.sync.DevicePage`.
"""

from __future__ import annotations

from dataclasses import dataclass
from json.encoder import encode_basestring
from operator import itemgetter
from typing import Final

from sqlalchemy import Connection
from sqlalchemy.orm import Session

from cloudsetup.server.errors import ApiError
from cloudsetup.server.services.device_auth import SignedInDevice
from cloudsetup.server.services.device_cursor import (
    CHANGES,
    COLLECTIONS,
    FULL,
    Cursor,
    decode_cursor,
    invalid_cursor,
)
from cloudsetup.server.services.device_filter import (
    SCOPE_COLLECTIONS,
    PageFilter,
    PulledRow,
    Viewer,
)
from cloudsetup.server.services.fill_storage import marker

NOT_FILLED: Final = "not_filled"
# A string as a JSON value, as canonical_json writes it (C-accelerated; no encoder per call).
_quote: Final = encode_basestring
#: With ``own_projects_only`` most rows may be someone else's: a page reads at most this many
#: times ``limit`` rows and then returns what it has (``more`` stays true).
SCAN_FACTOR: Final = 4

_FULL_SQL: Final = (
    "SELECT record_id, data FROM records "
    "WHERE generation_id = {m} AND collection = {m} AND record_id > {m} "
    "ORDER BY record_id LIMIT {m}"
)
# Rows and tombstones each in the order of their version index, merged in Python: as one
# UNION the database sorted them again (measured 3x slower). ``version > 0`` names the partial
# index; it comes last because SQLite takes the first lower bound of a column as the index
# range's start (first, it would read every change from version 1 on).
_CHANGED_SQL: Final = (
    "SELECT version, collection, record_id, data FROM records "
    "WHERE generation_id = {m} AND version > {m} AND version <= {m} AND version > 0 "
    "ORDER BY version LIMIT {m}"
)
_DELETED_SQL: Final = (
    "SELECT version, collection, record_id FROM record_tombstones "
    "WHERE generation_id = {m} AND version > {m} AND version <= {m} "
    "ORDER BY version LIMIT {m}"
)


@dataclass(frozen=True)
class Page:
    changes: list[PulledRow]
    cursor: str
    more: bool
    reset: bool

    def to_json(self) -> bytes:
        """The page as ``DevicePage`` JSON, with each record's stored JSON spliced in."""
        items = ",".join(
            f'{{"collection":{_quote(collection)},"id":{_quote(record_id)},'
            f'"data":{"null" if data is None else data}}}'
            for collection, record_id, data in self.changes
        )
        return (
            f'{{"changes":[{items}],"cursor":{_quote(self.cursor)},'
            f'"more":{"true" if self.more else "false"},'
            f'"reset":{"true" if self.reset else "false"}}}'
        ).encode()


def not_filled() -> ApiError:
    return ApiError(
        409,
        NOT_FILLED,
        "the office has not filled the cloud yet; there is no data until the first fill",
    )


class _Pull:
    """One request's pull: the generation, counter and viewer it is answered under."""

    def __init__(self, session: Session, device: SignedInDevice, limit: int) -> None:
        generation = device.tenant.live_generation
        if generation is None:
            raise not_filled()
        self.generation = generation
        self.head = device.tenant.change_version
        self.limit = limit
        self.connection: Connection = session.connection()
        self.viewer = Viewer.of(self.connection, generation, device.employee)
        self.filter = PageFilter(self.connection, generation, self.viewer)
        self.mark = marker(self.connection)

    def fits(self, cursor: Cursor) -> bool:
        """The cursor was made for the data and view this device has now."""
        return (
            cursor.g == self.generation
            and cursor.r == self.viewer.mask
            and cursor.m == self.viewer.office_hash
        )

    def restart(self) -> Page:
        cursor = Cursor.start(
            generation=self.generation,
            version=self.head,
            mask=self.viewer.mask,
            office=self.viewer.office_hash,
            scope=self.viewer.scope_hash(self.connection, self.generation),
        )
        return self.page(cursor, reset=True)

    def page(self, cursor: Cursor, *, reset: bool) -> Page:
        out: list[PulledRow] = []
        if cursor.p == FULL:
            cursor = self._full(cursor, out)
            if cursor.p == FULL or len(out) == self.limit:
                return Page(out, cursor.encode(), more=True, reset=reset)
        rows, last_version, more = self._changes(cursor.v, self.limit - len(out))
        if (
            not reset
            and self.viewer.own_projects_only
            and any(collection in SCOPE_COLLECTIONS for collection, _id, _data in rows)
            and self.viewer.scope_hash(self.connection, self.generation) != cursor.h
        ):
            # His projects changed: invoices that did not change come or go with them.
            return self.restart()
        for (collection, record_id, data), visible in self.filter.apply(rows):
            out.append((collection, record_id, data if visible else None))
        # Without more, everything up to the counter has been sent (versions may have gaps).
        version = last_version if more else self.head
        return Page(out, cursor.changes_after(version).encode(), more=more, reset=reset)

    def _full(self, cursor: Cursor, out: list[PulledRow]) -> Cursor:
        """Fill ``out`` from the full pass; the cursor after the last row read."""
        budget = self.limit * SCAN_FACTOR
        scanned = 0
        index, last = cursor.c, cursor.i
        statement = _FULL_SQL.format(m=self.mark)
        while index < len(COLLECTIONS) and len(out) < self.limit and scanned < budget:
            want = min(self.limit - len(out), budget - scanned)
            collection = COLLECTIONS[index]
            found = self.connection.exec_driver_sql(
                statement, (self.generation, collection, last, want)
            ).all()
            rows = [(collection, record_id, data) for record_id, data in found]
            scanned += len(rows)
            out.extend(row for row, visible in self.filter.apply(rows) if visible)
            if len(rows) < want:
                index, last = index + 1, ""
            else:
                last = rows[-1][1]
        return cursor.full_at(index, last)

    def _changes(self, after: int, limit: int) -> tuple[list[PulledRow], int, bool]:
        """Up to ``limit`` changes after version ``after``, oldest first; the last one's
        version and whether more follow."""
        if after >= self.head or limit <= 0:
            return [], after, after < self.head
        # Both reads are bounded by the counter read first, so they agree whatever snapshot
        # each statement gets (see the module's docstring).
        bounds = (self.generation, after, self.head, limit + 1)
        changed = self.connection.exec_driver_sql(_CHANGED_SQL.format(m=self.mark), bounds)
        deleted = self.connection.exec_driver_sql(_DELETED_SQL.format(m=self.mark), bounds)
        found: list[tuple[int, str, str, str | None]] = [
            (int(version), collection, record_id, data)
            for version, collection, record_id, data in changed.all()
        ]
        found += [(int(version), c, r, None) for version, c, r in deleted.all()]
        found = sorted(found, key=itemgetter(0))[: limit + 1]  # versions are unique
        rows: list[PulledRow] = [(row[1], row[2], row[3]) for row in found[:limit]]
        last_version = found[len(rows) - 1][0] if rows else after
        return rows, last_version, len(found) > limit


def pull(session: Session, device: SignedInDevice, cursor_text: str | None, limit: int) -> Page:
    """The next page for the device after ``cursor_text`` (``None``: from the beginning)."""
    run = _Pull(session, device, limit)  # 409 before the first fill, whatever the cursor
    cursor = decode_cursor(cursor_text) if cursor_text is not None else None
    if cursor is not None and cursor.v > run.head:
        raise invalid_cursor("ahead of the cloud's data")
    if cursor is None or not run.fits(cursor):
        page = run.restart()
    elif cursor.p == CHANGES and cursor.v == run.head:
        page = Page([], cursor_text or "", more=False, reset=False)  # at the head: nothing new
    else:
        page = run.page(cursor, reset=False)
    session.commit()  # the read is done: the connection goes back before the answer is sent
    return page
