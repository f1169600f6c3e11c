"""The "Cloudabgleich" settings window, shown instead of the wizard once the cloud is set up.

The connection (server, domain, user, company), the setup state, a connection test and the
way back into the wizard; the office sync ("Cloudabgleich": last sync, what waits, "Jetzt
synchronisieren") and the employees' devices ("Geräte", "Neue Geräte zulassen"). The sync panel
and the device list are standalone widgets on one shared sync runner; this window only places
them (issue 6 rebuilds it into sections).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cloudsetup.models import SetupState
from cloudsetup.services.devices import DeviceService
from cloudsetup.services.settings import default_config_dir
from cloudsetup.services.setup import Connection, SetupService
from cloudsetup.services.sync import SyncService
from cloudsetup.wizard.devices.approvals import DeviceApprovals
from cloudsetup.wizard.devices.devices_section import DevicesSection
from cloudsetup.wizard.messages import describe, diagnostics
from cloudsetup.wizard.sync.office_sync import OfficeSync
from cloudsetup.wizard.sync.runner import SyncRunner
from cloudsetup.wizard.sync.sync_panel import SyncPanel
from cloudsetup.wizard.widgets import BusyIndicator, MessagePanel
from cloudsetup.wizard.worker import Worker, run_in_worker


def _value_label(object_name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(object_name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class SettingsWindow(QWidget):
    """The cloud connection, its setup state, the office sync and the devices."""

    open_wizard_requested = Signal()

    def __init__(
        self,
        service: SetupService,
        connection: Connection,
        *,
        server_url: str,
        office_db: Path | None = None,
        state_dir: Path | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """``office_db`` is the office database the sync keeps in step with the cloud
        (``None``: the sync section says that it is missing); ``state_dir`` keeps the sync's
        local state (default: the config folder)."""
        super().__init__(parent)
        self._service = service
        self._worker: Worker | None = None
        self.setObjectName("settingsWindow")
        self.setWindowTitle(self.tr("Cloud sync"))
        self.setMinimumSize(QSize(980, 620))

        heading = QLabel(self.tr("Cloud sync"))
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        heading.setFont(font)

        self.server = _value_label("serverValue")
        self.domain = _value_label("domainValue")
        self.user = _value_label("userValue")
        self.company = _value_label("companyValue")
        self.secret = _value_label("secretValue")
        connection_box = QGroupBox(self.tr("Connection"))
        connection_form = QFormLayout(connection_box)
        connection_form.addRow(self.tr("Server:"), self.server)
        connection_form.addRow(self.tr("Domain:"), self.domain)
        connection_form.addRow(self.tr("User:"), self.user)
        connection_form.addRow(self.tr("Company:"), self.company)
        connection_form.addRow(self.tr("Sign-in:"), self.secret)

        self.credentials = _value_label("credentialsValue")
        self.employees = _value_label("employeesValue")
        self.activated = _value_label("activatedValue")
        self.filled = _value_label("filledValue")
        state_box = QGroupBox(self.tr("Setup"))
        state_form = QFormLayout(state_box)
        state_form.addRow(self.tr("Access data:"), self.credentials)
        state_form.addRow(self.tr("Employees:"), self.employees)
        state_form.addRow(self.tr("Activated:"), self.activated)
        state_form.addRow(self.tr("First fill:"), self.filled)

        self.test_button = QPushButton(self.tr("&Test connection"))
        self.test_button.setObjectName("testConnection")
        self.wizard_button = QPushButton(self.tr("Open the setup &wizard"))
        self.wizard_button.setObjectName("openWizard")
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setObjectName("closeButton")
        self.busy = BusyIndicator()
        self.panel = MessagePanel()

        sync = SyncService(
            service, state_dir=state_dir if state_dir is not None else default_config_dir()
        )
        self.sync_runner = SyncRunner(OfficeSync(sync, office_db), parent=self)
        self.approvals = DeviceApprovals(DeviceService(service), self.sync_runner, parent=self)
        self.sync_panel = SyncPanel(self.sync_runner, self.approvals)
        sync_box = QGroupBox(self.tr("Sync"))
        sync_box.setObjectName("syncSection")
        QVBoxLayout(sync_box).addWidget(self.sync_panel)
        self.devices = DevicesSection(self.approvals)
        devices_box = QGroupBox(self.tr("Devices"))
        devices_box.setObjectName("devicesBox")
        QVBoxLayout(devices_box).addWidget(self.devices)

        buttons = QHBoxLayout()
        buttons.addWidget(self.test_button)
        buttons.addWidget(self.wizard_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        left = QVBoxLayout()
        left.addWidget(connection_box)
        left.addWidget(state_box)
        left.addWidget(self.busy)
        left.addWidget(self.panel)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(sync_box)
        right.addWidget(devices_box, 1)
        columns = QHBoxLayout()
        columns.addLayout(left, 2)
        columns.addLayout(right, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(columns, 1)
        layout.addLayout(buttons)

        self.test_button.clicked.connect(self.test_connection)
        self.wizard_button.clicked.connect(self.open_wizard_requested)
        self.close_button.clicked.connect(self.close)
        self.busy.cancel_clicked.connect(self.cancel_test)
        self.show_connection(connection, server_url=server_url)

    def show_connection(self, connection: Connection, *, server_url: str) -> None:
        tenant = connection.tenant
        self.server.setText(server_url)
        self.domain.setText(tenant.domain)
        self.user.setText(connection.user.username)
        self.company.setText(tenant.name)
        self.secret.setText(
            self.tr("kept in the password safe of this computer")
            if connection.secret_stored
            else self.tr("asked for at every start")
        )
        self._show_state(tenant.setup)

    def _show_state(self, state: SetupState) -> None:
        self.credentials.setText(
            self.tr("checked") if state.credentials_ok else self.tr("not checked yet")
        )
        self.employees.setText(str(state.employees))
        self.activated.setText(
            self.tr("{activated} of {count}, {confirmed} confirmed").format(
                activated=state.employees_activated,
                count=state.employees,
                confirmed=state.employees_confirmed,
            )
        )
        self.filled.setText(self.tr("done") if state.filled else self.tr("not yet"))

    def test_connection(self) -> None:
        """Reconnect with the stored sign-in on a worker and show what the cloud says now."""
        if self._worker is not None:
            return
        self.panel.clear()
        self.test_button.setEnabled(False)
        self.busy.start(self.tr("Checking the connection…"))
        self._worker = run_in_worker(
            self._service.resume, on_returned=self._on_tested, on_errored=self._on_failed
        )

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        # Answers of work still running must not reach widgets that are going away.
        self.cancel_test()
        self.approvals.close()
        self.devices.cancel()
        self.sync_runner.shutdown()
        super().closeEvent(event)

    def cancel_test(self) -> None:
        if self._worker is not None:
            self._worker.cancel()
        self._reset()

    def _on_tested(self, connection: Connection | None) -> None:
        self._reset()
        if connection is None:
            self.panel.show_message(
                "warning",
                self.tr("The cloud did not accept the stored sign-in any more."),
                self.tr('Open the setup wizard and sign in again with "Test connection".'),
            )
            return
        self.show_connection(connection, server_url=self.server.text())
        self.panel.show_message("success", self.tr("The connection to the cloud works."))

    def _on_failed(self, exc: BaseException) -> None:
        self._reset()
        message, hint = describe(exc)
        self.panel.show_message("error", message, hint, details=diagnostics(exc))

    def _reset(self) -> None:
        self._worker = None
        self.busy.stop()
        self.test_button.setEnabled(True)
