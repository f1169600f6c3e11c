"""The one translation from the cloud client's errors to what the user sees."""

from __future__ import annotations

from typing import TypeVar

import pytest

from cloudsetup.cloud.errors import (
    APIStatusError,
    CloudError,
    Conflict,
    ConnectionFailed,
    ConnectionLost,
    Forbidden,
    NotFound,
    ProxyFailed,
    RateLimited,
    RequestTimedOut,
    ServerError,
    TLSVerificationFailed,
    Unauthorized,
    UnexpectedResponse,
    ValidationFailed,
)
from cloudsetup.models import ErrorBody, FieldError
from cloudsetup.services.errors import UserError, user_error_from

E = TypeVar("E", bound=APIStatusError)
FINGERPRINT = "AB:CD:" + ":".join(["01"] * 30)


def status_error(cls: type[E], status: int, code: str, body: ErrorBody | None = None) -> E:
    return cls(
        f"POST https://cloud.example.de/api/v1/x: HTTP {status} {code}",
        status_code=status,
        code=code,
        detail=f"detail of {code}",
        body=body,
    )


def rate_limited(retry_after: float | None, code: str = "too_many_attempts") -> RateLimited:
    return RateLimited(
        "HTTP 429",
        status_code=429,
        code=code,
        detail="slow down",
        body=None,
        retry_after=retry_after,
    )


def validation(*fields: str) -> ValidationFailed:
    body = ErrorBody(
        code="validation_failed",
        detail="invalid",
        fields=tuple(FieldError(field=f, code="invalid", detail="bad") for f in fields),
    )
    return status_error(ValidationFailed, 422, "validation_failed", body)


def test_wrong_credentials_point_at_the_password_and_the_customer_portal() -> None:
    error = user_error_from(status_error(Unauthorized, 401, "invalid_credentials"))
    assert error.code == "invalid_credentials"
    assert error.field == "password"
    assert "not correct" in error.message.english()
    assert error.hint is not None
    assert "Kundenkonto → Domäne-Daten" in error.hint.english()


@pytest.mark.parametrize("code", ["invalid_token", "token_expired"])
def test_refused_session_asks_for_the_password_again(code: str) -> None:
    error = user_error_from(status_error(Unauthorized, 401, code))
    assert error.code == "session_expired"
    assert error.field == "password"


@pytest.mark.parametrize(
    ("seconds", "words"),
    [
        (0.2, "wait a moment"),
        (2, "wait 2 seconds"),
        (30, "wait 30 seconds"),
        (59.5, "wait one minute"),
        (60, "wait one minute"),
        (61, "wait 2 minutes"),
        (900, "wait 15 minutes"),
        (None, "wait a few minutes"),
    ],
)
def test_rate_limit_says_how_long_to_wait_and_keeps_the_seconds(
    seconds: float | None, words: str
) -> None:
    error = user_error_from(rate_limited(seconds))
    assert error.code == "rate_limited"
    assert error.retry_after == seconds
    assert error.hint is not None
    assert words in error.hint.english()


def test_rate_limit_of_sign_in_attempts_and_of_requests_read_differently() -> None:
    attempts = user_error_from(rate_limited(30)).message.english()
    requests = user_error_from(rate_limited(30, code="http_429")).message.english()
    assert "sign-in attempts" in attempts
    assert attempts != requests


def test_unreachable_server_hints_at_connection_address_and_firewall() -> None:
    error = user_error_from(ConnectionFailed("POST https://cloud.example.de: ConnectError"))
    assert error.code == "connection_failed"
    assert "cannot be reached" in error.message.english()
    assert error.hint is not None
    hint = error.hint.english()
    assert "internet connection" in hint
    assert '"Advanced"' in hint
    assert "firewall or proxy" in hint
    assert "ConnectError" in error.technical


def test_connection_that_broke_off_says_so_and_to_check_what_arrived() -> None:
    error = user_error_from(ConnectionLost("POST https://cloud.example.de: RemoteProtocolError"))
    assert error.code == "connection_lost"
    assert "broke off" in error.message.english()
    assert error.hint is not None
    assert "check after reloading whether it arrived" in error.hint.english()
    assert "RemoteProtocolError" in error.technical


def test_refusing_proxy_names_the_proxy_not_the_cloud_server() -> None:
    error = user_error_from(
        ProxyFailed("GET https://cloud.example.de: ProxyError (407 Proxy Authentication Required)")
    )
    assert error.code == "proxy_refused"
    assert "proxy server" in error.message.english()
    assert error.hint is not None
    assert "HTTPS_PROXY" in error.hint.english()
    assert "407 Proxy Authentication Required" in error.technical


def test_timeout_has_its_own_message() -> None:
    error = user_error_from(RequestTimedOut("GET /tenant: ReadTimeout"))
    assert error.code == "timeout"
    assert "did not answer in time" in error.message.english()


