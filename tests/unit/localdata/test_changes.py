"""The office database's sync side: changes since a version, and storing what the cloud sends."""

from __future__ import annotations

import datetime as dt
from collections.abc import Generator
from pathlib import Path
from typing import Any

import pytest

from cloudsetup.localdata import OfficeDatabase, OfficeDataError, RecordRefusedError
from cloudsetup.models import DeviceInvoiceIn, InvoiceLineIn, RecordChange
from cloudsetup.models.fill import Collection, canonical_json

from .conftest import add_customer


def customer(record_id: str, number: str, **data: Any) -> RecordChange:
    values: dict[str, Any] = {
        "number": number,
        "name": "Bäckerei Krüger",
        "street": None,
        "postal_code": None,
        "city": "Köln",
        "phone": None,
        "email": None,
    }
    values.update(data)
    return RecordChange(collection=Collection.CUSTOMERS, id=record_id, data=values)


def device_invoice(customer_id: str = "c-1", number: str = "RE-MM-1001") -> DeviceInvoiceIn:
    return DeviceInvoiceIn(
        id="inv-0d9b0c5e",
        number=number,
        date=dt.date(2026, 3, 2),
        customer_id=customer_id,
        lines=[
            InvoiceLineIn(
                position=2,
                text="Anfahrt",
                unit="pauschal",
                quantity_centi=100,
                unit_price_cents=3500,
                vat_rate=19,
            ),
            InvoiceLineIn(
                position=1,
                text="Wand streichen, 2× weiß",
                unit="m²",
                quantity_centi=1250,
                unit_price_cents=1890,
                vat_rate=19,
            ),
        ],
    )


def employee(db: OfficeDatabase, record_id: str = "e-1") -> None:
    with db.transaction():
        db.insert_rows(Collection.EMPLOYEES, [(record_id, "MA-001", "Max Muster", None, False)])


def changes(db: OfficeDatabase, version: int = 0) -> list[tuple[int, RecordChange]]:
    return list(db.changes_since(version, chunk_size=2))


def test_inserts_updates_and_deletions_come_in_version_order_with_their_data(
    db: OfficeDatabase,
) -> None:
    employee(db)
    add_customer(db, "c-1", "K-1")
    add_customer(db, "c-2", "K-2")
    with db.transaction() as connection:
        connection.execute("UPDATE employees SET email = 'max@example.de' WHERE id = 'e-1'")
        connection.execute("DELETE FROM customers WHERE id = 'c-1'")

    found = changes(db)

    assert [(c.collection, c.id, c.deleted) for _, c in found] == [
        (Collection.CUSTOMERS, "c-2", False),
        (Collection.EMPLOYEES, "e-1", False),
        (Collection.CUSTOMERS, "c-1", True),
    ]
    versions = [version for version, _ in found]
    assert versions == sorted(versions)
    assert versions[-1] == db.change_version()
    by_id = {c.id: c.data for _, c in found}
    assert by_id["e-1"] == dict(db.iter_records(Collection.EMPLOYEES))["e-1"]
    assert by_id["e-1"] is not None
    assert by_id["e-1"]["is_owner"] is False
    assert by_id["c-2"] == dict(db.iter_records(Collection.CUSTOMERS))["c-2"]


def test_only_what_is_newer_than_the_version_is_read_and_counted(db: OfficeDatabase) -> None:
    add_customer(db, "c-1", "K-1")
    add_customer(db, "c-2", "K-2")
    middle = db.change_version()
    add_customer(db, "c-3", "K-3")
    with db.transaction() as connection:
        connection.execute("DELETE FROM customers WHERE id = 'c-1'")

    assert [c.id for _, c in changes(db, middle)] == ["c-3", "c-1"]
    assert db.count_changes_since(middle) == 2
    assert db.count_changes_since(0) == 3  # c-2, c-3 and the tombstone of c-1
    assert db.count_changes_since(db.change_version()) == 0
    assert changes(db, db.change_version()) == []


def test_the_changes_are_one_snapshot_while_another_writer_goes_on(
    db: OfficeDatabase, tmp_path: Path
) -> None:
    for n in range(5):
        add_customer(db, f"c-{n}", f"K-{n}")
    reader = db.changes_since(0, chunk_size=1)
    first = next(reader)
    with OfficeDatabase(db.path) as other:
        add_customer(other, "late", "K-late")
        with other.transaction() as connection:
            connection.execute("DELETE FROM customers WHERE id = 'c-4'")
    rest = list(reader)

    assert [c.id for _, c in [first, *rest]] == [f"c-{n}" for n in range(5)]
    assert all(not c.deleted for _, c in rest)
    assert {c.id for _, c in changes(db)} == {"c-0", "c-1", "c-2", "c-3", "c-4", "late"}


