"""The error tree of the cloud client, and :func:`map_error`, the one place that builds it.

::

    CloudError
    ├── ConnectionFailed          no connection to the server could be made
    │   ├── ConnectionLost        the connection broke off before the answer (reset, closed)
    │   └── ProxyFailed           the proxy of this network refused the tunnel to the server
    ├── RequestTimedOut           connect, read, write or pool timeout
    ├── TLSVerificationFailed     the server's certificate is not trusted (host, fingerprint)
    ├── UnexpectedResponse        an answer that is not the cloudsetup API (HTML, other service)
    └── APIStatusError            the API answered with an error status (code, detail, body)
        ├── Unauthorized          401
        ├── Forbidden             403
        ├── NotFound              404
        ├── Conflict              409
        ├── ValidationFailed      400, 422 (fields)
        ├── RateLimited           429 (retry_after)
        └── ServerError           5xx

A 4xx answer without the API's :class:`~cloudsetup.models.ErrorBody` did not come from a
cloudsetup server (a proxy's login page, another web service at a wrong address) and becomes
:class:`UnexpectedResponse`, so "wrong password" is never claimed on a stranger's 401. Gateways and
overloaded servers answer 5xx, 408 and 429 with their own pages, so those keep their class
without a body. Messages never contain a password or a token: :func:`map_error` blanks out the
secrets the caller names, wherever the server may have echoed them.
"""

# The class names are the contract of docs/architecture.md, which reads better without "Error".
# ruff: noqa: N818

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from http import HTTPStatus
from typing import Any

import httpx
from pydantic import ValidationError

from cloudsetup.cloud.retry import retry_after_of
from cloudsetup.cloud.tls import fetch_certificate_fingerprint, is_certificate_error
from cloudsetup.models import ErrorBody, FieldError

REDACTED = "***"

#: Reads the certificate fingerprint of ``(host, port)``; ``None`` when it cannot.
FingerprintFetcher = Callable[[str, int], str | None]


