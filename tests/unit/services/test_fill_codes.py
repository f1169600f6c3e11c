"""The fill's reasons from the cloud become their own messages through user_error_from."""

from __future__ import annotations

import pytest

from cloudsetup.cloud.errors import APIStatusError, Conflict, ValidationFailed
from cloudsetup.models import ErrorBody, FieldError
from cloudsetup.services import UserError, user_error_from
from cloudsetup.services.fill_codes import RESTART_CODES


def api_error(
    cls: type[APIStatusError], status: int, code: str, *fields: FieldError
) -> APIStatusError:
    body = ErrorBody(code=code, detail=f"{code} detail", fields=fields)
    return cls(f"HTTP {status}", status_code=status, code=code, detail=body.detail, body=body)


def test_rejected_record_names_its_collection_and_id() -> None:
    field = FieldError(field="invoice_lines/RP-17", code="invalid", detail="quantity missing")
    error = user_error_from(api_error(ValidationFailed, 422, "record_rejected", field))
    assert error.code == "record_rejected"
    assert error.message.english() == 'The cloud refused the record "RP-17" in "invoice_lines".'
    assert error.message.context == "FillErrors"
    assert "quantity missing" in error.technical


def test_rejected_record_without_a_field_still_gets_its_message() -> None:
    error = user_error_from(api_error(ValidationFailed, 422, "record_rejected"))
    assert error.code == "record_rejected"
    assert error.message.english() == "The cloud refused a record of the office data."


@pytest.mark.parametrize(
    ("cls", "status", "code", "words"),
    [
        (ValidationFailed, 422, "batch_conflict", "different data"),
        (Conflict, 409, "fill_incomplete", "still missing"),
        (ValidationFailed, 422, "fill_mismatch", "check failed"),
        (Conflict, 409, "fill_closed", "already been finished"),
    ],
)
def test_each_fill_reason_has_its_own_message_and_hint(
    cls: type[APIStatusError], status: int, code: str, words: str
) -> None:
    error = user_error_from(api_error(cls, status, code))
    assert isinstance(error, UserError)
    assert error.code == code
    assert words in error.message.english()
    assert error.hint is not None
    continues = "continues where it stopped" in error.hint.english()
    assert continues == (code not in RESTART_CODES)


def test_other_conflicts_keep_their_general_message() -> None:
    error = user_error_from(api_error(Conflict, 409, "something_else"))
    assert error.code == "conflict"
