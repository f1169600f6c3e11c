"""RangeService with the real CloudClient against the real reference cloud over HTTP."""

from __future__ import annotations

import pytest

from cloudsetup.models import Employee, EmployeeIn
from cloudsetup.services import (
    EmployeeService,
    RangeService,
    UserError,
    validate_range_input,
)


@pytest.fixture
def max_muster(employees: EmployeeService) -> Employee:
    return employees.add(EmployeeIn(name="Max Muster", email="max@example.de"))


def test_ranges_are_kept_office_first_and_a_suggestion_follows_them(
    ranges: RangeService, max_muster: Employee
) -> None:
    ranges.set_office_range(validate_range_input(prefix="RE-2026-", start="1", end="1.000"))
    ranges.set_employee_range(
        max_muster.id, validate_range_input(prefix="RE-2026-", start="1001", end="2000")
    )
    listed = ranges.list()
    assert [(r.employee_id, r.start, r.end) for r in listed] == [
        (None, 1, 1000),
        (max_muster.id, 1001, 2000),
    ]
    suggestion = ranges.suggest("RE-2026-", 500)
    assert (suggestion.prefix, suggestion.start, suggestion.end) == ("RE-2026-", 2001, 2500)


def test_overlapping_range_is_refused_at_the_start_naming_the_other_range(
    ranges: RangeService, max_muster: Employee
) -> None:
    ranges.set_office_range(validate_range_input(prefix="RE-2026-", start="1", end="1000"))
    with pytest.raises(UserError) as caught:
        ranges.set_employee_range(
            max_muster.id, validate_range_input(prefix="RE-2026-", start="900", end="1900")
        )
    assert (caught.value.code, caught.value.field) == ("range_overlap", "start")
    assert "RE-2026-1–RE-2026-1000" in caught.value.message.english()
    assert [r.employee_id for r in ranges.list()] == [None]


def test_removed_employee_range_frees_its_numbers(
    ranges: RangeService, max_muster: Employee
) -> None:
    entry = validate_range_input(prefix="AB-", start="1", end="100")
    ranges.set_employee_range(max_muster.id, entry)
    ranges.remove_employee_range(max_muster.id)
    assert ranges.list() == []
    assert ranges.set_office_range(entry).employee_id is None
