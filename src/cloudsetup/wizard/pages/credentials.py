"""Page 1, "Zugangsdaten": the cloud domain, user name and password, tested before Weiter.

The page collects input and shows state; the rules live in the services (local checks) and the
server. "Weiter" is enabled only after a successful test with exactly the values now in the
fields, so a later edit always asks for a new test. Server address, domain and user name typed
but not tested yet are kept as a draft (never the password) and come back at the next start;
a successful test drops the draft, the settings hold them from then on.
"""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from cloudsetup.models import ParsedDomainData, parse_domain_data
from cloudsetup.services.drafts import CREDENTIALS_FORM, DraftValues
from cloudsetup.services.errors import UserError
from cloudsetup.services.input_checks import validate_credentials_input
from cloudsetup.services.setup import Connection, SetupService
from cloudsetup.wizard.drafts import DraftKeeper
from cloudsetup.wizard.messages import describe, diagnostics
from cloudsetup.wizard.pages.credentials_form import CredentialsForm
from cloudsetup.wizard.widgets import BusyIndicator, MessagePanel
from cloudsetup.wizard.worker import Worker, run_in_worker


class Values(NamedTuple):
    """The four inputs as typed (stripped); what a successful test is compared against."""

    server_url: str
    domain: str
    username: str
    password: str


