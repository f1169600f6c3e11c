"""The "Verbindung" section: which cloud, who is signed in, the setup state, sign in again.

Loading reads who is signed in and the tenant on the current session
(:meth:`SetupService.reload`). "Verbindung testen" reconnects with the stored sign-in, as the
next start of the program would, and says whether that works; "Erneut anmelden…" opens
page 1's form in a small dialog, for a changed password or another user.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QFormLayout, QGroupBox, QPushButton, QWidget

from cloudsetup.services.setup import Connection
from cloudsetup.wizard.buttons import button_row
from cloudsetup.wizard.messages import describe, diagnostics
from cloudsetup.wizard.settings.context import SettingsContext
from cloudsetup.wizard.settings.section import SettingsSection
from cloudsetup.wizard.settings.sign_in_dialog import SignInDialog
from cloudsetup.wizard.settings.texts import activated_text, role_text, value_label
from cloudsetup.wizard.widgets import BusyIndicator, MessagePanel
from cloudsetup.wizard.worker import Worker, run_in_worker


class ConnectionSettings(SettingsSection):
    """Server, domain, company, user and role; "Verbindung testen", "Erneut anmelden…"."""

    section_id = "connection"

    def __init__(self, context: SettingsContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent=parent)
        self._worker: Worker | None = None
        self.sign_in_dialog: SignInDialog | None = None

        self.server = value_label("serverValue")
        self.domain = value_label("domainValue")
        self.company = value_label("companyValue")
        self.user = value_label("userValue")
        self.email = value_label("emailValue")
        self.role = value_label("roleValue")
        self.secret = value_label("secretValue")
        connection_box = QGroupBox(self.tr("Cloud and sign-in"))
        form = QFormLayout(connection_box)
        form.addRow(self.tr("Server:"), self.server)
        form.addRow(self.tr("Domain:"), self.domain)
        form.addRow(self.tr("Company:"), self.company)
        form.addRow(self.tr("User:"), self.user)
        form.addRow(self.tr("E-mail:"), self.email)
        form.addRow(self.tr("Role:"), self.role)
        form.addRow(self.tr("Sign-in:"), self.secret)

        self.credentials = value_label("credentialsValue")
        self.employees = value_label("employeesValue")
        self.activated = value_label("activatedValue")
        self.filled = value_label("filledValue")
        state_box = QGroupBox(self.tr("Setup"))
        state_form = QFormLayout(state_box)
        state_form.addRow(self.tr("Access data:"), self.credentials)
        state_form.addRow(self.tr("Employees:"), self.employees)
        state_form.addRow(self.tr("Activated:"), self.activated)
        state_form.addRow(self.tr("First fill:"), self.filled)

        self.test_button = QPushButton(self.tr("&Test connection"))
        self.test_button.setObjectName("testConnection")
        self.sign_in_button = QPushButton(self.tr("Sign in a&gain…"))
        self.sign_in_button.setObjectName("signInAgain")
        buttons = button_row(self.test_button, self.sign_in_button)
        self.busy = BusyIndicator()
        self.panel = MessagePanel()

        self.content.addWidget(connection_box)
        self.content.addWidget(state_box)
        self.content.addLayout(buttons)
        self.content.addWidget(self.busy)
        self.content.addWidget(self.panel)
        self.content.addStretch(1)

        self.test_button.clicked.connect(self.test_connection)
        self.sign_in_button.clicked.connect(self.sign_in_again)
        self.busy.cancel_clicked.connect(self.cancel)
        self.panel.action_clicked.connect(self._ask_every_time)
        context.connection_changed.connect(self.show_connection)
        self.show_connection(context.connection)

    def title(self) -> str:
        return self.tr("Connection")

    @property
    def is_busy(self) -> bool:
        return self._worker is not None

    def show_connection(self, connection: Connection) -> None:
        tenant, state = connection.tenant, connection.tenant.setup
        self.server.setText(self.context.server_url)
        self.domain.setText(tenant.domain)
        self.company.setText(tenant.name)
        self.user.setText(connection.user.username)
        self.email.setText(connection.user.email)
        self.role.setText(role_text(connection.user.role))
        self.secret.setText(
            self.tr("kept in the password safe of this computer")
            if connection.secret_stored
            else self.tr("asked for at every start")
        )
        self.credentials.setText(
            self.tr("checked") if state.credentials_ok else self.tr("not checked yet")
        )
        self.employees.setText(str(state.employees))
        self.activated.setText(activated_text(state))
        self.filled.setText(self.tr("done") if state.filled else self.tr("not yet"))

    # -- load and test ---------------------------------------------------------------------

    def load(self) -> Worker | None:
        """Who is signed in and the tenant, fresh from the cloud (the session stays)."""
        return self._start(
            self.tr("Loading the connection from the cloud…"),
            self.context.service.reload,
            on_returned=self._on_loaded,
        )

    def test_connection(self) -> Worker | None:
        """Reconnect with the stored sign-in on a worker and show what the cloud says now."""
        return self._start(
            self.tr("Checking the connection…"),
            self.context.service.resume,
            on_returned=self._on_tested,
        )

    def cancel(self) -> None:
        if self._worker is not None:
            self._worker.cancel()
        self._reset()

    def shutdown(self) -> None:
        self.cancel()
        if self.sign_in_dialog is not None:
            self.sign_in_dialog.reject()

    def _start(
        self, busy: str, fn: Callable[[], Any], *, on_returned: Callable[[Any], object]
    ) -> Worker | None:
        if self._worker is not None:
            return None
        self.panel.clear()
        self.test_button.setEnabled(False)
        self.busy.start(busy)
        self._worker = run_in_worker(fn, on_returned=on_returned, on_errored=self._on_failed)
        return self._worker

    def _on_loaded(self, connection: Connection) -> None:
        self._reset()
        self.context.set_connection(connection)

    def _on_tested(self, connection: Connection | None) -> None:
        self._reset()
        if connection is None:
            self.panel.show_message(
                "warning",
                self.tr("The cloud did not accept the stored sign-in any more."),
                self.tr('Click "Sign in again" and enter the password.'),
            )
            return
        self.context.set_connection(connection)
        self.panel.show_message("success", self.tr("The connection to the cloud works."))

    def _on_failed(self, exc: BaseException) -> None:
        self._reset()
        message, hint = describe(exc)
        self.panel.show_message("error", message, hint, details=diagnostics(exc))

    def _reset(self) -> None:
        self._worker = None
        self.busy.stop()
        self.test_button.setEnabled(True)

    # -- sign in again ---------------------------------------------------------------------

    def sign_in_again(self) -> SignInDialog:
        """ "Erneut anmelden…": page 1's form with the password empty (window-modal)."""
        if self.sign_in_dialog is not None:
            self.sign_in_dialog.activateWindow()
            return self.sign_in_dialog
        connection = self.context.connection
        dialog = SignInDialog(
            self.context.service,
            portal_url=self.context.portal_url,
            server_url=self.context.server_url,
            domain=connection.tenant.domain,
            username=connection.user.username,
            parent=self,
        )
        dialog.signed_in.connect(lambda new: self._on_signed_in(dialog, new))
        dialog.finished.connect(lambda _result: self._forget_dialog(dialog))
        self.sign_in_dialog = dialog
        dialog.open()
        return dialog

    def _on_signed_in(self, dialog: SignInDialog, connection: Connection) -> None:
        self.context.set_connection(connection, server_url=dialog.form.server_url.text().strip())
        problem = connection.secret_problem
        if problem is not None and not connection.secret_stored:
            message, hint = describe(problem)
            self.panel.show_message(
                "warning",
                message,
                hint,
                action=self.tr("Ask me &every time"),
                details=diagnostics(problem),
            )
        else:
            self.panel.show_message("success", self._signed_in_text(connection))

    def _ask_every_time(self) -> None:
        # The service switches to the in-memory store; it may touch the keyring, so not here.
        self._start(
            self.tr("Switching to asking every time…"),
            self.context.service.remember_session_only,
            on_returned=lambda _none: self._on_session_only(),
        )

    def _on_session_only(self) -> None:
        self._reset()
        self.panel.show_message(
            "success",
            self._signed_in_text(self.context.connection),
            self.tr("The sign-in is kept only until cloudsetup is closed."),
        )

    def _signed_in_text(self, connection: Connection) -> str:
        return self.tr("Signed in to {company} as {user}.").format(
            company=connection.tenant.name, user=connection.user.username
        )

    def _forget_dialog(self, dialog: SignInDialog) -> None:
        if self.sign_in_dialog is dialog:
            self.sign_in_dialog = None
        dialog.deleteLater()
        self.sign_in_button.setFocus()
