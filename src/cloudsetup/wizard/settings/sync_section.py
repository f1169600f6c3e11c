"""The "Abgleich" section: the last sync, what waits, "Jetzt synchronisieren".

The issue-5 :class:`~cloudsetup.wizard.sync.sync_panel.SyncPanel` on the window's one sync
runner; a sync that leaves devices waiting opens the approval dialog.
"""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

from cloudsetup.wizard.settings.context import FILL, SettingsContext
from cloudsetup.wizard.settings.section import SettingsSection
from cloudsetup.wizard.settings.texts import value_label
from cloudsetup.wizard.sync.sync_panel import SyncPanel
from cloudsetup.wizard.worker import Worker


class SyncSettings(SettingsSection):
    """The office sync ("Cloudabgleich") and its state."""

    section_id = "sync"
    follows = frozenset({FILL})

    def __init__(self, context: SettingsContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent=parent)
        self.panel = SyncPanel(context.sync_runner, context.approvals)
        self.office_db = value_label("officeDatabase")
        self.office_db.setText(
            str(context.office_db) if context.office_db is not None else self.tr("none named")
        )
        facts = QFormLayout()
        facts.addRow(self.tr("Office data:"), self.office_db)
        command = QLabel(
            self.tr(
                'On the command line the same sync runs with "cloudsetup --office-db FILE sync", '
                "for example as a scheduled task."
            )
        )
        command.setObjectName("syncCommandNote")
        command.setWordWrap(True)
        self.content.addWidget(self.panel)
        self.content.addSpacing(12)
        self.content.addLayout(facts)
        self.content.addWidget(command)
        self.content.addStretch(1)

    def title(self) -> str:
        return self.tr("Sync")

    def intro_text(self) -> str:
        return self.tr(
            "The sync brings the invoices written on the devices into the office data and "
            "sends the office's changes to the cloud. Synchronise everything first, then allow "
            "new devices."
        )

    def load(self) -> Worker | None:
        runner = self.context.sync_runner
        if runner.is_loading:  # the panel's first showing asked already
            return runner.loading
        return self.panel.refresh()

    @property
    def is_busy(self) -> bool:
        runner = self.context.sync_runner
        return runner.is_loading or runner.is_running
