"""The cloud's device, device-data and sync reasons become their own messages."""

from __future__ import annotations

import pytest

from cloudsetup.cloud.errors import APIStatusError, Conflict, Forbidden, ValidationFailed
from cloudsetup.models import ErrorBody, FieldError
from cloudsetup.services import UserError, user_error_from


def api_error(
    cls: type[APIStatusError], status: int, code: str, *fields: FieldError
) -> APIStatusError:
    body = ErrorBody(code=code, detail=f"{code} detail", fields=fields)
    return cls(f"HTTP {status}", status_code=status, code=code, detail=body.detail, body=body)


@pytest.mark.parametrize(
    ("cls", "status", "code", "words", "field"),
    [
        (Conflict, 409, "device_limit", "two approved devices", None),
        (Conflict, 409, "not_synced", "Synchronise everything first", None),
        (Conflict, 409, "device_not_pending", "already been approved or rejected", None),
        (Conflict, 409, "device_not_approved", "not approved", None),
        (ValidationFailed, 422, "replaces_invalid", "same employee", None),
        (Conflict, 409, "consent_missing", "not yet confirmed", None),
        (Forbidden, 403, "consent_missing", "not yet confirmed", None),
        (Forbidden, 403, "device_rejected", "rejected this device", None),
        (Forbidden, 403, "device_revoked", "revoked the access", None),
        (Conflict, 409, "not_filled", "no company data yet", None),
        (ValidationFailed, 422, "invalid_cursor", "last pull ended", None),
        (Forbidden, 403, "invoice_not_permitted", "not allowed to write invoices", None),
        (Conflict, 409, "no_range", "No number range", None),
        (ValidationFailed, 422, "number_outside_range", "not in your number range", "number"),
        (Conflict, 409, "number_used", "already been used", "number"),
        (Conflict, 409, "invoice_conflict", "different invoice", None),
        (ValidationFailed, 422, "unknown_reference", "does not know", None),
    ],
)
def test_each_device_reason_has_its_own_message_hint_and_field(
    cls: type[APIStatusError], status: int, code: str, words: str, field: str | None
) -> None:
    error = user_error_from(api_error(cls, status, code))
    assert isinstance(error, UserError)
    assert error.code == code
    assert words in error.message.english()
    assert error.hint is not None
    assert error.field == field
    assert f"HTTP {status} {code}" in error.technical


def test_the_field_the_cloud_names_wins() -> None:
    field = FieldError(field="body.customer_id", code="unknown_reference", detail="unknown")
    error = user_error_from(api_error(ValidationFailed, 422, "unknown_reference", field))
    assert error.field == "customer_id"


def test_a_sync_gap_that_reaches_a_person_keeps_the_general_conflict_message() -> None:
    error = user_error_from(api_error(Conflict, 409, "sync_gap"))
    assert error.code == "conflict"
