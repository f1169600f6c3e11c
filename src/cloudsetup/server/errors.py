"""Error responses: every 4xx/5xx the service sends is a :class:`cloudsetup.models.ErrorBody`.

Services raise :class:`ApiError` (or a subclass); the handlers installed here also turn FastAPI's
own errors (422 validation, 404 unknown route, 405) and any unhandled exception (500) into the
same shape, so a client needs exactly one way to read an error.
"""

from __future__ import annotations

import logging
import math
import re
from collections.abc import Mapping
from http import HTTPStatus
from typing import Any

from fastapi import FastAPI, Request, routing
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.routing import Match

from cloudsetup.models import ErrorBody, ErrorCode, FieldError, RecipientLinesError
from cloudsetup.models.identifiers import IdentifierError

logger = logging.getLogger(__name__)

_CODES_BY_STATUS: dict[int, str] = {
    401: ErrorCode.INVALID_TOKEN,
    403: ErrorCode.FORBIDDEN,
    404: ErrorCode.NOT_FOUND,
    405: "method_not_allowed",
    409: ErrorCode.CONFLICT,
    422: ErrorCode.VALIDATION_FAILED,
    429: ErrorCode.TOO_MANY_ATTEMPTS,
}


# Reasons that whole-model validators put in front of their message, and the field at fault.
_MODEL_REASON = re.compile(r"([a-z][a-z_]*[a-z]):")
_FIELD_OF_REASON = {"range_inverted": "end", "next_outside": "next_number"}


class ApiError(Exception):
    """An answer other than success, with the status and the stable code the client sees."""

    def __init__(
        self,
        status_code: int,
        code: str,
        detail: str,
        *,
        retry_after: float | None = None,
        headers: Mapping[str, str] | None = None,
        fields: tuple[FieldError, ...] = (),
    ) -> None:
        super().__init__(detail)
        self.status_code = status_code
        self.code = code
        self.detail = detail
        self.fields = fields
        self.retry_after = None if retry_after is None else max(1, math.ceil(retry_after))
        self.headers = dict(headers or {})


def field_error(
    status_code: int, code: str, field: str, detail: str, *, field_code: str | None = None
) -> ApiError:
    """An error that belongs to one input field (whose code is ``code`` unless given)."""
    fields = (FieldError(field=field, code=field_code or code, detail=detail),)
    return ApiError(status_code, code, detail, fields=fields)


class UnauthorizedError(ApiError):
    def __init__(self, code: str, detail: str) -> None:
        super().__init__(401, code, detail)


class TooManyAttemptsError(ApiError):
    def __init__(self, retry_after: float) -> None:
        super().__init__(
            429,
            ErrorCode.TOO_MANY_ATTEMPTS,
            "too many failed log-ins for this account; wait and try again",
            retry_after=retry_after,
        )


def error_response(
    status_code: int,
    body: ErrorBody,
    headers: Mapping[str, str] | None = None,
) -> JSONResponse:
    all_headers = dict(headers or {})
    if status_code == 401:
        all_headers.setdefault("WWW-Authenticate", "Bearer")
    if body.retry_after is not None:
        all_headers["Retry-After"] = str(body.retry_after)
    return JSONResponse(body.model_dump(mode="json"), status_code=status_code, headers=all_headers)


async def _api_error(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, ApiError)  # noqa: S101 - registered for ApiError only
    body = ErrorBody(
        code=exc.code, detail=exc.detail, retry_after=exc.retry_after, fields=exc.fields
    )
    return error_response(exc.status_code, body, exc.headers)


def _allowed_methods(request: Request) -> str:
    """Every method some route of the request's path takes (the ``Allow`` of a 405).

    Starlette answers a 405 with the methods of the first route whose path matched, but GET
    and PUT of one path are two routes here: the header would leave one of them out.
    """
    methods: set[str] = set()
    for route in routing.iter_route_contexts(request.app.routes):
        match, _child = route.matches(request.scope)
        if match is not Match.NONE and route.methods:
            methods |= route.methods
    return ", ".join(sorted(methods))


async def _http_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)  # noqa: S101
    status = exc.status_code
    code = _CODES_BY_STATUS.get(status, f"http_{status}")
    detail = exc.detail if isinstance(exc.detail, str) else HTTPStatus(status).phrase
    headers = dict(exc.headers or {})
    if status == 405:
        headers["Allow"] = _allowed_methods(request)
    return error_response(status, ErrorBody(code=code, detail=detail), headers)


def _field_error(error: Mapping[str, Any]) -> FieldError:
    location = [str(part) for part in error.get("loc", ())]
    if location and location[0] in ("body", "query"):
        location = location[1:]
    code = str(error.get("type", "invalid"))
    cause = (error.get("ctx") or {}).get("error")
    if code == "json_invalid":
        location = []  # FastAPI puts the position into the location: the field is the body
    elif isinstance(cause, IdentifierError):
        # The model's own reason ("domain_characters", ...) is what a client can translate.
        code = cause.reason
    elif isinstance(cause, ValueError) and (reason := _MODEL_REASON.match(str(cause))):
        # A model validator says "range_inverted: ..."; it names the field that has to change.
        code = reason.group(1)
        location = [*location, _FIELD_OF_REASON[code]] if code in _FIELD_OF_REASON else location
    return FieldError(field=".".join(location) or "body", code=code, detail=str(error.get("msg")))


def _field_errors(error: Mapping[str, Any]) -> list[FieldError]:
    """The fields one validation error names (several for a list of bad lines)."""
    cause = (error.get("ctx") or {}).get("error")
    if isinstance(cause, RecipientLinesError):
        # One error of the model, one field per bad line: "lines.3" with the line's reason.
        return [
            FieldError(field=problem.field, code=problem.code, detail=problem.detail)
            for problem in cause.problems
        ]
    return [_field_error(error)]


async def _validation_error(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)  # noqa: S101
    fields = tuple(field for error in exc.errors() for field in _field_errors(error))
    body = ErrorBody(
        code=ErrorCode.VALIDATION_FAILED, detail="the request is not valid", fields=fields
    )
    return error_response(422, body)


async def _unhandled_error(request: Request, exc: Exception) -> JSONResponse:
    logger.error("unhandled error in %s %s", request.method, request.url.path, exc_info=exc)
    body = ErrorBody(code=ErrorCode.INTERNAL_ERROR, detail="internal server error")
    return error_response(500, body)


def install_error_handlers(app: FastAPI) -> None:
    app.add_exception_handler(ApiError, _api_error)
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(Exception, _unhandled_error)
