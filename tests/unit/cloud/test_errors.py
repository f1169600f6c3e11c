"""map_error: every status and transport failure becomes the right class of the error tree."""

from __future__ import annotations

import ssl

import httpx
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
    map_error,
)

REQUEST = httpx.Request("POST", "https://cloud.test/api/v1/auth/login?x=1")


def _answer(
    status: int,
    *,
    json: object = None,
    text: str | None = None,
    content: bytes | None = None,
    headers: dict[str, str] | None = None,
) -> httpx.Response:
    return httpx.Response(
        status, json=json, text=text, content=content, headers=headers, request=REQUEST
    )


def _error_answer(status: int, code: str, **extra: object) -> httpx.Response:
    return _answer(status, json={"code": code, "detail": f"detail of {code}", **extra})


@pytest.mark.parametrize(
    ("status", "expected"),
    [
        (400, ValidationFailed),
        (401, Unauthorized),
        (403, Forbidden),
        (404, NotFound),
        (405, APIStatusError),
        (408, APIStatusError),
        (409, Conflict),
        (410, APIStatusError),
        (422, ValidationFailed),
        (429, RateLimited),
        (500, ServerError),
        (502, ServerError),
        (503, ServerError),
        (504, ServerError),
        (599, ServerError),
    ],
)
def test_status_with_error_body_maps_to_its_class(
    status: int, expected: type[APIStatusError]
) -> None:
    exc = map_error(_error_answer(status, "some_code"))
    assert type(exc) is expected
    assert isinstance(exc, APIStatusError)
    assert exc.status_code == status
    assert exc.code == "some_code"
    assert exc.detail == "detail of some_code"
    assert exc.body is not None
    assert exc.body.code == "some_code"


def test_unknown_error_code_is_kept_as_text() -> None:
    exc = map_error(_error_answer(401, "a_code_from_a_newer_server"))
    assert isinstance(exc, Unauthorized)
    assert exc.code == "a_code_from_a_newer_server"


def test_error_message_names_method_url_status_and_code_without_query() -> None:
    exc = map_error(_error_answer(401, "invalid_credentials"))
    assert str(exc) == (
        "POST https://cloud.test/api/v1/auth/login: HTTP 401 invalid_credentials: "
        "detail of invalid_credentials"
    )


def test_validation_failed_carries_the_field_errors() -> None:
    fields = [{"field": "domain", "code": "domain_characters", "detail": "bad"}]
    exc = map_error(_error_answer(422, "validation_failed", fields=fields))
    assert isinstance(exc, ValidationFailed)
    assert [(f.field, f.code) for f in exc.fields] == [("domain", "domain_characters")]


def test_html_500_from_a_gateway_is_a_server_error_without_body() -> None:
    page = "<html><body><h1>500 Internal Server Error</h1></body></html>"
    exc = map_error(_answer(500, text=page, headers={"content-type": "text/html"}))
    assert type(exc) is ServerError
    assert exc.status_code == 500
    assert exc.code == "http_500"
    assert exc.detail == "Internal Server Error"
    assert exc.body is None


def test_non_json_502_is_a_server_error() -> None:
    exc = map_error(_answer(502, content=b"\xff\xfe not even text"))
    assert isinstance(exc, ServerError)
    assert exc.code == "http_502"


@pytest.mark.parametrize("status", [400, 401, 403, 404, 409, 422])
def test_client_error_without_error_body_is_an_unexpected_response(status: int) -> None:
    # A proxy's log-in page or another web service: never claim "wrong password" for it.
    exc = map_error(
        _answer(status, text="<html>Proxy</html>", headers={"content-type": "text/html"})
    )
    assert type(exc) is UnexpectedResponse
    assert exc.status_code == status
    assert exc.content_type == "text/html"


def test_absurdly_deep_json_error_body_is_no_error_body() -> None:
    exc = map_error(_answer(503, content=b"[" * 100_000 + b"]" * 100_000))
    assert isinstance(exc, ServerError)
    assert exc.body is None


def test_json_of_another_service_is_not_taken_for_an_error_body() -> None:
    exc = map_error(_answer(404, json={"detail": "Not Found"}))
    assert type(exc) is UnexpectedResponse


def test_success_status_passed_to_map_error_is_an_unexpected_response() -> None:
    exc = map_error(_answer(200, text="<html>Captive portal</html>"))
    assert isinstance(exc, UnexpectedResponse)
    assert exc.status_code == 200
    assert "not an answer of the cloudsetup API" in str(exc)


def test_redirect_is_an_unexpected_response_that_says_where_it_points() -> None:
    exc = map_error(_answer(301, headers={"location": "https://cloud.test/api/v1/x?session=1"}))
    assert isinstance(exc, UnexpectedResponse)
    assert exc.status_code == 301
    assert str(exc).endswith("; it redirects to https://cloud.test/api/v1/x")


def test_relative_redirect_is_resolved_against_the_request() -> None:
    exc = map_error(_answer(307, headers={"location": "/login"}))
    assert str(exc).endswith("; it redirects to https://cloud.test/login")


def test_html_429_without_body_is_rate_limited_with_header_wait() -> None:
    exc = map_error(_answer(429, text="slow down", headers={"retry-after": "12"}))
    assert isinstance(exc, RateLimited)
    assert exc.retry_after == 12.0
    assert exc.code == "http_429"


