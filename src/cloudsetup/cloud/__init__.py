"""The typed httpx client of the cloud API, its error tree and its retry policy. No Qt.

``CloudClient`` has one method per endpoint of the office (the admin's session) and returns the
pydantic models of :mod:`cloudsetup.models`; ``DeviceClient`` is what an employee's device asks;
every failure is a :class:`~cloudsetup.cloud.errors.CloudError`.
"""

from cloudsetup.cloud.client import CloudClient, TokensChanged
from cloudsetup.cloud.device_client import DeviceClient, NotSignedIn
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
from cloudsetup.cloud.retry import DEFAULT_RETRY_POLICY, NO_RETRIES, RetryPolicy
from cloudsetup.cloud.transport import DEFAULT_TIMEOUT, USER_AGENT, check_base_url

__all__ = [
    "DEFAULT_RETRY_POLICY",
    "DEFAULT_TIMEOUT",
    "NO_RETRIES",
    "USER_AGENT",
    "APIStatusError",
    "CloudClient",
    "CloudError",
    "Conflict",
    "ConnectionFailed",
    "ConnectionLost",
    "DeviceClient",
    "Forbidden",
    "NotFound",
    "NotSignedIn",
    "ProxyFailed",
    "RateLimited",
    "RequestTimedOut",
    "RetryPolicy",
    "ServerError",
    "TLSVerificationFailed",
    "TokensChanged",
    "Unauthorized",
    "UnexpectedResponse",
    "ValidationFailed",
    "check_base_url",
    "map_error",
]
