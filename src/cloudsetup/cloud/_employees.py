"""The employee endpoints of the cloud API: the list, each employee, his access and permissions.

Retries follow :mod:`cloudsetup.cloud.retry`: ``GET``, ``PUT`` and ``DELETE`` are idempotent and
retried after transient failures; creating an employee, activating him and resending his mail
are not (a repeat could create a second employee or send a second mail), so they are repeated
only when the request provably never left this computer.
"""

from __future__ import annotations

from cloudsetup.cloud._calls import BearerCalls, employee_path
from cloudsetup.models import ActivationRequest, Employee, EmployeeIn, Permissions, paths


class EmployeeEndpoints(BearerCalls):
    """``/employees``: create, read, update, delete; activation and permissions."""

    def list_employees(self) -> list[Employee]:
        """``GET /employees``: every employee of the tenant, by name."""
        return self._call_list(paths.EMPLOYEES, Employee)

    def create_employee(self, entry: EmployeeIn) -> Employee:
        """``POST /employees``: add an employee (409 ``email_taken`` when his address is used)."""
        return self._call(
            "POST",
            paths.EMPLOYEES,
            Employee,
            json=entry.model_dump(mode="json"),
            idempotent=False,
        )

    def get_employee(self, employee_id: int) -> Employee:
        """``GET /employees/{id}``: one employee with his access state."""
        return self._call("GET", employee_path(paths.EMPLOYEE, employee_id), Employee)

    def update_employee(self, employee_id: int, entry: EmployeeIn) -> Employee:
        """``PUT /employees/{id}``: replace what the admin entered about him."""
        return self._call(
            "PUT",
            employee_path(paths.EMPLOYEE, employee_id),
            Employee,
            json=entry.model_dump(mode="json"),
        )

    def delete_employee(self, employee_id: int) -> None:
        """``DELETE /employees/{id}``: remove him, his number range and his consent links."""
        self._call_no_content("DELETE", employee_path(paths.EMPLOYEE, employee_id))

    def activate_employee(self, employee_id: int, *, password: str) -> Employee:
        """``POST /employees/{id}/activation``: set his password and mail him the consent link.

        The password is blanked out of every error, and the body is built without validation
        because a validation message would quote it; the server applies the model and answers
        422 with the field name and the rule only.
        """
        body = ActivationRequest.model_construct(password=password)
        return self._call(
            "POST",
            employee_path(paths.EMPLOYEE_ACTIVATION, employee_id),
            Employee,
            json=body.model_dump(mode="json"),
            idempotent=False,
            secrets=(password,),
        )

    def resend_activation(self, employee_id: int) -> Employee:
        """``POST /employees/{id}/activation/resend``: a new link; the old one stops working."""
        return self._call(
            "POST",
            employee_path(paths.EMPLOYEE_ACTIVATION_RESEND, employee_id),
            Employee,
            idempotent=False,
        )

    def set_permissions(self, employee_id: int, permissions: Permissions) -> Employee:
        """``PUT /employees/{id}/permissions``: invoice permission and access restrictions."""
        return self._call(
            "PUT",
            employee_path(paths.EMPLOYEE_PERMISSIONS, employee_id),
            Employee,
            json=permissions.model_dump(mode="json"),
        )
