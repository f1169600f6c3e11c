"""The "Cloudabgleich" settings window, shown instead of the wizard once the cloud is set up.

A side list of sections (:data:`~cloudsetup.wizard.settings.sections.SECTIONS`) and a stack
that shows the chosen one. A section loads its state from the cloud the first time it is
shown, again when something it shows changed in another section, and on "Neu laden" (F5);
it saves on its own. Keyboard: the side list has the focus at the start (arrow keys choose a
section, Tab goes into it), Ctrl+1 … Ctrl+9 jump to a section, Ctrl+PgDown / Ctrl+PgUp go to
the next / previous one.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from cloudsetup.services.logging_setup import current_log_file
from cloudsetup.services.settings import default_config_dir
from cloudsetup.services.setup import Connection, SetupService
from cloudsetup.wizard.devices.approvals import DeviceApprovals
from cloudsetup.wizard.devices.devices_section import DevicesSection
from cloudsetup.wizard.settings.connection_section import ConnectionSettings
from cloudsetup.wizard.settings.context import CONNECTION, WIZARD, SettingsContext
from cloudsetup.wizard.settings.devices_section import DeviceSettings
from cloudsetup.wizard.settings.section import SettingsSection
from cloudsetup.wizard.settings.sections import SECTIONS, SectionFactory
from cloudsetup.wizard.settings.sync_section import SyncSettings
from cloudsetup.wizard.sync.runner import SyncRunner
from cloudsetup.wizard.sync.sync_panel import SyncPanel
from cloudsetup.wizard.worker import Worker

S = TypeVar("S", bound=SettingsSection)


class SettingsWindow(QWidget):
    """The cloud settings in sections; opens at "Verbindung" or the section asked for."""

    open_wizard_requested = Signal()
    #: The section now shown (after the side list, a shortcut or :meth:`open_section`).
    section_shown = Signal(object)

    def __init__(
        self,
        service: SetupService,
        connection: Connection,
        *,
        server_url: str,
        office_db: Path | None = None,
        state_dir: Path | None = None,
        log_file: Path | None = None,
        portal_url: str | None = None,
        sections: Sequence[SectionFactory] = SECTIONS,
        initial_section: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """``office_db`` is the office database the sync and the fill use (``None``: they
        say it is missing); ``state_dir`` keeps their local state (default: the config
        folder); ``log_file`` is the file the support section shows (default: the one
        installed by :func:`~cloudsetup.services.logging_setup.install_file_logging`)."""
        super().__init__(parent)
        self.setObjectName("settingsWindow")
        self.setWindowTitle(self.tr("Cloud sync"))
        self.setMinimumSize(QSize(1000, 660))
        self.context = SettingsContext(
            service,
            connection,
            server_url=server_url,
            office_db=office_db,
            state_dir=state_dir if state_dir is not None else default_config_dir(),
            log_file=log_file if log_file is not None else current_log_file(),
            portal_url=portal_url or service.local_settings().portal_url,
            parent=self,
        )

        self.heading = QLabel()
        self.heading.setObjectName("settingsHeading")
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.heading.setFont(font)

        self.sections: list[SettingsSection] = [make(self.context) for make in sections]
        self.nav = QListWidget()
        self.nav.setObjectName("settingsNav")
        self.nav.setAccessibleName(self.tr("Sections"))
        self.stack = QStackedWidget()
        self.stack.setObjectName("settingsStack")
        for number, section in enumerate(self.sections, start=1):
            item = QListWidgetItem(section.title())
            if number <= 9:
                item.setToolTip(self.tr("Ctrl+{number}").format(number=number))
            self.nav.addItem(item)
            self.stack.addWidget(self._scrolling(section))
        self.nav.setFixedWidth(self._nav_width())
        # Roomier rows; the highlighted row shows where the keys are (no dotted focus frame).
        self.nav.setStyleSheet(
            "QListWidget#settingsNav { outline: 0; }"
            "QListWidget#settingsNav::item { padding: 5px 8px; }"
        )

        self.reload_button = QPushButton(self.tr("Re&load"))
        self.reload_button.setObjectName("reloadSection")
        self.reload_button.setToolTip(self.tr("Load this section from the cloud again (F5)"))
        self.wizard_button = QPushButton(self.tr("Open the setup &wizard"))
        self.wizard_button.setObjectName("openWizard")
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setObjectName("closeButton")
        buttons = QHBoxLayout()
        for button in (self.reload_button, self.wizard_button, self.close_button):
            button.setAutoDefault(False)
        buttons.addWidget(self.reload_button)
        buttons.addWidget(self.wizard_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)

        body = QHBoxLayout()
        body.addWidget(self.nav)
        body.addWidget(self.stack, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(body, 1)
        layout.addLayout(buttons)
        QWidget.setTabOrder(self.nav, self.stack)

        self.nav.currentRowChanged.connect(self._on_row_changed)
        self.reload_button.clicked.connect(self.reload_current)
        self.wizard_button.clicked.connect(self.open_wizard_requested)
        self.close_button.clicked.connect(self.close)
        self.context.connection_changed.connect(self._show_heading)
        self.context.changed.connect(lambda _topic: self._load_current_if_stale())
        self.context.open_requested.connect(self._on_open_requested)
        self._shortcuts()
        self._show_heading(connection)
        self.nav.setCurrentRow(self._index_of(initial_section or ConnectionSettings.section_id))
        self.nav.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- sections ----------------------------------------------------------------------------

    def section(self, section_id: str) -> SettingsSection:
        return self.sections[self._index_of(section_id)]

    def section_of(self, kind: type[S]) -> S:
        """The section of class ``kind`` (tests and the screenshots reach into it)."""
        for section in self.sections:
            if isinstance(section, kind):
                return section
        raise LookupError(f"no {kind.__name__} in this window")

    @property
    def current(self) -> SettingsSection:
        return self.sections[max(0, self.nav.currentRow())]

    def open_section(self, section_id: str) -> SettingsSection:
        """Show the section ``section_id`` (it loads if it was not loaded yet)."""
        self.nav.setCurrentRow(self._index_of(section_id))
        return self.current

    def reload_current(self) -> Worker | None:
        """ "Neu laden": the section shown now, fresh from the cloud."""
        return self.current.reload()

    def reload_all(self) -> Worker | None:
        """Everything may have changed (the wizard ran): every section loads when shown next."""
        self.context.changed.emit(CONNECTION)
        return None

    def test_connection(self) -> Worker | None:
        """ "Verbindung testen" of the connection section."""
        return self.section_of(ConnectionSettings).test_connection()

    @property
    def is_busy(self) -> bool:
        return any(section.is_busy for section in self.sections)

    # -- the issue-5 parts, by their old names ----------------------------------------------

    @property
    def sync_runner(self) -> SyncRunner:
        return self.context.sync_runner

    @property
    def approvals(self) -> DeviceApprovals:
        return self.context.approvals

    @property
    def sync_panel(self) -> SyncPanel:
        return self.section_of(SyncSettings).panel

    @property
    def devices(self) -> DevicesSection:
        return self.section_of(DeviceSettings).devices

    # -- Qt ----------------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        self.current.ensure_loaded()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        # Answers of work still running must not reach widgets that are going away.
        for section in self.sections:
            section.shutdown()
        self.context.shutdown()
        super().closeEvent(event)

    # -- internals ---------------------------------------------------------------------------

    def _on_row_changed(self, row: int) -> None:
        if not 0 <= row < len(self.sections):
            return
        self.stack.setCurrentIndex(row)
        section = self.sections[row]
        if self.isVisible():
            section.ensure_loaded()
        self.section_shown.emit(section)

    def _on_open_requested(self, target: str) -> None:
        if target == WIZARD:
            self.open_wizard_requested.emit()
        else:
            self.open_section(target)
            self.activateWindow()

    def _load_current_if_stale(self) -> None:
        if self.isVisible() and self.current.is_stale:
            self.current.ensure_loaded()

    def _show_heading(self, connection: Connection) -> None:
        self.heading.setText(
            self.tr("Cloud sync – {company}").format(company=connection.tenant.name)
        )

    def _index_of(self, section_id: str) -> int:
        for index, section in enumerate(self.sections):
            if section.section_id == section_id:
                return index
        raise LookupError(f"no section {section_id!r}")

    def _scrolling(self, section: SettingsSection) -> QScrollArea:
        area = QScrollArea()
        area.setObjectName(f"{section.section_id}Scroll")
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        # Tab goes from the side list straight to the section's first control; the area still
        # scrolls to whatever control has the focus.
        area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        area.setWidget(section)
        return area

    def _nav_width(self) -> int:
        metrics = self.nav.fontMetrics()
        widest = max((metrics.horizontalAdvance(s.title()) for s in self.sections), default=80)
        return widest + 56

    def _shortcuts(self) -> None:
        def go(step: int) -> None:
            self.nav.setCurrentRow((self.nav.currentRow() + step) % len(self.sections))

        def jump(row: int) -> Callable[[], None]:
            return lambda: self.nav.setCurrentRow(row)

        pairs: list[tuple[QKeySequence, Callable[[], object]]] = [
            (QKeySequence(QKeySequence.StandardKey.Refresh), self.reload_current),
            (QKeySequence("Ctrl+PgDown"), lambda: go(1)),
            (QKeySequence("Ctrl+PgUp"), lambda: go(-1)),
        ]
        pairs += [
            (QKeySequence(f"Ctrl+{row + 1}"), jump(row))
            for row in range(min(9, len(self.sections)))
        ]
        self._keys: list[QShortcut] = []
        for sequence, slot in pairs:
            shortcut = QShortcut(sequence, self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(slot)
            self._keys.append(shortcut)
