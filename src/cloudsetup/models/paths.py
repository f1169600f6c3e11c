"""The URL paths of the cloud API, in one place for the server's routes and the client."""

from __future__ import annotations

from typing import Final

API_PREFIX: Final = "/api/v1"

HEALTH: Final = f"{API_PREFIX}/health"
AUTH_LOGIN: Final = f"{API_PREFIX}/auth/login"
AUTH_REFRESH: Final = f"{API_PREFIX}/auth/refresh"
AUTH_LOGOUT: Final = f"{API_PREFIX}/auth/logout"
ME: Final = f"{API_PREFIX}/me"
TENANT: Final = f"{API_PREFIX}/tenant"
