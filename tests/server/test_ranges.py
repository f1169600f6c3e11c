"""Number ranges over HTTP: set, list, overlap and bad input, suggestion, usage flags."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from cloudsetup.models import DomainData, NumberRange, RangeSuggestion, TokenPair, paths
from support.cloud import add_employee, assert_error, bearer, employee_path, login


@pytest.fixture
def admin(api: httpx.Client, tenant: DomainData) -> TokenPair:
    return login(api, tenant)


def _put_office(client: httpx.Client, admin: TokenPair, **body: Any) -> httpx.Response:
    return client.put(paths.OFFICE_RANGE, json=body, headers=bearer(admin))


def _put_employee(
    client: httpx.Client, admin: TokenPair, employee_id: int, **body: Any
) -> httpx.Response:
    url = employee_path(paths.EMPLOYEE_RANGE, employee_id)
    return client.put(url, json=body, headers=bearer(admin))


def _suggest(client: httpx.Client, admin: TokenPair, prefix: str, size: int) -> httpx.Response:
    params: dict[str, str | int] = {"prefix": prefix, "size": size}
    return client.get(paths.RANGE_SUGGESTION, params=params, headers=bearer(admin))


def _ranges(client: httpx.Client, admin: TokenPair) -> list[NumberRange]:
    response = client.get(paths.RANGES, headers=bearer(admin))
    assert response.status_code == 200, response.text
    return [NumberRange.model_validate(item) for item in response.json()]


def test_ranges_are_listed_office_first_then_by_prefix_and_start(
    api: httpx.Client, admin: TokenPair
) -> None:
    zoe = add_employee(api, admin, name="Zoe")
    adam = add_employee(api, admin, name="Adam")
    assert _put_employee(api, admin, zoe.id, prefix="RE-", start=2000, end=2999).status_code == 200
    assert _put_employee(api, admin, adam.id, prefix="AB-", start=1, end=10).status_code == 200
    assert _put_office(api, admin, prefix="RE-", start=1, end=1999).status_code == 200

    listed = _ranges(api, admin)

    assert [(r.owner_name, r.prefix, r.start) for r in listed] == [
        ("", "RE-", 1),
        ("Adam", "AB-", 1),
        ("Zoe", "RE-", 2000),
    ]
    assert [r.employee_id for r in listed] == [None, adam.id, zoe.id]


def test_overlap_with_the_same_prefix_is_refused_with_the_other_range(
    api: httpx.Client, admin: TokenPair
) -> None:
    first = add_employee(api, admin, name="Erster Monteur")
    second = add_employee(api, admin, name="Zweiter Monteur")
    assert _put_employee(api, admin, first.id, prefix="RE-", start=100, end=199).status_code == 200

    overlapping = _put_employee(api, admin, second.id, prefix="RE-", start=150, end=249)

    body = assert_error(overlapping, 409, "range_overlap")
    assert [(f.field, f.code) for f in body.fields] == [("start", "range_overlap")]
    assert "Erster Monteur" in body.detail
    assert "RE-100" in body.detail
    assert "RE-199" in body.detail
    # Neighbours and other prefixes are fine; a range never collides with itself.
    assert _put_employee(api, admin, second.id, prefix="RE-", start=200, end=299).status_code == 200
    assert _put_employee(api, admin, second.id, prefix="AB-", start=150, end=249).status_code == 200
    assert _put_employee(api, admin, first.id, prefix="RE-", start=50, end=199).status_code == 200
    office = _put_office(api, admin, prefix="AB-", start=1, end=150)
    assert "of the office" not in assert_error(office, 409, "range_overlap").detail
    assert len(_ranges(api, admin)) == 2


@pytest.mark.parametrize(
    ("body", "field", "code"),
    [
        ({"prefix": "RE-", "start": 10, "end": 9}, "end", "range_inverted"),
        ({"prefix": "RE-", "start": 1, "end": 9, "next_number": 11}, "next_number", "next_outside"),
        ({"prefix": "RE-", "start": 0, "end": 9}, "start", "greater_than_equal"),
        ({"prefix": "RE 2026", "start": 1, "end": 9}, "prefix", "prefix_characters"),
        ({"prefix": "R" * 21, "start": 1, "end": 9}, "prefix", "prefix_length"),
    ],
)
def test_bad_range_is_refused_at_its_field(
    api: httpx.Client, admin: TokenPair, body: dict[str, Any], field: str, code: str
) -> None:
    error = assert_error(_put_office(api, admin, **body), 422, "validation_failed")

    assert [(f.field, f.code) for f in error.fields] == [(field, code)]


def test_office_range_is_one_per_tenant_and_keeps_its_progress(
    api: httpx.Client, admin: TokenPair
) -> None:
    assert (
        _put_office(api, admin, prefix="RE-", start=1, end=100, next_number=40).status_code == 200
    )

    widened = NumberRange.model_validate_json(
        _put_office(api, admin, prefix="RE-", start=1, end=500).content
    )
    moved = NumberRange.model_validate_json(
        _put_office(api, admin, prefix="RE-", start=1000, end=1999).content
    )

    assert widened.next_number == 40  # numbers already given out are not issued again
    assert moved.next_number == 1000
    assert [(r.start, r.end) for r in _ranges(api, admin)] == [(1000, 1999)]


def test_usage_is_reported_and_near_exhaustion_flagged(api: httpx.Client, admin: TokenPair) -> None:
    fresh = NumberRange.model_validate_json(
        _put_office(api, admin, prefix="RE-", start=1, end=100, next_number=1).content
    )
    nearly = NumberRange.model_validate_json(
        _put_office(api, admin, prefix="RE-", start=1, end=100, next_number=92).content
    )
    used_up = NumberRange.model_validate_json(
        _put_office(api, admin, prefix="RE-", start=1, end=100, next_number=101).content
    )

    assert (fresh.used, fresh.remaining, fresh.near_exhaustion) == (0, 100, False)
    assert (nearly.used, nearly.remaining, nearly.near_exhaustion) == (91, 9, True)
    assert (used_up.remaining, used_up.near_exhaustion) == (0, True)
    listed = api.get(paths.RANGES, headers=bearer(admin)).json()
    assert listed[0]["remaining"] == 0
    assert listed[0]["near_exhaustion"] is True


def test_suggestion_is_the_block_after_the_highest_number_of_the_prefix(
    api: httpx.Client, admin: TokenPair
) -> None:
    employee = add_employee(api, admin)
    empty = RangeSuggestion.model_validate_json(_suggest(api, admin, "RE-2026-", 1000).content)
    assert (empty.prefix, empty.start, empty.end) == ("RE-2026-", 1, 1000)
    assert _put_office(api, admin, prefix="RE-2026-", start=1, end=5000).status_code == 200
    assert _put_office(api, admin, prefix="RE-2026-", start=1, end=5000).status_code == 200
    other = _put_employee(api, admin, employee.id, prefix="X-", start=9000, end=9999)
    assert other.status_code == 200

    after = RangeSuggestion.model_validate_json(_suggest(api, admin, "RE-2026-", 250).content)
    taken = _put_employee(
        api, admin, employee.id, prefix="RE-2026-", start=after.start, end=after.end
    )

    assert (after.start, after.end) == (5001, 5250)
    assert taken.status_code == 200, taken.text
    following = RangeSuggestion.model_validate_json(_suggest(api, admin, "RE-2026-", 1).content)
    assert (following.start, following.end) == (5251, 5251)


def test_suggestion_refuses_bad_input_and_a_block_that_does_not_fit(
    api: httpx.Client, admin: TokenPair
) -> None:
    assert (
        _put_office(api, admin, prefix="Z-", start=999_999_000, end=999_999_999).status_code == 200
    )

    bad_prefix = assert_error(_suggest(api, admin, "R E", 10), 422, "validation_failed")
    bad_size = assert_error(_suggest(api, admin, "RE-", 0), 422, "validation_failed")
    no_room = assert_error(_suggest(api, admin, "Z-", 10), 422, "range_no_room")

    assert [f.field for f in bad_prefix.fields] == ["prefix"]
    assert [f.field for f in bad_size.fields] == ["size"]
    assert [f.field for f in no_room.fields] == ["size"]


def test_deleting_an_employee_range_frees_its_numbers(api: httpx.Client, admin: TokenPair) -> None:
    first = add_employee(api, admin)
    second = add_employee(api, admin)
    assert _put_employee(api, admin, first.id, prefix="RE-", start=1, end=10).status_code == 200

    deleted = api.delete(employee_path(paths.EMPLOYEE_RANGE, first.id), headers=bearer(admin))

    assert deleted.status_code == 204
    assert _put_employee(api, admin, second.id, prefix="RE-", start=1, end=10).status_code == 200
    assert [r.employee_id for r in _ranges(api, admin)] == [second.id]
