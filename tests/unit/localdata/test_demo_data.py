"""Generated demo data: sizes and proportions, determinism, totals that add up, realism."""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path

import pytest

from cloudsetup.localdata import OfficeDatabase, generate_demo_data, plan_counts
from cloudsetup.models.fill import Collection, canonical_json
from cloudsetup.models.money import invoice_totals, line_total_cents

from .conftest import DEMO_RECORDS


def _all_records(path: Path) -> list[tuple[str, str, bytes]]:
    with OfficeDatabase(path) as db:
        return [
            (collection.value, record_id, canonical_json(data))
            for collection in Collection
            for record_id, data in db.iter_records(collection)
        ]


@pytest.mark.parametrize("records", [1, 2, 5, 6, 7, 8, 13, 100, 999, 3000, 123_457, 1_000_000])
def test_the_plan_splits_exactly_the_records_asked_for(records: int) -> None:
    counts = plan_counts(records)
    assert sum(counts.values()) == records
    assert all(count >= 0 for count in counts.values())
    if records >= len(Collection):
        assert all(count >= 1 for count in counts.values())
        assert counts[Collection.INVOICE_LINES] >= counts[Collection.INVOICES]
    else:
        assert counts[Collection.INVOICES] == counts[Collection.INVOICE_LINES] == 0


def test_big_data_sets_are_mostly_invoice_lines_with_few_employees() -> None:
    counts = plan_counts(1_000_000)
    assert counts[Collection.EMPLOYEES] <= 100
    assert counts[Collection.ARTICLES] <= 10_000
    assert counts[Collection.INVOICE_LINES] > 0.5 * 1_000_000
    assert 3 <= counts[Collection.INVOICE_LINES] / counts[Collection.INVOICES] <= 6
    assert 0.05 <= counts[Collection.CUSTOMERS] / 1_000_000 <= 0.15


def test_fewer_than_one_record_is_refused() -> None:
    with pytest.raises(ValueError, match="at least 1"):
        plan_counts(0)


def test_the_database_holds_what_the_plan_says(demo: OfficeDatabase) -> None:
    assert demo.counts() == plan_counts(DEMO_RECORDS)


def test_the_same_seed_gives_byte_identical_records(tmp_path: Path, demo_path: Path) -> None:
    again = tmp_path / "again.sqlite3"
    generate_demo_data(again, records=DEMO_RECORDS, seed=7)
    assert _all_records(again) == _all_records(demo_path)


def test_another_seed_gives_other_records(tmp_path: Path) -> None:
    first, second = tmp_path / "a.sqlite3", tmp_path / "b.sqlite3"
    generate_demo_data(first, records=200, seed=1)
    generate_demo_data(second, records=200, seed=2)
    assert set(_all_records(first)).isdisjoint(_all_records(second))


def test_a_file_with_office_data_is_not_overwritten(demo_path: Path) -> None:
    with pytest.raises(FileExistsError):
        generate_demo_data(demo_path, records=10)


def test_every_invoice_adds_up_from_its_lines(demo: OfficeDatabase) -> None:
    lines: dict[str, list[tuple[int, int]]] = defaultdict(list)
    positions: dict[str, list[int]] = defaultdict(list)
    for _, line in demo.iter_records(Collection.INVOICE_LINES):
        expected = line_total_cents(line["quantity_centi"], line["unit_price_cents"])
        assert line["line_total_cents"] == expected
        lines[line["invoice_id"]].append((line["line_total_cents"], line["vat_rate"]))
        positions[line["invoice_id"]].append(line["position"])
    invoices = dict(demo.iter_records(Collection.INVOICES))

    assert set(lines) == set(invoices)  # every invoice has lines, every line an invoice
    for invoice_id, invoice in invoices.items():
        assert (invoice["net_cents"], invoice["vat_cents"], invoice["gross_cents"]) == (
            invoice_totals(lines[invoice_id])
        )
        assert sorted(positions[invoice_id]) == list(range(1, len(positions[invoice_id]) + 1))
    rates = {rate for amounts in lines.values() for _, rate in amounts}
    assert rates == {19, 7}


def test_every_reference_points_at_a_record(demo: OfficeDatabase) -> None:
    assert demo.connection.execute("PRAGMA foreign_key_check").fetchall() == []
    project_customers = dict(
        demo.connection.execute("SELECT id, customer_id FROM projects").fetchall()
    )
    for _, invoice in demo.iter_records(Collection.INVOICES):
        if invoice["project_id"] is not None:
            assert project_customers[invoice["project_id"]] == invoice["customer_id"]


def test_the_data_looks_like_a_german_trade_business(demo: OfficeDatabase) -> None:
    customers = [data for _, data in demo.iter_records(Collection.CUSTOMERS)]
    assert all(re.fullmatch(r"\d{5}", c["postal_code"]) for c in customers)
    assert all(c["email"].endswith(".example") for c in customers)
    assert any(c["name"].endswith(("GmbH", "GbR", "KG", "eG")) for c in customers)
    assert len({c["name"] for c in customers}) > 0.8 * len(customers)
    employees = [data for _, data in demo.iter_records(Collection.EMPLOYEES)]
    assert [e["is_owner"] for e in employees].count(True) == 1
    assert len({e["email"] for e in employees}) == len(employees)
    articles = [data for _, data in demo.iter_records(Collection.ARTICLES)]
    assert all(a["sales_price_cents"] > a["purchase_price_cents"] > 0 for a in articles)
    assert {"Std", "Eimer", "Stück"} <= {a["unit"] for a in articles}


def test_ids_are_unique_time_ordered_uuids_in_insertion_order(demo: OfficeDatabase) -> None:
    ids = [record_id for record_id, _ in demo.iter_records(Collection.INVOICES)]
    assert all(
        re.fullmatch(r"[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}", i)
        for i in ids
    )
    versions = demo.connection.execute("SELECT row_version FROM invoices ORDER BY id").fetchall()
    assert versions == sorted(versions)
    assert demo.change_version() == sum(plan_counts(DEMO_RECORDS).values())