def test_untrusted_certificate_shows_host_and_fingerprint_and_warns() -> None:
    exc = TLSVerificationFailed(
        "not trusted", host="cloud.example.de", fingerprint_sha256=FINGERPRINT
    )
    error = user_error_from(exc)
    assert error.code == "tls_verification_failed"
    assert "cloud.example.de" in error.message.english()
    assert FINGERPRINT in error.message.english()
    assert error.hint is not None
    assert "IT department" in error.hint.english()
    assert "public network" in error.hint.english()


def test_untrusted_certificate_without_fingerprint_still_names_the_host() -> None:
    exc = TLSVerificationFailed("not trusted", host="cloud.example.de", fingerprint_sha256=None)
    message = user_error_from(exc).message.english()
    assert "cloud.example.de" in message
    assert "fingerprint" not in message.lower()


def test_unexpected_response_asks_whether_the_server_address_is_right() -> None:
    error = user_error_from(UnexpectedResponse("HTTP 200 text/html", status_code=200))
    assert error.code == "unexpected_response"
    assert error.field == "server_url"
    assert error.hint is not None
    assert "server address" in error.hint.english()


def test_server_error_says_try_later_and_contact_support_with_diagnostics() -> None:
    error = user_error_from(status_error(ServerError, 503, "http_503"))
    assert error.code == "server_error"
    assert "503" in error.message.english()
    assert error.hint is not None
    assert "try again later" in error.hint.english()
    assert "diagnostics" in error.hint.english()


def test_forbidden_names_the_roles_that_may() -> None:
    error = user_error_from(status_error(Forbidden, 403, "forbidden"))
    assert error.code == "forbidden"
    assert error.hint is not None
    assert "Administration" in error.hint.english()


def test_not_found_and_conflict_suggest_reloading() -> None:
    for exc, code in (
        (status_error(NotFound, 404, "not_found"), "not_found"),
        (status_error(Conflict, 409, "conflict"), "conflict"),
    ):
        error = user_error_from(exc)
        assert error.code == code
        assert error.hint is not None
        assert "Reload" in error.hint.english()


def test_validation_names_the_rejected_fields_and_marks_a_single_input() -> None:
    error = user_error_from(validation("body.domain"))
    assert error.code == "validation_failed"
    assert error.field == "domain"
    assert "domain" in error.message.english()


def test_validation_of_several_fields_names_them_all_without_a_single_field() -> None:
    error = user_error_from(validation("body.domain", "body.password"))
    assert error.field is None
    assert "domain, password" in error.message.english()


def test_validation_without_field_details_still_has_a_message() -> None:
    error = user_error_from(status_error(ValidationFailed, 400, "bad_request"))
    assert error.code == "validation_failed"
    assert error.message.english()


@pytest.mark.parametrize(
    "exc",
    [
        status_error(APIStatusError, 418, "teapot"),
        CloudError("something new"),
    ],
    ids=["other-status", "base-class"],
)
def test_unknown_cloud_errors_get_the_generic_message(exc: CloudError) -> None:
    error = user_error_from(exc)
    assert error.code == "cloud_error"
    assert error.hint is not None


ALL_ERRORS: list[CloudError] = [
    ConnectionFailed("c"),
    ConnectionLost("l"),
    ProxyFailed("p"),
    RequestTimedOut("t"),
    TLSVerificationFailed("x", host="h", fingerprint_sha256=FINGERPRINT),
    UnexpectedResponse("u"),
    status_error(Unauthorized, 401, "invalid_credentials"),
    status_error(Forbidden, 403, "forbidden"),
    status_error(NotFound, 404, "not_found"),
    status_error(Conflict, 409, "conflict"),
    validation("body.username"),
    rate_limited(10),
    status_error(ServerError, 500, "internal_error"),
    status_error(APIStatusError, 418, "teapot"),
    CloudError("base"),
]


@pytest.mark.parametrize("exc", ALL_ERRORS, ids=lambda e: type(e).__name__)
def test_every_cloud_error_becomes_a_user_error_with_message_hint_and_technical_detail(
    exc: CloudError,
) -> None:
    error = user_error_from(exc)
    assert isinstance(error, UserError)
    assert error.message.english()
    assert error.hint is not None
    assert type(exc).__name__ in error.technical
    assert "{" not in error.message.english()


def test_each_error_class_has_its_own_code() -> None:
    codes = [user_error_from(exc).code for exc in ALL_ERRORS[:-1]]
    assert len(set(codes)) == len(codes)


def test_api_errors_carry_status_code_and_server_detail_in_the_technical_text() -> None:
    error = user_error_from(status_error(Conflict, 409, "conflict"))
    assert "HTTP 409 conflict: detail of conflict" in error.technical
