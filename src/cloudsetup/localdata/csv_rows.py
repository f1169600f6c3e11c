"""One CSV file's rows into one table: values checked, references resolved, ids made stable.

A :class:`RowReader` is made from a file's header; :meth:`RowReader.import_row` writes one row
(inside the caller's transaction) and says whether it was inserted, updated or unchanged, or
which column is wrong and why. Only the columns the file has are written, so an export without
a phone column does not wipe the phone numbers already in the database.
"""

from __future__ import annotations

import sqlite3
import uuid
from collections.abc import Sequence
from typing import Final

from cloudsetup.localdata.csv_values import BadValueError, Kind, header_map, parse
from cloudsetup.localdata.database import OfficeDatabase
from cloudsetup.localdata.schema import COLUMNS, REFERENCES, REQUIRED_COLUMNS
from cloudsetup.models.fill import RECORD_ID_MAX_LENGTH, Collection
from cloudsetup.models.money import line_total_cents

#: Ids derived from a record's key live in this namespace (any fixed UUID would do).
ID_NAMESPACE: Final = uuid.UUID("6f1c1f4e-3c1b-4a43-9a55-2f7d6c2b9e10")
#: Columns the importer computes when the file lacks them.
_COMPUTED: Final = {"line_total_cents", "gross_cents"}
_TARGET_DE: Final = {
    Collection.CUSTOMERS: "den Kunden",
    Collection.EMPLOYEES: "den Mitarbeitern",
    Collection.PROJECTS: "den Projekten",
    Collection.INVOICES: "den Rechnungen",
    Collection.ARTICLES: "den Artikeln",
}

Outcome = str | tuple[str | None, BadValueError]


