"""What the services need from the cloud client, as protocols.

The services depend on these, not on :class:`cloudsetup.cloud.CloudClient` or
:class:`cloudsetup.localdata.OfficeDatabase`, so their unit tests can hand in small fakes.
``CloudClient`` and ``OfficeDatabase`` satisfy them as they are.
"""

from __future__ import annotations

from collections.abc import Callable, Generator, Iterator, Sequence
from typing import Any, Protocol

from cloudsetup.models import (
    AdminUser,
    AuditPage,
    ChangeBatch,
    ChangeReceipt,
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
    RecordChange,
    Role,
    SyncStatus,
    Tenant,
    TokenPair,
)
from cloudsetup.models.fill import (
    BatchReceipt,
    CloudData,
    Collection,
    FillCommit,
    FillJob,
    FillJobCreate,
    FillResult,
)

TokensChanged = Callable[[TokenPair], None]


class CloudApi(Protocol):
    """The calls of the cloud API the services use; errors are ``cloudsetup.cloud.errors``."""

    def login(self, *, domain: str, username: str, password: str) -> TokenPair: ...

    def use_refresh_token(self, refresh_token: str) -> None: ...

    def refresh(self) -> TokenPair: ...

    def logout(self) -> None: ...

    def get_me(self) -> CurrentUser: ...

    def get_tenant(self) -> Tenant: ...

    def close(self) -> None: ...

    # -- employees and their access (issue 3) ----------------------------------------------

    def list_employees(self) -> list[Employee]: ...

    def create_employee(self, entry: EmployeeIn) -> Employee: ...

    def get_employee(self, employee_id: int) -> Employee: ...

    def update_employee(self, employee_id: int, entry: EmployeeIn) -> Employee: ...

    def delete_employee(self, employee_id: int) -> None: ...

    def activate_employee(self, employee_id: int, *, password: str) -> Employee: ...

    def resend_activation(self, employee_id: int) -> Employee: ...

    def set_permissions(self, employee_id: int, permissions: Permissions) -> Employee: ...

    # -- number ranges ---------------------------------------------------------------------

    def list_ranges(self) -> list[NumberRange]: ...

    def set_office_range(self, entry: NumberRangeIn) -> NumberRange: ...

    def set_employee_range(self, employee_id: int, entry: NumberRangeIn) -> NumberRange: ...

    def delete_employee_range(self, employee_id: int) -> None: ...

    def suggest_range(self, *, prefix: str, size: int) -> RangeSuggestion: ...

    # -- the initial fill (issue 4) ---------------------------------------------------------
    # These are called from several threads at once on the one client (keep-alive).

    def create_fill_job(self, request: FillJobCreate) -> FillJob: ...

    def get_fill_job(self, job_id: str) -> FillJob: ...

    def put_fill_batch(self, job_id: str, seq: int, body: bytes) -> BatchReceipt: ...

    def commit_fill(self, job_id: str, commit: FillCommit) -> FillResult: ...

    def abort_fill(self, job_id: str) -> None: ...

    def fill_status(self) -> CloudData: ...

    # -- devices and the office sync (issue 5) ----------------------------------------------

    def list_devices(
        self, *, state: DeviceState | None = None, employee_id: int | None = None
    ) -> list[Device]: ...

    def approve_device(self, device_pk: int, *, replaces: int | None = None) -> Device: ...

    def reject_device(self, device_pk: int) -> Device: ...

    def revoke_device(self, device_pk: int) -> Device: ...

    def sync_status(self) -> SyncStatus: ...

    def push_changes(self, batch: ChangeBatch) -> ChangeReceipt: ...

    def pull_inbox(self, pull: InboxPull) -> InboxPage: ...

    # -- users and roles, invitations, the handover (issue 6) -------------------------------

    def list_users(self) -> list[AdminUser]: ...

    def get_user(self, user_id: int) -> AdminUser: ...

    def change_role(self, user_id: int, *, role: Role) -> AdminUser: ...

    def remove_user(self, user_id: int) -> None: ...

    def list_invitations(self) -> list[Invitation]: ...

    def invite_user(self, invitation: InvitationIn) -> Invitation: ...

    def resend_invitation(self, invitation_id: int) -> Invitation: ...

    def revoke_invitation(self, invitation_id: int) -> Invitation: ...

    def get_handover(self) -> Handover: ...

    # -- notification recipients and the audit log ----------------------------------------

    def get_notification_recipients(self) -> NotificationRecipients: ...

    def set_notification_recipients(
        self, recipients: NotificationRecipientsIn
    ) -> NotificationRecipients: ...

    def audit_log(self, *, limit: int = ..., before: int | None = None) -> AuditPage: ...


class ClientFactory(Protocol):
    """Builds a client for a server URL; the client reports every new token pair to the callback.

    ``CloudClient`` itself fits (``functools.partial(CloudClient, ca_file=...)`` too): it takes
    the base URL first and ``on_tokens_changed`` as a keyword.
    """

    def __call__(self, base_url: str, /, *, on_tokens_changed: TokensChanged) -> CloudApi: ...


class OfficeData(Protocol):
    """What the fill reads from the office database (``cloudsetup.localdata.OfficeDatabase``)."""

    def count(self, collection: Collection) -> int: ...

    def iter_records(
        self, collection: Collection, *, chunk_size: int = 2000
    ) -> Iterator[tuple[str, dict[str, Any]]]: ...

    def fingerprint(self) -> str: ...

    def change_version(self) -> int:
        """The office database's change counter; every record read later has a version <= it
        or was changed after (the fill sends it, the sync pushes what is newer)."""
        ...


class OfficeChanges(Protocol):
    """What the office sync reads from and writes to the office database's change tracking.

    ``store_records`` raises ``cloudsetup.localdata.OfficeDataError`` for a record it refuses
    (an unknown reference, a number another record has), naming the record.
    """

    def change_version(self) -> int: ...

    def changes_since(
        self, version: int, *, chunk_size: int = 1000
    ) -> Generator[tuple[int, RecordChange], None, None]:
        """Upserts and deletions with ``row_version > version``, by version, one snapshot.

        A generator, so the sync can close it (and end its snapshot) when it stops early.
        """
        ...

    def count_changes_since(self, version: int) -> int: ...

    def store_records(self, changes: Sequence[RecordChange]) -> None:
        """Upsert or delete each record by id, all in one transaction."""
        ...
