"""RangeService and validate_range_input against the fake cloud."""

from __future__ import annotations

import pytest

from cloudsetup.cloud.errors import ConnectionFailed
from cloudsetup.models import Employee, EmployeeIn, NumberRangeIn, RangeSuggestion
from cloudsetup.services.employees import EmployeeService
from cloudsetup.services.entry_checks import validate_range_input
from cloudsetup.services.errors import UserError
from cloudsetup.services.ranges import RangeService

from .fake_cloud import FakeCloud


def block(start: int, end: int, prefix: str = "RE-2026-") -> NumberRangeIn:
    return NumberRangeIn(prefix=prefix, start=start, end=end)


@pytest.fixture
def max_muster(employees: EmployeeService) -> Employee:
    return employees.add(EmployeeIn(name="Max Muster", email="max@example.de"))


def test_office_and_employee_ranges_are_listed_office_first(
    ranges: RangeService, max_muster: Employee
) -> None:
    ranges.set_employee_range(max_muster.id, block(1001, 2000))
    ranges.set_office_range(block(1, 1000))
    listed = ranges.list()
    assert [(r.employee_id, r.owner_name, r.start) for r in listed] == [
        (None, "", 1),
        (max_muster.id, "Max Muster", 1001),
    ]
    assert listed[0].remaining == 1000


def test_overlap_with_the_office_range_is_a_field_error_at_start_naming_it(
    ranges: RangeService, max_muster: Employee
) -> None:
    ranges.set_office_range(block(1, 1000))
    with pytest.raises(UserError) as caught:
        ranges.set_employee_range(max_muster.id, block(500, 1500))
    assert (caught.value.code, caught.value.field) == ("range_overlap", "start")
    assert "RE-2026-1–RE-2026-1000" in caught.value.message.english()


def test_overlap_with_an_employee_range_names_the_employee(
    ranges: RangeService, max_muster: Employee
) -> None:
    ranges.set_employee_range(max_muster.id, block(1001, 2000))
    with pytest.raises(UserError) as caught:
        ranges.set_office_range(block(1, 1001))
    assert caught.value.field == "start"
    assert "Max Muster" in caught.value.message.english()


def test_overlap_that_cannot_be_looked_up_keeps_the_servers_words(
    cloud: FakeCloud, ranges: RangeService, max_muster: Employee
) -> None:
    ranges.set_office_range(block(1, 1000))
    cloud.fail_next("list_ranges", ConnectionFailed("GET /ranges: ConnectError"))
    with pytest.raises(UserError) as caught:
        ranges.set_employee_range(max_muster.id, block(1, 10))
    assert caught.value.code == "range_overlap"
    assert "overlaps RE-2026-1 to RE-2026-1000" in caught.value.message.english()


def test_same_numbers_under_another_prefix_do_not_collide(
    ranges: RangeService, max_muster: Employee
) -> None:
    ranges.set_office_range(block(1, 1000))
    assert ranges.set_employee_range(max_muster.id, block(1, 1000, "AB-")).prefix == "AB-"


def test_replacing_ones_own_range_is_no_overlap(ranges: RangeService) -> None:
    ranges.set_office_range(block(1, 1000))
    assert ranges.set_office_range(block(1, 2000)).end == 2000


def test_removed_employee_range_is_gone(ranges: RangeService, max_muster: Employee) -> None:
    ranges.set_employee_range(max_muster.id, block(1, 10))
    ranges.remove_employee_range(max_muster.id)
    assert ranges.list() == []


def test_suggestion_is_the_next_free_block(ranges: RangeService) -> None:
    ranges.set_office_range(block(1, 1000))
    assert ranges.suggest("RE-2026-", 500) == RangeSuggestion(
        prefix="RE-2026-", start=1001, end=1500
    )


@pytest.mark.parametrize(
    ("prefix", "size", "field", "code"),
    [
        ("RE 2026", 100, "prefix", "prefix_characters"),
        ("R" * 21, 100, "prefix", "prefix_length"),
        ("RE-", 0, None, "size_invalid"),
    ],
)
def test_suggestion_for_bad_input_is_refused_before_asking_the_cloud(
    cloud: FakeCloud, ranges: RangeService, prefix: str, size: int, field: str | None, code: str
) -> None:
    with pytest.raises(UserError) as caught:
        ranges.suggest(prefix, size)
    assert (caught.value.field, caught.value.code) == (field, code)
    assert "suggest_range" not in cloud.calls


# -- local checks ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("values", "field", "code"),
    [
        ({"prefix": "RE 1", "start": "1", "end": "2"}, "prefix", "prefix_characters"),
        ({"prefix": "RE-", "start": "", "end": "2"}, "start", "number_missing"),
        ({"prefix": "RE-", "start": "1", "end": ""}, "end", "number_missing"),
        ({"prefix": "RE-", "start": "eins", "end": "2"}, "start", "number_invalid"),
        ({"prefix": "RE-", "start": "1,5", "end": "2"}, "start", "number_invalid"),
        ({"prefix": "RE-", "start": "-1", "end": "2"}, "start", "number_invalid"),
        ({"prefix": "RE-", "start": "0", "end": "2"}, "start", "number_out_of_bounds"),
        ({"prefix": "RE-", "start": "1", "end": "1000000000"}, "end", "number_out_of_bounds"),
        ({"prefix": "RE-", "start": "100", "end": "99"}, "end", "range_inverted"),
        (
            {"prefix": "RE-", "start": "1", "end": "9", "next_number": "11"},
            "next_number",
            "next_outside",
        ),
        (
            {"prefix": "RE-", "start": "5", "end": "9", "next_number": "4"},
            "next_number",
            "next_outside",
        ),
    ],
)
def test_bad_range_input_is_refused_at_its_field(
    values: dict[str, str], field: str, code: str
) -> None:
    with pytest.raises(UserError) as caught:
        validate_range_input(**values)
    assert (caught.value.field, caught.value.code) == (field, code)
    assert caught.value.message.english()


@pytest.mark.parametrize(
    ("start", "end", "next_number", "expected"),
    [
        ("1", "1000", "", (1, 1000, None)),
        ("1.001", "2.000", "1.500", (1001, 2000, 1500)),
        (" 10 000 ", "19 999", "20000", (10000, 19999, 20000)),
    ],
)
def test_numbers_are_read_as_people_write_them(
    start: str, end: str, next_number: str, expected: tuple[int, int, int | None]
) -> None:
    result = validate_range_input(
        prefix=" RE-2026- ", start=start, end=end, next_number=next_number
    )
    assert result.prefix == "RE-2026-"
    assert (result.start, result.end, result.next_number) == expected
