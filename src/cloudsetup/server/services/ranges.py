"""Invoice number ranges: the office's and one per employee; same prefix, no overlap.

Setting a range takes the tenant's write lock first (:mod:`.locking`), then checks the other
ranges with the same prefix, then writes. Two requests that would overlap each other are
therefore checked one after the other: the first wins, the second sees its range and gets 409.
"""

from __future__ import annotations

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from cloudsetup.models import AuditAction, NumberRange, NumberRangeIn, RangeSuggestion, overlaps
from cloudsetup.models.ranges import NUMBER_MAX
from cloudsetup.server.errors import field_error
from cloudsetup.server.services import audit
from cloudsetup.server.services.auth import SignedIn
from cloudsetup.server.services.employees import get_employee_row
from cloudsetup.server.services.locking import lock_tenant
from cloudsetup.server.tables import AdminUserRow, EmployeeRow, NumberRangeRow

RANGE_OVERLAP = "range_overlap"
RANGE_NO_ROOM = "range_no_room"


def _view(row: NumberRangeRow, owner_name: str) -> NumberRange:
    return NumberRange(
        id=row.id,
        prefix=row.prefix,
        start=row.start,
        end=row.end,
        next_number=row.next_number,
        employee_id=row.employee_id,
        owner_name=owner_name,
    )


def _ranges_with_owners(
    session: Session, tenant_id: int, *, prefix: str | None = None
) -> list[tuple[NumberRangeRow, str]]:
    query = (
        select(NumberRangeRow, EmployeeRow.name)
        .outerjoin(EmployeeRow, NumberRangeRow.employee_id == EmployeeRow.id)
        .where(NumberRangeRow.tenant_id == tenant_id)
        .order_by(
            NumberRangeRow.employee_id.is_not(None),  # the office first
            NumberRangeRow.prefix,
            NumberRangeRow.start,
        )
    )
    if prefix is not None:
        query = query.where(NumberRangeRow.prefix == prefix)
    return [(row, name or "") for row, name in session.execute(query)]


def list_ranges(session: Session, tenant_id: int) -> list[NumberRange]:
    return [_view(row, owner) for row, owner in _ranges_with_owners(session, tenant_id)]


def _overlap_error(entry: NumberRangeIn, other: NumberRangeRow, owner: str) -> Exception:
    whose = f"of {owner}" if other.employee_id is not None else "of the office"
    return field_error(
        409,
        RANGE_OVERLAP,
        "start",
        f"the numbers {entry.prefix}{entry.start} to {entry.prefix}{entry.end} overlap the "
        f"range {whose}: {other.prefix}{other.start} to {other.prefix}{other.end}",
    )


def _put(
    session: Session,
    actor: AdminUserRow,
    tenant_id: int,
    employee: EmployeeRow | None,
    entry: NumberRangeIn,
) -> NumberRange:
    """Check and write under the lock the caller has taken."""
    mine: NumberRangeRow | None = None
    for row, owner in _ranges_with_owners(session, tenant_id, prefix=None):
        if row.employee_id == (employee.id if employee else None):
            mine = row
        elif row.prefix == entry.prefix and overlaps(entry.start, entry.end, row.start, row.end):
            raise _overlap_error(entry, row, owner)
    next_number = entry.next_number
    if next_number is None:
        # A changed range keeps its progress when that still fits: numbers are not reissued.
        keep = mine is not None and entry.start <= mine.next_number <= entry.end + 1
        next_number = mine.next_number if keep and mine is not None else entry.start
    if mine is None:
        mine = NumberRangeRow(tenant_id=tenant_id, employee_id=employee.id if employee else None)
        session.add(mine)
    mine.prefix, mine.start, mine.end = entry.prefix, entry.start, entry.end
    mine.next_number = next_number
    audit.record(
        session,
        tenant_id,
        AuditAction.RANGE_CHANGED,
        actor=actor,
        target=employee.name if employee else "office",
        detail=f"{entry.prefix}{entry.start} – {entry.prefix}{entry.end}, next {next_number}",
    )
    session.commit()
    return _view(mine, employee.name if employee else "")


def put_office_range(session: Session, admin: SignedIn, entry: NumberRangeIn) -> NumberRange:
    lock_tenant(session, admin.tenant.id)
    return _put(session, admin.user, admin.tenant.id, None, entry)


def put_employee_range(
    session: Session, admin: SignedIn, employee_id: int, entry: NumberRangeIn
) -> NumberRange:
    lock_tenant(session, admin.tenant.id)
    employee = get_employee_row(session, admin.tenant.id, employee_id)
    return _put(session, admin.user, admin.tenant.id, employee, entry)


def delete_employee_range(session: Session, admin: SignedIn, employee_id: int) -> None:
    """Remove his range; 404 when he does not exist (having no range is not an error)."""
    employee = get_employee_row(session, admin.tenant.id, employee_id)
    removed = session.execute(
        delete(NumberRangeRow)
        .where(NumberRangeRow.employee_id == employee.id)
        .returning(NumberRangeRow.prefix, NumberRangeRow.start, NumberRangeRow.end)
    ).one_or_none()
    if removed is not None:
        prefix, start, end = removed
        audit.record(
            session,
            admin.tenant.id,
            AuditAction.RANGE_REMOVED,
            actor=admin.user,
            target=employee.name,
            detail=f"{prefix}{start} – {prefix}{end}",
        )
    session.commit()


def suggest(session: Session, tenant_id: int, prefix: str, size: int) -> RangeSuggestion:
    """The block of ``size`` numbers right after the highest one taken for ``prefix``."""
    highest = session.scalar(
        select(func.max(NumberRangeRow.end)).where(
            NumberRangeRow.tenant_id == tenant_id, NumberRangeRow.prefix == prefix
        )
    )
    start = (highest or 0) + 1
    end = start + size - 1
    if end > NUMBER_MAX:
        raise field_error(
            422,
            RANGE_NO_ROOM,
            "size",
            f"no block of {size} numbers is left after {prefix}{highest}; use another prefix",
        )
    return RangeSuggestion(prefix=prefix, start=start, end=end)
