"""The number range endpoints of CloudClient on httpx.MockTransport."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest

from cloudsetup.cloud import DEFAULT_RETRY_POLICY, Conflict, ValidationFailed
from cloudsetup.models import NumberRangeIn, RangeSuggestion, paths

from .fake_cloud import FakeCloud, error, raises

ENTRY = NumberRangeIn(prefix="RE-2026-", start=1, end=1000)


def number_range(employee_id: int | None = None, next_number: int = 1) -> dict[str, Any]:
    return {
        "id": 3,
        "prefix": "RE-2026-",
        "start": 1,
        "end": 1000,
        "next_number": next_number,
        "employee_id": employee_id,
        "owner_name": "" if employee_id is None else "Max Muster",
        "used": next_number - 1,
        "remaining": 1001 - next_number,
        "near_exhaustion": False,
    }


def test_list_gives_ranges_with_their_usage(cloud: FakeCloud) -> None:
    cloud.on(
        "GET",
        paths.RANGES,
        httpx.Response(200, json=[number_range(), number_range(7, next_number=950)]),
    )
    office, employee = cloud.signed_in_client().list_ranges()
    assert office.employee_id is None
    assert (employee.owner_name, employee.remaining, employee.near_exhaustion) == (
        "Max Muster",
        51,
        True,
    )


def test_office_range_is_put_with_its_entry(cloud: FakeCloud) -> None:
    cloud.on("PUT", paths.OFFICE_RANGE, httpx.Response(200, json=number_range()))
    assert cloud.signed_in_client().set_office_range(ENTRY).start == 1
    sent = json.loads(cloud.calls("PUT", paths.OFFICE_RANGE)[0].content)
    assert sent == {"prefix": "RE-2026-", "start": 1, "end": 1000, "next_number": None}


def test_employee_range_is_put_at_his_path_and_repeated_after_a_timeout(cloud: FakeCloud) -> None:
    path = paths.EMPLOYEE_RANGE.format(employee_id=7)
    cloud.on("PUT", path, raises(httpx.ReadTimeout), httpx.Response(200, json=number_range(7)))
    client = cloud.signed_in_client(retry_policy=DEFAULT_RETRY_POLICY)
    assert client.set_employee_range(7, ENTRY).employee_id == 7
    assert len(cloud.calls("PUT", path)) == 2


def test_overlap_is_a_conflict_that_keeps_the_servers_detail(cloud: FakeCloud) -> None:
    detail = "overlaps the range of the office: RE-2026-1 to RE-2026-1000"
    cloud.on("PUT", paths.OFFICE_RANGE, error(409, "range_overlap", detail))
    with pytest.raises(Conflict) as caught:
        cloud.signed_in_client().set_office_range(ENTRY)
    assert (caught.value.code, caught.value.detail) == ("range_overlap", detail)


def test_overlap_is_not_retried(cloud: FakeCloud) -> None:
    cloud.on("PUT", paths.OFFICE_RANGE, error(409, "range_overlap"))
    with pytest.raises(Conflict):
        cloud.signed_in_client(retry_policy=DEFAULT_RETRY_POLICY).set_office_range(ENTRY)
    assert len(cloud.calls("PUT", paths.OFFICE_RANGE)) == 1


def test_employee_range_is_deleted_at_his_path(cloud: FakeCloud) -> None:
    path = paths.EMPLOYEE_RANGE.format(employee_id=7)
    cloud.on("DELETE", path, httpx.Response(204))
    cloud.signed_in_client().delete_employee_range(7)
    assert len(cloud.calls("DELETE", path)) == 1


def test_suggestion_sends_prefix_and_size_as_query(cloud: FakeCloud) -> None:
    cloud.on(
        "GET",
        paths.RANGE_SUGGESTION,
        httpx.Response(200, json={"prefix": "RE-2026-", "start": 1001, "end": 2000}),
    )
    result = cloud.signed_in_client().suggest_range(prefix="RE-2026-", size=1000)
    assert result == RangeSuggestion(prefix="RE-2026-", start=1001, end=2000)
    url = cloud.calls("GET", paths.RANGE_SUGGESTION)[0].url
    assert dict(url.params) == {"prefix": "RE-2026-", "size": "1000"}


def test_prefix_with_url_characters_is_escaped_in_the_query(cloud: FakeCloud) -> None:
    cloud.on("GET", paths.RANGE_SUGGESTION, error(422, "validation_failed"))
    with pytest.raises(ValidationFailed):
        cloud.signed_in_client().suggest_range(prefix="A&size=1#", size=5)
    url = cloud.calls("GET", paths.RANGE_SUGGESTION)[0].url
    assert url.params.get_list("size") == ["5"]
    assert url.params["prefix"] == "A&size=1#"
