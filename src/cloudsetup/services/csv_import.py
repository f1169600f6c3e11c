"""Read an employee list from a CSV file as German office software and Excel export it.

Such files differ in everything a CSV file can differ in: the separator (``;`` from a German
Excel, ``,`` elsewhere, a tab from "Unicode text"), the encoding (UTF-8 with or without a BOM,
UTF-16, or the Windows code page 1252), and the column names (German or English, "Name" or
"Vorname" + "Nachname"). :func:`read_csv` accepts all of them and checks every row with the
rules of the employee dialog: good rows become :class:`EmployeeIn`, every bad value becomes a
:class:`CsvProblem` with its line number, so the admin can fix the file and import it again.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Final

from cloudsetup.models import EmployeeIn, IdentifierError, Language, check_email, email_key
from cloudsetup.models.employees import check_employee_number, check_mobile, check_person_name
from cloudsetup.services.entry_checks import parse_language
from cloudsetup.services.field_errors import entry_message
from cloudsetup.services.text import QT_TRANSLATE_NOOP, Text
from cloudsetup.services.user_error import UserError

#: An employee list is small; a bigger file is most likely the wrong file.
MAX_FILE_BYTES: Final = 2_000_000
DELIMITERS: Final = (";", ",", "\t")

# Column names after folding (lower case, letters and digits only), by the field they fill.
_COLUMNS: Final[dict[str, frozenset[str]]] = {
    "name": frozenset(
        {"name", "vollername", "vollständigername", "fullname", "mitarbeiter", "displayname"}
    ),
    "first_name": frozenset({"vorname", "firstname", "givenname", "forename"}),
    "last_name": frozenset({"nachname", "familienname", "zuname", "lastname", "surname"}),
    "email": frozenset({"email", "emailadresse", "emailaddress", "mail", "mailadresse", "epost"}),
    "is_owner": frozenset(
        {"chef", "chefin", "inhaber", "inhaberin", "chefinhaber", "owner", "boss", "isowner"}
    ),
    "employee_number": frozenset(
        {"personalnummer", "personalnr", "persnr", "mitarbeiternummer", "mitarbeiternr"}
        | {"employeenumber", "employeeno", "staffnumber"}
    ),
    "mobile": frozenset(
        {"mobil", "mobilnummer", "mobiltelefon", "mobilfunknummer", "handy", "handynummer"}
        | {"mobile", "mobilephone", "mobilenumber", "cellphone"}
    ),
    "language": frozenset({"sprache", "language", "lang"}),
}
_YES: Final = frozenset(
    {
        "ja",
        "j",
        "x",
        "yes",
        "y",
        "true",
        "wahr",
        "1",
        "✓",
        "✔",
        "chef",
        "chefin",
        "inhaber",
        "owner",
    }
)
_NO: Final = frozenset({"", "nein", "n", "no", "false", "falsch", "0", "-"})
_EXCEL_SEPARATOR_LINE: Final = re.compile(r"sep=(.)")


@dataclass(frozen=True)
class CsvProblem:
    """A value of the file that cannot be imported: where (line, column's field) and why."""

    line: int
    field: str | None
    message: Text
    code: str = ""


@dataclass(frozen=True)
class CsvImport:
    """What a file holds: the employees it describes and what is wrong with the rest."""

    entries: list[EmployeeIn] = field(default_factory=list)
    problems: list[CsvProblem] = field(default_factory=list)


def _problem(line: int, field: str | None, code: str, message: Text) -> CsvProblem:
    return CsvProblem(line, field, message, code)


def _read_error(path: Path, code: str, message: Text, technical: str) -> UserError:
    return UserError(
        message.format(file=path.name),
        hint=QT_TRANSLATE_NOOP(
            "CsvImport",
            "Export the employee list from your office software as a CSV file and choose it.",
        ),
        code=code,
        technical=technical,
    )


def decode(data: bytes) -> str:
    """The text of the file: by its BOM, else UTF-8, else Windows-1252 (else Latin-1)."""
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16")
    for encoding in ("utf-8", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1")  # cp1252 leaves five bytes undefined; latin-1 has them all


def _fold_header(text: str) -> str:
    folded = unicodedata.normalize("NFKC", text).casefold()
    return "".join(ch for ch in folded if ch.isalnum())


def column_field(header: str) -> str | None:
    """The field a column heading stands for (German or English), ``None`` if none."""
    key = _fold_header(header)
    return next((name for name, keys in _COLUMNS.items() if key in keys), None)


def _split(line: str, delimiter: str) -> list[str]:
    return next(csv.reader([line], delimiter=delimiter), [])


def detect_delimiter(header_line: str) -> str:
    """The separator under which the most column headings are recognised (ties: ``;``)."""

    def score(delimiter: str) -> tuple[int, int]:
        cells = _split(header_line, delimiter)
        return sum(column_field(cell) is not None for cell in cells), len(cells)

    return max(DELIMITERS, key=score)  # max() keeps the first of equal scores


def _columns(header: Sequence[str]) -> dict[str, int]:
    """Field → column index; the first column of a field wins."""
    found: dict[str, int] = {}
    for index, cell in enumerate(header):
        name = column_field(cell)
        if name is not None:
            found.setdefault(name, index)
    return found


class _Records:
    """The records of the file with the line each starts on (quoted line breaks included)."""

    def __init__(self, text: str, delimiter: str) -> None:
        self._reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
        self.line = 1  # where the record being read starts, also when reading it fails

    def __iter__(self) -> Iterator[tuple[int, list[str]]]:
        return self

    def __next__(self) -> tuple[int, list[str]]:
        self.line = self._reader.line_num + 1
        return self.line, next(self._reader)


class _RowReader:
    """Turns the rows after the header into entries and problems."""

    def __init__(self, columns: dict[str, int]) -> None:
        self.columns = columns
        self.result = CsvImport()
        self.first_line_of: dict[str, int] = {}

    def cell(self, row: Sequence[str], name: str) -> str:
        index = self.columns.get(name)
        return row[index].strip() if index is not None and index < len(row) else ""

    def name_of(self, row: Sequence[str]) -> str:
        whole = self.cell(row, "name")
        if whole:
            return whole
        return f"{self.cell(row, 'first_name')} {self.cell(row, 'last_name')}".strip()

    def add(self, line: int, row: Sequence[str]) -> None:
        problems: list[CsvProblem] = []

        def checked(name: str, check: Callable[[str], object], value: str) -> None:
            try:
                check(value)
            except IdentifierError as exc:
                message = entry_message(exc.reason, field=name)
                problems.append(_problem(line, name, exc.reason, message))

        name = self.name_of(row)
        email = self.cell(row, "email")
        checked("name", check_person_name, name)
        checked("email", check_email, email)
        checked("employee_number", check_employee_number, self.cell(row, "employee_number"))
        checked("mobile", check_mobile, self.cell(row, "mobile"))
        owner_text = self.cell(row, "is_owner").casefold()
        if owner_text not in _YES | _NO:
            message = entry_message("owner_invalid")
            problems.append(_problem(line, "is_owner", "owner_invalid", message))
        language = Language.DE
        try:
            language = parse_language(self.cell(row, "language"))
        except UserError as exc:
            problems.append(_problem(line, "language", exc.code, exc.message))
        if not any(p.field == "email" for p in problems):
            key = email_key(check_email(email))
            first = self.first_line_of.setdefault(key, line)
            if first != line:
                message = QT_TRANSLATE_NOOP(
                    "CsvImport", "The e-mail address {email} already appears in line {line}."
                ).format(email=email, line=first)
                problems.append(_problem(line, "email", "email_duplicate", message))
        if problems:
            self.result.problems.extend(problems)
            return
        self.result.entries.append(
            EmployeeIn(
                name=name,
                email=email,
                is_owner=owner_text in _YES,
                employee_number=self.cell(row, "employee_number"),
                mobile=self.cell(row, "mobile"),
                language=language,
            )
        )


def parse_csv(text: str) -> CsvImport:
    """Read an employee list from the text of a CSV file (see the module docstring)."""
    lines = text.splitlines()
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    if first is None:
        message = QT_TRANSLATE_NOOP("CsvImport", "The file is empty.")
        return CsvImport(problems=[_problem(1, None, "csv_empty", message)])
    excel_hint = _EXCEL_SEPARATOR_LINE.fullmatch(lines[first].strip())
    if excel_hint is not None:  # Excel's "sep=;" line names the separator itself
        delimiter = excel_hint.group(1)
        lines[first] = ""
        text = "\n".join(lines)
    else:
        delimiter = detect_delimiter(lines[first])
    rows = _Records(text, delimiter)
    header_line, header = next(((n, r) for n, r in rows if any(c.strip() for c in r)), (1, []))
    columns = _columns(header)
    missing: list[CsvProblem] = []
    if "name" not in columns and not {"first_name", "last_name"} & columns.keys():
        message = QT_TRANSLATE_NOOP(
            "CsvImport",
            'The file has no column for the name ("Name", or "Vorname" and "Nachname").',
        )
        missing.append(_problem(header_line, "name", "csv_no_name_column", message))
    if "email" not in columns:
        message = QT_TRANSLATE_NOOP(
            "CsvImport", 'The file has no column for the e-mail address ("E-Mail").'
        )
        missing.append(_problem(header_line, "email", "csv_no_email_column", message))
    if missing:
        return CsvImport(problems=missing)
    reader = _RowReader(columns)
    try:
        for line, row in rows:
            if any(cell.strip() for cell in row):
                reader.add(line, row)
    except csv.Error as exc:
        message = QT_TRANSLATE_NOOP(
            "CsvImport", "The file cannot be read from here on ({reason})."
        ).format(reason=str(exc))
        reader.result.problems.append(_problem(rows.line, None, "csv_broken", message))
    return reader.result


def read_csv(path: Path) -> CsvImport:
    """Read and check the employee list in ``path``; raises :class:`UserError` if unreadable."""
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise _read_error(
                path,
                "csv_too_large",
                QT_TRANSLATE_NOOP(
                    "CsvImport",
                    "The file {file} is too large for an employee list (more than 2 MB).",
                ),
                f"{size} bytes",
            )
        data = path.read_bytes()
    except OSError as exc:
        raise _read_error(
            path,
            "csv_unreadable",
            QT_TRANSLATE_NOOP("CsvImport", "The file {file} could not be read."),
            f"{type(exc).__name__}: {exc.strerror or exc}",
        ) from exc
    return parse_csv(decode(data))
