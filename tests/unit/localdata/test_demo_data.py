"""Demo data: deterministic by seed, sensible proportions, invoices that add up."""

from __future__ import annotations

import hashlib
from collections import defaultdict
from pathlib import Path

import pytest

from cloudsetup.localdata import OfficeDatabase, generate_demo_data, plan_counts
from cloudsetup.models.fill import Collection, canonical_json


def _digest(path: Path) -> str:
    digest = hashlib.sha256()
    with OfficeDatabase(path) as db:
        for collection in Collection:
            for record_id, data in db.iter_records(collection):
                digest.update(record_id.encode() + canonical_json(data))
    return digest.hexdigest()


def test_the_same_seed_gives_the_same_records_and_another_seed_others(tmp_path: Path) -> None:
    generate_demo_data(tmp_path / "a.sqlite3", records=3000, seed=7)
    generate_demo_data(tmp_path / "b.sqlite3", records=3000, seed=7)
    generate_demo_data(tmp_path / "c.sqlite3", records=3000, seed=8)

    assert _digest(tmp_path / "a.sqlite3") == _digest(tmp_path / "b.sqlite3")
    assert _digest(tmp_path / "a.sqlite3") != _digest(tmp_path / "c.sqlite3")


@pytest.mark.parametrize("records", [1, 7, 100, 10_000])
def test_the_counts_add_up_to_the_records_asked_for(records: int, tmp_path: Path) -> None:
    counts = generate_demo_data(tmp_path / "o.sqlite3", records=records)

    assert sum(counts.values()) == records
    assert counts == plan_counts(records)
    with OfficeDatabase(tmp_path / "o.sqlite3") as db:
        assert db.counts() == counts


def test_most_records_are_invoice_lines_and_employees_stay_few() -> None:
    counts = plan_counts(1_000_000)

    assert counts[Collection.EMPLOYEES] == 50
    assert counts[Collection.INVOICE_LINES] > 500_000
    assert all(count > 0 for count in counts.values())


def test_every_invoice_adds_up_from_its_lines(tmp_path: Path) -> None:
    path = tmp_path / "o.sqlite3"
    generate_demo_data(path, records=5000)
    with OfficeDatabase(path) as db:
        lines: dict[str, list[dict[str, object]]] = defaultdict(list)
        for _, line in db.iter_records(Collection.INVOICE_LINES):
            lines[str(line["invoice_id"])].append(line)
        invoices = list(db.iter_records(Collection.INVOICES))

    assert invoices
    for invoice_id, invoice in invoices:
        own = lines[invoice_id]
        for line in own:
            quantity, price = int(str(line["quantity_centi"])), int(str(line["unit_price_cents"]))
            assert line["line_total_cents"] == (quantity * price + 50) // 100
        net = sum(int(str(line["line_total_cents"])) for line in own)
        vat = sum(
            (int(str(line["line_total_cents"])) * int(str(line["vat_rate"])) + 50) // 100
            for line in own
        )
        assert (invoice["net_cents"], invoice["vat_cents"]) == (net, vat)
        assert invoice["gross_cents"] == net + vat


def test_generated_rows_carry_row_versions_and_the_counter_is_past_them(tmp_path: Path) -> None:
    path = tmp_path / "o.sqlite3"
    generate_demo_data(path, records=500)
    with OfficeDatabase(path) as db:
        highest = max(
            db.connection.execute(f"SELECT MAX(row_version) FROM {c.value}").fetchone()[0]  # noqa: S608
            or 0
            for c in Collection
        )
        assert highest == db.change_version() == 500
        with db.transaction() as connection:
            connection.execute("UPDATE customers SET city = 'Bonn' WHERE rowid = 1")
        assert db.change_version() == 501
