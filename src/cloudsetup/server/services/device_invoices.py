"""Invoices written on a device: checked, numbered once, written into the live data, queued.

A push is checked and stored under the tenant's write lock (:mod:`.locking`), in this order:

1. the same invoice id again: the same content is answered as before (200), other content is
   409 ``invoice_conflict``;
2. the employee may write invoices (403), has his own range (409 ``no_range``), the number is
   ``prefix + n`` of it with ``start <= n <= end`` (422) and not used before in the tenant
   (409 ``number_used``; the unique index on ``device_invoices (tenant_id, number)`` backs
   it up), customer, project and articles are live records (422 ``unknown_reference``), and
   no live record has the invoice's or a line's id (409 ``invoice_conflict``);
3. accepted: the next inbox sequence number, the ``device_invoices`` row, the invoice and its
   lines as records of the live generation (new versions, so devices pull them), and the
   range's ``next_number`` moved past ``n`` — all in one transaction.

Pushes are a tenth of the devices' requests and each holds the tenant's write lock, so the
statements are built once (Core, bound parameters) and every lookup of live records for one
push is one pass over the primary key (:func:`~.live_records.read_digests`).
"""

from __future__ import annotations

import hashlib
import re
from typing import Final

from pydantic import TypeAdapter
from sqlalchemy import Integer, bindparam, case, insert, or_, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from cloudsetup.models import DeviceInvoice, DeviceInvoiceIn, FieldError, RecordChange
from cloudsetup.models.fill import Collection, canonical_json
from cloudsetup.server.errors import ApiError, field_error
from cloudsetup.server.services.device_auth import SignedInDevice
from cloudsetup.server.services.device_filter import office_record_id
from cloudsetup.server.services.device_pull import not_filled
from cloudsetup.server.services.live_records import RecordKey, read_digests, write_changes
from cloudsetup.server.services.locking import lock_tenant
from cloudsetup.server.tables import DeviceInvoiceRow, NumberRangeRow, TenantRow, utc_now

INVOICE_NOT_PERMITTED: Final = "invoice_not_permitted"
NO_RANGE: Final = "no_range"
NUMBER_OUTSIDE_RANGE: Final = "number_outside_range"
NUMBER_USED: Final = "number_used"
INVOICE_CONFLICT: Final = "invoice_conflict"
UNKNOWN_REFERENCE: Final = "unknown_reference"

_RECORDS: Final = TypeAdapter(list[RecordChange])
_DIGITS: Final = re.compile(r"[1-9][0-9]*|0")

_TENANT_STATE: Final = select(TenantRow.live_generation, TenantRow.inbox_head).where(
    TenantRow.id == bindparam("tenant_id")
)
# The invoice pushed before under this id, and whether the number is taken (by any invoice).
_TAKEN: Final = select(DeviceInvoiceRow.record_id, DeviceInvoiceRow.content_digest).where(
    DeviceInvoiceRow.tenant_id == bindparam("tenant_id"),
    or_(
        DeviceInvoiceRow.record_id == bindparam("record_id"),
        DeviceInvoiceRow.number == bindparam("number"),
    ),
)
_OWN_RANGE: Final = select(
    NumberRangeRow.id, NumberRangeRow.prefix, NumberRangeRow.start, NumberRangeRow.end
).where(NumberRangeRow.employee_id == bindparam("employee_id"))
_INSERT: Final = insert(DeviceInvoiceRow)
_ADVANCE_INBOX: Final = (
    update(TenantRow)
    .where(TenantRow.id == bindparam("tenant_id"))
    .values(inbox_head=bindparam("seq"))
)
_NEXT: Final = bindparam("number", type_=Integer) + 1
_ADVANCE_RANGE: Final = (
    update(NumberRangeRow)
    .where(NumberRangeRow.id == bindparam("range_id"))
    .values(
        next_number=case(
            (NumberRangeRow.next_number <= bindparam("number", type_=Integer), _NEXT),
            else_=NumberRangeRow.next_number,
        ),
        updated_at=bindparam("now"),
    )
)


def content_digest(invoice: DeviceInvoiceIn) -> str:
    """What tells a repeated push from another invoice under the same id (lines by position)."""
    records = [
        change.model_dump(mode="json") for change in invoice.records(employee_record_id=None)
    ]
    return hashlib.sha256(canonical_json({"records": records})).hexdigest()


def invoice_view(row: DeviceInvoiceRow) -> DeviceInvoice:
    return DeviceInvoice(
        seq=row.seq,
        id=row.record_id,
        number=row.number,
        employee_id=row.employee_id,
        employee_name=row.employee_name,
        device_name=row.device_name,
        received_at=row.received_at,
        records=_RECORDS.validate_json(row.records),
    )


def _number_in_range(number: str, prefix: str, start: int, end: int) -> int:
    """``n`` of ``prefix + str(n)`` within the range, or 422 at the field ``number``."""
    rest = number[len(prefix) :] if number.startswith(prefix) else None
    if rest is None or not _DIGITS.fullmatch(rest) or not start <= int(rest) <= end:
        raise field_error(
            422,
            NUMBER_OUTSIDE_RANGE,
            "number",
            f"the number {number} is not in your range {prefix}{start} to {prefix}{end}",
        )
    return int(rest)


