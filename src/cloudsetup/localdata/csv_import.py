"""Import a folder of CSV exports into the office database.

One file per collection, named after it (``customers.csv``, ``invoice_lines.csv``; the German
``kunden.csv`` … work too), with a header row; ``;``, ``,`` or tab as separator; UTF-8 (with or
without BOM), else Windows-1252. Files are read parents first, so a contact may refer to a
customer of the same import. A bad row is reported with file, line and field and left out; the
good rows are imported, one transaction per file.

Importing the same export again updates instead of duplicating: a row's id is its ``id``
column, else the id of the record with the same number (or invoice and position, or customer
and name) already in the database, else a UUID derived from that key. An unchanged row is not
written at all, so its ``row_version`` and the database's fingerprint stay as they are.
"""

from __future__ import annotations

import csv
import dataclasses
import io
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from cloudsetup.localdata.csv_messages import Language, describe
from cloudsetup.localdata.csv_rows import RowReader
from cloudsetup.localdata.csv_values import BadValueError, fold
from cloudsetup.localdata.database import OfficeDatabase
from cloudsetup.models.fill import Collection

MAX_FILE_BYTES: Final = 1024 * 1024 * 1024
_FILE_NAMES: Final = {
    Collection.EMPLOYEES: ("employees", "mitarbeiter"),
    Collection.CUSTOMERS: ("customers", "kunden"),
    Collection.CONTACTS: ("contacts", "ansprechpartner", "kontakte"),
    Collection.ARTICLES: ("articles", "artikel"),
    Collection.PROJECTS: ("projects", "projekte"),
    Collection.INVOICES: ("invoices", "rechnungen"),
    Collection.INVOICE_LINES: ("invoice_lines", "invoicelines", "rechnungspositionen"),
}


@dataclass(frozen=True)
class CsvFolderProblem:
    """One thing wrong in the folder: where (file, line, field), a stable code, and why.

    ``line`` is the line in the file (1 is the header; 0 for the file as a whole); ``field``
    is the column as the file names it (or the database column when the file lacks it).
    """

    file: str
    line: int
    field: str | None
    code: str
    params: Mapping[str, str] = dataclasses.field(default_factory=dict)

    def message(self, language: Language = "de") -> str:
        return describe(
            self.code,
            self.params,
            file=self.file,
            line=self.line,
            field=self.field,
            language=language,
        )

    def __str__(self) -> str:
        return self.message()


@dataclass(frozen=True)
class CsvFolderResult:
    """What an import did per collection, and every problem it found."""

    inserted: Mapping[Collection, int]
    updated: Mapping[Collection, int]
    unchanged: Mapping[Collection, int]
    problems: tuple[CsvFolderProblem, ...]
    files: tuple[str, ...]
    ignored_files: tuple[str, ...]

    @property
    def imported(self) -> dict[Collection, int]:
        """Good rows per collection: new, updated or already as in the file."""
        return {
            c: self.inserted.get(c, 0) + self.updated.get(c, 0) + self.unchanged.get(c, 0)
            for c in Collection
        }

    @property
    def ok(self) -> bool:
        return not self.problems


class CsvFolderError(Exception):
    """The folder itself cannot be read (missing, not a folder)."""


def import_csv_folder(db: OfficeDatabase, folder: Path) -> CsvFolderResult:
    """Import every collection's CSV file found in ``folder`` into ``db``."""
    if not folder.is_dir():
        raise CsvFolderError(f"{folder} is not a folder")
    files = {path.stem.lower(): path for path in folder.iterdir() if _is_csv(path)}
    found: dict[Collection, Path] = {}
    for collection, names in _FILE_NAMES.items():
        for name in names:
            if name in files:
                found[collection] = files.pop(name)
                break
    counts: dict[str, dict[Collection, int]] = {k: {} for k in ("inserted", "updated", "same")}
    problems: list[CsvFolderProblem] = []
    for collection, path in found.items():
        for outcome in _import_file(db, collection, path, problems):
            counts[outcome][collection] = counts[outcome].get(collection, 0) + 1
    return CsvFolderResult(
        inserted={c: counts["inserted"].get(c, 0) for c in Collection},
        updated={c: counts["updated"].get(c, 0) for c in Collection},
        unchanged={c: counts["same"].get(c, 0) for c in Collection},
        problems=tuple(problems),
        files=tuple(path.name for path in found.values()),
        ignored_files=tuple(sorted(path.name for path in files.values())),
    )


def _is_csv(path: Path) -> bool:
    return path.is_file() and path.suffix.lower() in {".csv", ".txt"}


def _decode(raw: bytes) -> str:
    if raw.startswith(b"\xef\xbb\xbf"):
        return raw[3:].decode("utf-8")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        # Excel's "CSV (Trennzeichen-getrennt)" on a German Windows; Latin-1 never fails.
        try:
            return raw.decode("cp1252")
        except UnicodeDecodeError:
            return raw.decode("latin-1")


def _rows(text: str) -> Iterator[tuple[int, list[str]]]:
    """``(line, cells)`` of each non-empty row; ``line`` is where the row starts."""
    first_line = text.split("\n", 1)[0]
    delimiter = max((";", ",", "\t"), key=first_line.count)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    line = 1
    for cells in reader:
        if any(cell.strip() for cell in cells):
            yield line, cells
        line = reader.line_num + 1


def _import_file(
    db: OfficeDatabase, collection: Collection, path: Path, problems: list[CsvFolderProblem]
) -> Iterator[str]:
    def report(line: int, column: str | None, problem: BadValueError) -> None:
        problems.append(
            CsvFolderProblem(path.name, line, column, problem.code, dict(problem.params))
        )

    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise BadValueError("unreadable", (("reason", "larger than 1 GB"),))
        rows = _rows(_decode(path.read_bytes()))
        header = next(rows, None)
        if header is None:
            raise BadValueError("unreadable", (("reason", "no header row"),))
    except OSError as exc:
        report(0, None, BadValueError("unreadable", (("reason", exc.strerror or str(exc)),)))
        return
    except (BadValueError, csv.Error) as exc:
        problem = (
            exc
            if isinstance(exc, BadValueError)
            else BadValueError("unreadable", (("reason", str(exc)),))
        )
        report(0, None, problem)
        return
    reader = RowReader(db, collection, [fold(name) for name in header[1]], header[1])
    for column in reader.missing_columns():
        report(1, column, BadValueError("missing_column"))
    if reader.missing_columns():
        return
    with db.transaction():
        try:
            for line, cells in rows:
                outcome = reader.import_row(line, cells)
                if isinstance(outcome, str):
                    yield outcome
                else:
                    bad_column, problem = outcome
                    report(line, bad_column, problem)
        except csv.Error as exc:
            report(reader.last_line + 1, None, BadValueError("unreadable", (("reason", str(exc)),)))
