"""The "Support" section: the facts a support ticket needs, and "In Zwischenablage kopieren".

Shown every time it is opened with fresh facts (:class:`~cloudsetup.services.support.
SupportService` on a worker): versions, server, tenant, user and role, last sync, last fill,
where the log file is (with a button that opens its folder) and its last lines. The copy is
the plain-text block of :func:`~cloudsetup.services.support.diagnostics_text`: no password, no
token.
"""

from __future__ import annotations

from pathlib import Path

import PySide6
from PySide6.QtCore import QUrl, qVersion
from PySide6.QtGui import QDesktopServices, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from cloudsetup.services.support import SupportFacts, SupportService, Versions, diagnostics_text
from cloudsetup.wizard.messages import describe, diagnostics
from cloudsetup.wizard.moments import local_time
from cloudsetup.wizard.pages.fill_texts import number
from cloudsetup.wizard.settings.context import SettingsContext
from cloudsetup.wizard.settings.section import SettingsSection
from cloudsetup.wizard.settings.texts import activated_text, role_text, value_label
from cloudsetup.wizard.widgets import SUCCESS_COLOR, BusyIndicator, MessagePanel
from cloudsetup.wizard.worker import Worker, run_in_worker


def qt_versions() -> Versions:
    """This process's versions, Qt's included (the service layer cannot ask Qt)."""
    return Versions.here(qt=qVersion(), pyside=PySide6.__version__)


