"""The admin's device endpoints of CloudClient on httpx.MockTransport: paths, bodies, retries."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest

from cloudsetup.cloud import DEFAULT_RETRY_POLICY, Conflict, ServerError, ValidationFailed
from cloudsetup.models import Device, DeviceState, Platform, paths

from .fake_cloud import FakeCloud, error, raises


def device(pk: int = 4, state: str = "pending") -> dict[str, Any]:
    return {
        "id": pk,
        "employee_id": 7,
        "employee_name": "Max Muster",
        "device_id": "3f2c9a10-aaaa-bbbb",
        "name": "Max' iPhone",
        "platform": "ios",
        "state": state,
        "verification_code": "K7P2QX" if state == "pending" else None,
        "requested_at": "2026-03-02T08:15:00Z",
        "last_seen_at": None,
        "decided_at": None,
    }


def approve_path(pk: int = 4) -> str:
    return paths.DEVICE_APPROVE.format(device_pk=pk)


def test_list_without_filters_sends_no_query(cloud: FakeCloud) -> None:
    cloud.on("GET", paths.DEVICES, httpx.Response(200, json=[device(4), device(5, "approved")]))
    found = cloud.signed_in_client().list_devices()
    assert [(d.id, d.state) for d in found] == [(4, DeviceState.PENDING), (5, DeviceState.APPROVED)]
    assert all(isinstance(d, Device) for d in found)
    assert found[0].platform is Platform.IOS
    sent = cloud.calls("GET", paths.DEVICES)[0]
    assert sent.url.query == b""
    assert sent.headers["authorization"] == "Bearer access-1"


def test_list_filters_by_state_and_employee(cloud: FakeCloud) -> None:
    cloud.on("GET", paths.DEVICES, httpx.Response(200, json=[device()]))
    cloud.signed_in_client().list_devices(state=DeviceState.PENDING, employee_id=7)
    params = cloud.calls("GET", paths.DEVICES)[0].url.params
    assert dict(params) == {"state": "pending", "employee_id": "7"}


def test_list_is_retried_after_a_503(cloud: FakeCloud) -> None:
    cloud.on("GET", paths.DEVICES, error(503, "unavailable"), httpx.Response(200, json=[]))
    client = cloud.signed_in_client(retry_policy=DEFAULT_RETRY_POLICY)
    assert client.list_devices() == []
    assert len(cloud.calls("GET", paths.DEVICES)) == 2


def test_approve_posts_no_replacement_by_default(cloud: FakeCloud) -> None:
    cloud.on("POST", approve_path(), httpx.Response(200, json=device(state="approved")))
    approved = cloud.signed_in_client().approve_device(4)
    assert approved.state is DeviceState.APPROVED
    assert json.loads(cloud.calls("POST", approve_path())[0].content) == {"replaces": None}


def test_approve_names_the_device_it_replaces(cloud: FakeCloud) -> None:
    cloud.on("POST", approve_path(), httpx.Response(200, json=device(state="approved")))
    cloud.signed_in_client().approve_device(4, replaces=2)
    assert json.loads(cloud.calls("POST", approve_path())[0].content) == {"replaces": 2}


def test_approve_over_the_limit_is_a_conflict_with_the_servers_words(cloud: FakeCloud) -> None:
    detail = "Max Muster has 2 approved devices: iPad, Pixel"
    cloud.on("POST", approve_path(), error(409, "device_limit", detail))
    with pytest.raises(Conflict) as caught:
        cloud.signed_in_client().approve_device(4)
    assert (caught.value.code, caught.value.detail) == ("device_limit", detail)


def test_an_invalid_replacement_is_a_validation_failure(cloud: FakeCloud) -> None:
    cloud.on("POST", approve_path(), error(422, "replaces_invalid"))
    with pytest.raises(ValidationFailed):
        cloud.signed_in_client().approve_device(4, replaces=99)


@pytest.mark.parametrize(
    ("method", "template"),
    [
        ("approve_device", paths.DEVICE_APPROVE),
        ("reject_device", paths.DEVICE_REJECT),
        ("revoke_device", paths.DEVICE_REVOKE),
    ],
)
def test_decisions_are_not_repeated_after_an_answer_that_may_have_been_acted_on(
    cloud: FakeCloud, method: str, template: str
) -> None:
    path = template.format(device_pk=4)
    cloud.on("POST", path, error(503, "unavailable"), httpx.Response(200, json=device()))
    client = cloud.signed_in_client(retry_policy=DEFAULT_RETRY_POLICY)
    with pytest.raises(ServerError):
        getattr(client, method)(4)
    assert len(cloud.calls("POST", path)) == 1


@pytest.mark.parametrize(
    ("method", "template"),
    [
        ("approve_device", paths.DEVICE_APPROVE),
        ("reject_device", paths.DEVICE_REJECT),
        ("revoke_device", paths.DEVICE_REVOKE),
    ],
)
def test_decisions_are_repeated_when_no_connection_was_made(
    cloud: FakeCloud, method: str, template: str
) -> None:
    path = template.format(device_pk=4)
    cloud.on("POST", path, raises(httpx.ConnectError), httpx.Response(200, json=device()))
    client = cloud.signed_in_client(retry_policy=DEFAULT_RETRY_POLICY)
    assert getattr(client, method)(4).id == 4
    assert len(cloud.calls("POST", path)) == 2


def test_reject_of_a_decided_device_is_a_conflict(cloud: FakeCloud) -> None:
    path = paths.DEVICE_REJECT.format(device_pk=4)
    cloud.on("POST", path, error(409, "device_not_pending"))
    with pytest.raises(Conflict) as caught:
        cloud.signed_in_client().reject_device(4)
    assert caught.value.code == "device_not_pending"


def test_revoke_returns_the_revoked_device(cloud: FakeCloud) -> None:
    path = paths.DEVICE_REVOKE.format(device_pk=5)
    cloud.on("POST", path, httpx.Response(200, json=device(5, "revoked")))
    assert cloud.signed_in_client().revoke_device(5).state is DeviceState.REVOKED


def test_only_an_integer_gets_into_a_device_path(cloud: FakeCloud) -> None:
    client = cloud.signed_in_client()
    with pytest.raises(TypeError):
        client.reject_device("4/../../tenant")  # type: ignore[arg-type]
    assert cloud.calls("POST", paths.DEVICE_REJECT.format(device_pk=4)) == []
