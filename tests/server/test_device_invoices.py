"""Invoices pushed by a device: refused for every broken rule, accepted once, then everywhere."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from sqlalchemy import text

from cloudsetup.models import DeviceInvoice, NumberRange, paths
from cloudsetup.models.money import invoice_totals, line_total_cents
from cloudsetup.server.embedded import EmbeddedServer
from support.cloud import assert_error
from support.device_data import invoice_body
from support.devices import Office, device_id, pull_all, pull_page, push_invoice


@pytest.fixture
def office(cloud_server: EmbeddedServer, api: httpx.Client) -> Office:
    office = Office.create(cloud_server, api, "Max Maler", "Eva Elektro")
    office.permit("max")
    office.give_range("max")
    return office


@pytest.fixture
def token(office: Office) -> str:
    return office.approved_device("max", device_id())


def _accepted(response: httpx.Response, status: int = 201) -> DeviceInvoice:
    assert response.status_code == status, response.text
    return DeviceInvoice.model_validate_json(response.content)


def _my_range(office: Office) -> NumberRange:
    ranges = office.client.get(paths.RANGES, headers=office.auth).json()
    [mine] = [NumberRange.model_validate(entry) for entry in ranges]
    return mine


def _change_version(server: EmbeddedServer, domain: str) -> int:
    with server.runtime.engine.connect() as connection:
        return int(
            connection.execute(
                text("SELECT change_version FROM tenants WHERE domain = :d"), {"d": domain}
            ).scalar_one()
        )


def test_accepted_invoice_advances_the_range_reaches_devices_and_the_office_inbox(
    office: Office, token: str
) -> None:
    eva_token = office.approved_device("eva")
    _held, eva_cursor, _pages = pull_all(office.client, eva_token, limit=50)
    body = invoice_body("RE-M-1234", project_id="prj-max")

    invoice = _accepted(push_invoice(office.client, token, body))
    eva_page = pull_page(office.client, eva_token, eva_cursor)
    [item] = office.inbox(after=0)

    lines = body["lines"]
    totals = invoice_totals(
        (line_total_cents(line["quantity_centi"], line["unit_price_cents"]), line["vat_rate"])
        for line in lines
    )
    assert (invoice.seq, invoice.id, invoice.number) == (1, body["id"], "RE-M-1234")
    assert (invoice.employee_name, invoice.employee_id) == ("Max Maler", office.people["max"].id)
    assert invoice.device_name.startswith("Handy")
    assert item == invoice
    record = invoice.records[0]
    assert record.data is not None
    assert (record.data["net_cents"], record.data["vat_cents"], record.data["gross_cents"]) == (
        totals
    )
    assert record.data["employee_id"] == "emp-max"  # his office employee record
    assert [r.id for r in invoice.records[1:]] == [f"{body['id']}-1", f"{body['id']}-2"]
    assert _my_range(office).next_number == 1235
    assert [(c.collection.value, c.id) for c in eva_page.changes] == [
        (r.collection.value, r.id) for r in invoice.records
    ]
    assert [c.data for c in eva_page.changes] == [r.data for r in invoice.records]
    status = office.status()
    assert (status.inbox_head, status.pulled_seq) == (1, 0)


def test_the_same_invoice_again_is_answered_as_before_and_changes_nothing(
    office: Office, token: str, cloud_server: EmbeddedServer
) -> None:
    body = invoice_body("RE-M-1000")
    first = _accepted(push_invoice(office.client, token, body))
    version = _change_version(cloud_server, office.data.domain)

    again = _accepted(push_invoice(office.client, token, body), 200)
    reordered = _accepted(
        push_invoice(office.client, token, {**body, "lines": body["lines"][::-1]}), 200
    )

    assert again == first == reordered
    assert _change_version(cloud_server, office.data.domain) == version
    assert len(office.inbox(after=0)) == 1


def test_other_content_under_a_pushed_id_is_a_conflict(office: Office, token: str) -> None:
    body = invoice_body("RE-M-1000")
    _accepted(push_invoice(office.client, token, body))

    other = push_invoice(office.client, token, {**body, "date": "2026-03-16"})

    assert_error(other, 409, "invoice_conflict")


def test_a_number_is_taken_once_even_by_another_invoice(office: Office, token: str) -> None:
    _accepted(push_invoice(office.client, token, invoice_body("RE-M-1000")))

    twice = push_invoice(office.client, token, invoice_body("RE-M-1000"))

    body = assert_error(twice, 409, "number_used")
    assert [field.field for field in body.fields] == ["number"]


@pytest.mark.parametrize(
    "number", ["RE-M-999", "RE-M-2000", "RE-X-1500", "RE-M-01500", "RE-M-15 00", "1500", "RE-M-"]
)
def test_a_number_outside_his_range_is_refused_at_the_field(
    office: Office, token: str, number: str
) -> None:
    body = assert_error(
        push_invoice(office.client, token, invoice_body(number)), 422, "number_outside_range"
    )

    assert [field.field for field in body.fields] == ["number"]
    assert "RE-M-1000 to RE-M-1999" in body.detail
    assert _my_range(office).next_number == 1000


def test_without_permission_or_range_nothing_is_accepted(office: Office) -> None:
    eva_token = office.approved_device("eva")
    office.permit("eva", invoices=False)
    refused = push_invoice(office.client, eva_token, invoice_body("RE-M-1000"))
    office.permit("eva")
    no_range = push_invoice(office.client, eva_token, invoice_body("RE-M-1000"))

    assert_error(refused, 403, "invoice_not_permitted")
    assert_error(no_range, 409, "no_range")
    assert office.inbox(after=0) == []


@pytest.mark.parametrize(
    ("overrides", "fields"),
    [
        ({"customer_id": "cus-unbekannt"}, ["customer_id"]),
        ({"project_id": "prj-unbekannt"}, ["project_id"]),
        ({"customer_id": "art-1", "project_id": "cus-1"}, ["customer_id", "project_id"]),
    ],
)
def test_references_must_be_live_records(
    office: Office, token: str, overrides: dict[str, Any], fields: list[str]
) -> None:
    response = push_invoice(office.client, token, invoice_body("RE-M-1000", **overrides))

    body = assert_error(response, 422, "unknown_reference")
    assert [field.field for field in body.fields] == fields


def test_an_unknown_article_is_named_by_its_line(office: Office, token: str) -> None:
    body = invoice_body("RE-M-1000")
    body["lines"] = [{**body["lines"][1], "position": 1}, {**body["lines"][0], "position": 2,
                                                           "article_id": "art-weg"}]  # fmt: skip

    refused = assert_error(push_invoice(office.client, token, body), 422, "unknown_reference")

    assert [field.field for field in refused.fields] == ["lines.1.article_id"]


def test_an_id_another_record_has_is_refused(office: Office, token: str) -> None:
    office_invoice = {"number": "RE-77", "date": "2026-03-01", "customer_id": "cus-1"}
    office.pushed([{"collection": "invoices", "id": "buero-rechnung-1", "data": office_invoice}])

    taken = push_invoice(office.client, token, invoice_body("RE-M-1000", id="buero-rechnung-1"))

    assert_error(taken, 409, "invoice_conflict")


def test_before_the_first_fill_invoices_are_refused(
    cloud_server: EmbeddedServer, api: httpx.Client
) -> None:
    empty = Office.create(cloud_server, api, "Max Maler", fill=False)
    empty.permit("max")
    empty.give_range("max")
    token = empty.approved_device("max")

    assert_error(push_invoice(api, token, invoice_body("RE-M-1000")), 409, "not_filled")


def test_the_offices_echo_of_a_pulled_invoice_is_unchanged(
    office: Office, token: str, cloud_server: EmbeddedServer
) -> None:
    invoice = _accepted(push_invoice(office.client, token, invoice_body("RE-M-1000")))
    _held, cursor, _pages = pull_all(office.client, token, limit=50)
    version = _change_version(cloud_server, office.data.domain)
    [item] = office.inbox(after=0)

    receipt = office.pushed([change.model_dump(mode="json") for change in item.records])

    assert (receipt.applied, receipt.unchanged) == (0, len(invoice.records))
    assert _change_version(cloud_server, office.data.domain) == version
    assert pull_page(office.client, token, cursor).changes == []
