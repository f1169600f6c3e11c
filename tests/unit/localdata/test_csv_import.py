"""CSV import of a folder of exports: good rows in, bad rows named by file, line and field."""

from __future__ import annotations

from pathlib import Path

import pytest

from cloudsetup.localdata import CsvFolderError, OfficeDatabase, import_csv_folder
from cloudsetup.models.fill import Collection

CUSTOMERS = """Kundennummer;Name;Straße;PLZ;Ort;Telefon;E-Mail
K-1;Bäckerei Krüger;Hauptstraße 5;50667;Köln;0221 123456;info@krueger.example
K-2;Anna Weiß;Lindenweg 2;80331;München;089 765432;anna@web.example
"""
ARTICLES = """number,name,unit,purchase_price,sales_price,vat_rate
A-1,"Dispersionsfarbe weiß 12,5 l",Eimer,42.90,64.90,19
A-2,Rollrasen,m²,3.90,6.50,7 %
"""


def _write(folder: Path, name: str, text: str, encoding: str = "utf-8") -> None:
    folder.mkdir(exist_ok=True)
    (folder / name).write_bytes(text.encode(encoding))


def _names(db: OfficeDatabase, collection: Collection) -> list[str]:
    return sorted(str(data["name"]) for _, data in db.iter_records(collection))


def test_german_excel_exports_are_imported(db: OfficeDatabase, tmp_path: Path) -> None:
    folder = tmp_path / "export"
    _write(folder, "kunden.csv", CUSTOMERS, "cp1252")
    _write(
        folder,
        "articles.csv",
        ARTICLES,
        "utf-8-sig",
    )
    _write(folder, "notes.csv", "anything\n")

    result = import_csv_folder(db, folder)

    assert result.ok, [str(p) for p in result.problems]
    assert result.inserted[Collection.CUSTOMERS] == 2
    assert result.ignored_files == ("notes.csv",)
    assert _names(db, Collection.CUSTOMERS) == ["Anna Weiß", "Bäckerei Krüger"]
    articles = {data["number"]: data for _, data in db.iter_records(Collection.ARTICLES)}
    assert articles["A-1"]["name"] == "Dispersionsfarbe weiß 12,5 l"
    assert (articles["A-1"]["purchase_price_cents"], articles["A-1"]["sales_price_cents"]) == (
        4290,
        6490,
    )
    assert (articles["A-2"]["unit"], articles["A-2"]["vat_rate"]) == ("m²", 7)


def test_bad_rows_are_reported_with_file_line_and_field_and_good_rows_imported(
    db: OfficeDatabase, tmp_path: Path
) -> None:
    folder = tmp_path / "export"
    _write(folder, "customers.csv", CUSTOMERS)
    _write(
        folder,
        "articles.csv",
        "Artikelnummer;Bezeichnung;Einheit;Einkaufspreis;Verkaufspreis;MwSt-Satz\n"
        "A-1;Tiefgrund;Kanister;12,90;19,90;19\n"
        "A-2;Spachtel;Stück;zwölf;3,50;19\n"
        "A-3;;Stück;1,00;2,00;19\n"
        "A-4;Pinsel;Stück;1,00;2,00;16\n",
    )
    _write(
        folder,
        "contacts.csv",
        "customer_id;name;role\nK-1;Eva Jung;Einkauf\n\nK-9;Max Roth;Hausmeister\n",
    )

    result = import_csv_folder(db, folder)

    found = {(p.file, p.line, p.field, p.code) for p in result.problems}
    assert found == {
        ("articles.csv", 3, "Einkaufspreis", "not_a_number"),
        ("articles.csv", 4, "Bezeichnung", "required"),
        ("articles.csv", 5, "MwSt-Satz", "invalid_choice"),
        ("contacts.csv", 4, "customer_id", "unknown_reference"),
    }
    assert result.imported[Collection.ARTICLES] == 1
    assert result.imported[Collection.CONTACTS] == 1
    assert _names(db, Collection.CONTACTS) == ["Eva Jung"]
    messages = {p.line: p.message() for p in result.problems if p.file == "articles.csv"}
    assert messages[3] == "articles.csv, Zeile 3, Feld „Einkaufspreis“: „zwölf“ ist keine Zahl."
    unknown = next(p for p in result.problems if p.code == "unknown_reference")
    assert unknown.message("en") == (
        'contacts.csv, line 4, field "customer_id": "K-9" does not exist in customers.'
    )