class RowReader:
    def __init__(
        self,
        db: OfficeDatabase,
        collection: Collection,
        folded_header: Sequence[str],
        header: Sequence[str],
    ) -> None:
        self._connection = db.connection
        self._collection = collection
        self._table = collection.value
        names = header_map(collection, COLUMNS[collection])
        # column -> (cell index, how to read it, the column's name in the file)
        self._cells: dict[str, tuple[int, Kind, str]] = {}
        for index, name in enumerate(folded_header):
            if name in names and names[name][0] not in self._cells:
                column, kind = names[name]
                self._cells[column] = (index, kind, header[index].strip())
        self._written = [
            c
            for c in COLUMNS[collection]
            if c in self._cells or c in _COMPUTED & set(COLUMNS[collection])
        ]
        self._seen: dict[str, int] = {}
        self.last_line = 0
        assignments = ", ".join(f"{c} = excluded.{c}" for c in self._written)
        changed = " OR ".join(f"{self._table}.{c} IS NOT excluded.{c}" for c in self._written)
        self._upsert = (
            f"INSERT INTO {self._table} (id, {', '.join(self._written)}) "
            f"VALUES ({', '.join('?' for _ in range(len(self._written) + 1))}) "
            f"ON CONFLICT (id) DO UPDATE SET {assignments} WHERE {changed}"
        )

    def _field(self, column: str) -> str:
        return self._cells[column][2] if column in self._cells else column

    def missing_columns(self) -> list[str]:
        required = REQUIRED_COLUMNS[self._collection] - _COMPUTED
        return [column for column in sorted(required) if column not in self._cells]

    def import_row(self, line: int, cells: Sequence[str]) -> Outcome:
        self.last_line = line
        values: dict[str, object] = {}
        for column, (index, kind, _) in self._cells.items():
            text = cells[index].strip() if index < len(cells) else ""
            if not text:
                if column in REQUIRED_COLUMNS[self._collection] - _COMPUTED:
                    return self._field(column), BadValueError("required")
                values[column] = None
                continue
            try:
                values[column] = self._value(column, kind, text)
            except BadValueError as problem:
                return self._field(column), BadValueError(
                    problem.code, (*problem.params, ("value", text))
                )
        try:
            self._complete(values)
            record_id, key_column = self._record_id(values)
        except _RefusedError as refused:
            return refused.column, refused.problem
        if record_id in self._seen:
            first = (("first_line", str(self._seen[record_id])),)
            return self._field(key_column), BadValueError("duplicate", first)
        self._seen[record_id] = line
        return self._write(record_id, values)

    def _value(self, column: str, kind: Kind, text: str) -> object:
        if kind is not Kind.REFERENCE:
            return parse(kind, text)
        target = REFERENCES[self._collection][column]
        row = self._connection.execute(
            f"SELECT id FROM {target.value} WHERE id = ? OR number = ? ORDER BY id = ? DESC",
            (text, text, text),
        ).fetchone()
        if row is None:
            params = (("target", target.value), ("target_de", _TARGET_DE[target]))
            raise BadValueError("unknown_reference", params)
        return row[0]

    def _complete(self, values: dict[str, object]) -> None:
        """Fill in or check the amounts that follow from the others."""
        if self._collection is Collection.INVOICE_LINES:
            expected = line_total_cents(
                _int(values["quantity_centi"]), _int(values["unit_price_cents"])
            )
            self._check_or_set(values, "line_total_cents", expected)
        elif self._collection is Collection.INVOICES:
            expected = _int(values["net_cents"]) + _int(values["vat_cents"])
            self._check_or_set(values, "gross_cents", expected)

    def _check_or_set(self, values: dict[str, object], column: str, expected: int) -> None:
        given = values.get(column)
        if given is None:
            values[column] = expected
        elif given != expected:
            params = (("value", _euros(_int(given))), ("expected", _euros(expected)))
            raise _RefusedError(self._field(column), BadValueError("mismatch", params))

    def _record_id(self, values: dict[str, object]) -> tuple[str, str]:
        given = self._cells.get("id")
        if given is not None:
            record_id = values.get("id")
            if isinstance(record_id, str):
                if len(record_id) > RECORD_ID_MAX_LENGTH:
                    problem = BadValueError("too_long", (("limit", str(RECORD_ID_MAX_LENGTH)),))
                    raise _RefusedError(given[2], problem)
                return record_id, "id"
        key_columns = {
            Collection.CONTACTS: ("customer_id", "name"),
            Collection.INVOICE_LINES: ("invoice_id", "position"),
        }.get(self._collection, ("number",))
        key = tuple(values[column] for column in key_columns)
        where = " AND ".join(f"{column} = ?" for column in key_columns)
        row = self._connection.execute(
            f"SELECT id FROM {self._table} WHERE {where}", key
        ).fetchone()
        if row is not None:
            return str(row[0]), key_columns[-1]
        name = "/".join([self._table, *(str(part) for part in key)])
        return str(uuid.uuid5(ID_NAMESPACE, name)), key_columns[-1]

    def _write(self, record_id: str, values: dict[str, object]) -> Outcome:
        existed = self._connection.execute(
            f"SELECT 1 FROM {self._table} WHERE id = ?", (record_id,)
        ).fetchone()
        try:
            cursor = self._connection.execute(
                self._upsert, (record_id, *(values[c] for c in self._written))
            )
        except sqlite3.IntegrityError as exc:
            return self._refusal(str(exc), values)
        if existed is None:
            return "inserted"
        return "updated" if cursor.rowcount > 0 else "same"

    def _refusal(self, reason: str, values: dict[str, object]) -> Outcome:
        if reason.startswith(("UNIQUE", "NOT NULL")):
            column = reason.rsplit(".", 1)[-1].strip()
            if reason.startswith("NOT NULL"):
                return self._field(column), BadValueError("required")
            return self._field(column), BadValueError(
                "taken", (("value", str(values.get(column))),)
            )
        return None, BadValueError("rejected", (("reason", reason),))


class _RefusedError(Exception):
    def __init__(self, column: str | None, problem: BadValueError) -> None:
        super().__init__(problem.code)
        self.column = column
        self.problem = problem


def _int(value: object) -> int:
    return value if isinstance(value, int) else 0


def _euros(cents: int) -> str:
    sign = "-" if cents < 0 else ""
    euros, rest = divmod(abs(cents), 100)
    return f"{sign}{euros},{rest:02d} €"
