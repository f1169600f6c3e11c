"""The first use case: connect to the cloud with the admin's credentials, and resume later.

``test_connection`` signs in, reads who signed in and the tenant's setup state, remembers server,
domain and user in the local settings, and keeps the rotating refresh token in the secret store
(never the password). ``resume`` uses a stored refresh token at the next start. Every cloud error
leaves as a :class:`UserError`; a keyring that fails after a successful sign-in does not fail the
connection, it is reported in :attr:`Connection.secret_problem` so the user can choose "ask me
every time".
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass

from cloudsetup.cloud.errors import CloudError, Unauthorized
from cloudsetup.models import Credentials, CurrentUser, SetupState, Tenant, TokenPair
from cloudsetup.services.drafts import DRAFTS_FILE_NAME, DraftStore
from cloudsetup.services.errors import UserError, user_error_from
from cloudsetup.services.ports import ClientFactory, CloudApi
from cloudsetup.services.secrets import (
    SecretKey,
    SecretStore,
    SecretStoreUnavailable,
    SessionSecretStore,
)
from cloudsetup.services.settings import LocalSettings, SettingsStore
from cloudsetup.services.text import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Connection:
    """A working connection: the tenant, who is signed in, and whether the sign-in is kept.

    ``secret_stored`` is true when the refresh token is in the OS keyring for the next start;
    ``secret_problem`` says why it is not when the keyring failed (``None`` in "ask me every
    time" mode, where nothing is kept on purpose).
    """

    tenant: Tenant
    user: CurrentUser
    secret_stored: bool
    secret_problem: UserError | None = None


class _Session:
    """One signed-in client and where its refresh token goes.

    The refresh token is written only once the session is committed (after a successful test
    and the settings are saved); rotations after that are written as they happen.
    """

    def __init__(self, key: SecretKey) -> None:
        self.key = key
        self.lock = threading.Lock()
        self.client: CloudApi | None = None
        self.refresh_token: str | None = None
        self.committed = False
        self.stored = False
        self.problem: UserError | None = None


class SetupService:
    """Connects this computer to its cloud; keeps the connected client for the later pages."""

    def __init__(
        self,
        *,
        client_factory: ClientFactory,
        secrets: SecretStore,
        settings: SettingsStore,
        drafts: DraftStore | None = None,
    ) -> None:
        """``drafts`` keeps the pages' unsent input; by default ``drafts.json`` beside the
        settings file."""
        self._client_factory = client_factory
        self.drafts = (
            drafts if drafts is not None else DraftStore(settings.path.with_name(DRAFTS_FILE_NAME))
        )
        self._keyring = secrets
        self._session_store = SessionSecretStore()
        self._settings = settings
        self._session_only: bool | None = None  # read from the settings on first use
        self._lock = threading.Lock()
        self._session: _Session | None = None
        self._last_connection: Connection | None = None

    # -- use cases -------------------------------------------------------------------------

    def test_connection(self, credentials: Credentials) -> Connection:
        """Sign in with ``credentials`` and keep the session; raises :class:`UserError`."""
        key = SecretKey(credentials.server_url, credentials.domain, credentials.username)
        session, client = self._open(credentials.server_url, key)
        try:
            client.login(
                domain=credentials.domain,
                username=credentials.username,
                password=credentials.password.get_secret_value(),
            )
            user = client.get_me()
            tenant = client.get_tenant()
        except CloudError as exc:
            client.close()
            raise user_error_from(exc) from exc
        try:
            previous = self._settings.load()
            self._settings.save(
                previous.model_copy(
                    update={
                        "server_url": credentials.server_url,
                        "domain": credentials.domain,
                        "username": credentials.username,
                    }
                )
            )
        except UserError:
            client.close()
            raise
        self._commit(session)
        if session.problem is None:
            self._forget_other_account(previous, key)
        return self._connection(session, tenant, user)

    def resume(self) -> Connection | None:
        """Reconnect with the stored refresh token; ``None`` when the user must sign in again."""
        settings = self._settings.load()
        if not (settings.server_url and settings.domain and settings.username):
            return None
        key = SecretKey(settings.server_url, settings.domain, settings.username)
        store = self._store(settings)
        try:
            refresh_token = store.get(key)
        except SecretStoreUnavailable as exc:
            raise exc.to_user_error() from exc
        if not refresh_token:
            return None
        session, client = self._open(settings.server_url, key)
        session.committed = True  # every rotation from here on must be kept
        try:
            client.use_refresh_token(refresh_token)
            client.refresh()
            user = client.get_me()
            tenant = client.get_tenant()
        except Unauthorized as exc:
            # The cloud refused the stored session (expired, revoked, used): ask again.
            log.info("stored session refused: %s %s", exc.code, exc.detail)
            client.close()
            self._delete_quietly(store, key)
            return None
        except CloudError as exc:
            client.close()
            raise user_error_from(exc) from exc
        self._replace_session(session)
        return self._connection(session, tenant, user)

    def reload(self) -> Connection:
        """Who is signed in and the tenant, fresh from the cloud, on the current session.

        Unlike :meth:`resume` it keeps the session (no new sign-in): the settings window loads
        its connection section with it. Raises :class:`UserError` (``not_connected`` without a
        session).
        """
        session, client = self._current()
        try:
            user = client.get_me()
            tenant = client.get_tenant()
        except CloudError as exc:
            raise user_error_from(exc) from exc
        return self._connection(session, tenant, user)

    def remember_session_only(self) -> None:
        """Switch to "ask me every time": keep the sign-in in memory only, from now on."""
        settings = self._settings.load()
        self._settings.save(settings.model_copy(update={"ask_every_time": True}))
        self._session_only = True
        session = self._session
        if session is None:
            return
        with session.lock:
            if session.stored:  # it reached the keyring before: take it out again
                self._delete_quietly(self._keyring, session.key)
            if session.refresh_token:
                self._session_store.set(session.key, session.refresh_token)
            session.stored = False
            session.problem = None

    def setup_state(self) -> SetupState:
        """The tenant's setup state, fresh from the cloud (needs a connection)."""
        try:
            return self.client.get_tenant().setup
        except CloudError as exc:
            raise user_error_from(exc) from exc

    def local_settings(self) -> LocalSettings:
        """What this computer remembers (to prefill the credentials page)."""
        return self._settings.load()

    @property
    def connection(self) -> Connection | None:
        """The last connection made (tenant and user as they were then); ``None`` before."""
        return self._last_connection

    @property
    def client(self) -> CloudApi:
        """The connected client for the later pages; raises :class:`UserError` if there is none."""
        return self._current()[1]

    def close(self) -> None:
        """Close the connection (the stored sign-in stays for the next start)."""
        with self._lock:
            session, self._session = self._session, None
            self._last_connection = None
        if session is not None and session.client is not None:
            session.client.close()

    # -- internals -------------------------------------------------------------------------

    def _current(self) -> tuple[_Session, CloudApi]:
        session = self._session
        if session is None or session.client is None:
            raise UserError(
                QT_TRANSLATE_NOOP("SetupService", "There is no connection to the cloud yet."),
                hint=QT_TRANSLATE_NOOP(
                    "SetupService", 'Enter the access data and click "Test connection".'
                ),
                code="not_connected",
                technical="no connected session",
            )
        return session, session.client

    def _open(self, server_url: str, key: SecretKey) -> tuple[_Session, CloudApi]:
        session = _Session(key)
        client = self._client_factory(
            server_url, on_tokens_changed=lambda tokens: self._tokens_changed(session, tokens)
        )
        session.client = client
        return session, client

    def _tokens_changed(self, session: _Session, tokens: TokenPair) -> None:
        """Called by the client after log-in and every refresh; must never raise."""
        with session.lock:
            session.refresh_token = tokens.refresh_token
            if session.committed:
                self._write(session)

    def _commit(self, session: _Session) -> None:
        with session.lock:
            session.committed = True
            self._write(session)
        self._replace_session(session)

    def _write(self, session: _Session) -> None:
        """Store the session's latest refresh token; called with ``session.lock`` held."""
        if session.refresh_token is None:
            return
        try:
            self._store().set(session.key, session.refresh_token)
        except SecretStoreUnavailable as exc:
            log.warning("refresh token not stored: %s", exc.technical)
            session.stored = False
            session.problem = exc.to_user_error()
            return
        session.stored = not self._session_only
        session.problem = None

    def _replace_session(self, session: _Session) -> None:
        with self._lock:
            old, self._session = self._session, session
        if old is not None and old is not session and old.client is not None:
            old.client.close()

    def _connection(self, session: _Session, tenant: Tenant, user: CurrentUser) -> Connection:
        with session.lock:
            connection = Connection(tenant, user, session.stored, session.problem)
        self._last_connection = connection
        return connection

    def _store(self, settings: LocalSettings | None = None) -> SecretStore:
        if self._session_only is None:
            self._session_only = (settings or self._settings.load()).ask_every_time
        return self._session_store if self._session_only else self._keyring

    def _forget_other_account(self, previous: LocalSettings, key: SecretKey) -> None:
        """A different server, domain or user replaces the old one: drop its stored session."""
        if not (previous.server_url and previous.domain and previous.username):
            return
        old = SecretKey(previous.server_url, previous.domain, previous.username)
        if old.keyring_username != key.keyring_username:
            self._delete_quietly(self._store(), old)

    @staticmethod
    def _delete_quietly(store: SecretStore, key: SecretKey) -> None:
        try:
            store.delete(key)
        except SecretStoreUnavailable as exc:
            log.warning("could not delete a stored session: %s", exc.technical)
