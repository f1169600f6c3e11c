"""The use cases the GUI calls, the secret store and the local settings. Plain Python, no Qt.

Services take their collaborators as arguments (a cloud client factory, a secret store, a
settings store); :mod:`cloudsetup.services.bootstrap` wires the real ones. Everything that can go
wrong leaves this layer as a :class:`UserError` with a translatable message.
"""

from cloudsetup.services.access import AccessService
from cloudsetup.services.csv_import import CsvImport, CsvProblem, read_csv
from cloudsetup.services.devices import DeviceService
from cloudsetup.services.employees import EmployeeService, ImportResult
from cloudsetup.services.entry_checks import validate_employee_input, validate_range_input
from cloudsetup.services.errors import UserError, user_error_from, validate_credentials_input
from cloudsetup.services.fill import FillCancelled, FillService
from cloudsetup.services.fill_progress import COLLECTION_LABELS, FillProgress
from cloudsetup.services.notifications import (
    BadRecipientLinesError,
    NotificationService,
    RecipientCheck,
    RecipientsState,
    SavedRecipients,
)
from cloudsetup.services.ports import ClientFactory, CloudApi, OfficeChanges, OfficeData
from cloudsetup.services.ranges import RangeService
from cloudsetup.services.secrets import (
    KeyringSecretStore,
    SecretKey,
    SecretStore,
    SecretStoreUnavailable,
    SessionSecretStore,
)
from cloudsetup.services.settings import LocalSettings, SettingsStore
from cloudsetup.services.setup import Connection, SetupService
from cloudsetup.services.sync import (
    SyncCancelled,
    SyncOverview,
    SyncProgress,
    SyncResult,
    SyncService,
)
from cloudsetup.services.text import QT_TRANSLATE_NOOP, Text
from cloudsetup.services.users import UserOverview, UserService, validate_invitation_input

__all__ = [
    "COLLECTION_LABELS",
    "QT_TRANSLATE_NOOP",
    "AccessService",
    "BadRecipientLinesError",
    "ClientFactory",
    "CloudApi",
    "Connection",
    "CsvImport",
    "CsvProblem",
    "DeviceService",
    "EmployeeService",
    "FillCancelled",
    "FillProgress",
    "FillService",
    "ImportResult",
    "KeyringSecretStore",
    "LocalSettings",
    "NotificationService",
    "OfficeChanges",
    "OfficeData",
    "RangeService",
    "RecipientCheck",
    "RecipientsState",
    "SavedRecipients",
    "SecretKey",
    "SecretStore",
    "SecretStoreUnavailable",
    "SessionSecretStore",
    "SettingsStore",
    "SetupService",
    "SyncCancelled",
    "SyncOverview",
    "SyncProgress",
    "SyncResult",
    "SyncService",
    "Text",
    "UserError",
    "UserOverview",
    "UserService",
    "read_csv",
    "user_error_from",
    "validate_credentials_input",
    "validate_employee_input",
    "validate_invitation_input",
    "validate_range_input",
]
