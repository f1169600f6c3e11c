"""The use cases the GUI calls, the secret store and the local settings. Plain Python, no Qt.

Services take their collaborators as arguments (a cloud client factory, a secret store, a
settings store); :mod:`cloudsetup.services.bootstrap` wires the real ones. Everything that can go
wrong leaves this layer as a :class:`UserError` with a translatable message.
"""

from cloudsetup.services.errors import UserError, user_error_from, validate_credentials_input
from cloudsetup.services.ports import ClientFactory, CloudApi
from cloudsetup.services.secrets import (
    KeyringSecretStore,
    SecretKey,
    SecretStore,
    SecretStoreUnavailable,
    SessionSecretStore,
)
from cloudsetup.services.settings import LocalSettings, SettingsStore
from cloudsetup.services.setup import Connection, SetupService
from cloudsetup.services.text import QT_TRANSLATE_NOOP, Text

__all__ = [
    "QT_TRANSLATE_NOOP",
    "ClientFactory",
    "CloudApi",
    "Connection",
    "KeyringSecretStore",
    "LocalSettings",
    "SecretKey",
    "SecretStore",
    "SecretStoreUnavailable",
    "SessionSecretStore",
    "SettingsStore",
    "SetupService",
    "Text",
    "UserError",
    "user_error_from",
    "validate_credentials_input",
]
