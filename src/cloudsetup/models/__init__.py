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
from cloudsetup.models.emails import EmailAddress, check_email, email_key
from cloudsetup.models.employees import (
    AccessInfo,
    AccessState,
    ActivationRequest,
    Employee,
    EmployeeIn,
    Language,
    Permissions,
    Restrictions,
)
from cloudsetup.models.errors import ErrorBody, ErrorCode, FieldError
from cloudsetup.models.fill import (
    Batch,
    BatchReceipt,
    CloudData,
    Collection,
    CollectionTotals,
    FillCommit,
    FillJob,
    FillJobCreate,
    FillJobState,
    FillRecord,
    FillResult,
)
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
from cloudsetup.models.passwords import (
    PasswordProblem,
    check_password,
    generate_password,
    password_strength,
)
from cloudsetup.models.ranges import NumberRange, NumberRangeIn, RangeSuggestion, overlaps
from cloudsetup.models.tenant import SetupState, SetupStep, Tenant

__all__ = [
    "AccessInfo",
    "AccessState",
    "ActivationRequest",
    "Batch",
    "BatchReceipt",
    "CloudData",
    "Collection",
    "CollectionTotals",
    "Credentials",
    "CurrentUser",
    "Domain",
    "DomainData",
    "EmailAddress",
    "Employee",
    "EmployeeIn",
    "ErrorBody",
    "ErrorCode",
    "FieldError",
    "FillCommit",
    "FillJob",
    "FillJobCreate",
    "FillJobState",
    "FillRecord",
    "FillResult",
    "IdentifierError",
    "Language",
    "LoginRequest",
    "NumberRange",
    "NumberRangeIn",
    "ParsedDomainData",
    "PasswordProblem",
    "Permissions",
    "RangeSuggestion",
    "RefreshRequest",
    "Restrictions",
    "Role",
    "ServerInfo",
    "ServerUrl",
    "SetupState",
    "SetupStep",
    "Tenant",
    "TokenPair",
    "Username",
    "check_domain",
    "check_email",
    "check_password",
    "check_server_url",
    "check_username",
    "email_key",
    "generate_password",
    "overlaps",
    "parse_domain_data",
    "password_strength",
]
