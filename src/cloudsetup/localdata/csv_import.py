"""Import a folder of CSV exports into the office database.

One file per collection, named after it (``customers.csv``, ``invoice_lines.csv``, ...), with a
header row of the database's column names (see ``docs/office-database.md``); ``;`` or ``,`` as
separator; UTF-8 (with or without BOM), else Windows-1252. A file's ``id`` column is optional:
without it a record's id is derived from its ``number`` (a stable UUID), so importing the same
export twice updates the records instead of adding them again. A bad row is reported with its
file, line and field and left out; the good rows are imported. References (``customer_id`` …)
must point at a record in the database or in the same import.
"""

from __future__ import annotations

import csv
import io
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Final

from cloudsetup.localdata.database import OfficeDatabase
from cloudsetup.localdata.schema import COLUMNS, INTEGER_COLUMNS, REFERENCES, REQUIRED_COLUMNS
from cloudsetup.models.fill import Collection

_ID_NAMESPACE: Final = uuid.UUID("6f1c1f4e-3c1b-4a43-9a55-2f7d6c2b9e10")
MAX_FILE_BYTES: Final = 512 * 1024 * 1024


@dataclass(frozen=True)
class CsvFolderProblem:
    """One thing wrong in the folder: where (file, line, field), a stable code, and why."""

    file: str
    line: int
    field: str
    code: str
    detail: str

    def __str__(self) -> str:
        where = f"{self.file}, line {self.line}" if self.line else self.file
        return f"{where}, {self.field or 'file'}: {self.detail}"


@dataclass
class CsvFolderResult:
    imported: dict[Collection, int] = field(default_factory=dict)
    problems: list[CsvFolderProblem] = field(default_factory=list)


def _decode(raw: bytes) -> str:
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace")


def _reader(text: str) -> csv.DictReader[str]:
    header = text.split("\n", 1)[0]
    delimiter = ";" if header.count(";") >= header.count(",") else ","
    return csv.DictReader(io.StringIO(text, newline=""), delimiter=delimiter)


def stable_id(collection: Collection, number: str) -> str:
    """The id a record without one gets: the same number, the same id, on every import."""
    return str(uuid.uuid5(_ID_NAMESPACE, f"{collection.value}:{number}"))


class _Importer:
    def __init__(self, db: OfficeDatabase, result: CsvFolderResult) -> None:
        self.db = db
        self.result = result
        self.ids: dict[Collection, set[str]] = {c: set() for c in Collection}

    def known(self, collection: Collection, record_id: str) -> bool:
        if record_id in self.ids[collection]:
            return True
        row = self.db.connection.execute(
            f"SELECT 1 FROM {collection.value} WHERE id = ?", (record_id,)
        ).fetchone()
        return row is not None

    def problem(self, file: str, line: int, column: str, code: str, detail: str) -> None:
        self.result.problems.append(CsvFolderProblem(file, line, column, code, detail))

    def row_values(
        self, collection: Collection, file: str, line: int, row: dict[str, str | None]
    ) -> tuple[object, ...] | None:
        values: list[object] = []
        ok = True
        for column in COLUMNS[collection]:
            text = (row.get(column) or "").strip()
            if not text:
                if column in REQUIRED_COLUMNS:
                    self.problem(file, line, column, "missing", f"{column} is empty")
                    ok = False
                values.append(None)
                continue
            if column in INTEGER_COLUMNS:
                try:
                    values.append(int(text.replace(".", "").replace(" ", "")))
                except ValueError:
                    self.problem(
                        file, line, column, "not_a_number", f"{text!r} is not a whole number"
                    )
                    ok = False
                    values.append(None)
                continue
            target = REFERENCES.get(column)
            if target is not None and not self.known(target, text):
                self.problem(
                    file,
                    line,
                    column,
                    "unknown_reference",
                    f"no {target.value} record with id {text}",
                )
                ok = False
            values.append(text)
        record_id = (row.get("id") or "").strip()
        if not record_id:
            number = (row.get("number") or "").strip()
            if not number:
                self.problem(
                    file, line, "id", "missing_id", "the row has neither an id nor a number"
                )
                return None
            record_id = stable_id(collection, number)
        return (record_id, *values) if ok else None

    def import_file(self, collection: Collection, path: Path) -> None:
        file = path.name
        if path.stat().st_size > MAX_FILE_BYTES:
            self.problem(file, 0, "", "too_large", "the file is larger than 512 MB")
            return
        reader = _reader(_decode(path.read_bytes()))
        header = set(reader.fieldnames or ())
        missing = [c for c in COLUMNS[collection] if c in REQUIRED_COLUMNS and c not in header]
        if missing:
            self.problem(
                file, 1, missing[0], "missing_column", f"the header has no column {missing[0]!r}"
            )
            return
        rows: list[tuple[object, ...]] = []
        for row in reader:
            values = self.row_values(collection, file, reader.line_num, row)
            if values is not None:
                rows.append(values)
                self.ids[collection].add(str(values[0]))
        columns = ("id", *COLUMNS[collection])
        updates = ", ".join(f"{c} = excluded.{c}" for c in COLUMNS[collection])
        with self.db.transaction() as connection:
            connection.executemany(
                f"INSERT INTO {collection.value} ({', '.join(columns)}) "
                f"VALUES ({', '.join('?' for _ in columns)}) "
                f"ON CONFLICT(id) DO UPDATE SET {updates}",
                rows,
            )
        self.result.imported[collection] = len(rows)


def import_csv_folder(db: OfficeDatabase, folder: Path) -> CsvFolderResult:
    """Import every ``<collection>.csv`` in ``folder``, parents before children."""
    result = CsvFolderResult()
    importer = _Importer(db, result)
    files = _collection_files(folder)
    if not files:
        result.problems.append(
            CsvFolderProblem(
                folder.name, 0, "", "no_files", "the folder has no <collection>.csv file"
            )
        )
    for collection, path in files:
        importer.import_file(collection, path)
    return result


def _collection_files(folder: Path) -> Iterable[tuple[Collection, Path]]:
    found = []
    for collection in Collection:  # upload order: parents first
        path = folder / f"{collection.value}.csv"
        if path.is_file():
            found.append((collection, path))
    return found
