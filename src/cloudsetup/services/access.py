"""Page 3 "Benutzerzugänge": passwords, activation and the consent mail, permissions.

The password rule is :func:`cloudsetup.models.check_password`, the one the server applies, with
the same context (the company's name, the employee's name and e-mail address), so the page can
say why a password will be refused while it is typed.
"""

from __future__ import annotations

from collections.abc import Sequence

from cloudsetup.cloud.errors import CloudError
from cloudsetup.models import Employee, EmployeeIn, Permissions, password_strength
from cloudsetup.models import check_password as password_problem
from cloudsetup.models import generate_password as new_password
from cloudsetup.services.errors import user_error_from
from cloudsetup.services.field_errors import entry_error
from cloudsetup.services.setup import SetupService
from cloudsetup.services.user_error import UserError


class AccessService:
    """Activates employees for the cloud and sets what they may do."""

    def __init__(self, setup: SetupService) -> None:
        self._setup = setup

    def activate(self, employee_id: int, password: str) -> Employee:
        """Set his password and have the cloud mail him the consent link.

        A refused password is a :class:`UserError` at ``password`` with the rule's code
        (``password_common``, …); a mail the cloud could not send is ``mail_failed`` (the
        activation is kept, :meth:`resend` tries again).
        """
        try:
            return self._setup.client.activate_employee(employee_id, password=password)
        except CloudError as exc:
            raise user_error_from(exc) from exc

    def resend(self, employee_id: int) -> Employee:
        """Send the consent mail again with a new link (the old link stops working)."""
        try:
            return self._setup.client.resend_activation(employee_id)
        except CloudError as exc:
            raise user_error_from(exc) from exc

    def set_permissions(self, employee_id: int, permissions: Permissions) -> Employee:
        """Invoice permission and access restrictions of one employee."""
        try:
            return self._setup.client.set_permissions(employee_id, permissions)
        except CloudError as exc:
            raise user_error_from(exc) from exc

    def check_password(
        self, password: str, *, employee: EmployeeIn | Employee, company: str | None = None
    ) -> UserError | None:
        """Why the cloud would refuse ``password`` for ``employee``, or ``None`` if it would not.

        ``company`` defaults to the name of the connected tenant. No network call: fit for
        checking while the password is typed.
        """
        if not password:
            return entry_error("password_empty")
        if company is None:
            connection = self._setup.connection
            company = connection.tenant.name if connection is not None else ""
        problem = password_problem(
            password, company=company, names=(employee.name,), email=employee.email
        )
        if problem is None:
            return None
        return entry_error(problem.value, technical=f"password rejected locally ({problem.value})")

    @staticmethod
    def generate_password() -> str:
        """A random password that is easy to read out and type (about 93 bits)."""
        return new_password()

    @staticmethod
    def strength(password: str, user_inputs: Sequence[str] = ()) -> int:
        """0 (guessed at once) to 4 (very hard), for the strength meter."""
        return password_strength(password, user_inputs=user_inputs)