def test_rate_limited_takes_retry_after_from_the_header_first() -> None:
    response = _answer(
        429,
        json={"code": "too_many_attempts", "detail": "wait", "retry_after": 99},
        headers={"retry-after": "30"},
    )
    exc = map_error(response)
    assert isinstance(exc, RateLimited)
    assert exc.retry_after == 30.0


def test_rate_limited_takes_retry_after_from_the_body_without_header() -> None:
    exc = map_error(_error_answer(429, "too_many_attempts", retry_after=45))
    assert isinstance(exc, RateLimited)
    assert exc.retry_after == 45.0


def test_rate_limited_reads_an_http_date_retry_after() -> None:
    response = _answer(429, headers={"retry-after": "Wed, 21 Oct 2099 07:28:00 GMT"})
    exc = map_error(response)
    assert isinstance(exc, RateLimited)
    assert exc.retry_after is not None
    assert exc.retry_after > 365 * 24 * 3600


def test_rate_limited_without_any_wait_has_none() -> None:
    exc = map_error(_error_answer(429, "too_many_attempts"))
    assert isinstance(exc, RateLimited)
    assert exc.retry_after is None


@pytest.mark.parametrize(
    ("exc_type", "expected"),
    [
        (httpx.ConnectError, ConnectionFailed),
        (httpx.ReadError, ConnectionLost),
        (httpx.WriteError, ConnectionLost),
        (httpx.CloseError, ConnectionLost),
        (httpx.RemoteProtocolError, ConnectionLost),
        (httpx.ProxyError, ProxyFailed),
        (httpx.UnsupportedProtocol, ConnectionFailed),
        (httpx.ConnectTimeout, RequestTimedOut),
        (httpx.ReadTimeout, RequestTimedOut),
        (httpx.WriteTimeout, RequestTimedOut),
        (httpx.PoolTimeout, RequestTimedOut),
    ],
)
def test_transport_failure_maps_to_its_class(
    exc_type: type[httpx.TransportError], expected: type[CloudError]
) -> None:
    exc = map_error(exc_type("boom", request=REQUEST))
    assert type(exc) is expected
    assert str(exc) == f"POST https://cloud.test/api/v1/auth/login: {exc_type.__name__} (boom)"


def test_a_lost_connection_and_a_refusing_proxy_still_count_as_connection_failures() -> None:
    # Code that only knows "no connection" (retries, the import's early end) keeps working.
    assert issubclass(ConnectionLost, ConnectionFailed)
    assert issubclass(ProxyFailed, ConnectionFailed)


def test_too_many_redirects_is_an_unexpected_response() -> None:
    exc = map_error(httpx.TooManyRedirects("loop", request=REQUEST))
    assert isinstance(exc, UnexpectedResponse)


def test_http_status_error_maps_like_its_response() -> None:
    response = _error_answer(403, "forbidden")
    exc = map_error(httpx.HTTPStatusError("403", request=REQUEST, response=response))
    assert isinstance(exc, Forbidden)


def _certificate_failure(url: str) -> httpx.ConnectError:
    """A ConnectError caused by a certificate error, chained the way httpx chains it."""
    request = httpx.Request("GET", url)
    try:
        try:
            raise ssl.SSLCertVerificationError(1, "certificate verify failed: self-signed")
        except ssl.SSLCertVerificationError as cause:
            raise httpx.ConnectError(str(cause), request=request) from cause
    except httpx.ConnectError as exc:
        return exc


def test_certificate_failure_is_tls_verification_failed_with_host_and_fingerprint() -> None:
    asked: list[tuple[str, int]] = []

    def fetch(host: str, port: int) -> str | None:
        asked.append((host, port))
        return "AB:CD"

    exc = map_error(_certificate_failure("https://cloud.test:8443/x"), fetch_fingerprint=fetch)
    assert isinstance(exc, TLSVerificationFailed)
    assert (exc.host, exc.fingerprint_sha256) == ("cloud.test", "AB:CD")
    assert asked == [("cloud.test", 8443)]


def test_certificate_fingerprint_is_fetched_on_port_443_by_default() -> None:
    asked: list[tuple[str, int]] = []

    def fetch(host: str, port: int) -> str | None:
        asked.append((host, port))
        return None

    exc = map_error(_certificate_failure("https://cloud.test/x"), fetch_fingerprint=fetch)
    assert isinstance(exc, TLSVerificationFailed)
    assert exc.fingerprint_sha256 is None
    assert asked == [("cloud.test", 443)]


def test_secrets_are_blanked_out_of_an_echoing_error_body() -> None:
    password = "S3cr3t-Passwört"
    fields = [{"field": "password", "code": "x", "detail": f"'{password}' is not allowed"}]
    response = _answer(
        422,
        json={"code": "validation_failed", "detail": f"bad password {password}", "fields": fields},
    )
    exc = map_error(response, secrets=[password])
    assert isinstance(exc, ValidationFailed)
    assert password not in str(exc)
    assert password not in repr(exc)
    assert password not in exc.detail
    assert password not in repr(exc.body)
    assert exc.fields[0].detail == "'***' is not allowed"


def test_secrets_are_blanked_out_of_transport_error_text() -> None:
    exc = map_error(httpx.ReadError("echo token-abc", request=REQUEST), secrets=["token-abc"])
    assert "token-abc" not in str(exc)
    assert "***" in str(exc)
