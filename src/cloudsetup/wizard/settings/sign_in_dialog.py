"""Sign in again from the settings: page 1's form in a small dialog.

The same :class:`~cloudsetup.wizard.pages.credentials_form.CredentialsForm` as page 1, with
server, domain and user name filled in and the password empty. "Anmelden" checks the input
locally, then signs in on a worker; a refusal comes back at its field and the dialog stays
open with everything typed. :attr:`SignInDialog.signed_in` carries the new connection.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from cloudsetup.models import parse_domain_data
from cloudsetup.services.errors import UserError
from cloudsetup.services.input_checks import validate_credentials_input
from cloudsetup.services.setup import SetupService
from cloudsetup.wizard.messages import describe, diagnostics
from cloudsetup.wizard.pages.credentials_form import CredentialsForm
from cloudsetup.wizard.pages.dialogs import fit_to_content, size_by_content
from cloudsetup.wizard.widgets import BusyIndicator, MessagePanel
from cloudsetup.wizard.worker import Worker, run_in_worker


class SignInDialog(QDialog):
    """Enter the password (and, if need be, other access data) and sign in again."""

    #: The :class:`~cloudsetup.services.setup.Connection` of the new sign-in.
    signed_in = Signal(object)

    def __init__(
        self,
        service: SetupService,
        *,
        portal_url: str,
        server_url: str,
        domain: str,
        username: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._worker: Worker | None = None
        self.setObjectName("signInDialog")
        self.setWindowTitle(self.tr("Sign in again"))
        self.form = CredentialsForm(portal_url)
        self.form.set_values(server_url, domain, username, "")
        self.form.set_advanced_open(True)
        self.busy = BusyIndicator()
        self.panel = MessagePanel()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.sign_in_button = self.buttons.addButton(
            self.tr("&Sign in"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.sign_in_button.setObjectName("signInButton")
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.busy.cancel_clicked.connect(self._cancel)
        self.form.submitted.connect(self.submit)
        self.form.edited.connect(self.form.clear_messages)
        self.form.paste_requested.connect(self._paste)
        self.form.block_pasted.connect(lambda text: self._apply(text))

        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(self.busy)
        layout.addWidget(self.panel)
        layout.addWidget(self.buttons)
        size_by_content(self, 560)
        self.form.password.edit.setFocus(Qt.FocusReason.OtherFocusReason)

    @property
    def is_signing_in(self) -> bool:
        return self._worker is not None

    def submit(self) -> Worker | None:
        """Check the input here, then sign in on a worker; ``None`` when a local check failed."""
        if self._worker is not None:
            return None
        self.form.clear_messages()
        self.panel.clear()
        form = self.form
        try:
            credentials = validate_credentials_input(
                form.server_url.text().strip(),
                form.domain.text().strip(),
                form.username.text().strip(),
                form.password.edit.text(),
            )
        except UserError as exc:
            self._show_error(exc)
            return None
        self._set_busy(True)
        self._worker = run_in_worker(
            self._service.test_connection,
            credentials,
            on_returned=self._on_signed_in,
            on_errored=self._on_failed,
        )
        return self._worker

    def reject(self) -> None:
        self._cancel()
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self.reject()
        event.accept()

    def _cancel(self) -> None:
        if self._worker is not None:
            self._worker.cancel()
            self._worker = None
            self._set_busy(False)

    def _on_signed_in(self, connection: object) -> None:
        self._worker = None
        self._set_busy(False)
        self.signed_in.emit(connection)
        self.accept()

    def _on_failed(self, exc: BaseException) -> None:
        self._worker = None
        self._set_busy(False)
        self._show_error(exc)

    def _show_error(self, exc: BaseException) -> None:
        message, hint = describe(exc)
        field = exc.field if isinstance(exc, UserError) else None
        if field is None or not self.form.show_field_message(field, message, hint):
            self.panel.show_message("error", message, hint, details=diagnostics(exc))
        fit_to_content(self)

    def _paste(self) -> None:
        self._apply(QGuiApplication.clipboard().text())

    def _apply(self, text: str) -> None:
        data = parse_domain_data(text)
        if data.found:
            self.form.set_values(data.server_url, data.domain, data.username, data.password)

    def _set_busy(self, busy: bool) -> None:
        self.form.set_read_only(busy)
        self.sign_in_button.setEnabled(not busy)
        if busy:
            self.busy.start(self.tr("Signing in…"))
        else:
            self.busy.stop()
        fit_to_content(self)
