"""Keeping the cloud current after the fill: record changes, device pulls, invoices, office sync.

After the initial fill the office's records live in the cloud as one generation. From then on

* the **office sync** pushes the office's changes (upserts and deletions, read from the office
  database's change tracking) into that generation, and pulls what devices created there
  (invoices) into the office database (:class:`ChangeBatch`, :class:`InboxPage`);
* an **approved device** pulls the records incrementally with an opaque cursor, filtered by
  its employee's restrictions (:class:`DevicePage`), and pushes invoices with numbers from its
  employee's own range (:class:`DeviceInvoiceIn`).

Every change the cloud accepts gets the next number of the tenant's change counter, so "what
changed since" is one indexed query, and a change made during a long pull is never missed
(at worst sent twice; applying a change twice does no harm).

Record data has the shape of the office database (``docs/office-database.md``): the keys of an
invoice and an invoice line are exactly :data:`INVOICE_COLUMNS` and :data:`INVOICE_LINE_COLUMNS`,
so an invoice written on a device lands in the office database as it is, and its echo in the
next push is recognised as unchanged.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any, Final, Literal, Self

from pydantic import AfterValidator, BeforeValidator, ConfigDict, Field, model_validator

from cloudsetup.models.common import (
    ApiModel,
    WireCount,
    WireDate,
    WireInt,
    WireVersion,
    has_control_characters,
    json_integer,
    not_blank,
)
from cloudsetup.models.fill import RECORD_ID_MAX_LENGTH, Collection, RecordId
from cloudsetup.models.identifiers import IdentifierError
from cloudsetup.models.money import invoice_totals, line_total_cents

CHANGES_MAX_PER_BATCH: Final = 2000
PAGE_MAX_RECORDS: Final = 1000
PAGE_DEFAULT_RECORDS: Final = 500
INVOICE_MAX_LINES: Final = 200
#: Enough for a position at any record id (64 characters, even all escaped in the cursor's JSON).
CURSOR_MAX_LENGTH: Final = 1024

#: The data keys of an invoice record (office database column order).
INVOICE_COLUMNS: Final = (
    "number",
    "date",
    "customer_id",
    "project_id",
    "employee_id",
    "net_cents",
    "vat_cents",
    "gross_cents",
)
#: The data keys of an invoice line record.
INVOICE_LINE_COLUMNS: Final = (
    "invoice_id",
    "position",
    "article_id",
    "text",
    "unit",
    "quantity_centi",
    "unit_price_cents",
    "vat_rate",
    "line_total_cents",
)

#: What each restriction takes out of the records a device receives.
PURCHASE_PRICE_FIELDS: Final = {Collection.ARTICLES: ("purchase_price_cents",)}
REVENUE_FIELDS: Final = {
    Collection.INVOICES: ("net_cents", "vat_cents", "gross_cents"),
    Collection.INVOICE_LINES: ("line_total_cents",),
}


def _plain_text(reason: str, *, keep: str = "") -> AfterValidator:
    """Refuse control characters (but those in ``keep``) and lone surrogates with ``reason``."""

    def check(value: str) -> str:
        if has_control_characters(value.translate({ord(ch): None for ch in keep})):
            raise IdentifierError(reason, "the text holds control characters")
        return value

    return AfterValidator(check)


#: An invoice line's text: several lines and tabs are fine, other control characters are not.
LineText = Annotated[
    str,
    Field(min_length=1, max_length=500),
    not_blank("text_empty"),
    _plain_text("text_characters", keep="\n\t"),
]
LineUnit = Annotated[
    str, Field(min_length=1, max_length=20), not_blank("unit_empty"), _plain_text("unit_characters")
]
InvoiceNumber = Annotated[
    str,
    Field(min_length=1, max_length=40),
    not_blank("number_empty"),
    _plain_text("number_characters"),
]
#: A record an invoice names (customer, project, article): an office id, stripped, not blank.
ReferenceId = Annotated[RecordId, not_blank("id_empty")]


class RecordChange(ApiModel):
    """One record as it is now: ``data`` is ``None`` when the record was deleted."""

    # Taken exactly as sent: the data is hashed and stored as it is (see FillRecord).
    model_config = ConfigDict(str_strip_whitespace=False)

    collection: Collection
    id: RecordId
    data: dict[str, Any] | None

    @property
    def deleted(self) -> bool:
        return self.data is None


# -- the office sync -------------------------------------------------------------------------


class SyncStatus(ApiModel):
    """``GET /sync/status``: where the office's sync stands, as the cloud sees it.

    ``pushed_version`` is the office database's change version the cloud holds everything up
    to (set by the fill to the version its snapshot was read at, then by every push);
    ``inbox_head`` is the sequence number of the newest thing devices created; ``pulled_seq``
    what the office last confirmed it holds. Devices may be approved only when
    ``pulled_seq == inbox_head`` (and the office has no change waiting, which only it knows).
    """

    filled: bool
    pushed_version: int = Field(ge=0)
    inbox_head: int = Field(ge=0)
    pulled_seq: int = Field(ge=0)
    pending_devices: int = Field(ge=0)
    last_sync_at: dt.datetime | None = None


class ChangeBatch(ApiModel):
    """Body of ``POST /sync/changes``: office changes in ``(base_version, through_version]``.

    ``base_version`` must be the cloud's ``pushed_version`` (else 409 ``sync_gap`` with the
    cloud's version in the detail: the office starts again from there). A batch whose
    ``through_version`` the cloud already holds is answered as before and changes nothing, so a
    batch may be sent again after a lost answer.
    """

    base_version: WireVersion
    through_version: WireVersion
    changes: list[RecordChange] = Field(max_length=CHANGES_MAX_PER_BATCH)

    @model_validator(mode="after")
    def _ordered(self) -> Self:
        if self.through_version < self.base_version:
            raise ValueError("version_inverted: through_version is below base_version")
        return self


class ChangeReceipt(ApiModel):
    """Answer to a change batch: the cloud now holds the office up to ``pushed_version``."""

    pushed_version: int
    applied: int = Field(description="records written or deleted")
    unchanged: int = Field(description="records the cloud already held exactly so")


class InboxPull(ApiModel):
    """Body of ``POST /sync/inbox``: the office holds everything up to ``after``; send more.

    The cloud records ``after`` as the office's ``pulled_seq``.
    """

    after: WireCount
    limit: WireInt = Field(default=100, ge=1, le=500)


class InvoiceLineIn(ApiModel):
    """One line of an invoice written on a device; its total is computed, never sent."""

    position: WireInt = Field(ge=1, le=INVOICE_MAX_LINES)
    article_id: ReferenceId | None = None
    text: LineText
    unit: LineUnit
    quantity_centi: WireInt = Field(ge=-(10**9), le=10**9)
    unit_price_cents: WireInt = Field(ge=-(10**9), le=10**9)
    vat_rate: Annotated[Literal[19, 7, 0], BeforeValidator(json_integer)]

    @property
    def total_cents(self) -> int:
        return line_total_cents(self.quantity_centi, self.unit_price_cents)


class DeviceInvoiceIn(ApiModel):
    """Body of ``POST /device/invoices``: an invoice written on an approved device.

    ``id`` is made by the device once (a UUID) and makes the push idempotent: the same
    invoice again is answered as before; another invoice under the same id or number is 409.
    ``number`` must be ``prefix + n`` of the employee's own range with ``start <= n <= end``.
    """

    # Room for "-<position>" behind it: every line's record id stays distinct and within 64.
    id: str = Field(
        min_length=8,
        max_length=RECORD_ID_MAX_LENGTH - len(f"-{INVOICE_MAX_LINES}"),
        pattern=r"^[A-Za-z0-9_-]+$",
    )
    number: InvoiceNumber
    date: WireDate
    customer_id: ReferenceId
    project_id: ReferenceId | None = None
    lines: list[InvoiceLineIn] = Field(min_length=1, max_length=INVOICE_MAX_LINES)

    @model_validator(mode="after")
    def _positions(self) -> Self:
        positions = [line.position for line in self.lines]
        if len(set(positions)) != len(positions):
            raise ValueError("position_duplicate: two lines have the same position")
        return self

    def totals(self) -> tuple[int, int, int]:
        """``(net, vat, gross)`` in cents by the shared rule (:mod:`cloudsetup.models.money`)."""
        return invoice_totals((line.total_cents, line.vat_rate) for line in self.lines)

    def line_id(self, position: int) -> str:
        """The record id of the line at ``position`` (stable: pushes stay idempotent)."""
        return f"{self.id}-{position}"

    def records(self, *, employee_record_id: str | None) -> list[RecordChange]:
        """The invoice and its lines as office records (invoice first, lines by position)."""
        net, vat, gross = self.totals()
        invoice = RecordChange(
            collection=Collection.INVOICES,
            id=self.id,
            data={
                "number": self.number,
                "date": self.date.isoformat(),
                "customer_id": self.customer_id,
                "project_id": self.project_id,
                "employee_id": employee_record_id,
                "net_cents": net,
                "vat_cents": vat,
                "gross_cents": gross,
            },
        )
        lines = [
            RecordChange(
                collection=Collection.INVOICE_LINES,
                id=self.line_id(line.position),
                data={
                    "invoice_id": self.id,
                    "position": line.position,
                    "article_id": line.article_id,
                    "text": line.text,
                    "unit": line.unit,
                    "quantity_centi": line.quantity_centi,
                    "unit_price_cents": line.unit_price_cents,
                    "vat_rate": line.vat_rate,
                    "line_total_cents": line.total_cents,
                },
            )
            for line in sorted(self.lines, key=lambda line: line.position)
        ]
        return [invoice, *lines]


class DeviceInvoice(ApiModel):
    """An invoice the cloud accepted from a device (answer to the push; an inbox item)."""

    seq: int = Field(description="its place in the office's inbox")
    id: str
    number: str
    employee_id: int | None = Field(description="the cloud's employee who wrote it (None: deleted)")
    employee_name: str
    device_name: str
    received_at: dt.datetime
    records: list[RecordChange] = Field(description="the invoice and its lines, office-shaped")


class InboxPage(ApiModel):
    """Answer to ``POST /sync/inbox``: device invoices after ``after``, oldest first."""

    items: list[DeviceInvoice]
    head: int = Field(description="the newest sequence number there is")
    more: bool = Field(description="more items follow after the last one")


# -- device pulls ------------------------------------------------------------------------------


class DevicePage(ApiModel):
    """Answer to ``GET /device/records?cursor=…&limit=…``: the next records for a device.

    Start with no cursor; keep the returned ``cursor`` and ask again while ``more`` is true,
    later (after the next office sync) to get what changed. A record that the employee may no
    longer see (its project was given to someone else) comes as deleted (``data`` ``None``).
    ``reset`` is true when the device must drop what it holds first (the first page of a pull
    from scratch, e.g. after the office filled the cloud anew).
    """

    changes: list[RecordChange]
    cursor: str = Field(max_length=CURSOR_MAX_LENGTH)
    more: bool
    reset: bool = False
