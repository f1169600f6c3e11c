"""A hand-written fake of the cloud API for the service tests (no HTTP, no mocks).

:class:`FakeCloud` is the "server": accounts, the tenant, the refresh tokens it would accept, and
failures a test can queue up. :class:`FakeClient` speaks to it the way ``CloudClient`` speaks to
the real one, including ``on_tokens_changed`` after log-in and every refresh.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from datetime import UTC, datetime

from keyring.backend import KeyringBackend
from pydantic import SecretStr

from cloudsetup.cloud.errors import CloudError, Unauthorized
from cloudsetup.models import (
    AdminUser,
    AuditPage,
    ChangeBatch,
    ChangeReceipt,
    Credentials,
    CurrentUser,
    Device,
    DeviceState,
    Employee,
    EmployeeIn,
    Handover,
    InboxPage,
    InboxPull,
    Invitation,
    InvitationIn,
    NotificationRecipients,
    NotificationRecipientsIn,
    NumberRange,
    NumberRangeIn,
    Permissions,
    RangeSuggestion,
    Role,
    SetupState,
    SyncStatus,
    Tenant,
    TokenPair,
)
from cloudsetup.models.fill import (
    BatchReceipt,
    CloudData,
    FillCommit,
    FillJob,
    FillJobCreate,
    FillResult,
)
from cloudsetup.services.secrets import SERVICE_NAME, KeyringSecretStore, SecretKey
from cloudsetup.services.settings import SettingsStore
from cloudsetup.services.setup import SetupService

from .fake_directory import FakeDirectory

SERVER_URL = "https://cloud.example.de"
DOMAIN = "malerbetrieb-muster"
USERNAME = "admin"
PASSWORD = "Xq7-geheim-Passwort"
COMPANY = "Malerbetrieb Muster GmbH"


def unauthorized(code: str) -> Unauthorized:
    return Unauthorized(
        f"HTTP 401 {code}", status_code=401, code=code, detail=code.replace("_", " "), body=None
    )


class FakeCloud:
    """The state of one fake cloud server and the clients that talked to it."""

    def __init__(self) -> None:
        self.passwords = {(DOMAIN, USERNAME): PASSWORD}
        self.setup = SetupState(
            credentials_ok=True,
            employees=0,
            employees_activated=0,
            employees_confirmed=0,
            filled=False,
        )
        self.valid_refresh_tokens: set[str] = set()
        self.clients: list[FakeClient] = []
        #: The employee and range calls the clients made, in order.
        self.calls: list[str] = []
        #: Failures to raise once each, by method name, e.g. ``{"login": [RateLimited(...)]}``.
        self.failures: dict[str, list[CloudError]] = {}
        self._serial = itertools.count(1)
        #: Employees and number ranges, with the server's rules (see fake_directory.py).
        self.directory = FakeDirectory(company=COMPANY)

    def fail_next(self, method: str, error: CloudError) -> None:
        self.failures.setdefault(method, []).append(error)

    def issue_tokens(self) -> TokenPair:
        n = next(self._serial)
        refresh_token = f"refresh-{n}-f00d"
        self.valid_refresh_tokens.add(refresh_token)
        return TokenPair(
            access_token=f"access-{n}",
            refresh_token=refresh_token,
            expires_in=900,
            refresh_expires_in=86400,
        )

    def tenant(self) -> Tenant:
        return Tenant(
            name=COMPANY,
            domain=DOMAIN,
            created_at=datetime(2026, 1, 5, 9, 30, tzinfo=UTC),
            setup=self.setup,
        )

    def factory(
        self, base_url: str, /, *, on_tokens_changed: Callable[[TokenPair], None]
    ) -> FakeClient:
        """The ``client_factory`` the service gets."""
        client = FakeClient(self, base_url, on_tokens_changed)
        self.clients.append(client)
        return client


class FakeClient:
    """One client of :class:`FakeCloud`; satisfies ``cloudsetup.services.ports.CloudApi``."""

    def __init__(
        self, cloud: FakeCloud, base_url: str, on_tokens_changed: Callable[[TokenPair], None]
    ) -> None:
        self.cloud = cloud
        self.base_url = base_url
        self._on_tokens_changed = on_tokens_changed
        self.refresh_token: str | None = None
        self.signed_in_as: tuple[str, str] | None = None
        self.closed = False

    def _maybe_fail(self, method: str) -> None:
        queued = self.cloud.failures.get(method)
        if queued:
            raise queued.pop(0)

    def _keep(self, tokens: TokenPair) -> TokenPair:
        self.refresh_token = tokens.refresh_token
        self._on_tokens_changed(tokens)
        return tokens

    def login(self, *, domain: str, username: str, password: str) -> TokenPair:
        self._maybe_fail("login")
        if self.cloud.passwords.get((domain, username)) != password:
            raise unauthorized("invalid_credentials")
        self.signed_in_as = (domain, username)
        return self._keep(self.cloud.issue_tokens())

    def use_refresh_token(self, refresh_token: str) -> None:
        self.refresh_token = refresh_token

    def refresh(self) -> TokenPair:
        self._maybe_fail("refresh")
        if self.refresh_token not in self.cloud.valid_refresh_tokens:
            self.refresh_token = None
            raise unauthorized("invalid_token")
        self.cloud.valid_refresh_tokens.discard(self.refresh_token)  # single use
        self.signed_in_as = (DOMAIN, USERNAME)
        return self._keep(self.cloud.issue_tokens())

    def logout(self) -> None:
        self.cloud.valid_refresh_tokens.discard(self.refresh_token or "")
        self.refresh_token = None

    def _require_session(self) -> None:
        if self.signed_in_as is None:
            raise unauthorized("invalid_token")

    def get_me(self) -> CurrentUser:
        self._maybe_fail("get_me")
        self._require_session()
        return CurrentUser(
            username=USERNAME, email="chef@example.de", role=Role.ADMINISTRATION, domain=DOMAIN
        )

    def get_tenant(self) -> Tenant:
        self._maybe_fail("get_tenant")
        self._require_session()
        return self.cloud.tenant()

    def close(self) -> None:
        self.closed = True

    # -- employees and ranges: the session check, queued failures, then the directory --------

    def _directory(self, method: str) -> FakeDirectory:
        self.cloud.calls.append(method)  # tried, whether it then fails or not
        self._maybe_fail(method)
        self._require_session()
        return self.cloud.directory

    def list_employees(self) -> list[Employee]:
        return self._directory("list_employees").list_employees()

    def create_employee(self, entry: EmployeeIn) -> Employee:
        return self._directory("create_employee").create_employee(entry)

    def get_employee(self, employee_id: int) -> Employee:
        return self._directory("get_employee").get_employee(employee_id)

    def update_employee(self, employee_id: int, entry: EmployeeIn) -> Employee:
        return self._directory("update_employee").update_employee(employee_id, entry)

    def delete_employee(self, employee_id: int) -> None:
        self._directory("delete_employee").delete_employee(employee_id)

    def activate_employee(self, employee_id: int, *, password: str) -> Employee:
        return self._directory("activate_employee").activate_employee(
            employee_id, password=password
        )

    def resend_activation(self, employee_id: int) -> Employee:
        return self._directory("resend_activation").resend_activation(employee_id)

    def set_permissions(self, employee_id: int, permissions: Permissions) -> Employee:
        return self._directory("set_permissions").set_permissions(employee_id, permissions)

    def list_ranges(self) -> list[NumberRange]:
        return self._directory("list_ranges").list_ranges()

    def set_office_range(self, entry: NumberRangeIn) -> NumberRange:
        return self._directory("set_office_range").set_office_range(entry)

    def set_employee_range(self, employee_id: int, entry: NumberRangeIn) -> NumberRange:
        return self._directory("set_employee_range").set_employee_range(employee_id, entry)

    def delete_employee_range(self, employee_id: int) -> None:
        self._directory("delete_employee_range").delete_employee_range(employee_id)

    def suggest_range(self, *, prefix: str, size: int) -> RangeSuggestion:
        return self._directory("suggest_range").suggest_range(prefix=prefix, size=size)

    # The fill has a fake server of its own (fake_fill.FillCloud); this cloud refuses it loudly.

    def create_fill_job(self, request: FillJobCreate) -> FillJob:
        raise AssertionError(_NO_FILL)

    def get_fill_job(self, job_id: str) -> FillJob:
        raise AssertionError(_NO_FILL)

    def put_fill_batch(self, job_id: str, seq: int, body: bytes) -> BatchReceipt:
        raise AssertionError(_NO_FILL)

    def commit_fill(self, job_id: str, commit: FillCommit) -> FillResult:
        raise AssertionError(_NO_FILL)

    def abort_fill(self, job_id: str) -> None:
        raise AssertionError(_NO_FILL)

    def fill_status(self) -> CloudData:
        raise AssertionError(_NO_FILL)

    # Devices and the sync have a fake server of their own too (fake_sync.SyncCloud).

    def list_devices(
        self, *, state: DeviceState | None = None, employee_id: int | None = None
    ) -> list[Device]:
        raise AssertionError(_NO_SYNC)

    def approve_device(self, device_pk: int, *, replaces: int | None = None) -> Device:
        raise AssertionError(_NO_SYNC)

    def reject_device(self, device_pk: int) -> Device:
        raise AssertionError(_NO_SYNC)

    def revoke_device(self, device_pk: int) -> Device:
        raise AssertionError(_NO_SYNC)

    def sync_status(self) -> SyncStatus:
        raise AssertionError(_NO_SYNC)

    def push_changes(self, batch: ChangeBatch) -> ChangeReceipt:
        raise AssertionError(_NO_SYNC)

    def pull_inbox(self, pull: InboxPull) -> InboxPage:
        raise AssertionError(_NO_SYNC)

    # Users, roles and notifications (issue 6) have a fake server of their own too
    # (fake_users.UsersCloud).

    def list_users(self) -> list[AdminUser]:
        raise AssertionError(_NO_USERS)

    def get_user(self, user_id: int) -> AdminUser:
        raise AssertionError(_NO_USERS)

    def change_role(self, user_id: int, *, role: Role) -> AdminUser:
        raise AssertionError(_NO_USERS)

    def remove_user(self, user_id: int) -> None:
        raise AssertionError(_NO_USERS)

    def list_invitations(self) -> list[Invitation]:
        raise AssertionError(_NO_USERS)

    def invite_user(self, invitation: InvitationIn) -> Invitation:
        raise AssertionError(_NO_USERS)

    def resend_invitation(self, invitation_id: int) -> Invitation:
        raise AssertionError(_NO_USERS)

    def revoke_invitation(self, invitation_id: int) -> Invitation:
        raise AssertionError(_NO_USERS)

    def get_handover(self) -> Handover:
        raise AssertionError(_NO_USERS)

    def get_notification_recipients(self) -> NotificationRecipients:
        raise AssertionError(_NO_USERS)

    def set_notification_recipients(
        self, recipients: NotificationRecipientsIn
    ) -> NotificationRecipients:
        raise AssertionError(_NO_USERS)

    def audit_log(self, *, limit: int = 50, before: int | None = None) -> AuditPage:
        raise AssertionError(_NO_USERS)


_NO_FILL = "this fake cloud has no fill server: use fake_fill.FillCloud"
_NO_USERS = (
    "this fake cloud has no users, invitations, recipients or audit log: use fake_users.UsersCloud"
)
_NO_SYNC = "this fake cloud has no device or sync server: use fake_sync.SyncCloud"


SECRET_KEY = SecretKey(SERVER_URL, DOMAIN, USERNAME)
#: The keyring entry (service, user name) of the fake cloud's admin.
ENTRY = (SERVICE_NAME, SECRET_KEY.keyring_username)


def credentials(password: str = PASSWORD, username: str = USERNAME) -> Credentials:
    """What the admin types on the credentials page, for the fake cloud."""
    return Credentials(
        server_url=SERVER_URL, domain=DOMAIN, username=username, password=SecretStr(password)
    )


def restart(cloud: FakeCloud, vault: KeyringBackend, settings: SettingsStore) -> SetupService:
    """A new service on the same keyring and settings file, as after a program restart."""
    return SetupService(
        client_factory=cloud.factory, secrets=KeyringSecretStore(backend=vault), settings=settings
    )
