"""The employee and number range part of the fake cloud: the server's rules, in memory.

It answers like the reference cloud does (codes, fields, states) so the services can be tested
without HTTP: unique e-mail addresses per tenant, the password policy with the tenant's name,
a mail that can be made to fail, and ranges that may not overlap within a prefix.
"""

from __future__ import annotations

import itertools
from datetime import UTC, datetime

from cloudsetup.cloud.errors import (
    APIStatusError,
    Conflict,
    NotFound,
    ServerError,
    ValidationFailed,
)
from cloudsetup.models import (
    AccessInfo,
    AccessState,
    Employee,
    EmployeeIn,
    ErrorBody,
    FieldError,
    NumberRange,
    NumberRangeIn,
    Permissions,
    RangeSuggestion,
    check_password,
    email_key,
    overlaps,
)

CREATED_AT = datetime(2026, 1, 5, 9, 30, tzinfo=UTC)


def api_error(
    cls: type[APIStatusError], status: int, code: str, detail: str, field: str | None = None
) -> APIStatusError:
    """An error as the client raises it for an ``ErrorBody`` answer."""
    fields = (FieldError(field=field, code=code, detail=detail),) if field else ()
    body = ErrorBody(code=code, detail=detail, fields=fields)
    return cls(
        f"HTTP {status} {code}: {detail}", status_code=status, code=code, detail=detail, body=body
    )


class FakeDirectory:
    """Employees and ranges of the fake tenant; ``mail_works`` switches the mail server."""

    def __init__(self, company: str) -> None:
        self.company = company
        self.employees: dict[int, Employee] = {}
        self.ranges: dict[int | None, NumberRange] = {}
        self.mail_works = True
        self.mails_sent: list[str] = []
        self.created: list[EmployeeIn] = []
        self._ids = itertools.count(1)

    # -- employees -------------------------------------------------------------------------

    def _get(self, employee_id: int) -> Employee:
        try:
            return self.employees[employee_id]
        except KeyError:
            raise api_error(NotFound, 404, "not_found", "there is no such employee") from None

    def _check_unique(self, entry: EmployeeIn, employee_id: int | None) -> None:
        key = email_key(entry.email)
        for other in self.employees.values():
            if other.id != employee_id and email_key(other.email) == key:
                raise api_error(
                    Conflict, 409, "email_taken", f"another employee has {entry.email}", "email"
                )

    def list_employees(self) -> list[Employee]:
        return sorted(self.employees.values(), key=lambda e: (e.name.casefold(), e.id))

    def create_employee(self, entry: EmployeeIn) -> Employee:
        self._check_unique(entry, None)
        employee = Employee(id=next(self._ids), created_at=CREATED_AT, **entry.model_dump())
        self.employees[employee.id] = employee
        self.created.append(entry)
        return employee

    def get_employee(self, employee_id: int) -> Employee:
        return self._get(employee_id)

    def update_employee(self, employee_id: int, entry: EmployeeIn) -> Employee:
        employee = self._get(employee_id)
        self._check_unique(entry, employee_id)
        changed = employee.model_copy(update=entry.model_dump())
        self.employees[employee_id] = changed
        return changed

    def delete_employee(self, employee_id: int) -> None:
        self._get(employee_id)
        del self.employees[employee_id]
        self.ranges.pop(employee_id, None)

    def _send_mail(self, employee: Employee) -> Employee:
        if not self.mail_works:
            failed = employee.access.model_copy(update={"state": AccessState.MAIL_FAILED})
            self.employees[employee.id] = employee.model_copy(update={"access": failed})
            raise api_error(ServerError, 503, "mail_failed", "the consent mail was not sent")
        self.mails_sent.append(employee.email)
        access = employee.access.model_copy(
            update={"state": AccessState.MAIL_SENT, "mail_sent_at": CREATED_AT}
        )
        sent = employee.model_copy(update={"access": access})
        self.employees[employee.id] = sent
        return sent

    def activate_employee(self, employee_id: int, *, password: str) -> Employee:
        employee = self._get(employee_id)
        if employee.access.state is AccessState.CONFIRMED:
            raise api_error(Conflict, 409, "already_confirmed", "already confirmed")
        problem = check_password(
            password, company=self.company, names=[employee.name], email=employee.email
        )
        if problem is not None:
            raise api_error(ValidationFailed, 422, problem.value, "refused", "password")
        with_password = employee.model_copy(
            update={"access": AccessInfo(state=employee.access.state, password_set=True)}
        )
        self.employees[employee_id] = with_password
        return self._send_mail(with_password)

    def resend_activation(self, employee_id: int) -> Employee:
        employee = self._get(employee_id)
        if employee.access.state is AccessState.CONFIRMED:
            raise api_error(Conflict, 409, "already_confirmed", "already confirmed")
        if not employee.access.password_set:
            raise api_error(Conflict, 409, "not_activated", "not activated yet")
        return self._send_mail(employee)

    def confirm(self, employee_id: int) -> None:
        """What the employee's click on "Ich bin einverstanden" does."""
        employee = self._get(employee_id)
        access = employee.access.model_copy(update={"state": AccessState.CONFIRMED})
        self.employees[employee_id] = employee.model_copy(update={"access": access})

    def set_permissions(self, employee_id: int, permissions: Permissions) -> Employee:
        employee = self._get(employee_id).model_copy(update={"permissions": permissions})
        self.employees[employee_id] = employee
        return employee

    # -- ranges ----------------------------------------------------------------------------

    def list_ranges(self) -> list[NumberRange]:
        return sorted(
            self.ranges.values(), key=lambda r: (r.employee_id is not None, r.prefix, r.start)
        )

    def _set_range(self, owner: int | None, entry: NumberRangeIn) -> NumberRange:
        for other in self.ranges.values():
            if (
                other.employee_id != owner
                and other.prefix == entry.prefix
                and overlaps(entry.start, entry.end, other.start, other.end)
            ):
                raise api_error(
                    Conflict,
                    409,
                    "range_overlap",
                    f"overlaps {other.prefix}{other.start} to {other.prefix}{other.end}",
                    "start",
                )
        owner_name = self._get(owner).name if owner is not None else ""
        number_range = NumberRange(
            id=len(self.ranges) + 1,
            prefix=entry.prefix,
            start=entry.start,
            end=entry.end,
            next_number=entry.next_number or entry.start,
            employee_id=owner,
            owner_name=owner_name,
        )
        self.ranges[owner] = number_range
        return number_range

    def set_office_range(self, entry: NumberRangeIn) -> NumberRange:
        return self._set_range(None, entry)

    def set_employee_range(self, employee_id: int, entry: NumberRangeIn) -> NumberRange:
        return self._set_range(employee_id, entry)

    def delete_employee_range(self, employee_id: int) -> None:
        self._get(employee_id)
        self.ranges.pop(employee_id, None)

    def suggest_range(self, *, prefix: str, size: int) -> RangeSuggestion:
        ends = [r.end for r in self.ranges.values() if r.prefix == prefix]
        start = max(ends, default=0) + 1
        return RangeSuggestion(prefix=prefix, start=start, end=start + size - 1)
