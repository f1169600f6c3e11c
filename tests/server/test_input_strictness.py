"""What the fuzzer found, pinned: any input is a 4xx with an ErrorBody, on both databases."""

from __future__ import annotations

import httpx
import pytest
from fastapi import routing
from fastapi.routing import APIRoute

from cloudsetup.models import TokenPair, paths
from cloudsetup.models.fill import Collection
from cloudsetup.server.embedded import EmbeddedServer
from cloudsetup.server.json_body import JsonBodyRoute
from support.cloud import assert_error, bearer, login, new_tenant, start_fill
from support.cloud import office_records as records_of


@pytest.fixture
def admin(cloud_server: EmbeddedServer, api: httpx.Client) -> TokenPair:
    return login(api, new_tenant(cloud_server))


def _json(client: httpx.Client, url: str, raw: bytes, token: TokenPair) -> httpx.Response:
    headers = {**bearer(token), "content-type": "application/json"}
    return client.post(url, content=raw, headers=headers)


@pytest.mark.parametrize(
    "raw",
    [
        b'{"after": 0, "limit": NaN}',
        b'{"after": "\\udc80"}',
        b'{"after": 0, "x": "\xff"}',
    ],
    ids=["nan", "lone-surrogate", "not-utf8"],
)
def test_a_body_that_is_not_standard_json_is_422_json_invalid(
    api: httpx.Client, admin: TokenPair, raw: bytes
) -> None:
    body = assert_error(_json(api, paths.SYNC_INBOX, raw, admin), 422, "validation_failed")
    assert [(field.field, field.code) for field in body.fields] == [("body", "json_invalid")]


@pytest.mark.parametrize("value", [True, "3", 2**31], ids=["boolean", "digits", "too-large"])
def test_an_integer_must_be_a_json_number_the_database_holds(
    api: httpx.Client, admin: TokenPair, value: object
) -> None:
    response = api.post(paths.SYNC_INBOX, json={"after": value}, headers=bearer(admin))

    body = assert_error(response, 422, "validation_failed")
    assert [field.field for field in body.fields] == ["after"]


@pytest.mark.parametrize("record_id", ["kunde\x00", "kunde\x1b[2J"], ids=["nul", "escape"])
def test_a_record_id_with_control_characters_is_refused_before_the_database(
    api: httpx.Client, admin: TokenPair, record_id: str
) -> None:
    change = {"collection": "customers", "id": record_id, "data": {"name": "x"}}
    body = {"base_version": 0, "through_version": 1, "changes": [change]}

    response = api.post(paths.SYNC_CHANGES, json=body, headers=bearer(admin))

    refused = assert_error(response, 422, "validation_failed")
    assert [(f.field, f.code) for f in refused.fields] == [("changes.0.id", "id_characters")]


def test_fill_data_with_nan_is_a_rejected_record(api: httpx.Client, admin: TokenPair) -> None:
    records = {Collection.CUSTOMERS: records_of(Collection.CUSTOMERS, 1)}
    job, _batches = start_fill(api, admin, records, 10)
    raw = b'{"collection": "customers", "records": [{"id": "k-1", "data": {"x": NaN}}]}'
    url = paths.FILL_BATCH.format(job_id=job.id, seq=0)

    response = api.put(
        url, content=raw, headers={**bearer(admin), "content-type": "application/json"}
    )

    assert_error(response, 422, "record_rejected")


def test_a_job_id_with_a_nul_is_no_such_job(api: httpx.Client, admin: TokenPair) -> None:
    response = api.get(paths.FILL_JOB.format(job_id="ab%00cd"), headers=bearer(admin))

    assert_error(response, 404, "not_found")


def test_an_audit_position_beyond_any_id_is_422(api: httpx.Client, admin: TokenPair) -> None:
    response = api.get(paths.AUDIT, params={"before": 2**40}, headers=bearer(admin))

    assert_error(response, 422, "validation_failed")


def test_a_method_a_path_does_not_take_names_all_it_takes(
    api: httpx.Client, admin: TokenPair
) -> None:
    response = api.request("PATCH", paths.NOTIFICATION_RECIPIENTS, headers=bearer(admin))

    assert_error(response, 405, "method_not_allowed")
    assert response.headers["allow"] == "GET, PUT"


def test_the_document_gives_422_as_an_error_body_and_links_created_objects(
    api: httpx.Client,
) -> None:
    document = api.get("/openapi.json").json()
    operations = [op for item in document["paths"].values() for op in item.values()]
    validation = [op["responses"]["422"] for op in operations if "422" in op["responses"]]
    employee_links = document["paths"][paths.EMPLOYEES]["post"]["responses"]["201"]["links"]

    assert validation
    assert all(
        response["content"]["application/json"]["schema"]
        == {"$ref": "#/components/schemas/ErrorBody"}
        for response in validation
    )
    assert "HTTPValidationError" not in document["components"]["schemas"]
    assert {link["parameters"]["employee_id"] for link in employee_links.values()} == {
        "$response.body#/id"
    }


def test_every_api_route_reads_its_body_strictly(cloud_server: EmbeddedServer) -> None:
    api_routes = [
        route.original_route
        for route in routing.iter_route_contexts(cloud_server.app.routes)
        if isinstance(route.original_route, APIRoute)
        and (route.path or "").startswith(paths.API_PREFIX)
    ]

    assert len(api_routes) >= 40
    assert all(isinstance(route, JsonBodyRoute) for route in api_routes)