class CredentialsPage(QWizardPage):
    """Enter, paste and test the cloud access; complete once the current values work."""

    #: A tested (or resumed) connection that the user may continue with.
    connected = Signal(object)

    def __init__(
        self, service: SetupService, *, portal_url: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._worker: Worker | None = None
        self._connection: Connection | None = None
        self._tested: Values | None = None
        self._session_only_pending = False
        self._session_worker: Worker | None = None

        self.setTitle(self.tr("Credentials"))
        self.setSubTitle(
            self.tr(
                "Step 1 of 4: sign in with the access data of your cloud. "
                "cloudsetup checks them before you go on."
            )
        )
        self.form = CredentialsForm(portal_url)
        self.paste_button = self.form.paste_button
        self.test_button = QPushButton(self.tr("&Test connection"))
        self.test_button.setObjectName("testConnection")
        self.test_button.setAutoDefault(False)
        self.busy = BusyIndicator()
        self.panel = MessagePanel()
        self._result_text = ""

        test_row = QHBoxLayout()
        test_row.addWidget(self.test_button)
        test_row.addWidget(self.busy, 1)
        test_row.addStretch(0)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addLayout(test_row)
        layout.addWidget(self.panel)
        layout.addStretch(1)
        QWidget.setTabOrder(self.form.last_focus_widget(), self.test_button)
        QWidget.setTabOrder(self.test_button, self.busy.cancel_button)

        self.test_button.clicked.connect(self.start_test)
        self.busy.cancel_clicked.connect(self.cancel_test)
        self.form.paste_requested.connect(self.paste_from_clipboard)
        self.form.block_pasted.connect(self.fill_from_block)
        self.form.edited.connect(self._on_edited)
        self.form.submitted.connect(self._on_submitted)
        self.panel.action_clicked.connect(self._ask_every_time)

        drafts = service.drafts
        self.drafts = DraftKeeper(
            lambda values: drafts.save(CREDENTIALS_FORM, values),
            lambda: drafts.discard(CREDENTIALS_FORM),
            self,
        )
        self._typed = False  # the user has changed a field since the page was built
        for edit in (self.form.server_url, self.form.domain, self.form.username):
            edit.textEdited.connect(self._keep_draft)
        self._draft_worker: Worker | None = run_in_worker(
            drafts.load, CREDENTIALS_FORM, on_returned=self._restore_draft
        )

    # -- state -------------------------------------------------------------------------------

    @property
    def connection(self) -> Connection | None:
        """The connection the current values were tested with, or ``None``."""
        return self._connection if self.isComplete() else None

    @property
    def is_testing(self) -> bool:
        return self._worker is not None

    def values(self) -> Values:
        form = self.form
        return Values(
            form.server_url.text().strip(),
            form.domain.text().strip(),
            form.username.text().strip(),
            form.password.edit.text(),
        )

    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        return (
            self._connection is not None
            and self._tested == self.values()
            and not self._session_only_pending
            and self._worker is None
        )

    def set_values(
        self,
        *,
        server_url: str | None = None,
        domain: str | None = None,
        username: str | None = None,
        password: str | None = None,
    ) -> None:
        """Put values into the fields; ``None`` leaves a field as it is."""
        self.form.set_values(server_url, domain, username, password)

    # -- paste ------------------------------------------------------------------------------

    def paste_from_clipboard(self) -> None:
        text = QGuiApplication.clipboard().text()
        parsed = parse_domain_data(text)
        if parsed.found == 0:
            self.panel.show_message(
                "info",
                self.tr("The clipboard holds no domain data."),
                self.tr(
                    'Copy the block under "Kundenkonto → Domäne-Daten" in your customer account '
                    "and try again, or type the values in."
                ),
            )
            return
        self.apply_domain_data(parsed)

    def fill_from_block(self, text: str) -> None:
        self.apply_domain_data(parse_domain_data(text))

    def apply_domain_data(self, data: ParsedDomainData) -> None:
        """Fill every field the block named and tell the user what happened."""
        self.set_values(
            server_url=data.server_url,
            domain=data.domain,
            username=data.username,
            password=data.password,
        )
        if data.server_url:
            self.form.set_advanced_open(True)
        self._keep_draft()
        self.panel.show_message(
            "info",
            self.tr("Domain data pasted: %n field(s) filled in.", "", data.found),
            self.tr('Check the values and click "Test connection".'),
        )
        self.test_button.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- test -------------------------------------------------------------------------------

    def start_test(self) -> Worker | None:
        """Check the inputs locally, then test them against the cloud on a worker.

        Returns the worker, or ``None`` when a local check failed or a test already runs.
        """
        if self._worker is not None:
            return None
        self.form.clear_messages()
        self.panel.clear()
        self._forget_connection()
        values = self.values()
        try:
            credentials = validate_credentials_input(*values)
        except UserError as exc:
            self._show_error(exc)
            return None
        self._set_busy(True)
        self._worker = run_in_worker(
            self._service.test_connection,
            credentials,
            on_returned=lambda connection: self._on_tested(values, connection),
            on_errored=self._on_failed,
        )
        return self._worker

    def cancel_test(self) -> None:
        """Forget the running test at once; the inputs stay as they are."""
        if self._worker is None:
            return
        self._worker.cancel()
        self._worker = None
        self._set_busy(False)
        self.panel.show_message("info", self.tr("The connection test was cancelled."))

    def accept_resumed(self, connection: Connection, *, server_url: str, username: str) -> None:
        """Show a connection restored from the stored session (no password typed)."""
        self.set_values(
            server_url=server_url,
            domain=connection.tenant.domain,
            username=username,
            password="",
        )
        self._on_tested(self.values(), connection)

    def show_error(self, exc: BaseException) -> None:
        """Show a failure that happened outside this page (e.g. while resuming)."""
        self._show_error(exc)

    def _on_tested(self, values: Values, connection: Connection) -> None:
        self._worker = None
        self._set_busy(False)
        self.drafts.discard()  # the settings hold these values now
        self._connection = connection
        self._tested = values
        self._result_text = self.tr("Connected to {company} (domain {domain}).").format(
            company=connection.tenant.name, domain=connection.tenant.domain
        )
        problem = connection.secret_problem
        self._session_only_pending = problem is not None and not connection.secret_stored
        if problem is not None and self._session_only_pending:
            message, hint = describe(problem)
            self.panel.show_message(
                "warning",
                message,
                hint,
                action=self.tr("Ask me &every time"),
                details=diagnostics(problem),
            )
        else:
            self.panel.show_message(
                "success",
                self._result_text,
                self.tr('Click "Next" to continue with the employees.'),
            )
        self.completeChanged.emit()
        self.connected.emit(connection)

    def _on_failed(self, exc: BaseException) -> None:
        self._worker = None
        self._set_busy(False)
        self._show_error(exc)

    def _show_error(self, exc: BaseException) -> None:
        message, hint = describe(exc)
        field = exc.field if isinstance(exc, UserError) else None
        if field is not None and self.form.show_field_message(field, message, hint):
            self.panel.clear()
        else:
            self.panel.show_message("error", message, hint, details=diagnostics(exc))
        self.completeChanged.emit()

    def _ask_every_time(self) -> None:
        # The service switches to the in-memory store; it may touch the keyring, so not here.
        self.panel.action_button.setEnabled(False)
        self._session_worker = run_in_worker(
            self._service.remember_session_only,
            on_returned=lambda _: self._on_session_only(),
            on_errored=self._on_failed,
        )

    def _on_session_only(self) -> None:
        self.panel.action_button.setEnabled(True)
        self._session_only_pending = False
        self.panel.show_message(
            "success",
            self._result_text,
            self.tr(
                "The sign-in is kept only until cloudsetup is closed; you will be asked for the "
                'password at the next start. Click "Next" to continue.'
            ),
        )
        self.completeChanged.emit()

    # -- draft -----------------------------------------------------------------------------

    def _keep_draft(self) -> None:
        self._typed = True
        values = self.values()
        draft: DraftValues = {
            "server_url": values.server_url,
            "domain": values.domain,
            "username": values.username,
        }
        self.drafts.changed(draft)

    def _restore_draft(self, draft: DraftValues | None) -> None:
        """Put back what was typed at the last start, unless the page has moved on since."""
        self._draft_worker = None
        if draft is None or self._typed or self._connection is not None or self.is_testing:
            return
        texts = {key: value for key, value in draft.items() if isinstance(value, str)}
        self.set_values(
            server_url=texts.get("server_url"),
            domain=texts.get("domain"),
            username=texts.get("username"),
        )

    # -- helpers ----------------------------------------------------------------------------

    def _on_edited(self) -> None:
        if self._connection is not None and self._tested != self.values():
            self._forget_connection()
            self.panel.clear()
        self.form.clear_messages()
        self.completeChanged.emit()

    def _on_submitted(self) -> None:
        """Enter in a field: test, unless the page is complete (then the wizard goes on)."""
        if not self.isComplete():
            self.start_test()

    def _forget_connection(self) -> None:
        self._connection = None
        self._tested = None
        self._session_only_pending = False
        self._result_text = ""

    def _set_busy(self, busy: bool) -> None:
        self.form.set_read_only(busy)
        self.test_button.setEnabled(not busy)
        if busy:
            self.busy.start(self.tr("Checking the connection…"))
            self.busy.cancel_button.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.busy.stop()
        self.completeChanged.emit()
