"""The errors of the office database: it cannot be used, or it refused a record."""

from __future__ import annotations

from cloudsetup.models.fill import Collection


class OfficeDataError(Exception):
    """The office database cannot be used (for example written by a newer version)."""


class RecordRefusedError(OfficeDataError):
    """``OfficeDatabase.store_records`` refused a record: ``reason`` says why, in English.

    ``code`` is ``bad_data`` (columns or values not as the schema says, or a rule of the
    schema broken), ``unknown_reference`` (``column`` points at a record that is not there),
    ``taken`` (a unique value such as the number belongs to another record) or ``in_use`` (a
    deleted record that other records still point at).
    """

    def __init__(
        self, collection: Collection, record_id: str, code: str, reason: str, column: str = ""
    ) -> None:
        super().__init__(f"{collection.value}/{record_id}: {reason}")
        self.collection = collection
        self.record_id = record_id
        self.code = code
        self.reason = reason
        self.column = column
