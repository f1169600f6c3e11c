"""CSV import: good rows in, bad rows named by file, line and field, a second import updates."""

from __future__ import annotations

from pathlib import Path

import pytest

from cloudsetup.localdata import OfficeDatabase, import_csv_folder
from cloudsetup.localdata.csv_import import stable_id
from cloudsetup.models.fill import Collection


@pytest.fixture
def db(tmp_path: Path) -> OfficeDatabase:
    database = OfficeDatabase(tmp_path / "office.sqlite3")
    yield database  # type: ignore[misc]
    database.close()


def _write(folder: Path, name: str, text: str, encoding: str = "utf-8") -> None:
    folder.mkdir(exist_ok=True)
    (folder / name).write_bytes(text.encode(encoding))


def test_good_rows_are_imported_and_bad_ones_named_by_file_line_and_field(
    db: OfficeDatabase, tmp_path: Path
) -> None:
    folder = tmp_path / "export"
    _write(
        folder,
        "customers.csv",
        "number;name;city\nK1;Bäckerei Krüger;Köln\nK2;;Bonn\nK3;Autohaus Wolf;Essen\n",
    )
    _write(
        folder,
        "articles.csv",
        "number;name;unit;sales_price_cents;vat_rate\nA1;Farbe;Eimer;4990;19\nA2;Rolle;Stück;zwölf;19\n",
    )

    result = import_csv_folder(db, folder)

    assert result.imported == {Collection.CUSTOMERS: 2, Collection.ARTICLES: 1}
    assert [(p.file, p.line, p.field, p.code) for p in result.problems] == [
        ("customers.csv", 3, "name", "missing"),
        ("articles.csv", 3, "sales_price_cents", "not_a_number"),
    ]
    assert "articles.csv, line 3, sales_price_cents" in str(result.problems[1])


def test_importing_the_same_export_twice_updates_instead_of_duplicating(
    db: OfficeDatabase, tmp_path: Path
) -> None:
    folder = tmp_path / "export"
    _write(folder, "customers.csv", "number,name,city\nK1,Malerbetrieb,Köln\n")
    import_csv_folder(db, folder)
    _write(folder, "customers.csv", "number,name,city\nK1,Malerbetrieb Muster,Köln\n")

    import_csv_folder(db, folder)

    records = list(db.iter_records(Collection.CUSTOMERS))
    assert len(records) == 1
    assert records[0] == (stable_id(Collection.CUSTOMERS, "K1"), records[0][1])
    assert records[0][1]["name"] == "Malerbetrieb Muster"


def test_a_reference_to_an_unknown_record_is_refused(db: OfficeDatabase, tmp_path: Path) -> None:
    folder = tmp_path / "export"
    known = stable_id(Collection.CUSTOMERS, "K1")
    _write(folder, "customers.csv", "number;name\nK1;Wolf\n")
    _write(folder, "contacts.csv", f"id;customer_id;name\nc1;{known};Anna\nc2;nobody;Ben\n")

    result = import_csv_folder(db, folder)

    assert result.imported[Collection.CONTACTS] == 1
    (problem,) = result.problems
    assert (problem.file, problem.line, problem.field, problem.code) == (
        "contacts.csv",
        3,
        "customer_id",
        "unknown_reference",
    )


def test_windows_1252_exports_are_read(db: OfficeDatabase, tmp_path: Path) -> None:
    folder = tmp_path / "export"
    _write(folder, "customers.csv", "number;name;city\nK1;Müller & Söhne;Würzburg\n", "cp1252")

    import_csv_folder(db, folder)

    ((_, data),) = list(db.iter_records(Collection.CUSTOMERS))
    assert (data["name"], data["city"]) == ("Müller & Söhne", "Würzburg")


def test_a_file_without_a_required_column_is_reported_once(
    db: OfficeDatabase, tmp_path: Path
) -> None:
    folder = tmp_path / "export"
    _write(folder, "customers.csv", "number;city\nK1;Köln\n")

    result = import_csv_folder(db, folder)

    assert [(p.line, p.field, p.code) for p in result.problems] == [(1, "name", "missing_column")]
    assert db.count(Collection.CUSTOMERS) == 0


def test_an_empty_folder_says_what_it_expected(db: OfficeDatabase, tmp_path: Path) -> None:
    result = import_csv_folder(db, tmp_path)

    assert [p.code for p in result.problems] == ["no_files"]
