"""The office database: schema, change tracking, streaming reads, fingerprint."""

from __future__ import annotations

import tracemalloc
from pathlib import Path

import pytest

from cloudsetup.localdata import OfficeDatabase, generate_demo_data
from cloudsetup.models.fill import Collection


@pytest.fixture
def db(tmp_path: Path) -> OfficeDatabase:
    database = OfficeDatabase(tmp_path / "office.sqlite3")
    yield database  # type: ignore[misc]
    database.close()


def _add_customer(db: OfficeDatabase, record_id: str, name: str = "Bäckerei Krüger") -> None:
    with db.transaction() as connection:
        connection.execute(
            "INSERT INTO customers (id, number, name, city) VALUES (?, ?, ?, ?)",
            (record_id, f"K-{record_id}", name, "Köln"),
        )


def _version(db: OfficeDatabase, record_id: str) -> int:
    row = db.connection.execute(
        "SELECT row_version FROM customers WHERE id = ?", (record_id,)
    ).fetchone()
    return int(row[0])


def test_a_new_file_gets_every_collection_empty(db: OfficeDatabase) -> None:
    assert db.counts() == dict.fromkeys(Collection, 0)


def test_an_insert_gets_the_next_row_version_and_an_update_a_newer_one(db: OfficeDatabase) -> None:
    _add_customer(db, "a")
    _add_customer(db, "b")
    first, second = _version(db, "a"), _version(db, "b")

    with db.transaction() as connection:
        connection.execute("UPDATE customers SET city = 'Bonn' WHERE id = 'a'")

    assert 0 < first < second < _version(db, "a") == db.change_version()


def test_a_delete_leaves_a_tombstone_and_a_new_insert_removes_it(db: OfficeDatabase) -> None:
    _add_customer(db, "a")
    with db.transaction() as connection:
        connection.execute("DELETE FROM customers WHERE id = 'a'")
    tombstones = db.connection.execute("SELECT collection, id FROM tombstones").fetchall()
    assert tombstones == [("customers", "a")]

    _add_customer(db, "a")

    assert db.connection.execute("SELECT COUNT(*) FROM tombstones").fetchone()[0] == 0


def test_the_fingerprint_changes_with_every_change(db: OfficeDatabase) -> None:
    seen = {db.fingerprint()}
    _add_customer(db, "a")
    seen.add(db.fingerprint())
    with db.transaction() as connection:
        connection.execute("UPDATE customers SET name = 'Neu' WHERE id = 'a'")
    seen.add(db.fingerprint())
    with db.transaction() as connection:
        connection.execute("DELETE FROM customers WHERE id = 'a'")
    seen.add(db.fingerprint())

    assert len(seen) == 4


def test_records_come_in_id_order_with_their_data_columns_only(db: OfficeDatabase) -> None:
    for record_id in ("c", "a", "b"):
        _add_customer(db, record_id)

    records = list(db.iter_records(Collection.CUSTOMERS, chunk_size=2))

    assert [record_id for record_id, _ in records] == ["a", "b", "c"]
    assert set(records[0][1]) == {
        "number",
        "name",
        "street",
        "postal_code",
        "city",
        "phone",
        "email",
    }
    assert records[0][1]["name"] == "Bäckerei Krüger"


def test_a_failed_transaction_leaves_nothing_behind(db: OfficeDatabase) -> None:
    def insert_then_fail() -> None:
        with db.transaction() as connection:
            connection.execute("INSERT INTO customers (id, number, name) VALUES ('x', 'K1', 'A')")
            raise RuntimeError("interrupted")

    with pytest.raises(RuntimeError):
        insert_then_fail()

    assert db.count(Collection.CUSTOMERS) == 0


def test_reading_a_large_table_holds_one_chunk_at_a_time(tmp_path: Path) -> None:
    path = tmp_path / "office.sqlite3"
    counts = generate_demo_data(path, records=60_000)
    lines = counts[Collection.INVOICE_LINES]
    with OfficeDatabase(path) as db:
        tracemalloc.start()
        try:
            seen = sum(1 for _ in db.iter_records(Collection.INVOICE_LINES, chunk_size=500))
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()

    assert seen == lines > 30_000
    # All lines at once would take tens of megabytes; one chunk of 500 takes well under one.
    assert peak < 2 * 1024 * 1024, peak
