"""What an employee's device may see: his restrictions applied to the records it pulls.

* ``no_purchase_prices`` drops the purchase price of articles, ``no_revenue_figures`` the
  totals of invoices and lines (:data:`~cloudsetup.models.sync.PURCHASE_PRICE_FIELDS`,
  :data:`~cloudsetup.models.sync.REVENUE_FIELDS`);
* ``own_projects_only`` keeps only the projects his office employee record is responsible
  for, the invoices of those projects or written by him, and the lines of those invoices.

His office employee record is the record of the ``employees`` collection with his e-mail
address (in any letter case), else the one with his personnel number. Records that need no
change are passed on as the stored canonical JSON, without being parsed.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Final

from sqlalchemy import Connection

from cloudsetup.models import email_key
from cloudsetup.models.fill import Collection, canonical_json, json_string
from cloudsetup.models.sync import PURCHASE_PRICE_FIELDS, REVENUE_FIELDS
from cloudsetup.server.services.device_auth import DeviceEmployee
from cloudsetup.server.services.fill_storage import marker, read_records
from cloudsetup.server.services.live_records import RecordKey, read_data

# (collection, record id, canonical JSON or None for a deletion)
PulledRow = tuple[str, str, str | None]

_EMPLOYEES: Final = Collection.EMPLOYEES.value
_PROJECTS: Final = Collection.PROJECTS.value
_INVOICES: Final = Collection.INVOICES.value
_LINES: Final = Collection.INVOICE_LINES.value
#: Collections whose changes can change which records ``own_projects_only`` lets through.
SCOPE_COLLECTIONS: Final = frozenset({_EMPLOYEES, _PROJECTS})


# Only records whose JSON could hold his address or number are parsed (canonical JSON: the
# pair is written exactly so); the comparison itself is done on the parsed record.
_CANDIDATES_SQL: Final = (
    "SELECT record_id, data FROM records WHERE generation_id = {m} AND collection = {m} "
    "AND (lower(data) LIKE {m} ESCAPE '!' OR data LIKE {m} ESCAPE '!') ORDER BY record_id"
)


def _like_pair(key: str, value: str) -> str:
    """A LIKE pattern for ``"key":"value"`` anywhere in a record's canonical JSON."""
    literal = f'"{key}":{json_string(value).decode()}'
    return "%" + "".join(f"!{ch}" if ch in "!%_" else ch for ch in literal) + "%"


def _candidates(
    connection: Connection, generation_id: int, employee: DeviceEmployee
) -> Iterable[tuple[str, str]]:
    if not employee.email.isascii():  # SQL's lower() may fold other letters than Python's
        return ((row[0], row[2]) for row in read_records(connection, generation_id, _EMPLOYEES))
    mark = marker(connection)
    number = _like_pair("number", employee.employee_number) if employee.employee_number else ""
    return connection.exec_driver_sql(
        _CANDIDATES_SQL.format(m=mark),
        (generation_id, _EMPLOYEES, _like_pair("email", employee.email.lower()), number),
    ).all()


def office_record_id(
    connection: Connection, generation_id: int, employee: DeviceEmployee
) -> str | None:
    """His record in the generation's ``employees`` collection (by e-mail, else personnel
    number), or ``None``."""
    by_number: str | None = None
    wanted_email = email_key(employee.email)
    for record_id, data_json in _candidates(connection, generation_id, employee):
        data = json.loads(data_json)
        email = data.get("email")
        if isinstance(email, str) and email_key(email) == wanted_email:
            return str(record_id)
        number = data.get("number")
        if by_number is None and employee.employee_number and number == employee.employee_number:
            by_number = str(record_id)
    return by_number


def short_hash(*parts: str) -> str:
    return hashlib.sha256("\x00".join(parts).encode()).hexdigest()[:16]


