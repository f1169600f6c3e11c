"""The admin session: log-in, token pair, refresh, and who is signed in."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated, Literal

from pydantic import Field, SecretStr

from cloudsetup.models.common import SECRET_BEARING, ApiModel, not_blank
from cloudsetup.models.identifiers import (
    PASSWORD_MAX_LENGTH,
    Domain,
    Password,
    ServerUrl,
    Username,
)


class Role(StrEnum):
    """What an admin user of a tenant may do."""

    ADMINISTRATION = "administration"
    SERVICE_PROVIDER = "service_provider"


class LoginRequest(ApiModel):
    """Body of ``POST /auth/login``: the "Domäne-Daten" of the customer portal."""

    model_config = SECRET_BEARING

    domain: Domain
    username: Username
    password: Password = Field(min_length=1, max_length=PASSWORD_MAX_LENGTH)

    def __repr__(self) -> str:  # never show the password, not even in a debugger
        return f"LoginRequest(domain={self.domain!r}, username={self.username!r})"

    __str__ = __repr__


class RefreshRequest(ApiModel):
    """Body of ``POST /auth/refresh`` and ``POST /auth/logout``."""

    model_config = SECRET_BEARING

    refresh_token: Annotated[str, Field(min_length=1, max_length=512), not_blank("token_empty")]

    def __repr__(self) -> str:
        return "RefreshRequest(refresh_token=***)"

    __str__ = __repr__


class TokenPair(ApiModel):
    """A short-lived access token and the single-use refresh token that replaces it."""

    model_config = SECRET_BEARING

    access_token: str
    refresh_token: str
    token_type: Literal["bearer"] = "bearer"  # noqa: S105 - the OAuth token type, not a secret
    expires_in: int = Field(description="seconds until the access token expires")
    refresh_expires_in: int = Field(description="seconds until the refresh token expires")

    def __repr__(self) -> str:
        return (
            f"TokenPair(expires_in={self.expires_in}, refresh_expires_in={self.refresh_expires_in})"
        )

    __str__ = __repr__


class CurrentUser(ApiModel):
    """``GET /me``: the admin user a token belongs to."""

    user_id: int | None = Field(default=None, description="his id in GET /users")
    username: str
    email: str
    role: Role
    domain: str


class Credentials(ApiModel):
    """What the admin types on page 1 (or pastes as a block). Only ever held in memory."""

    model_config = SECRET_BEARING

    server_url: ServerUrl
    domain: Domain
    username: Username
    password: SecretStr = Field(min_length=1, max_length=PASSWORD_MAX_LENGTH)
