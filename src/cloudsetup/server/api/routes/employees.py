"""Employees, their access (password, consent mail) and permissions."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Path, Response, status

from cloudsetup.models import ActivationRequest, Employee, EmployeeIn, ErrorBody, Permissions
from cloudsetup.server.api.deps import CurrentAdmin, RuntimeDep, SessionDep
from cloudsetup.server.json_body import JsonBodyRoute
from cloudsetup.server.services import access, employees

router = APIRouter(
    route_class=JsonBodyRoute,
    prefix="/employees",
    tags=["employees"],
    responses={401: {"model": ErrorBody}},
)

EmployeeId = Annotated[int, Path(ge=1, le=2**31 - 1)]

_NOT_FOUND: dict[int | str, dict[str, Any]] = {404: {"model": ErrorBody}}
_CONFLICT: dict[int | str, dict[str, Any]] = {409: {"model": ErrorBody}}
_MAIL: dict[int | str, dict[str, Any]] = {
    **_NOT_FOUND,
    **_CONFLICT,
    503: {"model": ErrorBody, "description": "mail_failed: the consent mail was not sent"},
}


@router.get("", response_model=list[Employee])
def list_employees(admin: CurrentAdmin, session: SessionDep) -> list[Employee]:
    """All employees of the tenant, by name."""
    return employees.list_employees(session, admin.tenant.id)


@router.post("", response_model=Employee, status_code=status.HTTP_201_CREATED, responses=_CONFLICT)
def create_employee(body: EmployeeIn, admin: CurrentAdmin, session: SessionDep) -> Employee:
    """Add an employee; his e-mail address must be new in the tenant (in any letter case)."""
    return employees.create_employee(session, admin.tenant.id, body)


@router.get("/{employee_id}", response_model=Employee, responses=_NOT_FOUND)
def read_employee(employee_id: EmployeeId, admin: CurrentAdmin, session: SessionDep) -> Employee:
    """One employee."""
    row = employees.get_employee_row(session, admin.tenant.id, employee_id)
    return employees.employee_view(row)


@router.put("/{employee_id}", response_model=Employee, responses={**_NOT_FOUND, **_CONFLICT})
def update_employee(
    employee_id: EmployeeId, body: EmployeeIn, admin: CurrentAdmin, session: SessionDep
) -> Employee:
    """Change an employee; a new e-mail address needs his consent again."""
    return employees.update_employee(session, admin.tenant.id, employee_id, body)


@router.delete(
    "/{employee_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    response_class=Response,
    responses=_NOT_FOUND,
)
def delete_employee(employee_id: EmployeeId, admin: CurrentAdmin, session: SessionDep) -> Response:
    """Delete an employee with his number range and consent links."""
    employees.delete_employee(session, admin.tenant.id, employee_id)
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.post("/{employee_id}/activation", response_model=Employee, responses=_MAIL)
def activate(
    employee_id: EmployeeId,
    body: ActivationRequest,
    admin: CurrentAdmin,
    runtime: RuntimeDep,
    session: SessionDep,
) -> Employee:
    """Set his password and mail him the consent link (a sync route: it runs in a thread)."""
    return access.activate(session, runtime, admin.tenant, employee_id, body.password)


@router.post("/{employee_id}/activation/resend", response_model=Employee, responses=_MAIL)
def resend(
    employee_id: EmployeeId, admin: CurrentAdmin, runtime: RuntimeDep, session: SessionDep
) -> Employee:
    """Mail him a new consent link; the previous link stops working."""
    return access.resend(session, runtime, admin.tenant, employee_id)


@router.put("/{employee_id}/permissions", response_model=Employee, responses=_NOT_FOUND)
def set_permissions(
    employee_id: EmployeeId, body: Permissions, admin: CurrentAdmin, session: SessionDep
) -> Employee:
    """Whether he may write invoices on his devices, and his access restrictions."""
    return access.set_permissions(session, admin.tenant, employee_id, body)