class SupportSettings(SettingsSection):
    """Versions, cloud, user, sync, fill and log, and the copy for a ticket."""

    section_id = "support"
    reload_on_show = True

    def __init__(self, context: SettingsContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent=parent)
        self._support = SupportService(
            context.service, state_dir=context.state_dir, log_file=context.log_file
        )
        self._worker: Worker | None = None
        self.facts: SupportFacts | None = None

        self.versions = value_label("versionsValue")
        self.server = value_label("supportServer")
        self.tenant = value_label("supportTenant")
        self.user = value_label("supportUser")
        self.role = value_label("supportRole")
        self.setup_state = value_label("supportSetup")
        self.last_sync = value_label("supportLastSync")
        self.last_fill = value_label("supportLastFill")
        self.log_path = value_label("logFilePath")
        self.open_folder_button = QPushButton(self.tr("Open the &folder"))
        self.open_folder_button.setObjectName("openLogFolder")
        self.open_folder_button.setAutoDefault(False)
        log_row = QHBoxLayout()
        log_row.addWidget(self.log_path, 1)
        log_row.addWidget(self.open_folder_button)
        form = QFormLayout()
        form.addRow(self.tr("Versions:"), self.versions)
        form.addRow(self.tr("Server:"), self.server)
        form.addRow(self.tr("Domain:"), self.tenant)
        form.addRow(self.tr("User:"), self.user)
        form.addRow(self.tr("Role:"), self.role)
        form.addRow(self.tr("Setup:"), self.setup_state)
        form.addRow(self.tr("Last sync:"), self.last_sync)
        form.addRow(self.tr("Last fill:"), self.last_fill)
        form.addRow(self.tr("Log file:"), log_row)

        lines_label = QLabel(self.tr("The last lines of the lo&g file:"))
        self.log_lines = QPlainTextEdit()
        self.log_lines.setObjectName("logLines")
        self.log_lines.setReadOnly(True)
        self.log_lines.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.log_lines.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.log_lines.setMinimumHeight(self.log_lines.fontMetrics().lineSpacing() * 8)
        lines_label.setBuddy(self.log_lines)

        self.copy_button = QPushButton(self.tr("&Copy to the clipboard"))
        self.copy_button.setObjectName("copyDiagnostics")
        self.copy_button.setAutoDefault(False)
        self.copy_button.setToolTip(
            self.tr("Everything above as plain text for a support ticket, without passwords")
        )
        self.copied = QLabel()
        self.copied.setObjectName("copiedNote")
        self.copied.setStyleSheet(f"color: {SUCCESS_COLOR};")
        buttons = QHBoxLayout()
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.copied, 1)
        self.busy = BusyIndicator()
        self.busy.cancel_button.setVisible(False)
        self.panel = MessagePanel()

        self.content.addLayout(form)
        self.content.addWidget(self.panel)
        self.content.addWidget(lines_label)
        self.content.addWidget(self.log_lines, 1)
        self.content.addLayout(buttons)
        self.content.addWidget(self.busy)

        self.copy_button.clicked.connect(self.copy_diagnostics)
        self.open_folder_button.clicked.connect(self.open_log_folder)
        self._update_buttons()

    def title(self) -> str:
        return self.tr("Support")

    def intro_text(self) -> str:
        return self.tr(
            "What support asks for on the phone or in a ticket. The copy contains no password "
            "and no token."
        )

    @property
    def is_busy(self) -> bool:
        return self._worker is not None

    def load(self) -> Worker | None:
        if self._worker is not None:
            return None
        self.busy.start(self.tr("Collecting the facts…"))
        self._worker = run_in_worker(
            self._support.facts, qt_versions(), on_returned=self._on_facts, on_errored=self._failed
        )
        self._update_buttons()
        return self._worker

    def shutdown(self) -> None:
        if self._worker is not None:
            self._worker.cancel()
            self._worker = None

    def copy_diagnostics(self) -> str:
        """Put the diagnostics block on the clipboard; returns it."""
        if self.facts is None:
            return ""
        text = diagnostics_text(self.facts)
        QGuiApplication.clipboard().setText(text)
        self.copied.setText(self.tr("Copied: paste it into the ticket or the e-mail."))
        return text

    def open_log_folder(self) -> bool:
        """Open the log file's folder in the file manager; False when there is none."""
        path = self._support.log_file
        if path is None:
            return False
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))

    # -- internals -------------------------------------------------------------------------

    def _on_facts(self, facts: SupportFacts) -> None:
        self._worker = None
        self.busy.stop()
        self.facts = facts
        self.copied.clear()
        v = facts.versions
        self.versions.setText(
            f"cloudsetup {v.cloudsetup} · Python {v.python} · Qt {v.qt} (PySide6 {v.pyside}) · "
            f"{v.system}"
        )
        self.server.setText(facts.server_url or self.tr("not set"))
        tenant, user = facts.tenant, facts.user
        self.tenant.setText(f"{tenant.domain} ({tenant.name})" if tenant else self.tr("unknown"))
        self.user.setText(f"{user.username} <{user.email}>" if user else self.tr("unknown"))
        self.role.setText(role_text(user.role if user else None))
        self.setup_state.setText(activated_text(tenant.setup) if tenant else self.tr("unknown"))
        self.last_sync.setText(local_time(facts.last_sync_at, missing=self.tr("never")))
        self.last_fill.setText(self._fill_text(facts))
        self._show_log(facts.log_file, facts.log_lines)
        problem = facts.cloud_problem
        if problem is None:
            self.panel.clear()
        else:
            message, hint = describe(problem)
            self.panel.show_message("warning", message, hint, details=diagnostics(problem))
        self._update_buttons()

    def _fill_text(self, facts: SupportFacts) -> str:
        if facts.cloud_data is None:
            return self.tr("unknown")
        if facts.filled_at is None:
            return self.tr("never")
        return self.tr("{when}, {count} records in the cloud").format(
            when=local_time(facts.filled_at), count=number(facts.cloud_records or 0)
        )

    def _show_log(self, path: Path | None, lines: list[str]) -> None:
        if path is None:
            self.log_path.setText(self.tr("No log file is written."))
            self.log_lines.setPlainText("")
            return
        self.log_path.setText(str(path))
        self.log_lines.setPlainText("\n".join(lines) if lines else self.tr("(empty so far)"))
        bar = self.log_lines.verticalScrollBar()
        bar.setValue(bar.maximum())  # the newest lines are the ones that matter

    def _failed(self, exc: BaseException) -> None:
        self._worker = None
        self.busy.stop()
        message, hint = describe(exc)
        self.panel.show_message("error", message, hint, details=diagnostics(exc))
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.copy_button.setEnabled(self.facts is not None and self._worker is None)
        self.open_folder_button.setEnabled(self._support.log_file is not None)
