"""The office database: schema, change tracking, tombstones, fingerprint, streaming reads."""

from __future__ import annotations

import sqlite3
import tracemalloc
from collections.abc import Generator
from itertools import islice
from pathlib import Path

import pytest

from cloudsetup.localdata import OfficeDatabase
from cloudsetup.localdata.schema import COLUMNS
from cloudsetup.models.fill import Collection

from .conftest import add_customer, row_version


def test_a_new_file_gets_every_table_with_the_documented_columns_in_wal_mode(
    db: OfficeDatabase,
) -> None:
    for collection in Collection:
        columns = [row[1] for row in db.connection.execute(f"PRAGMA table_info({collection})")]
        assert columns == ["id", *COLUMNS[collection], "row_version", "updated_at"]
    assert db.connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.counts() == dict.fromkeys(Collection, 0)


def test_reopening_keeps_the_data_and_the_database_id(tmp_path: Path) -> None:
    path = tmp_path / "office.sqlite3"
    with OfficeDatabase(path) as first:
        add_customer(first, "a", "K-1")
        identity = first.database_id
    with OfficeDatabase(path) as second:
        assert second.count(Collection.CUSTOMERS) == 1
        assert second.database_id == identity


def test_an_insert_gets_the_next_row_version_and_an_update_a_newer_one(db: OfficeDatabase) -> None:
    add_customer(db, "a", "K-1")
    add_customer(db, "b", "K-2")
    first, second = row_version(db, "a"), row_version(db, "b")
    stamp = db.connection.execute("SELECT updated_at FROM customers WHERE id = 'a'").fetchone()[0]

    with db.transaction() as connection:
        connection.execute("UPDATE customers SET city = 'Bonn' WHERE id = 'a'")

    assert 0 < first < second < row_version(db, "a") == db.change_version()
    assert stamp.endswith("Z")


def test_a_delete_leaves_a_tombstone_with_a_new_version(db: OfficeDatabase) -> None:
    add_customer(db, "a", "K-1")
    before = db.change_version()

    with db.transaction() as connection:
        connection.execute("DELETE FROM customers WHERE id = 'a'")

    rows = db.connection.execute("SELECT collection, id, row_version FROM tombstones").fetchall()
    assert rows == [("customers", "a", before + 1)]


def test_a_deleted_record_inserted_again_is_no_longer_a_tombstone(db: OfficeDatabase) -> None:
    add_customer(db, "a", "K-1")
    with db.transaction() as connection:
        connection.execute("DELETE FROM customers WHERE id = 'a'")
    add_customer(db, "a", "K-1")
    assert db.tombstone_count() == 0


def test_a_changed_id_is_a_tombstone_for_the_old_id(db: OfficeDatabase) -> None:
    add_customer(db, "a", "K-1")
    with db.transaction() as connection:
        connection.execute("UPDATE customers SET id = 'b' WHERE id = 'a'")
    tombstones = db.connection.execute("SELECT id FROM tombstones").fetchall()
    assert tombstones == [("a",)]
    assert row_version(db, "b") == db.change_version()


def test_deleting_an_invoice_deletes_its_lines_with_tombstones(
    demo_path: Path, tmp_path: Path
) -> None:
    path = tmp_path / "copy.sqlite3"
    path.write_bytes(demo_path.read_bytes())
    with OfficeDatabase(path) as db:
        invoice_id, lines = db.connection.execute(
            "SELECT invoice_id, COUNT(*) FROM invoice_lines GROUP BY invoice_id LIMIT 1"
        ).fetchone()
        with db.transaction() as connection:
            connection.execute("DELETE FROM invoices WHERE id = ?", (invoice_id,))
        gone = db.connection.execute(
            "SELECT collection, COUNT(*) FROM tombstones GROUP BY collection ORDER BY 1"
        ).fetchall()
    assert gone == [("invoice_lines", lines), ("invoices", 1)]


def test_references_are_enforced_through_the_office_database(db: OfficeDatabase) -> None:
    with pytest.raises(sqlite3.IntegrityError), db.transaction() as connection:
        connection.execute(
            "INSERT INTO contacts (id, customer_id, name) VALUES ('c', 'nobody', 'Eva Jung')"
        )


