"""The body of every error response of the cloud API.

The server answers every 4xx/5xx with this shape; the client maps it to its error tree. ``code``
is a stable machine-readable reason (see :class:`ErrorCode`); ``detail`` is an English text for
logs and diagnostics, never shown to a user as-is.
"""

from __future__ import annotations

from enum import StrEnum

from pydantic import Field

from cloudsetup.models.common import ApiModel


class ErrorCode(StrEnum):
    """Reasons the server gives. Clients must tolerate codes they do not know."""

    INVALID_CREDENTIALS = "invalid_credentials"
    INVALID_TOKEN = "invalid_token"  # noqa: S105 - an error code, not a secret
    TOKEN_EXPIRED = "token_expired"  # noqa: S105 - an error code, not a secret
    TOO_MANY_ATTEMPTS = "too_many_attempts"
    FORBIDDEN = "forbidden"
    NOT_FOUND = "not_found"
    CONFLICT = "conflict"
    VALIDATION_FAILED = "validation_failed"
    INTERNAL_ERROR = "internal_error"


class FieldError(ApiModel):
    """One rejected input field: where (dotted path), which rule (code) and why (English)."""

    field: str
    code: str
    detail: str


class ErrorBody(ApiModel):
    code: str
    detail: str
    retry_after: int | None = Field(default=None, description="seconds, with 429")
    fields: tuple[FieldError, ...] = ()
