"""The domain and the API contract: pydantic models and their rules. No I/O, no Qt.

The server and the desktop client import the same models, so a rule written here is enforced
on both sides.
"""

from cloudsetup.models.auth import (
    Credentials,
    CurrentUser,
    LoginRequest,
    RefreshRequest,
    Role,
    TokenPair,
)
from cloudsetup.models.domain_data import DomainData, ParsedDomainData, parse_domain_data
from cloudsetup.models.errors import ErrorBody, ErrorCode, FieldError
from cloudsetup.models.health import ServerInfo
from cloudsetup.models.identifiers import (
    Domain,
    IdentifierError,
    ServerUrl,
    Username,
    check_domain,
    check_server_url,
    check_username,
)
from cloudsetup.models.tenant import SetupState, SetupStep, Tenant

__all__ = [
    "Credentials",
    "CurrentUser",
    "Domain",
    "DomainData",
    "ErrorBody",
    "ErrorCode",
    "FieldError",
    "IdentifierError",
    "LoginRequest",
    "ParsedDomainData",
    "RefreshRequest",
    "Role",
    "ServerInfo",
    "ServerUrl",
    "SetupState",
    "SetupStep",
    "Tenant",
    "TokenPair",
    "Username",
    "check_domain",
    "check_server_url",
    "check_username",
    "parse_domain_data",
]
