"""What ``cloudsetup`` shows on start: the wizard, or the settings once the cloud is set up.

A small "checking the connection" window appears at once; the stored session is tried on a
worker. No working connection, or a setup that is not finished, opens the wizard at the right
page; a finished setup opens the "Cloudabgleich" settings window. So does a first sign-in on
page 1 to a cloud that someone else (a partner) has set up completely already.
"""

from __future__ import annotations

import signal
import sys
from pathlib import Path

from PySide6.QtCore import QObject, QSize, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QApplication, QLabel, QProgressBar, QVBoxLayout, QWidget

from cloudsetup.models import ParsedDomainData
from cloudsetup.services.settings import LocalSettings
from cloudsetup.services.setup import Connection, SetupService
from cloudsetup.wizard.garbage import GuiThreadGarbageCollector
from cloudsetup.wizard.i18n import choose_language, install_translations
from cloudsetup.wizard.mailbox import MailboxWindow
from cloudsetup.wizard.settings.window import SettingsWindow
from cloudsetup.wizard.wizard import SetupWizard
from cloudsetup.wizard.worker import Worker, run_in_worker

#: How long the end of the program waits for work that was cancelled but still runs.
_SHUTDOWN_WAIT_MS = 3000


class StartupWindow(QWidget):
    """ "Checking the connection…" with a busy bar, while the stored session is tried."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("startupWindow")
        self.setWindowTitle(self.tr("Cloud setup"))
        self.setMinimumSize(QSize(360, 110))
        label = QLabel(self.tr("Checking the connection to the cloud…"))
        label.setObjectName("startupText")
        bar = QProgressBar()
        bar.setRange(0, 0)
        bar.setTextVisible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(bar)


class Launcher(QObject):
    """Owns the windows of one run of the GUI and decides which one to show."""

    #: Emitted with the window that was opened (the wizard or the settings window).
    opened = Signal(QWidget)

    def __init__(
        self,
        service: SetupService,
        settings: LocalSettings,
        *,
        banner: str | None = None,
        initial: ParsedDomainData | None = None,
        office_db: Path | None = None,
        fill_state_dir: Path | None = None,
    ) -> None:
        super().__init__()
        self._service = service
        self._settings = settings
        self._banner = banner
        self._initial = initial
        self._office_db = office_db
        self._fill_state_dir = fill_state_dir
        self.startup = StartupWindow()
        self.wizard: SetupWizard | None = None
        self.settings_window: SettingsWindow | None = None
        self._worker: Worker | None = None

    def start(self) -> Worker:
        self.startup.show()
        self._worker = run_in_worker(
            self._service.resume, on_returned=self._on_resumed, on_errored=self._on_failed
        )
        return self._worker

    def _on_resumed(self, connection: Connection | None) -> None:
        if connection is not None and connection.tenant.setup.is_complete:
            self.show_settings(connection)
            return
        wizard = self._make_wizard()
        if connection is not None:
            wizard.open_at(
                connection,
                server_url=self._settings.server_url or "",
                username=self._settings.username or "",
            )
        elif self._initial is not None:
            wizard.prefill(self._initial)
        self._show(wizard)

    def _on_failed(self, exc: BaseException) -> None:
        wizard = self._make_wizard()
        if self._initial is not None:
            wizard.prefill(self._initial)
        wizard.credentials.show_error(exc)
        self._show(wizard)

    def _make_wizard(self) -> SetupWizard:
        settings = self._settings
        wizard = SetupWizard(
            self._service,
            portal_url=settings.portal_url,
            server_url=settings.server_url or "",
            domain=settings.domain or "",
            username=settings.username or "",
            banner=self._banner,
            office_db=self._office_db,
            fill_state_dir=self._fill_state_dir,
        )
        wizard.accepted.connect(lambda: self._on_wizard_accepted(wizard))
        wizard.setup_complete.connect(
            # After page 1 has finished showing the result: then the wizard may go.
            lambda connection: QTimer.singleShot(
                0, lambda: self._on_setup_found_complete(wizard, connection)
            )
        )
        self.wizard = wizard
        return wizard

    def _on_setup_found_complete(self, wizard: SetupWizard, connection: Connection) -> None:
        """A fresh sign-in on page 1 to a cloud someone else set up: on to the settings."""
        if self.settings_window is not None or not wizard.isVisible():
            return  # the wizard was opened from the settings, or closed meanwhile
        self.show_settings(connection, server_url=wizard.credentials.values().server_url)
        wizard.close()

    def _on_wizard_accepted(self, wizard: SetupWizard) -> None:
        connection = wizard.connection
        if connection is not None and self.settings_window is None:
            self.show_settings(connection, server_url=wizard.credentials.values().server_url)

    def show_settings(
        self, connection: Connection, *, server_url: str | None = None
    ) -> SettingsWindow:
        window = SettingsWindow(
            self._service,
            connection,
            server_url=server_url if server_url is not None else self._settings.server_url or "",
            office_db=self._office_db,
            state_dir=self._fill_state_dir,
            portal_url=self._settings.portal_url,
        )
        window.open_wizard_requested.connect(lambda: self._open_wizard_from(window))
        self.settings_window = window
        self._show(window)
        return window

    def _open_wizard_from(self, window: SettingsWindow) -> None:
        wizard = self._make_wizard()
        connection = window.context.connection
        wizard.open_at(
            connection,
            server_url=window.context.server_url,
            username=connection.user.username,
        )
        wizard.finished.connect(lambda _result: window.reload_all())
        wizard.show()

    def _show(self, window: QWidget) -> None:
        # Show the new window before closing the startup one, or Qt would quit in between.
        window.show()
        window.activateWindow()
        self.startup.close()
        self.opened.emit(window)


def _quit_on_termination(app: QApplication) -> None:
    """Ctrl-C or SIGTERM ends the event loop, so the program cleans up as after closing.

    Python runs signal handlers only between bytecodes; the garbage collector's timer wakes the
    interpreter twice a second, so the handler runs soon even while Qt waits for events.
    """

    def quit_app(_signum: int, _frame: object) -> None:
        app.quit()

    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, quit_app)


def run_gui(
    service: SetupService,
    *,
    banner: str | None = None,
    initial: ParsedDomainData | None = None,
    language: str | None = None,
    mailbox: Path | None = None,
    office_db: Path | None = None,
    fill_state_dir: Path | None = None,
) -> int:
    """Run the desktop app until its last window closes; returns the exit code.

    ``language`` is ``--lang`` (``de``/``en``); else the saved setting, the system locale, or
    German. ``banner`` is shown framed in the wizard (the demo's access data); ``initial`` is
    filled into page 1 when there is no stored session to resume. ``mailbox`` is the demo
    cloud's mail outbox: a window lists its mails so consent links can be clicked.
    ``office_db`` is the office database that page 4 uploads and the settings' sync keeps in
    step (``None``: they say it is missing); ``fill_state_dir`` keeps the fill's progress and
    the sync's local state (default: the config folder).
    """
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
    app.setApplicationName("cloudsetup")
    settings = service.local_settings()  # one small file, read before the first window
    install_translations(choose_language(language, settings.language))
    launcher = Launcher(
        service,
        settings,
        banner=banner,
        initial=initial,
        office_db=office_db,
        fill_state_dir=fill_state_dir,
    )
    collector = GuiThreadGarbageCollector(app)
    collector.start()
    _quit_on_termination(app)
    launcher.start()
    outbox = MailboxWindow(mailbox) if mailbox is not None else None
    if outbox is not None:
        outbox.show()
    code = app.exec()
    QThreadPool.globalInstance().waitForDone(_SHUTDOWN_WAIT_MS)
    collector.stop()
    return code
