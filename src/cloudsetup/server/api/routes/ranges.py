"""Invoice number ranges: the office's, each employee's, and a suggestion for a free block."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Response, status

from cloudsetup.models import ErrorBody, NumberRange, NumberRangeIn, RangeSuggestion
from cloudsetup.models.ranges import NUMBER_MAX, RangePrefix
from cloudsetup.server.api.deps import CurrentAdmin, SessionDep
from cloudsetup.server.api.routes.employees import EmployeeId
from cloudsetup.server.json_body import JsonBodyRoute
from cloudsetup.server.services import ranges

router = APIRouter(
    route_class=JsonBodyRoute, tags=["ranges"], responses={401: {"model": ErrorBody}}
)

_OVERLAP: dict[int | str, dict[str, Any]] = {
    409: {"model": ErrorBody, "description": "range_overlap: another range has these numbers"}
}


@router.get("/ranges", response_model=list[NumberRange])
def list_ranges(admin: CurrentAdmin, session: SessionDep) -> list[NumberRange]:
    """The office's range first, then the employees' by prefix and start."""
    return ranges.list_ranges(session, admin.tenant.id)


@router.get("/ranges/suggestion", response_model=RangeSuggestion)
def suggest_range(
    admin: CurrentAdmin,
    session: SessionDep,
    prefix: Annotated[RangePrefix, Query()] = "",
    size: Annotated[int, Query(ge=1, le=NUMBER_MAX)] = 1000,
) -> RangeSuggestion:
    """The next free block of ``size`` numbers for ``prefix``, after the highest one taken."""
    return ranges.suggest(session, admin.tenant.id, prefix, size)


@router.put("/ranges/office", response_model=NumberRange, responses=_OVERLAP)
def put_office_range(body: NumberRangeIn, admin: CurrentAdmin, session: SessionDep) -> NumberRange:
    """Set the office's own range."""
    return ranges.put_office_range(session, admin, body)


@router.put(
    "/employees/{employee_id}/range",
    response_model=NumberRange,
    responses={**_OVERLAP, 404: {"model": ErrorBody}},
)
def put_employee_range(
    employee_id: EmployeeId, body: NumberRangeIn, admin: CurrentAdmin, session: SessionDep
) -> NumberRange:
    """Set an employee's range for invoices he writes on his devices."""
    return ranges.put_employee_range(session, admin, employee_id, body)


@router.delete(
    "/employees/{employee_id}/range",
    status_code=status.HTTP_204_NO_CONTENT,
    response_class=Response,
    responses={404: {"model": ErrorBody}},
)
def delete_employee_range(
    employee_id: EmployeeId, admin: CurrentAdmin, session: SessionDep
) -> Response:
    """Remove an employee's range."""
    ranges.delete_employee_range(session, admin, employee_id)
    return Response(status_code=status.HTTP_204_NO_CONTENT)
