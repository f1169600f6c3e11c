"""One prefix's number ranges: the bar and, under it, a line per range with its usage.

The lines say in words what the bar shows (whose range, its first and last number, used and
free), so the section can be read without the picture, by a screen reader, and in tests.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QVBoxLayout, QWidget

from cloudsetup.models import NumberRange
from cloudsetup.wizard.pages.fill_texts import number
from cloudsetup.wizard.settings.range_bar import RangeBar, color_for
from cloudsetup.wizard.settings.texts import value_label
from cloudsetup.wizard.widgets import ERROR_COLOR


class LegendRow:
    """The labels of one range's line."""

    def __init__(self, number_range: NumberRange, owner: str, color: str, usage: str) -> None:
        self.number_range = number_range
        self.swatch = QLabel()
        self.swatch.setFixedSize(14, 14)
        self.swatch.setStyleSheet(f"background: {color}; border-radius: 2px;")
        self.owner = value_label("rangeOwner")
        self.owner.setText(owner)
        self.numbers = value_label("rangeNumbers")
        first, last = number_range.start, number_range.end
        self.numbers.setText(
            f"{number_range.format_number(first)} – {number_range.format_number(last)}"
        )
        self.usage = value_label("rangeUsage")
        self.usage.setText(usage)
        for label in (self.owner, self.numbers, self.usage):
            label.setWordWrap(False)
        if number_range.near_exhaustion:
            self.usage.setStyleSheet(f"color: {ERROR_COLOR};")


class PrefixUsage(QGroupBox):
    """The ranges of one prefix on one bar, with a legend line per range."""

    def __init__(
        self, prefix: str, ranges: Sequence[NumberRange], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.prefix = prefix
        self.setObjectName("prefixUsage")
        self.setTitle(
            self.tr("Prefix {prefix}").format(prefix=prefix) if prefix else self.tr("No prefix")
        )
        ordered = sorted(ranges, key=lambda r: r.start)
        employee_index = {
            r.id: index for index, r in enumerate(r for r in ordered if r.employee_id is not None)
        }
        colors = {r.id: color_for(employee_index.get(r.id, 0), r) for r in ordered}
        self.rows = [
            LegendRow(r, self.owner_text(r), colors[r.id], self.usage_text(r)) for r in ordered
        ]
        self.bar = RangeBar()
        self.bar.setAccessibleName(self.title())
        self.bar.set_ranges(
            ordered,
            colors=colors,
            labels={row.number_range.id: row.owner.text() for row in self.rows},
            descriptions={
                row.number_range.id: f"{row.owner.text()}: {row.numbers.text()}, {row.usage.text()}"
                for row in self.rows
            },
        )
        legend = QGridLayout()
        legend.setColumnStretch(4, 1)
        legend.setHorizontalSpacing(16)
        for line, row in enumerate(self.rows):
            legend.addWidget(row.swatch, line, 0)
            legend.addWidget(row.owner, line, 1)
            legend.addWidget(row.numbers, line, 2)
            legend.addWidget(row.usage, line, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(self.bar)
        layout.addLayout(legend)

    def row_of(self, owner: str) -> LegendRow:
        """The line of the range ``owner`` has (the office's: its translated name)."""
        for row in self.rows:
            if row.owner.text() == owner:
                return row
        raise LookupError(f"no range of {owner!r} under {self.prefix!r}")

    def owner_text(self, number_range: NumberRange) -> str:
        if number_range.employee_id is None:
            return self.tr("Office")
        return number_range.owner_name

    def usage_text(self, number_range: NumberRange) -> str:
        text = self.tr("{used} used, {remaining} free").format(
            used=number(number_range.used), remaining=number(number_range.remaining)
        )
        if number_range.exhausted:
            return text + " – " + self.tr("used up")
        if number_range.near_exhaustion:
            return text + " – " + self.tr("nearly used up")
        return text
