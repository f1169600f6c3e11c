"""The "Cloudabgleich" settings window, shown instead of the wizard once the cloud is set up.

Minimal for now: the connection (server, domain, user, company), the setup state, a connection
test and the way back into the wizard. Later issues add employees, devices and sync here.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
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
from cloudsetup.services.setup import Connection, SetupService
from cloudsetup.wizard.messages import describe, diagnostics
from cloudsetup.wizard.widgets import BusyIndicator, MessagePanel
from cloudsetup.wizard.worker import Worker, run_in_worker


def _value_label(object_name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(object_name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class SettingsWindow(QWidget):
    """Shows the cloud connection and its setup state; grows with later issues."""

    open_wizard_requested = Signal()

    def __init__(
        self,
        service: SetupService,
        connection: Connection,
        *,
        server_url: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._worker: Worker | None = None
        self.setObjectName("settingsWindow")
        self.setWindowTitle(self.tr("Cloud sync"))
        self.setMinimumSize(QSize(560, 440))

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

        buttons = QHBoxLayout()
        buttons.addWidget(self.test_button)
        buttons.addWidget(self.wizard_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(connection_box)
        layout.addWidget(state_box)
        layout.addWidget(self.busy)
        layout.addWidget(self.panel)
        layout.addStretch(1)
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
