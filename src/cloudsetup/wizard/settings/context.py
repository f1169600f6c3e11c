"""What the sections of the settings window share: the connection, the folders, the sync.

One :class:`SettingsContext` per window. It holds the signed-in service and the connection as
the cloud last described it, the office database and the local state folder, the log file, and
the one :class:`~cloudsetup.wizard.sync.runner.SyncRunner` with its
:class:`~cloudsetup.wizard.devices.approvals.DeviceApprovals` (the sync section and the devices
section show the same sync). A section that changes something others show says so with
:attr:`SettingsContext.changed`; those sections load again when they are shown next.
"""

from __future__ import annotations

from pathlib import Path
from typing import Final

from PySide6.QtCore import QObject, Signal

from cloudsetup.services.devices import DeviceService
from cloudsetup.services.setup import Connection, SetupService
from cloudsetup.services.sync import SyncService
from cloudsetup.wizard.devices.approvals import DeviceApprovals
from cloudsetup.wizard.sync.office_sync import OfficeSync
from cloudsetup.wizard.sync.runner import SyncRunner

#: Topics of :attr:`SettingsContext.changed`.
CONNECTION: Final = "connection"
EMPLOYEES: Final = "employees"
ACCESS: Final = "access"
RANGES: Final = "ranges"
FILL: Final = "fill"
SYNC: Final = "sync"
USERS: Final = "users"
RECIPIENTS: Final = "recipients"
#: What :attr:`SettingsContext.open_requested` names besides a section id.
WIZARD: Final = "wizard"


class SettingsContext(QObject):
    """The shared state of one settings window."""

    #: A new :class:`Connection` (signed in again, or loaded fresh from the cloud).
    connection_changed = Signal(object)
    #: A section changed what the topic names (see the constants above) in the cloud.
    changed = Signal(str)
    #: A section asks the window to show another section (its id) or the wizard (``WIZARD``).
    open_requested = Signal(str)

    def __init__(
        self,
        service: SetupService,
        connection: Connection,
        *,
        server_url: str,
        office_db: Path | None,
        state_dir: Path,
        log_file: Path | None,
        portal_url: str,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.connection = connection
        self.server_url = server_url
        self.office_db = office_db
        self.state_dir = state_dir
        self.log_file = log_file
        self.portal_url = portal_url
        sync = SyncService(service, state_dir=state_dir)
        self.sync_runner = SyncRunner(OfficeSync(sync, office_db), parent=self)
        self.approvals = DeviceApprovals(DeviceService(service), self.sync_runner, parent=self)
        self.sync_runner.succeeded.connect(lambda _result: self.changed.emit(SYNC))

    def set_connection(self, connection: Connection, *, server_url: str | None = None) -> None:
        """The connection as the cloud describes it now; a new tenant or user reloads all."""
        before = self.connection
        self.connection = connection
        if server_url is not None:
            self.server_url = server_url
        self.connection_changed.emit(connection)
        if (before.tenant.domain, before.user.username) != (
            connection.tenant.domain,
            connection.user.username,
        ):
            self.changed.emit(CONNECTION)

    def shutdown(self) -> None:
        """The window is closing: close the approval dialog, stop the sync's answers."""
        self.approvals.close()
        self.sync_runner.shutdown()
