"""Reading employee lists from CSV files as office software and Excel write them."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from cloudsetup.models import EmployeeIn, Language
from cloudsetup.services.csv_import import MAX_FILE_BYTES, read_csv
from cloudsetup.services.errors import UserError

GERMAN_HEADER = "Vorname;Nachname;E-Mail;Chef;Personalnummer;Handy;Sprache"
JUERGEN = "Jürgen;Weiß;juergen.weiss@example.de;ja;007;0170 1234567;Deutsch"
JUERGEN_ENTRY = EmployeeIn(
    name="Jürgen Weiß",
    email="juergen.weiss@example.de",
    is_owner=True,
    employee_number="007",
    mobile="0170 1234567",
    language=Language.DE,
)


def write(tmp_path: Path, text: str, encoding: str = "utf-8", *, bom: bytes = b"") -> Path:
    path = tmp_path / "mitarbeiter.csv"
    path.write_bytes(bom + text.encode(encoding))
    return path


@pytest.mark.parametrize(
    ("text", "encoding", "bom"),
    [
        (f"{GERMAN_HEADER}\r\n{JUERGEN}\r\n", "utf-8", b""),
        (f"{GERMAN_HEADER}\r\n{JUERGEN}\r\n", "utf-8", codecs.BOM_UTF8),
        (f"{GERMAN_HEADER}\r\n{JUERGEN}\r\n", "cp1252", b""),
        (f"{GERMAN_HEADER}\n{JUERGEN}\n", "latin-1", b""),
        (f"{GERMAN_HEADER}\n{JUERGEN}\n".replace(";", "\t"), "utf-16", b""),
        (f"{GERMAN_HEADER}\n{JUERGEN}".replace(";", ","), "utf-8", b""),
        (f"sep=;\r\n{GERMAN_HEADER}\r\n{JUERGEN}\r\n", "cp1252", b""),
        (f"\n\n{GERMAN_HEADER}\n\n{JUERGEN}\n\n", "utf-8", b""),
    ],
    ids=["utf8", "utf8-bom", "cp1252", "latin1", "utf16-tab", "comma", "excel-sep", "blank-lines"],
)
def test_file_is_read_in_every_encoding_and_separator_office_software_uses(
    tmp_path: Path, text: str, encoding: str, bom: bytes
) -> None:
    result = read_csv(write(tmp_path, text, encoding, bom=bom))
    assert result.problems == []
    assert result.entries == [JUERGEN_ENTRY]


@pytest.mark.parametrize(
    ("header", "row"),
    [
        ("Name;E-Mail", "Anna Alt;anna@example.de"),
        ("name,email", "Anna Alt,anna@example.de"),
        (
            "Full name;Email address;Owner;Employee number;Mobile;Language",
            "Anna Alt;anna@example.de;no;;;en",
        ),
        ("E-Mail-Adresse;Nachname;Vorname;Inhaber", "anna@example.de;Alt;Anna;nein"),
        ('"Name";"E-Mail";"Mobil"', '"Alt, Anna";"anna@example.de";"+49 (170) 123-4567"'),
        ("Mitarbeiter;Mail;Unbekannte Spalte", "Anna Alt;anna@example.de;egal"),
    ],
)
def test_column_names_in_german_or_english_and_any_order_are_understood(
    tmp_path: Path, header: str, row: str
) -> None:
    result = read_csv(write(tmp_path, f"{header}\n{row}\n"))
    assert result.problems == []
    [entry] = result.entries
    assert entry.email == "anna@example.de"
    assert "Anna" in entry.name


def test_quoted_cell_may_hold_the_separator_and_a_line_break(tmp_path: Path) -> None:
    text = 'Name;E-Mail\n"Alt; Anna\nvon";anna@example.de\nBernd Bau;bad-address\n'
    result = read_csv(write(tmp_path, text))
    assert [e.name for e in result.entries] == ["Alt; Anna von"]
    assert [(p.line, p.field) for p in result.problems] == [(4, "email")]


@pytest.mark.parametrize(
    ("row", "field", "code"),
    [
        (";anna@example.de;;;;", "name", "name_empty"),
        ("Anna Alt;;;;;", "email", "email_empty"),
        ("Anna Alt;anna@;;;;", "email", "email_invalid"),
        ("Anna Alt;anna@example.de;vielleicht;;;", "is_owner", "owner_invalid"),
        ("Anna Alt;anna@example.de;;123456789012345678901;;", "employee_number", "number_length"),
        ("Anna Alt;anna@example.de;;;ruf an;", "mobile", "mobile_invalid"),
        ("Anna Alt;anna@example.de;;;;Klingonisch", "language", "language_invalid"),
    ],
)
def test_bad_value_is_a_problem_with_its_line_and_field(
    tmp_path: Path, row: str, field: str, code: str
) -> None:
    text = f"Name;E-Mail;Chef;Personalnummer;Mobil;Sprache\nBernd Bau;bernd@example.de\n{row}\n"
    result = read_csv(write(tmp_path, text))
    assert [e.name for e in result.entries] == ["Bernd Bau"]
    assert [(p.line, p.field, p.code) for p in result.problems] == [(3, field, code)]
    assert result.problems[0].message.english()


def test_every_bad_value_of_a_row_is_reported(tmp_path: Path) -> None:
    result = read_csv(write(tmp_path, "Name;E-Mail;Handy\n;kaputt;abc\n"))
    assert result.entries == []
    where = [(p.line, p.field) for p in result.problems]
    assert where == [(2, "name"), (2, "email"), (2, "mobile")]


def test_address_repeated_in_the_file_is_reported_with_the_first_line(tmp_path: Path) -> None:
    text = (
        "Name;E-Mail\nAnna Alt;anna@example.de\nBernd Bau;b@example.de\nAnna A.;ANNA@example.de\n"
    )
    result = read_csv(write(tmp_path, text))
    assert [e.name for e in result.entries] == ["Anna Alt", "Bernd Bau"]
    [problem] = result.problems
    assert (problem.line, problem.field, problem.code) == (4, "email", "email_duplicate")
    assert "line 2" in problem.message.english()


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("", ["csv_empty"]),
        ("\r\n  \r\n", ["csv_empty"]),
        ("Vorname;Telefon\nAnna;123\n", ["csv_no_email_column"]),
        ("Telefon;Ort\n123;Köln\n", ["csv_no_name_column", "csv_no_email_column"]),
    ],
)
def test_file_without_the_needed_columns_says_which_are_missing(
    tmp_path: Path, text: str, codes: list[str]
) -> None:
    result = read_csv(write(tmp_path, text))
    assert result.entries == []
    assert [p.code for p in result.problems] == codes


@pytest.mark.parametrize(
    ("value", "is_owner"),
    [
        ("ja", True),
        ("X", True),
        ("yes", True),
        ("1", True),
        ("Inhaber", True),
        ("", False),
        ("Nein", False),
    ],
)
def test_boss_column_reads_the_usual_yes_and_no(tmp_path: Path, value: str, is_owner: bool) -> None:
    result = read_csv(write(tmp_path, f"Name;E-Mail;Chef/Inhaber\nAnna;a@example.de;{value}\n"))
    assert [e.is_owner for e in result.entries] == [is_owner]


def test_missing_file_is_a_user_error_naming_it(tmp_path: Path) -> None:
    with pytest.raises(UserError) as caught:
        read_csv(tmp_path / "fehlt.csv")
    assert caught.value.code == "csv_unreadable"
    assert "fehlt.csv" in caught.value.message.english()


def test_file_too_large_for_an_employee_list_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "gross.csv"
    path.write_bytes(b"Name;E-Mail\n" + b"x" * MAX_FILE_BYTES)
    with pytest.raises(UserError) as caught:
        read_csv(path)
    assert caught.value.code == "csv_too_large"
