"""Office records and device invoices for the device tests (issue 5).

The records are office-shaped (``docs/office-database.md``) and name the test's employees, so
restrictions have something to filter: each employee has a project, an invoice of it and its
line, keyed by his short key (``emp-max``, ``prj-max``, ``inv-max``, ``inv-max-1``).
"""

from __future__ import annotations

import uuid
from typing import Any

from cloudsetup.models import Employee
from cloudsetup.models.fill import Collection
from support.cloud import FillRecords


def office_data(people: dict[str, Employee]) -> FillRecords:
    """Office records that name the employees: each has a project, an invoice and lines."""
    records: FillRecords = {collection: [] for collection in Collection}
    records[Collection.CUSTOMERS] = [
        {"id": "cus-1", "data": {"number": "K-1", "name": "Familie Schmitz", "city": "Köln"}},
        {"id": "cus-2", "data": {"number": "K-2", "name": "Bäckerei Jansen", "city": "Bonn"}},
    ]
    records[Collection.ARTICLES] = [
        {
            "id": f"art-{n}",
            "data": {
                "number": f"A-{n}",
                "name": f"Wandfarbe {n}",
                "unit": "Eimer",
                "purchase_price_cents": 2100 + n,
                "sales_price_cents": 3900 + n,
                "vat_rate": 19,
            },
        }
        for n in range(1, 4)
    ]
    for number, (key, person) in enumerate(sorted(people.items()), start=1):
        office_id = f"emp-{key}"
        records[Collection.EMPLOYEES].append(
            {
                "id": office_id,
                "data": {"number": f"MA-{number:03}", "name": person.name, "email": person.email},
            }
        )
        records[Collection.PROJECTS].append(
            {
                "id": f"prj-{key}",
                "data": {
                    "number": f"P-{number:03}",
                    "name": f"Anstrich {person.name}",
                    "customer_id": "cus-1",
                    "employee_id": office_id,
                    "status": "active",
                },
            }
        )
        records[Collection.INVOICES].append(
            {
                "id": f"inv-{key}",
                "data": {
                    "number": f"RE-{number:03}",
                    "date": "2026-03-01",
                    "customer_id": "cus-1",
                    "project_id": f"prj-{key}",
                    "employee_id": None,
                    "net_cents": 10000,
                    "vat_cents": 1900,
                    "gross_cents": 11900,
                },
            }
        )
        records[Collection.INVOICE_LINES].append(
            {
                "id": f"inv-{key}-1",
                "data": {
                    "invoice_id": f"inv-{key}",
                    "position": 1,
                    "article_id": "art-1",
                    "text": "Wandfarbe",
                    "unit": "Eimer",
                    "quantity_centi": 400,
                    "unit_price_cents": 2500,
                    "vat_rate": 19,
                    "line_total_cents": 10000,
                },
            }
        )
    return {collection: entries for collection, entries in records.items() if entries}


def invoice_body(number: str, **overrides: Any) -> dict[str, Any]:
    return {
        "id": f"dinv-{uuid.uuid4().hex[:16]}",
        "number": number,
        "date": "2026-03-15",
        "customer_id": "cus-2",
        "project_id": None,
        "lines": [
            {
                "position": 1,
                "article_id": "art-2",
                "text": "Wandfarbe weiß",
                "unit": "Eimer",
                "quantity_centi": 250,
                "unit_price_cents": 3999,
                "vat_rate": 19,
            },
            {
                "position": 2,
                "text": "Anfahrt",
                "unit": "pauschal",
                "quantity_centi": 100,
                "unit_price_cents": 3500,
                "vat_rate": 19,
            },
        ],
        **overrides,
    }