def _pushed_before(session: Session, tenant_id: int, invoice: DeviceInvoiceIn) -> DeviceInvoice:
    row = session.scalars(
        select(DeviceInvoiceRow).where(
            DeviceInvoiceRow.tenant_id == tenant_id, DeviceInvoiceRow.record_id == invoice.id
        )
    ).one()
    return invoice_view(row)


def _references(invoice: DeviceInvoiceIn) -> list[tuple[str, RecordKey]]:
    """``(field, key)`` of every live record the invoice refers to."""
    wanted: list[tuple[str, RecordKey]] = [
        ("customer_id", (Collection.CUSTOMERS.value, invoice.customer_id))
    ]
    if invoice.project_id is not None:
        wanted.append(("project_id", (Collection.PROJECTS.value, invoice.project_id)))
    wanted += [
        (f"lines.{index}.article_id", (Collection.ARTICLES.value, line.article_id))
        for index, line in enumerate(invoice.lines)
        if line.article_id is not None
    ]
    return wanted


def _check_live(
    session: Session, generation: int, invoice: DeviceInvoiceIn, records: list[RecordChange]
) -> None:
    """References must be live records, the invoice's own ids must not (one lookup)."""
    wanted = _references(invoice)
    own = [(change.collection.value, change.id) for change in records]
    held = read_digests(session.connection(), generation, [key for _f, key in wanted] + own)
    fields = tuple(
        FieldError(
            field=field,
            code=UNKNOWN_REFERENCE,
            detail=f"there is no {key[0][:-1]} {key[1]} in the cloud's data",
        )
        for field, key in wanted
        if key not in held
    )
    if fields:
        raise ApiError(422, UNKNOWN_REFERENCE, fields[0].detail, fields=fields)
    taken = sorted(key for key in own if key in held)
    if taken:
        collection, record_id = taken[0]
        raise ApiError(
            409,
            INVOICE_CONFLICT,
            f"the id {record_id} is already taken in {collection}; push it under a new id",
        )


def push(
    session: Session, device: SignedInDevice, invoice: DeviceInvoiceIn
) -> tuple[DeviceInvoice, bool]:
    """Accept an invoice from the device; the answer and whether it is new (201) or a repeat."""
    employee, tenant_id = device.employee, device.tenant.id
    if device.tenant.live_generation is None:
        raise not_filled()
    digest = content_digest(invoice)
    lock_tenant(session, tenant_id)
    connection = session.connection()
    generation, inbox_head = connection.execute(_TENANT_STATE, {"tenant_id": tenant_id}).one()
    if generation is None:  # pragma: no cover - a fill is never undone
        raise not_filled()
    taken = connection.execute(
        _TAKEN, {"tenant_id": tenant_id, "record_id": invoice.id, "number": invoice.number}
    ).all()
    same_id = [row for row in taken if row.record_id == invoice.id]
    if same_id:
        if same_id[0].content_digest != digest:
            raise ApiError(
                409, INVOICE_CONFLICT, f"another invoice was pushed under the id {invoice.id}"
            )
        return _pushed_before(session, tenant_id, invoice), False
    if not employee.may_create_invoices:
        raise ApiError(
            403,
            INVOICE_NOT_PERMITTED,
            "you may not write invoices on your devices; ask your office for the permission",
        )
    own = connection.execute(_OWN_RANGE, {"employee_id": employee.id}).one_or_none()
    if own is None:
        raise ApiError(409, NO_RANGE, "you have no number range for invoices; ask your office")
    number = _number_in_range(invoice.number, own.prefix, own.start, own.end)
    if taken:
        raise field_error(
            409, NUMBER_USED, "number", f"the number {invoice.number} has been used before"
        )
    records = invoice.records(employee_record_id=office_record_id(connection, generation, employee))
    _check_live(session, generation, invoice, records)
    now = utc_now()
    view = DeviceInvoice(
        seq=inbox_head + 1,
        id=invoice.id,
        number=invoice.number,
        employee_id=employee.id,
        employee_name=employee.name,
        device_name=device.name,
        received_at=now,
        records=records,
    )
    values = {
        "tenant_id": tenant_id,
        "seq": view.seq,
        "record_id": invoice.id,
        "number": invoice.number,
        "employee_id": employee.id,
        "device_pk": device.pk,
        "employee_name": employee.name,
        "device_name": device.name,
        "content_digest": digest,
        "records": _RECORDS.dump_json(records).decode(),
        "received_at": now,
    }
    try:
        connection.execute(_INSERT, values)
    except IntegrityError:  # pragma: no cover - the lock makes the checks above exact
        session.rollback()
        raise field_error(409, NUMBER_USED, "number", "the number has been used before") from None
    write_changes(session, tenant_id, generation, records, held={})
    connection.execute(_ADVANCE_INBOX, {"tenant_id": tenant_id, "seq": view.seq})
    connection.execute(_ADVANCE_RANGE, {"range_id": own.id, "number": number, "now": now})
    session.commit()
    return view, True