def test_a_change_reader_left_unfinished_after_close_is_collected_quietly(
    tmp_path: Path,
) -> None:
    db = OfficeDatabase(tmp_path / "office.sqlite3")
    for n in range(3):
        add_customer(db, f"c{n}", f"K-{n}")
    reader = db.changes_since(0, chunk_size=1)
    assert isinstance(reader, Generator)
    next(reader)
    db.close()
    reader.close()


def test_the_database_can_be_written_again_once_the_reader_is_closed(db: OfficeDatabase) -> None:
    add_customer(db, "c-1", "K-1")
    reader = db.changes_since(0)
    assert isinstance(reader, Generator)
    next(reader)
    reader.close()
    db.store_records([customer("c-2", "K-2")])
    assert db.count(Collection.CUSTOMERS) == 2


def test_a_pulled_invoice_is_stored_and_read_back_exactly_as_the_cloud_sent_it(
    db: OfficeDatabase,
) -> None:
    employee(db)
    add_customer(db, "c-1", "K-1")
    sent = device_invoice().records(employee_record_id="e-1")
    before = db.change_version()

    db.store_records(list(reversed(sent)))  # the lines first: the invoice still goes first

    back = {(c.collection, c.id): c.data for _, c in changes(db, before)}
    assert set(back) == {(c.collection, c.id) for c in sent}
    for change in sent:
        assert change.data is not None
        stored = back[(change.collection, change.id)]
        assert stored is not None
        assert canonical_json(stored) == canonical_json(change.data)
    assert db.count(Collection.INVOICES) == 1
    assert db.count(Collection.INVOICE_LINES) == 2


def test_storing_the_same_records_again_moves_no_version(db: OfficeDatabase) -> None:
    add_customer(db, "c-1", "K-1")
    records = device_invoice().records(employee_record_id=None)
    db.store_records(records)
    version = db.change_version()

    db.store_records(records)

    assert db.change_version() == version


def test_an_upsert_with_other_data_updates_the_record_with_a_new_version(
    db: OfficeDatabase,
) -> None:
    db.store_records([customer("c-1", "K-1")])
    version = db.change_version()
    db.store_records([customer("c-1", "K-1", city="Bonn")])
    [(row_version, change)] = changes(db, version)
    assert row_version > version
    assert change.data is not None
    assert change.data["city"] == "Bonn"


def test_a_deletion_removes_the_record_and_leaves_a_tombstone(db: OfficeDatabase) -> None:
    add_customer(db, "c-1", "K-1")
    db.store_records(device_invoice().records(employee_record_id=None))
    version = db.change_version()

    db.store_records([RecordChange(collection=Collection.INVOICES, id="inv-0d9b0c5e", data=None)])

    assert db.count(Collection.INVOICES) == db.count(Collection.INVOICE_LINES) == 0
    assert {(c.collection, c.id, c.deleted) for _, c in changes(db, version)} == {
        (Collection.INVOICES, "inv-0d9b0c5e", True),
        (Collection.INVOICE_LINES, "inv-0d9b0c5e-1", True),
        (Collection.INVOICE_LINES, "inv-0d9b0c5e-2", True),
    }


def test_deleting_a_record_that_is_not_there_does_nothing(db: OfficeDatabase) -> None:
    db.store_records([RecordChange(collection=Collection.CUSTOMERS, id="nobody", data=None)])
    assert db.change_version() == 0


def test_an_unknown_reference_is_refused_naming_the_record_and_nothing_is_written(
    db: OfficeDatabase,
) -> None:
    add_customer(db, "c-1", "K-1")
    version = db.change_version()
    records = [
        customer("c-2", "K-2"),
        *device_invoice(customer_id="c-404").records(employee_record_id=None),
    ]
    with pytest.raises(RecordRefusedError) as caught:
        db.store_records(records)
    refused = caught.value
    assert isinstance(refused, OfficeDataError)
    assert (refused.collection, refused.record_id, refused.code, refused.column) == (
        Collection.INVOICES,
        "inv-0d9b0c5e",
        "unknown_reference",
        "customer_id",
    )
    assert "invoices/inv-0d9b0c5e" in str(refused)
    assert "c-404" in str(refused)
    assert db.change_version() == version
    assert db.count(Collection.CUSTOMERS) == 1


