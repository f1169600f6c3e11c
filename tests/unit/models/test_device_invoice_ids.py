"""A device invoice's line ids: distinct for every position and within the record id limit."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from cloudsetup.models import DeviceInvoiceIn
from cloudsetup.models.fill import RECORD_ID_MAX_LENGTH
from cloudsetup.models.sync import INVOICE_MAX_LINES


def _invoice(invoice_id: str) -> DeviceInvoiceIn:
    line = {"text": "Stunde", "unit": "Std", "quantity_centi": 100, "unit_price_cents": 1}
    return DeviceInvoiceIn.model_validate(
        {
            "id": invoice_id,
            "number": "RE-1",
            "date": "2026-03-01",
            "customer_id": "cus-1",
            "lines": [
                {**line, "position": n, "vat_rate": 19} for n in range(1, INVOICE_MAX_LINES + 1)
            ],
        }
    )


def test_the_longest_invoice_id_gives_distinct_line_ids_that_fit() -> None:
    invoice = _invoice("x" * 60)

    ids = [change.id for change in invoice.records(employee_record_id=None)[1:]]

    assert len(set(ids)) == INVOICE_MAX_LINES
    assert max(len(record_id) for record_id in ids) <= RECORD_ID_MAX_LENGTH


def test_an_invoice_id_without_room_for_the_line_numbers_is_refused() -> None:
    with pytest.raises(ValidationError):
        _invoice("x" * 61)
