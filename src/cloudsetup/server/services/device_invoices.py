"""Invoices written on a device: checked, numbered once, written into the live data, queued.

A push is checked and stored under the tenant's write lock (:mod:`.locking`), in this order:

1. the same invoice id again: the same content is answered as before (200), other content is
   409 ``invoice_conflict``;
2. the employee may write invoices (403), has his own range (409 ``no_range``), the number is
   ``prefix + n`` of it with ``start <= n <= end`` (422) and not used before in the tenant
   (409 ``number_used``; the unique index on ``device_invoices (tenant_id, number)`` backs
   it up), and customer, project and articles are live records (422 ``unknown_reference``);
3. accepted: the next inbox sequence number, the ``device_invoices`` row, the invoice and its
   lines as records of the live generation (new versions, so devices pull them), and the
   range's ``next_number`` moved past ``n`` — all in one transaction.
"""

from __future__ import annotations

import hashlib
import re
from typing import Final

from pydantic import TypeAdapter
from sqlalchemy import case, select, update
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


def _number_in_range(number: str, own: NumberRangeRow) -> int:
    """``n`` of ``prefix + str(n)`` within the range, or 422 at the field ``number``."""
    rest = number[len(own.prefix) :] if number.startswith(own.prefix) else None
    if rest is None or not _DIGITS.fullmatch(rest) or not own.start <= int(rest) <= own.end:
        raise field_error(
            422,
            NUMBER_OUTSIDE_RANGE,
            "number",
            f"the number {number} is not in your range {own.prefix}{own.start} to "
            f"{own.prefix}{own.end}",
        )
    return int(rest)


def _number_used(number: str) -> ApiError:
    return field_error(409, NUMBER_USED, "number", f"the number {number} has been used before")


def _held(session: Session, tenant_id: int, invoice: DeviceInvoiceIn) -> DeviceInvoice | None:
    """The invoice pushed before under this id (same content), else ``None``; 409 if other."""
    row = session.scalars(
        select(DeviceInvoiceRow).where(
            DeviceInvoiceRow.tenant_id == tenant_id, DeviceInvoiceRow.record_id == invoice.id
        )
    ).one_or_none()
    if row is None:
        return None
    if row.content_digest != content_digest(invoice):
        raise ApiError(
            409, INVOICE_CONFLICT, f"another invoice was pushed under the id {invoice.id}"
        )
    return invoice_view(row)


def _check_references(session: Session, generation: int, invoice: DeviceInvoiceIn) -> None:
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
    held = read_digests(session.connection(), generation, [key for _field, key in wanted])
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


def _check_ids_free(session: Session, generation: int, records: list[RecordChange]) -> None:
    keys = [(change.collection.value, change.id) for change in records]
    taken = read_digests(session.connection(), generation, keys)
    if taken:
        collection, record_id = min(taken)
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
    lock_tenant(session, tenant_id)
    generation, inbox_head = session.execute(
        select(TenantRow.live_generation, TenantRow.inbox_head).where(TenantRow.id == tenant_id)
    ).one()
    if generation is None:  # pragma: no cover - a fill is never undone
        raise not_filled()
    held = _held(session, tenant_id, invoice)
    if held is not None:
        return held, False
    if not employee.may_create_invoices:
        raise ApiError(
            403,
            INVOICE_NOT_PERMITTED,
            "you may not write invoices on your devices; ask your office for the permission",
        )
    own = session.scalars(
        select(NumberRangeRow)
        .where(NumberRangeRow.employee_id == employee.id)
        .execution_options(populate_existing=True)
    ).one_or_none()
    if own is None:
        raise ApiError(409, NO_RANGE, "you have no number range for invoices; ask your office")
    number = _number_in_range(invoice.number, own)
    used = session.scalar(
        select(DeviceInvoiceRow.id).where(
            DeviceInvoiceRow.tenant_id == tenant_id, DeviceInvoiceRow.number == invoice.number
        )
    )
    if used is not None:
        raise _number_used(invoice.number)
    _check_references(session, generation, invoice)
    records = invoice.records(
        employee_record_id=office_record_id(session.connection(), generation, employee)
    )
    _check_ids_free(session, generation, records)
    row = DeviceInvoiceRow(
        tenant_id=tenant_id,
        seq=inbox_head + 1,
        record_id=invoice.id,
        number=invoice.number,
        employee_id=employee.id,
        device_pk=device.device.id,
        employee_name=employee.name,
        device_name=device.device.name,
        content_digest=content_digest(invoice),
        records=_RECORDS.dump_json(records).decode(),
        received_at=utc_now(),
    )
    session.add(row)
    try:
        session.flush()
    except IntegrityError:  # pragma: no cover - the lock makes the checks above exact
        session.rollback()
        raise _number_used(invoice.number) from None
    write_changes(session, tenant_id, generation, records)
    session.execute(update(TenantRow).where(TenantRow.id == tenant_id).values(inbox_head=row.seq))
    session.execute(
        update(NumberRangeRow)
        .where(NumberRangeRow.id == own.id)
        .values(
            next_number=case(
                (NumberRangeRow.next_number <= number, number + 1),
                else_=NumberRangeRow.next_number,
            )
        )
    )
    session.commit()
    return invoice_view(row), True
