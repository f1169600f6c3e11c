"""Number ranges (Nummernkreise) for invoices: the office's and each employee's.

The cloud refuses a range that shares a number with another range of the same prefix; the
refusal is a :class:`UserError` at ``start`` that names the other range and whose it is.
"""

from __future__ import annotations

import builtins
from collections.abc import Callable

from cloudsetup.cloud.errors import CloudError
from cloudsetup.models import IdentifierError, NumberRange, NumberRangeIn, RangeSuggestion, overlaps
from cloudsetup.models.ranges import NUMBER_MAX, check_prefix
from cloudsetup.services.entry_checks import validate_range_input
from cloudsetup.services.errors import user_error_from
from cloudsetup.services.field_errors import entry_error
from cloudsetup.services.setup import SetupService
from cloudsetup.services.user_error import UserError

__all__ = ["RangeService", "validate_range_input"]


def describe_range(number_range: NumberRange) -> str:
    """``RE-2026-1–RE-2026-1000``: the first and the last number as they are printed."""
    first = number_range.format_number(number_range.start)
    return f"{first}–{number_range.format_number(number_range.end)}"


class RangeService:
    """Reads and sets the tenant's number ranges and suggests free blocks."""

    def __init__(self, setup: SetupService) -> None:
        self._setup = setup

    def list(self) -> builtins.list[NumberRange]:
        """The office's range first, then the employees' by prefix and start, with usage."""
        try:
            return self._setup.client.list_ranges()
        except CloudError as exc:
            raise user_error_from(exc) from exc

    def set_office_range(self, entry: NumberRangeIn) -> NumberRange:
        """Set the office's own range."""
        return self._set(lambda: self._setup.client.set_office_range(entry), entry, None)

    def set_employee_range(self, employee_id: int, entry: NumberRangeIn) -> NumberRange:
        """Set the range of an employee who may write invoices on his devices."""
        return self._set(
            lambda: self._setup.client.set_employee_range(employee_id, entry), entry, employee_id
        )

    def remove_employee_range(self, employee_id: int) -> None:
        """Take an employee's range away (his numbers become free again)."""
        try:
            self._setup.client.delete_employee_range(employee_id)
        except CloudError as exc:
            raise user_error_from(exc) from exc

    def suggest(self, prefix: str, size: int) -> RangeSuggestion:
        """The next free block of ``size`` numbers for ``prefix``."""
        try:
            clean_prefix = check_prefix(prefix)
        except IdentifierError as exc:
            raise entry_error(exc.reason, field="prefix", technical=str(exc)) from None
        if not 1 <= size <= NUMBER_MAX:
            raise entry_error("size_invalid", technical=f"size {size}")
        try:
            return self._setup.client.suggest_range(prefix=clean_prefix, size=size)
        except CloudError as exc:
            raise user_error_from(exc) from exc

    def _set(
        self, call: Callable[[], NumberRange], entry: NumberRangeIn, employee_id: int | None
    ) -> NumberRange:
        try:
            return call()
        except CloudError as exc:
            error = user_error_from(exc)
            if error.code == "range_overlap":
                raise self._overlap(error, entry, employee_id) from exc
            raise error from exc

    def _overlap(self, error: UserError, entry: NumberRangeIn, owner: int | None) -> UserError:
        """Name the range ``entry`` collides with; the server's words when it cannot be found."""
        try:
            ranges = self._setup.client.list_ranges()
        except CloudError:
            return error
        for other in ranges:
            if (
                other.employee_id != owner
                and other.prefix == entry.prefix
                and overlaps(entry.start, entry.end, other.start, other.end)
            ):
                if other.employee_id is None:
                    return entry_error(
                        "range_overlap_office",
                        code="range_overlap",
                        range=describe_range(other),
                        technical=error.technical,
                    )
                return entry_error(
                    "range_overlap_employee",
                    code="range_overlap",
                    range=describe_range(other),
                    name=other.owner_name,
                    technical=error.technical,
                )
        return error
