"""``ApiModel`` tolerates a newer server and is immutable; ``ErrorBody`` parses every shape."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from cloudsetup.models import ErrorBody, ErrorCode, FieldError, ServerInfo, SetupState


def test_unknown_fields_from_a_newer_server_are_ignored() -> None:
    info = ServerInfo.model_validate_json(
        '{"service": "cloudsetup", "version": "9.0", "api_version": 1, "regions": ["eu"]}'
    )
    assert info == ServerInfo(version="9.0")
    assert "regions" not in info.model_dump()


def test_api_model_instances_are_frozen() -> None:
    info = ServerInfo(version="1.0")
    with pytest.raises(ValidationError):
        info.version = "2.0"  # type: ignore[misc]
    assert info.version == "1.0"


def test_frozen_models_can_be_used_as_keys() -> None:
    state = SetupState(
        credentials_ok=True, employees=1, employees_activated=0, employees_confirmed=0, filled=False
    )
    assert {state: "x"}[state.model_copy()] == "x"


def test_string_fields_are_stripped() -> None:
    assert ServerInfo(version="  1.2.3 \n").version == "1.2.3"


def test_error_body_parses_without_optional_parts() -> None:
    body = ErrorBody.model_validate_json('{"code": "not_found", "detail": "no such employee"}')
    assert body.code == ErrorCode.NOT_FOUND
    assert body.retry_after is None
    assert body.fields == ()


def test_error_body_parses_retry_after_and_fields() -> None:
    body = ErrorBody.model_validate_json(
        '{"code": "too_many_attempts", "detail": "slow down", "retry_after": 30,'
        ' "fields": [{"field": "employees.0.email", "code": "email_invalid", "detail": "bad"}]}'
    )
    assert body.code == ErrorCode.TOO_MANY_ATTEMPTS
    assert body.retry_after == 30
    assert body.fields == (
        FieldError(field="employees.0.email", code="email_invalid", detail="bad"),
    )


def test_error_body_tolerates_an_unknown_code_and_extra_keys() -> None:
    body = ErrorBody.model_validate_json(
        '{"code": "quota_exceeded", "detail": "new in v2", "trace_id": "abc"}'
    )
    assert body.code == "quota_exceeded"
    assert body.code not in set(ErrorCode)


def test_error_body_without_code_is_rejected() -> None:
    with pytest.raises(ValidationError):
        ErrorBody.model_validate_json('{"detail": "no code"}')