def test_importing_the_same_folder_again_updates_instead_of_duplicating(
    db: OfficeDatabase, tmp_path: Path
) -> None:
    folder = tmp_path / "export"
    _write(folder, "customers.csv", CUSTOMERS)
    _write(folder, "articles.csv", ARTICLES)
    first = import_csv_folder(db, folder)
    ids = [record_id for record_id, _ in db.iter_records(Collection.CUSTOMERS)]
    fingerprint = db.fingerprint()

    again = import_csv_folder(db, folder)

    assert first.inserted[Collection.CUSTOMERS] == 2
    assert again.inserted[Collection.CUSTOMERS] == again.updated[Collection.CUSTOMERS] == 0
    assert again.unchanged[Collection.CUSTOMERS] == 2
    assert [record_id for record_id, _ in db.iter_records(Collection.CUSTOMERS)] == ids
    assert db.fingerprint() == fingerprint  # nothing was written

    _write(folder, "customers.csv", CUSTOMERS.replace("0221 123456", "0221 999999"))
    changed = import_csv_folder(db, folder)
    assert (changed.updated[Collection.CUSTOMERS], changed.unchanged[Collection.CUSTOMERS]) == (
        1,
        1,
    )
    assert db.count(Collection.CUSTOMERS) == 2
    assert db.fingerprint() != fingerprint


def test_invoices_and_lines_refer_by_number_and_their_amounts_are_checked(
    db: OfficeDatabase, tmp_path: Path
) -> None:
    folder = tmp_path / "export"
    _write(folder, "customers.csv", CUSTOMERS)
    _write(folder, "articles.csv", ARTICLES)
    _write(
        folder,
        "invoices.csv",
        "Rechnungsnummer;Datum;Kunde;Netto;MwSt;Brutto\n"
        "RE-1;31.03.2025;K-1;100,00;19,00;119,00\n"
        "RE-2;2025-04-01;K-2;100,00;19,00;120,00\n"
        "RE-3;31.02.2025;K-2;1,00;0,19;1,19\n",
    )
    _write(
        folder,
        "invoice_lines.csv",
        "Rechnung;Pos;Artikel;Text;Einheit;Menge;Einzelpreis;MwSt-Satz;Gesamtpreis\n"
        "RE-1;1;A-1;Farbe;Eimer;1,5;64,90;19;97,35\n"
        "RE-1;2;;Anfahrt;pauschal;1;2,65;19;\n"
        "RE-1;3;;Arbeit;Std;2;10,00;19;25,00\n"
        "RE-1;1;A-1;Farbe;Eimer;1;1,00;19;1,00\n",
    )

    result = import_csv_folder(db, folder)

    found = {(p.file, p.line, p.field, p.code) for p in result.problems}
    assert found == {
        ("invoices.csv", 3, "Brutto", "mismatch"),
        ("invoices.csv", 4, "Datum", "not_a_date"),
        ("invoice_lines.csv", 4, "Gesamtpreis", "mismatch"),
        ("invoice_lines.csv", 5, "Pos", "duplicate"),
    }
    [(invoice_id, invoice)] = db.iter_records(Collection.INVOICES)
    assert invoice["date"] == "2025-03-31"
    lines = sorted(data["position"] for _, data in db.iter_records(Collection.INVOICE_LINES))
    assert lines == [1, 2]
    computed = db.connection.execute(
        "SELECT line_total_cents, quantity_centi FROM invoice_lines WHERE position = 2"
    ).fetchone()
    assert computed == (265, 100)
    assert invoice_id


def test_a_file_without_a_required_column_is_not_imported(
    db: OfficeDatabase, tmp_path: Path
) -> None:
    folder = tmp_path / "export"
    _write(folder, "customers.csv", "Name;Ort\nBäckerei Krüger;Köln\n")

    result = import_csv_folder(db, folder)

    assert [(p.file, p.line, p.field, p.code) for p in result.problems] == [
        ("customers.csv", 1, "number", "missing_column")
    ]
    assert db.count(Collection.CUSTOMERS) == 0


def test_a_number_used_by_another_record_is_reported(db: OfficeDatabase, tmp_path: Path) -> None:
    folder = tmp_path / "export"
    _write(folder, "customers.csv", "id;number;name\nc-1;K-1;Eva Jung\nc-2;K-1;Max Roth\n")

    result = import_csv_folder(db, folder)

    assert [(p.line, p.field, p.code) for p in result.problems] == [(3, "number", "taken")]
    assert _names(db, Collection.CUSTOMERS) == ["Eva Jung"]


def test_a_missing_folder_is_an_error(db: OfficeDatabase, tmp_path: Path) -> None:
    with pytest.raises(CsvFolderError):
        import_csv_folder(db, tmp_path / "nowhere")