def test_the_fingerprint_changes_with_every_insert_update_and_delete(db: OfficeDatabase) -> None:
    seen = [db.fingerprint()]
    add_customer(db, "a", "K-1")
    seen.append(db.fingerprint())
    with db.transaction() as connection:
        connection.execute("UPDATE customers SET phone = '0221 123456' WHERE id = 'a'")
    seen.append(db.fingerprint())
    with db.transaction() as connection:
        connection.execute("DELETE FROM customers WHERE id = 'a'")
    seen.append(db.fingerprint())

    assert len(set(seen)) == len(seen)
    assert db.fingerprint() == seen[-1]  # and nothing else moves it


def test_two_databases_with_the_same_records_have_different_fingerprints(tmp_path: Path) -> None:
    with (
        OfficeDatabase(tmp_path / "a.sqlite3") as first,
        OfficeDatabase(tmp_path / "b.sqlite3") as second,
    ):
        add_customer(first, "x", "K-1")
        add_customer(second, "x", "K-1")
        assert first.fingerprint() != second.fingerprint()


def test_records_come_in_id_order_with_their_data_columns_as_json_values(
    db: OfficeDatabase,
) -> None:
    for record_id in ("c", "a", "b"):
        add_customer(db, record_id, f"K-{record_id}")
    with db.transaction():
        db.insert_rows(Collection.EMPLOYEES, [("e", "MA-001", "Eva Jung", None, True)])

    records = list(db.iter_records(Collection.CUSTOMERS, chunk_size=2))

    assert [record_id for record_id, _ in records] == ["a", "b", "c"]
    assert records[0][1] == {
        "number": "K-a",
        "name": "Bäckerei Krüger",
        "street": None,
        "postal_code": None,
        "city": "Köln",
        "phone": None,
        "email": None,
    }
    [(_, employee)] = db.iter_records(Collection.EMPLOYEES)
    assert employee["is_owner"] is True


def test_bulk_rows_get_versions_from_the_counter(db: OfficeDatabase) -> None:
    add_customer(db, "a", "K-1")
    with db.transaction():
        db.insert_rows(Collection.CUSTOMERS, [("b", "K-2", "B", None, None, None, None, None)])
    add_customer(db, "c", "K-3")
    versions = [row_version(db, record_id) for record_id in "abc"]
    assert versions == [1, 2, 3] == sorted(versions)


def test_a_chunk_size_below_one_is_refused(db: OfficeDatabase) -> None:
    with pytest.raises(ValueError, match="chunk_size"):
        list(db.iter_records(Collection.CUSTOMERS, chunk_size=0))


def test_streaming_a_large_table_holds_only_a_chunk_in_memory(db: OfficeDatabase) -> None:
    count = 50_000
    rows = [
        (
            f"{n:08d}",
            f"K-{n}",
            f"Kunde Nummer {n}",
            f"Hauptstraße {n}",
            "50667",
            "Köln",
            "0221 1",
            "k@x.example",
        )
        for n in range(count)
    ]
    with db.transaction():
        db.insert_rows(Collection.CUSTOMERS, rows)
    del rows

    tracemalloc.start()
    try:
        seen = 0
        for _record in db.iter_records(Collection.CUSTOMERS, chunk_size=500):
            seen += 1
        _, streaming_peak = tracemalloc.get_traced_memory()
        tracemalloc.reset_peak()
        # What all records would take at once, from a tenth of them held at once.
        tenth = list(islice(db.iter_records(Collection.CUSTOMERS, chunk_size=500), count // 10))
        _, tenth_at_once = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()

    assert seen == count
    assert len(tenth) == count // 10
    assert streaming_peak < 10 * tenth_at_once / 20


def test_a_reader_left_unfinished_after_close_is_collected_quietly(tmp_path: Path) -> None:
    db = OfficeDatabase(tmp_path / "office.sqlite3")
    for n in range(3):
        add_customer(db, f"c{n}", f"K-{n}")
    reader = db.iter_records(Collection.CUSTOMERS, chunk_size=1)
    assert isinstance(reader, Generator)
    next(reader)
    db.close()
    reader.close()  # runs the reader's cleanup against the closed database
