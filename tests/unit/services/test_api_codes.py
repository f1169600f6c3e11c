"""The cloud's reasons from the employee, access and range endpoints, as user errors.

The errors are built the way the client builds them from the reference cloud's answers (code,
detail, fields), so each row pins what the page will show and at which input.
"""

from __future__ import annotations

import pytest

from cloudsetup.cloud.errors import (
    APIStatusError,
    Conflict,
    NotFound,
    ServerError,
    Unauthorized,
    ValidationFailed,
)
from cloudsetup.models import ErrorBody, FieldError, PasswordProblem
from cloudsetup.services.errors import user_error_from
from cloudsetup.services.field_errors import entry_message


def answer(
    cls: type[APIStatusError],
    status: int,
    code: str,
    detail: str = "what the server says",
    fields: tuple[tuple[str, str, str], ...] = (),
) -> APIStatusError:
    body = ErrorBody(
        code=code,
        detail=detail,
        fields=tuple(FieldError(field=f, code=c, detail=d) for f, c, d in fields),
    )
    return cls(f"HTTP {status} {code}", status_code=status, code=code, detail=detail, body=body)


PASSWORD_ROWS = [
    (
        answer(ValidationFailed, 422, p.value, fields=(("password", p.value, "refused"),)),
        p.value,
        "password",
    )
    for p in PasswordProblem
]


@pytest.mark.parametrize(
    ("error", "code", "field"),
    [
        (
            answer(Conflict, 409, "email_taken", fields=(("email", "email_taken", "x"),)),
            "email_taken",
            "email",
        ),
        (
            answer(Conflict, 409, "range_overlap", fields=(("start", "range_overlap", "x"),)),
            "range_overlap",
            "start",
        ),
        (
            answer(
                ValidationFailed,
                422,
                "validation_failed",
                fields=(("end", "range_inverted", "Value error, range_inverted: ends early"),),
            ),
            "range_inverted",
            "end",
        ),
        (
            answer(
                ValidationFailed,
                422,
                "validation_failed",
                fields=(("body", "value_error", "Value error, next_outside: outside"),),
            ),
            "next_outside",
            "next_number",
        ),
        (
            answer(
                ValidationFailed,
                422,
                "validation_failed",
                fields=(("email", "email_invalid", "not valid"),),
            ),
            "email_invalid",
            "email",
        ),
        (
            answer(
                ValidationFailed,
                422,
                "validation_failed",
                fields=(("name", "name_empty", "empty"),),
            ),
            "name_empty",
            "name",
        ),
        (
            answer(
                ValidationFailed,
                422,
                "validation_failed",
                fields=(("mobile", "mobile_invalid", "no"),),
            ),
            "mobile_invalid",
            "mobile",
        ),
        (
            answer(
                ValidationFailed,
                422,
                "validation_failed",
                fields=(("employee_number", "number_length", "long"),),
            ),
            "number_length",
            "employee_number",
        ),
        (
            answer(
                ValidationFailed,
                422,
                "validation_failed",
                fields=(("query.prefix", "prefix_characters", "bad"),),
            ),
            "prefix_characters",
            "prefix",
        ),
        (
            answer(
                ValidationFailed, 422, "range_no_room", fields=(("size", "range_no_room", "x"),)
            ),
            "range_no_room",
            None,
        ),
        (answer(ServerError, 503, "mail_failed"), "mail_failed", None),
        (answer(Conflict, 409, "not_activated"), "not_activated", None),
        (answer(Conflict, 409, "already_confirmed"), "already_confirmed", None),
        *PASSWORD_ROWS,
    ],
)
def test_cloud_reason_becomes_its_own_message_at_its_input(
    error: APIStatusError, code: str, field: str | None
) -> None:
    result = user_error_from(error)
    assert (result.code, result.field) == (code, field)
    assert result.message.english() != entry_message("unknown_reason").english()
    assert "what the server says" in result.technical


def test_overlap_message_quotes_the_servers_description_of_the_other_range() -> None:
    detail = "the numbers RE-1 to RE-9 overlap the range of the office: RE-1 to RE-1000"
    result = user_error_from(answer(Conflict, 409, "range_overlap", detail))
    assert detail in result.message.english()


def test_mail_failure_says_the_activation_is_kept_and_how_to_retry() -> None:
    result = user_error_from(answer(ServerError, 503, "mail_failed"))
    assert result.hint is not None
    assert "kept" in result.hint.english()
    assert "mail settings" in result.hint.english()


def test_unknown_rule_on_an_entry_field_is_still_shown_at_that_field() -> None:
    result = user_error_from(
        answer(
            ValidationFailed, 422, "validation_failed", fields=(("body.start", "int_parsing", "x"),)
        )
    )
    assert (result.code, result.field) == ("validation_failed", "start")


@pytest.mark.parametrize(
    ("error", "code"),
    [
        (answer(NotFound, 404, "not_found"), "not_found"),
        (answer(Conflict, 409, "conflict"), "conflict"),
        (answer(ServerError, 503, "unavailable"), "server_error"),
        (answer(Unauthorized, 401, "token_expired"), "session_expired"),
    ],
)
def test_other_reasons_keep_the_message_of_their_status(error: APIStatusError, code: str) -> None:
    assert user_error_from(error).code == code


def test_each_password_problem_has_a_message_of_its_own() -> None:
    messages = {entry_message(problem.value).english() for problem in PasswordProblem}
    assert len(messages) == len(PasswordProblem)
    assert entry_message("unknown").english() not in messages
    assert entry_message(PasswordProblem.TOO_SHORT.value).english().count("8") == 1
