"""The "Nummernkreise" section: every prefix's ranges on one bar, and the office's range.

Loading reads all ranges with their usage (the cloud counts what was used). Each prefix gets
a :class:`~cloudsetup.wizard.settings.prefix_usage.PrefixUsage`; the office's own range is
edited with page 3's :class:`~cloudsetup.wizard.pages.range_editor.RangeEditor`, checked like
there and refused by the cloud when it overlaps another range of the same prefix (the message
names it, at "Von"). The employees' ranges are set in "Benutzerzugänge".
"""

from __future__ import annotations

from itertools import groupby

from PySide6.QtWidgets import QGroupBox, QLabel, QVBoxLayout, QWidget

from cloudsetup.models import NumberRange
from cloudsetup.services.ranges import RangeService
from cloudsetup.wizard.messages import describe, diagnostics
from cloudsetup.wizard.pages.range_editor import RangeEditor
from cloudsetup.wizard.settings.context import RANGES, SettingsContext
from cloudsetup.wizard.settings.prefix_usage import PrefixUsage
from cloudsetup.wizard.settings.section import SettingsSection
from cloudsetup.wizard.widgets import BusyIndicator, MessagePanel
from cloudsetup.wizard.worker import Worker, run_in_worker


class RangeSettings(SettingsSection):
    """The ranges per prefix with their usage; the office's range to edit."""

    section_id = "ranges"
    follows = frozenset({RANGES})

    def __init__(self, context: SettingsContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent=parent)
        self._ranges_service = RangeService(context.service)
        self._worker: Worker | None = None
        self._ranges: list[NumberRange] = []
        self.usages: list[PrefixUsage] = []

        self.usage_box = QVBoxLayout()
        self.empty_label = QLabel(self.tr("There are no number ranges yet."))
        self.empty_label.setObjectName("noRanges")
        self.empty_label.setVisible(False)
        self.busy = BusyIndicator()
        self.busy.cancel_button.setVisible(False)
        self.panel = MessagePanel()

        self.office_editor = RangeEditor(self._ranges_service, office=True)
        self.office_editor.setObjectName("officeRangeEditor")
        office_box = QGroupBox(self.tr("Range of the office"))
        office_box.setObjectName("officeRange")
        office_layout = QVBoxLayout(office_box)
        office_layout.addWidget(self.office_editor)
        where = QLabel(
            self.tr(
                'The employees\' ranges are set under "User access", tab "Invoices", for '
                "each employee who may write invoices on his devices."
            )
        )
        where.setObjectName("employeeRangesNote")
        where.setWordWrap(True)
        office_layout.addWidget(where)

        self.content.addLayout(self.usage_box)
        self.content.addWidget(self.empty_label)
        self.content.addWidget(self.busy)
        self.content.addWidget(self.panel)
        self.content.addWidget(office_box)
        self.content.addStretch(1)
        self.office_editor.saved.connect(self._on_office_saved)
        self.panel.action_clicked.connect(self.reload)

    def title(self) -> str:
        return self.tr("Number ranges")

    def intro_text(self) -> str:
        return self.tr(
            "Every invoice number is given only once: ranges with the same prefix may not "
            "overlap. On each bar the dark part of a range is used, the light part still free."
        )

    @property
    def is_busy(self) -> bool:
        return self._worker is not None or self.office_editor.is_busy

    @property
    def ranges(self) -> list[NumberRange]:
        return list(self._ranges)

    def usage_of(self, prefix: str) -> PrefixUsage:
        """The bar and lines of ``prefix``."""
        for usage in self.usages:
            if usage.prefix == prefix:
                return usage
        raise LookupError(f"no ranges with the prefix {prefix!r}")

    def load(self) -> Worker | None:
        if self._worker is not None:
            return None
        self.panel.clear()
        self.busy.start(self.tr("Loading the number ranges from the cloud…"))
        self._worker = run_in_worker(
            self._ranges_service.list, on_returned=self._on_loaded, on_errored=self._on_failed
        )
        return self._worker

    def shutdown(self) -> None:
        if self._worker is not None:
            self._worker.cancel()
            self._worker = None
        self.office_editor.cancel()

    def _on_loaded(self, ranges: list[NumberRange]) -> None:
        self._worker = None
        self.busy.stop()
        self._show(ranges)
        office = next((r for r in ranges if r.employee_id is None), None)
        if not self.office_editor.is_busy:
            self.office_editor.set_range(None, office)

    def _on_failed(self, exc: BaseException) -> None:
        self._worker = None
        self.busy.stop()
        message, hint = describe(exc)
        self.panel.show_message(
            "error", message, hint, action=self.tr("Load &again"), details=diagnostics(exc)
        )

    def _show(self, ranges: list[NumberRange]) -> None:
        self._ranges = list(ranges)
        for usage in self.usages:
            self.usage_box.removeWidget(usage)
            usage.deleteLater()
        by_prefix = sorted(ranges, key=lambda r: (r.prefix, r.start))
        self.usages = [
            PrefixUsage(prefix, list(group))
            for prefix, group in groupby(by_prefix, key=lambda r: r.prefix)
        ]
        for usage in self.usages:
            self.usage_box.addWidget(usage)
        self.empty_label.setVisible(not ranges)

    def _on_office_saved(self, stored: NumberRange) -> None:
        self._show([r for r in self._ranges if r.employee_id is not None] + [stored])
        self.announce(RANGES)