class CloudError(Exception):
    """Anything that went wrong talking to the cloud. ``str()`` is English, for diagnostics."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class ConnectionFailed(CloudError):
    """No connection to the server could be made (or one of the subclasses below)."""


class ConnectionLost(ConnectionFailed):
    """The connection broke off after the request went out: the server may have acted on it."""


class ProxyFailed(ConnectionFailed):
    """The HTTP proxy (``HTTPS_PROXY``) refused to open a tunnel to the server."""


class RequestTimedOut(CloudError):
    """The server did not connect or answer within the timeout."""


class TLSVerificationFailed(CloudError):
    """The server's certificate is not trusted.

    ``fingerprint_sha256`` is that certificate's ``AB:CD:…`` fingerprint, ``None`` if unreadable.
    """

    def __init__(self, message: str, *, host: str, fingerprint_sha256: str | None) -> None:
        super().__init__(message)
        self.host = host
        self.fingerprint_sha256 = fingerprint_sha256


class UnexpectedResponse(CloudError):
    """The server answered, but not like the cloudsetup API (wrong address, proxy page, …)."""

    def __init__(
        self, message: str, *, status_code: int | None = None, content_type: str | None = None
    ) -> None:
        super().__init__(message)
        self.status_code = status_code
        self.content_type = content_type


class APIStatusError(CloudError):
    """The API answered with an error status; ``code`` is the stable reason of ``ErrorBody``."""

    def __init__(
        self, message: str, *, status_code: int, code: str, detail: str, body: ErrorBody | None
    ) -> None:
        super().__init__(message)
        self.status_code = status_code
        self.code = code
        self.detail = detail
        self.body = body


class Unauthorized(APIStatusError):
    """401: wrong credentials, or the token is invalid or expired."""


class Forbidden(APIStatusError):
    """403: signed in, but not allowed."""


class NotFound(APIStatusError):
    """404: the thing asked for does not exist (any more)."""


class Conflict(APIStatusError):
    """409: the change conflicts with the state in the cloud."""


class ValidationFailed(APIStatusError):
    """400/422: the request was rejected; ``fields`` says which inputs and why."""

    @property
    def fields(self) -> tuple[FieldError, ...]:
        return self.body.fields if self.body is not None else ()


class RateLimited(APIStatusError):
    """429: too many requests; ``retry_after`` is the wait in seconds when the server said."""

    def __init__(
        self,
        message: str,
        *,
        status_code: int,
        code: str,
        detail: str,
        body: ErrorBody | None,
        retry_after: float | None,
    ) -> None:
        super().__init__(message, status_code=status_code, code=code, detail=detail, body=body)
        self.retry_after = retry_after


class ServerError(APIStatusError):
    """5xx: the server (or a gateway in front of it) failed."""


_STATUS_CLASSES: dict[int, type[APIStatusError]] = {
    400: ValidationFailed,
    401: Unauthorized,
    403: Forbidden,
    404: NotFound,
    409: Conflict,
    422: ValidationFailed,
}

#: Transport failures after the connection was made: it was reset or closed before the answer.
_BROKE_OFF = (httpx.ReadError, httpx.WriteError, httpx.CloseError, httpx.RemoteProtocolError)

#: Statuses that keep their class without an ErrorBody: gateways and busy servers send them.
_BODYLESS_OK = frozenset({408, 429})


def map_error(
    source: httpx.HTTPError | httpx.Response,
    *,
    secrets: Iterable[str] = (),
    fetch_fingerprint: FingerprintFetcher = fetch_certificate_fingerprint,
) -> CloudError:
    """The :class:`CloudError` for an httpx exception or for a response that cannot be used.

    A response passed here is either an error status or a success whose body is not what the
    API sends (then :class:`UnexpectedResponse`). ``secrets`` (password, tokens of the request)
    are replaced by ``***`` in anything taken from the answer.
    """
    hidden = tuple(secret for secret in secrets if secret)
    if isinstance(source, httpx.Response):
        return _from_response(source, hidden)
    return _from_exception(source, hidden, fetch_fingerprint)


def _from_exception(
    exc: httpx.HTTPError, secrets: tuple[str, ...], fetch_fingerprint: FingerprintFetcher
) -> CloudError:
    where = _describe_request(exc)
    reason = _redact(str(exc) or type(exc).__name__, secrets)
    if is_certificate_error(exc):
        host, fingerprint = "?", None
        if _has_request(exc):
            url = exc.request.url
            host = url.host
            fingerprint = fetch_fingerprint(host, url.port or 443)
        return TLSVerificationFailed(
            f"the certificate of {host} is not trusted ({reason})",
            host=host,
            fingerprint_sha256=fingerprint,
        )
    if isinstance(exc, httpx.TimeoutException):
        return RequestTimedOut(f"{where}: {type(exc).__name__} ({reason})")
    if isinstance(exc, httpx.ProxyError):
        return ProxyFailed(f"{where}: {type(exc).__name__} ({reason})")
    if isinstance(exc, _BROKE_OFF):
        return ConnectionLost(f"{where}: {type(exc).__name__} ({reason})")
    if isinstance(exc, httpx.TransportError):
        return ConnectionFailed(f"{where}: {type(exc).__name__} ({reason})")
    if isinstance(exc, httpx.HTTPStatusError):
        return _from_response(exc.response, secrets)
    # TooManyRedirects, DecodingError: an answer arrived but cannot be used.
    return UnexpectedResponse(f"{where}: {type(exc).__name__} ({reason})")


def _from_response(response: httpx.Response, secrets: tuple[str, ...]) -> CloudError:
    status = response.status_code
    content_type = response.headers.get("content-type")
    body = _error_body(response, secrets)
    where = _describe_request(response)
    if status < 400 or (body is None and status < 500 and status not in _BODYLESS_OK):
        return UnexpectedResponse(
            f"{where}: HTTP {status} ({content_type or 'no content type'}) is not an answer "
            f"of the cloudsetup API{_redirect_note(response)}",
            status_code=status,
            content_type=content_type,
        )
    code = body.code if body is not None else f"http_{status}"
    detail = body.detail if body is not None else _phrase(status)
    message = f"{where}: HTTP {status} {code}: {detail}"
    if status == 429:
        retry_after = retry_after_of(response.headers)
        if retry_after is None and body is not None and body.retry_after is not None:
            retry_after = float(body.retry_after)
        return RateLimited(
            message,
            status_code=status,
            code=code,
            detail=detail,
            body=body,
            retry_after=retry_after,
        )
    cls = ServerError if status >= 500 else _STATUS_CLASSES.get(status, APIStatusError)
    return cls(message, status_code=status, code=code, detail=detail, body=body)


def _error_body(response: httpx.Response, secrets: tuple[str, ...]) -> ErrorBody | None:
    """The ``ErrorBody`` of an answer, secrets blanked out; ``None`` for any other body."""
    try:
        data = json.loads(response.content)
        return ErrorBody.model_validate(_redact_json(data, secrets))
    except (ValueError, ValidationError, RecursionError):  # ValueError covers bad UTF-8 too
        return None


def _redact(text: str, secrets: tuple[str, ...]) -> str:
    for secret in secrets:
        text = text.replace(secret, REDACTED)
    return text


def _redact_json(data: Any, secrets: tuple[str, ...]) -> Any:
    if isinstance(data, str):
        return _redact(data, secrets)
    if isinstance(data, list):
        return [_redact_json(item, secrets) for item in data]
    if isinstance(data, dict):
        return {key: _redact_json(value, secrets) for key, value in data.items()}
    return data


def _redirect_note(response: httpx.Response) -> str:
    """Where a redirect points (without its query), e.g. from ``http://`` to ``https://``."""
    location = response.headers.get("location")
    if not response.is_redirect or not location:
        return ""
    try:
        target = response.url.join(location) if _has_request(response) else httpx.URL(location)
    except httpx.InvalidURL:
        return ""
    return f"; it redirects to {target.scheme}://{target.netloc.decode('ascii')}{target.path}"


def _phrase(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "unknown status"


def _has_request(source: httpx.HTTPError | httpx.Response) -> bool:
    try:
        source.request  # noqa: B018 - the property raises when no request is attached
    except RuntimeError:
        return False
    return True


def _describe_request(source: httpx.HTTPError | httpx.Response) -> str:
    """``POST https://host/api/v1/auth/login`` for messages: method and URL, never a body."""
    if not _has_request(source):
        return "request"
    request = source.request
    url = request.url  # scheme, host and path only: no user info, no query
    return f"{request.method} {url.scheme}://{url.netloc.decode('ascii')}{url.path}"
