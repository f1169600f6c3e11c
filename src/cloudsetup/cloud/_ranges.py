"""The number range endpoints of the cloud API (Nummernkreise for invoices).

Setting a range is a ``PUT`` (the same range twice is the same state) and so is retried after
transient failures like every ``GET`` and ``DELETE``.
"""

from __future__ import annotations

from cloudsetup.cloud._calls import BearerCalls, employee_path
from cloudsetup.models import NumberRange, NumberRangeIn, RangeSuggestion, paths


class RangeEndpoints(BearerCalls):
    """``/ranges`` and ``/employees/{id}/range``."""

    def list_ranges(self) -> list[NumberRange]:
        """``GET /ranges``: the office's range first, then the employees' by prefix and start."""
        return self._call_list(paths.RANGES, NumberRange)

    def set_office_range(self, entry: NumberRangeIn) -> NumberRange:
        """``PUT /ranges/office``: the office's own range (409 ``range_overlap``)."""
        return self._call(
            "PUT", paths.OFFICE_RANGE, NumberRange, json=entry.model_dump(mode="json")
        )

    def set_employee_range(self, employee_id: int, entry: NumberRangeIn) -> NumberRange:
        """``PUT /employees/{id}/range``: the range of an employee who may write invoices."""
        return self._call(
            "PUT",
            employee_path(paths.EMPLOYEE_RANGE, employee_id),
            NumberRange,
            json=entry.model_dump(mode="json"),
        )

    def delete_employee_range(self, employee_id: int) -> None:
        """``DELETE /employees/{id}/range``: take the employee's range away."""
        self._call_no_content("DELETE", employee_path(paths.EMPLOYEE_RANGE, employee_id))

    def suggest_range(self, *, prefix: str, size: int) -> RangeSuggestion:
        """``GET /ranges/suggestion``: the next free block of ``size`` numbers for ``prefix``."""
        return self._call(
            "GET",
            paths.RANGE_SUGGESTION,
            RangeSuggestion,
            params={"prefix": prefix, "size": size},
        )