def test_a_reference_to_a_record_deleted_in_the_same_call_is_refused(db: OfficeDatabase) -> None:
    add_customer(db, "c-1", "K-1")
    gone = RecordChange(collection=Collection.CUSTOMERS, id="c-1", data=None)
    with pytest.raises(RecordRefusedError) as caught:
        db.store_records([gone, *device_invoice().records(employee_record_id=None)])
    assert caught.value.code == "unknown_reference"
    assert db.count(Collection.CUSTOMERS) == 1


def test_a_reference_to_a_record_of_the_same_call_is_fine(db: OfficeDatabase) -> None:
    db.store_records([*device_invoice().records(employee_record_id=None), customer("c-1", "K-1")])
    assert db.count(Collection.INVOICES) == 1


@pytest.mark.parametrize(
    ("data", "column"),
    [
        ({"name": "X"}, ""),
        ({"number": "K-9", "name": "X", "street": None, "postal_code": None, "city": None,
          "phone": None, "email": None, "vip": True}, ""),
        ({"number": None, "name": "X", "street": None, "postal_code": None, "city": None,
          "phone": None, "email": None}, "number"),
        ({"number": 9, "name": "X", "street": None, "postal_code": None, "city": None,
          "phone": None, "email": None}, "number"),
    ],
    ids=["columns-missing", "column-unknown", "required-missing", "wrong-type"],
)  # fmt: skip
def test_data_that_does_not_fit_the_schema_is_refused(
    db: OfficeDatabase, data: dict[str, Any], column: str
) -> None:
    change = RecordChange(collection=Collection.CUSTOMERS, id="c-9", data=data)
    with pytest.raises(RecordRefusedError) as caught:
        db.store_records([change])
    assert (caught.value.code, caught.value.column) == ("bad_data", column)
    assert db.count(Collection.CUSTOMERS) == 0


def test_booleans_must_be_booleans_and_come_back_as_booleans(db: OfficeDatabase) -> None:
    data = {"number": "MA-7", "name": "Eva Jung", "email": None, "is_owner": 1}
    with pytest.raises(RecordRefusedError):
        db.store_records([RecordChange(collection=Collection.EMPLOYEES, id="e-7", data=data)])
    db.store_records(
        [RecordChange(collection=Collection.EMPLOYEES, id="e-7", data={**data, "is_owner": True})]
    )
    [(_, change)] = changes(db)
    assert change.data is not None
    assert change.data["is_owner"] is True


def test_a_number_that_another_record_has_is_refused(db: OfficeDatabase) -> None:
    add_customer(db, "c-1", "K-1")
    with pytest.raises(RecordRefusedError) as caught:
        db.store_records([customer("c-2", "K-1")])
    assert (caught.value.record_id, caught.value.code) == ("c-2", "taken")


def test_deleting_a_record_others_still_point_at_is_refused(db: OfficeDatabase) -> None:
    add_customer(db, "c-1", "K-1")
    db.store_records(device_invoice().records(employee_record_id=None))
    gone = RecordChange(collection=Collection.CUSTOMERS, id="c-1", data=None)
    with pytest.raises(RecordRefusedError) as caught:
        db.store_records([gone])
    assert (caught.value.record_id, caught.value.code) == ("c-1", "in_use")
    assert db.count(Collection.CUSTOMERS) == 1
    with db.transaction() as connection:  # the refused call left no transaction open
        connection.execute("UPDATE customers SET city = 'Bonn'")


def test_the_tombstones_have_a_version_index(db: OfficeDatabase) -> None:
    rows = db.connection.execute("PRAGMA index_list(tombstones)").fetchall()
    assert "tombstones_row_version" in {row[1] for row in rows}


def test_a_chunk_size_below_one_is_refused(db: OfficeDatabase) -> None:
    with pytest.raises(ValueError, match="chunk_size"):
        list(db.changes_since(0, chunk_size=0))


def test_changes_hold_the_unusual_ids_and_texts_as_they_are(db: OfficeDatabase) -> None:
    db.store_records([customer(" c 1 ", "K-1", name="  Müller & Söhne  ")])
    [(_, change)] = changes(db)
    assert change.id == " c 1 "
    assert change.data is not None
    assert change.data["name"] == "  Müller & Söhne  "


def test_a_record_whose_id_the_cloud_refuses_is_named_not_sent(db: OfficeDatabase) -> None:
    employee(db, "e-1")
    employee_with_bad_id = "e-\x01-2"
    with db.transaction():
        db.insert_rows(
            Collection.EMPLOYEES, [(employee_with_bad_id, "MA-002", "Eva Elektro", None, False)]
        )

    with pytest.raises(RecordRefusedError) as refused:
        changes(db)
    assert refused.value.collection is Collection.EMPLOYEES
    assert refused.value.record_id == employee_with_bad_id
    assert (refused.value.code, refused.value.column) == ("bad_data", "id")
