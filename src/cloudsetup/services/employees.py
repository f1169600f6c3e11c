"""Page 2 "Mitarbeiter": the tenant's employees in the cloud, and importing them from a file.

Every change goes straight to the cloud, which keeps the list; the page shows what the cloud
answers. Errors leave as :class:`UserError` with ``field`` set where an input is at fault
(a taken e-mail address names the employee who has it).
"""

from __future__ import annotations

import builtins
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from cloudsetup.cloud.errors import (
    CloudError,
    ConnectionFailed,
    RateLimited,
    RequestTimedOut,
    ServerError,
    TLSVerificationFailed,
    Unauthorized,
)
from cloudsetup.models import Employee, EmployeeIn, email_key
from cloudsetup.services.csv_import import CsvImport, CsvProblem, read_csv
from cloudsetup.services.drafts import DraftValues
from cloudsetup.services.entry_checks import validate_employee_input
from cloudsetup.services.errors import user_error_from
from cloudsetup.services.field_errors import entry_error
from cloudsetup.services.setup import SetupService
from cloudsetup.services.user_error import UserError

__all__ = [
    "CsvImport",
    "CsvProblem",
    "EmployeeService",
    "ImportResult",
    "validate_employee_input",
]

#: Failures that would hit every further entry of an import the same way.
_IMPORT_ENDING = (
    ConnectionFailed,
    RequestTimedOut,
    TLSVerificationFailed,
    Unauthorized,
    RateLimited,
    ServerError,
)


@dataclass(frozen=True)
class ImportResult:
    """What an import did: who was added, who was there already, what failed and why."""

    added: list[Employee] = field(default_factory=list)
    skipped: list[EmployeeIn] = field(default_factory=list)
    failed: list[tuple[EmployeeIn, UserError]] = field(default_factory=list)


class EmployeeService:
    """Lists, adds, changes and removes the employees of the connected tenant."""

    def __init__(self, setup: SetupService) -> None:
        self._setup = setup

    def list(self) -> builtins.list[Employee]:
        """Every employee, by name, with his access state."""
        try:
            return self._setup.client.list_employees()
        except CloudError as exc:
            raise user_error_from(exc) from exc

    def add(self, entry: EmployeeIn) -> Employee:
        """Add an employee; a taken e-mail address is a :class:`UserError` at ``email``."""
        try:
            return self._setup.client.create_employee(entry)
        except CloudError as exc:
            raise self._explained(exc, entry, None) from exc

    def update(self, employee_id: int, entry: EmployeeIn) -> Employee:
        """Replace what is known about an employee (his access state stays)."""
        try:
            return self._setup.client.update_employee(employee_id, entry)
        except CloudError as exc:
            raise self._explained(exc, entry, employee_id) from exc

    def remove(self, employee_id: int) -> None:
        """Remove an employee with his number range and consent links."""
        try:
            self._setup.client.delete_employee(employee_id)
        except CloudError as exc:
            raise user_error_from(exc) from exc

    # -- the dialog's unsent entries ------------------------------------------------------

    def load_draft(self, employees: Sequence[Employee]) -> DraftValues | None:
        """What was typed for a new employee of this tenant and not saved yet, or ``None``.

        A draft whose e-mail address one of ``employees`` (the cloud's list) already has was
        saved after all (the answer was lost, the program closed): it is dropped, so nobody is
        added twice.
        """
        draft = self._setup.drafts.load(self._draft_form())
        if draft is None:
            return None
        email = draft.get("email")
        if isinstance(email, str) and email.strip():
            known = {email_key(employee.email) for employee in employees}
            if email_key(email) in known:
                self.discard_draft()
                return None
        return draft

    def save_draft(self, values: DraftValues) -> None:
        """Keep the dialog's entries for a new employee (no secrets) until saved or dropped."""
        self._setup.drafts.save(self._draft_form(), values)

    def discard_draft(self) -> None:
        self._setup.drafts.discard(self._draft_form())

    def _draft_form(self) -> str:
        connection = self._setup.connection
        domain = connection.tenant.domain if connection is not None else ""
        return f"new-employee/{domain}"

    @staticmethod
    def read_csv(path: Path) -> CsvImport:
        """The employees in a CSV file and the problems of its bad rows (no cloud call)."""
        return read_csv(path)

    def import_entries(self, entries: Sequence[EmployeeIn]) -> ImportResult:
        """Add every entry whose e-mail address is not in the cloud yet.

        Addresses are compared as :func:`~cloudsetup.models.email_key` does, so an import run
        twice (or after an interruption) adds nobody twice. Once the cloud cannot be reached,
        the remaining entries fail with the same error instead of each waiting for it again.
        """
        try:
            existing = self._setup.client.list_employees()
        except CloudError as exc:
            raise user_error_from(exc) from exc
        known = {email_key(employee.email) for employee in existing}
        result = ImportResult()
        ended: UserError | None = None
        for entry in entries:
            key = email_key(entry.email)
            if key in known:
                result.skipped.append(entry)
                continue
            if ended is not None:
                result.failed.append((entry, ended))
                continue
            try:
                employee = self._setup.client.create_employee(entry)
            except CloudError as exc:
                error = user_error_from(exc)
                if error.code == "email_taken":  # added meanwhile, from elsewhere
                    known.add(key)
                    result.skipped.append(entry)
                    continue
                result.failed.append((entry, error))
                if isinstance(exc, _IMPORT_ENDING):
                    ended = error
                continue
            known.add(key)
            result.added.append(employee)
        return result

    def _explained(self, exc: CloudError, entry: EmployeeIn, employee_id: int | None) -> UserError:
        """The user error for ``exc``; a taken address says who has it when the cloud tells."""
        error = user_error_from(exc)
        if error.code != "email_taken":
            return error
        try:
            employees = self._setup.client.list_employees()
        except CloudError:
            return error
        key = email_key(entry.email)
        for other in employees:
            if other.id != employee_id and email_key(other.email) == key:
                return entry_error(
                    "email_taken_by", code="email_taken", name=other.name, technical=error.technical
                )
        return error
