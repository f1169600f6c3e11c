"""An employee's restrictions decide what his devices receive, in the full pass and in changes."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from cloudsetup.models.sync import PURCHASE_PRICE_FIELDS, REVENUE_FIELDS
from cloudsetup.server.embedded import EmbeddedServer
from support.device_data import office_data
from support.devices import Held, Office, pull_all, pull_page


@pytest.fixture
def office(cloud_server: EmbeddedServer, api: httpx.Client) -> Office:
    return Office.create(cloud_server, api, "Max Maler", "Eva Elektro", "Ole Ofen")


def _keys(held: Held, collection: str) -> set[str]:
    return {record_id for kind, record_id in held if kind == collection}


def _fields(held: Held, collection: str) -> set[str]:
    return {name for (kind, _id), data in held.items() if kind == collection for name in data}


def _restricted_pull(office: Office, **restrictions: bool) -> tuple[Held, str, str]:
    office.permit("max", invoices=False, **restrictions)
    token = office.approved_device("max")
    held, cursor, _pages = pull_all(office.client, token, limit=4)
    return held, cursor, token


def test_no_purchase_prices_drops_them_from_articles_also_in_changes(office: Office) -> None:
    held, cursor, token = _restricted_pull(office, no_purchase_prices=True)
    article = {"number": "A-1", "name": "Neu", "unit": "Eimer", "purchase_price_cents": 1,
               "sales_price_cents": 2, "vat_rate": 19}  # fmt: skip
    office.pushed([{"collection": "articles", "id": "art-1", "data": article}])

    page = pull_page(office.client, token, cursor)

    hidden = set(PURCHASE_PRICE_FIELDS[next(iter(PURCHASE_PRICE_FIELDS))])
    assert _keys(held, "articles") == {"art-1", "art-2", "art-3"}
    assert not hidden & _fields(held, "articles")
    assert "sales_price_cents" in _fields(held, "articles")
    assert "net_cents" in _fields(held, "invoices")  # other restrictions are off
    [change] = page.changes
    assert change.data == {key: value for key, value in article.items() if key not in hidden}


def test_no_revenue_figures_drops_invoice_and_line_totals(office: Office) -> None:
    held, _cursor, _token = _restricted_pull(office, no_revenue_figures=True)

    for collection, fields in REVENUE_FIELDS.items():
        assert _keys(held, collection.value), collection
        assert not set(fields) & _fields(held, collection.value), collection
    assert "quantity_centi" in _fields(held, "invoice_lines")
    assert "purchase_price_cents" in _fields(held, "articles")


def test_own_projects_only_keeps_his_projects_their_invoices_and_what_he_wrote(
    office: Office,
) -> None:
    written = {"number": "RE-900", "date": "2026-03-02", "customer_id": "cus-2",
               "project_id": "prj-eva", "employee_id": "emp-max", "net_cents": 1,
               "vat_cents": 0, "gross_cents": 1}  # fmt: skip
    line = {"invoice_id": "inv-by-max", "position": 1, "article_id": None, "text": "Stunde",
            "unit": "Std", "quantity_centi": 100, "unit_price_cents": 1, "vat_rate": 0,
            "line_total_cents": 1}  # fmt: skip
    office.pushed(
        [
            {"collection": "invoices", "id": "inv-by-max", "data": written},
            {"collection": "invoice_lines", "id": "inv-by-max-1", "data": line},
        ]
    )

    held, _cursor, _token = _restricted_pull(office, own_projects_only=True)

    assert _keys(held, "projects") == {"prj-max"}
    assert _keys(held, "invoices") == {"inv-max", "inv-by-max"}
    assert _keys(held, "invoice_lines") == {"inv-max-1", "inv-by-max-1"}
    assert _keys(held, "employees") == {"emp-max", "emp-eva", "emp-ole"}
    assert _keys(held, "customers") == {"cus-1", "cus-2"}
    assert _keys(held, "articles") == {"art-1", "art-2", "art-3"}


def test_his_office_record_is_found_by_personnel_number_when_the_address_differs(
    office: Office,
) -> None:
    office.add_person("jan", "Jan Nummer", employee_number="MA-777")
    records = _retarget(office, "emp-jan", email="jan.privat@example.de", number="MA-777")
    office.fill(records)
    office.permit("jan", invoices=False, own_projects_only=True)
    token = office.approved_device("jan")

    held, _cursor, _pages = pull_all(office.client, token, limit=50)

    assert _keys(held, "projects") == {"prj-jan"}


def _retarget(office: Office, record_id: str, **data: Any) -> dict[Any, list[dict[str, Any]]]:
    records = office_data(office.people)
    for collection, entries in records.items():
        for entry in entries:
            if entry["id"] == record_id:
                entry["data"] = {**entry["data"], **data}
                assert collection.value == "employees"
    return records


def test_a_project_given_to_someone_else_makes_the_device_start_again_without_it(
    office: Office,
) -> None:
    held, cursor, token = _restricted_pull(office, own_projects_only=True)
    project = {"number": "P-002", "name": "Anstrich Max", "customer_id": "cus-1",
               "employee_id": "emp-eva", "status": "active"}  # fmt: skip
    office.pushed([{"collection": "projects", "id": "prj-max", "data": project}])

    after, _cursor, pages = pull_all(office.client, token, cursor, dict(held), limit=50)

    assert _keys(held, "projects") == {"prj-max"}
    assert pages[0].reset, "his projects changed: the device must drop what it holds"
    assert _keys(after, "projects") == set()
    assert _keys(after, "invoices") == set()
    assert _keys(after, "invoice_lines") == set()
    assert _keys(after, "customers") == {"cus-1", "cus-2"}


def test_a_project_given_to_him_later_arrives_with_its_invoices(office: Office) -> None:
    held, cursor, token = _restricted_pull(office, own_projects_only=True)
    project = {"number": "P-003", "name": "Anstrich Ole", "customer_id": "cus-1",
               "employee_id": "emp-max", "status": "active"}  # fmt: skip
    office.pushed([{"collection": "projects", "id": "prj-ole", "data": project}])

    after, _cursor, _pages = pull_all(office.client, token, cursor, dict(held), limit=50)

    assert _keys(after, "projects") == {"prj-max", "prj-ole"}
    assert _keys(after, "invoices") == {"inv-max", "inv-ole"}
    assert _keys(after, "invoice_lines") == {"inv-max-1", "inv-ole-1"}


def test_a_change_he_may_not_see_arrives_as_deleted(office: Office) -> None:
    held, cursor, token = _restricted_pull(office, own_projects_only=True)
    invoice = {"number": "RE-002", "date": "2026-03-05", "customer_id": "cus-1",
               "project_id": "prj-eva", "employee_id": None, "net_cents": 5,
               "vat_cents": 1, "gross_cents": 6}  # fmt: skip
    renamed = {"number": "P-002", "name": "Anstrich Eva (neu)", "customer_id": "cus-1",
               "employee_id": "emp-eva", "status": "done"}  # fmt: skip
    office.pushed(
        [
            {"collection": "invoices", "id": "inv-eva", "data": invoice},
            {"collection": "projects", "id": "prj-eva", "data": renamed},
        ]
    )

    page = pull_page(office.client, token, cursor)

    assert "inv-eva" not in _keys(held, "invoices")
    assert not page.reset  # his own projects are as they were
    assert [(c.id, c.data) for c in page.changes] == [("inv-eva", None), ("prj-eva", None)]


def test_changed_restrictions_make_the_device_start_again(office: Office) -> None:
    held, cursor, token = _restricted_pull(office)
    assert "purchase_price_cents" in _fields(held, "articles")
    office.permit("max", invoices=False, no_purchase_prices=True)

    after, _cursor, pages = pull_all(office.client, token, cursor, dict(held), limit=50)

    assert pages[0].reset
    assert "purchase_price_cents" not in _fields(after, "articles")
    assert set(after) == set(held)