@dataclass(frozen=True)
class Viewer:
    """One employee's restrictions, and (for ``own_projects_only``) his office record."""

    no_purchase_prices: bool
    no_revenue_figures: bool
    own_projects_only: bool
    office_id: str | None

    @classmethod
    def of(cls, connection: Connection, generation_id: int, employee: DeviceEmployee) -> Viewer:
        own = employee.own_projects_only
        return cls(
            no_purchase_prices=employee.no_purchase_prices,
            no_revenue_figures=employee.no_revenue_figures,
            own_projects_only=own,
            office_id=office_record_id(connection, generation_id, employee) if own else None,
        )

    @property
    def mask(self) -> int:
        """The restrictions as bits: a cursor made under other ones starts the pull again."""
        return (
            int(self.no_purchase_prices)
            | int(self.no_revenue_figures) << 1
            | int(self.own_projects_only) << 2
        )

    @property
    def office_hash(self) -> str:
        return short_hash(self.office_id) if self.office_id is not None else ""

    def hidden_fields(self, collection: str) -> tuple[str, ...]:
        fields: tuple[str, ...] = ()
        if self.no_purchase_prices:
            fields += PURCHASE_PRICE_FIELDS.get(Collection(collection), ())
        if self.no_revenue_figures:
            fields += REVENUE_FIELDS.get(Collection(collection), ())
        return fields

    def scope_hash(self, connection: Connection, generation_id: int) -> str:
        """A fingerprint of which projects are his: when it changes, his devices start again.

        Only a new pull can bring the invoices of a project he was given (they did not
        change) or take away those of a project he lost, so the cursor keeps this value.
        """
        if not self.own_projects_only:
            return ""
        mine = sorted(
            record_id
            for record_id, _digest, data in read_records(connection, generation_id, _PROJECTS)
            if self.office_id is not None and json.loads(data).get("employee_id") == self.office_id
        )
        return short_hash(self.office_id or "", *mine)


class PageFilter:
    """Applies a :class:`Viewer` to one page of rows, looking up what the page refers to."""

    def __init__(self, connection: Connection, generation_id: int, viewer: Viewer) -> None:
        self._connection = connection
        self._generation = generation_id
        self._viewer = viewer

    def apply(self, rows: Sequence[PulledRow]) -> list[tuple[PulledRow, bool]]:
        """Each row as the device may get it, and whether it may see it at all."""
        viewer = self._viewer
        if not viewer.mask:  # no restriction: every row as stored
            return [(row, True) for row in rows]
        visible = self._scope(rows) if viewer.own_projects_only else None
        out: list[tuple[PulledRow, bool]] = []
        for row in rows:
            collection, record_id, data_json = row
            if data_json is not None and (hidden := viewer.hidden_fields(collection)):
                data = json.loads(data_json)
                for field in hidden:
                    data.pop(field, None)
                row = (collection, record_id, canonical_json(data).decode())
            out.append((row, visible is None or visible.get((collection, record_id), True)))
        return out

    def _scope(self, rows: Sequence[PulledRow]) -> dict[RecordKey, bool]:
        """Which projects, invoices and lines of the page are his (other rows: not named)."""
        office_id = self._viewer.office_id
        parsed: dict[RecordKey, dict[str, Any]] = {
            (collection, record_id): json.loads(data_json)
            for collection, record_id, data_json in rows
            if data_json is not None and collection in (_PROJECTS, _INVOICES, _LINES)
        }
        invoices = {key[1]: data for key, data in parsed.items() if key[0] == _INVOICES}
        wanted = {
            data.get("invoice_id")
            for key, data in parsed.items()
            if key[0] == _LINES and data.get("invoice_id") not in invoices
        }
        invoices.update(self._lookup(_INVOICES, wanted))
        projects = {key[1]: data for key, data in parsed.items() if key[0] == _PROJECTS}
        wanted = {data.get("project_id") for data in invoices.values()} - set(projects)
        projects.update(self._lookup(_PROJECTS, wanted))

        def my_project(project_id: object) -> bool:
            project = projects.get(project_id) if isinstance(project_id, str) else None
            return (
                office_id is not None
                and project is not None
                and (project.get("employee_id") == office_id)
            )

        def my_invoice(invoice_id: object) -> bool:
            invoice = invoices.get(invoice_id) if isinstance(invoice_id, str) else None
            if invoice is None:
                return False
            written = office_id is not None and invoice.get("employee_id") == office_id
            return written or my_project(invoice.get("project_id"))

        scope: dict[RecordKey, bool] = {}
        for key, data in parsed.items():
            if key[0] == _PROJECTS:
                scope[key] = my_project(key[1])
            elif key[0] == _INVOICES:
                scope[key] = my_invoice(key[1])
            else:
                scope[key] = my_invoice(data.get("invoice_id"))
        return scope

    def _lookup(self, collection: str, ids: Iterable[object]) -> dict[str, dict[str, Any]]:
        keys = [(collection, value) for value in ids if isinstance(value, str)]
        if not keys:
            return {}
        found = read_data(self._connection, self._generation, keys)
        return {key[1]: json.loads(data) for key, data in found.items()}
