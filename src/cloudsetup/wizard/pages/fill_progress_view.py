"""The table of page 4: one row per kind of office data and one for the whole.

Each row shows the name, a progress bar, the count ("5.000", while sending "1.234 von 5.000")
and, after the cloud has verified the fill, "✓ geprüft". The same rows serve all three states of
the page (what will be sent, the progress, the summary), so nothing jumps when the fill starts.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Final

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QProgressBar, QWidget

from cloudsetup.models.fill import Collection
from cloudsetup.wizard.pages.fill_texts import collection_label, count_of, number
from cloudsetup.wizard.widgets import SUCCESS_COLOR

#: A bar's range; counts are scaled to it (a QProgressBar holds only 32-bit values).
BAR_STEPS: Final = 1000


@dataclass
class _Row:
    name: QLabel
    bar: QProgressBar
    count: QLabel
    verified: QLabel


def _bar(object_name: str) -> QProgressBar:
    bar = QProgressBar()
    bar.setObjectName(object_name)
    bar.setRange(0, BAR_STEPS)
    bar.setValue(0)
    bar.setFormat("%p %")
    bar.setMinimumWidth(220)
    return bar


def _steps(done: int, total: int) -> int:
    if total <= 0:  # nothing to send in this row: it is complete from the start
        return BAR_STEPS
    return min(BAR_STEPS, BAR_STEPS * done // total)


class FillProgressView(QWidget):
    """Rows per collection plus a bold "Gesamt" row; see the module docstring."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fillProgressView")
        self._rows: dict[Collection | None, _Row] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(6)
        for row, collection in enumerate(Collection):
            self._rows[collection] = self._add_row(
                grid, row, collection_label(collection), collection.value
            )
        total = self._add_row(grid, len(Collection), self.tr("Total"), "total")
        for label in (total.name, total.count, total.verified):
            font = label.font()
            font.setBold(True)
            label.setFont(font)
        self._rows[None] = total
        grid.setColumnStretch(1, 1)

    def _add_row(self, grid: QGridLayout, row: int, title: str, key: str) -> _Row:
        name = QLabel(title)
        name.setObjectName(f"name_{key}")
        bar = _bar(f"bar_{key}")
        count = QLabel("–")
        count.setObjectName(f"count_{key}")
        count.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        count.setMinimumWidth(150)
        verified = QLabel()
        verified.setObjectName(f"verified_{key}")
        verified.setStyleSheet(f"color: {SUCCESS_COLOR};")
        verified.setMinimumWidth(70)
        grid.addWidget(name, row, 0)
        grid.addWidget(bar, row, 1)
        grid.addWidget(count, row, 2)
        grid.addWidget(verified, row, 3)
        return _Row(name, bar, count, verified)

    # -- the three states ----------------------------------------------------------------------

    def show_counts(self, counts: Mapping[Collection, int] | None) -> None:
        """What will be sent (``None``: not known, e.g. no office data): counts, empty bars."""
        for collection, row in self._rows.items():
            row.bar.setValue(0)
            row.bar.setTextVisible(False)  # "0 %" everywhere would read as "stuck"
            row.verified.clear()
            if counts is None:
                row.count.setText("–")
            elif collection is None:
                row.count.setText(number(sum(counts.values())))
            else:
                row.count.setText(number(counts.get(collection, 0)))

    def show_progress(
        self,
        done: Mapping[Collection, int],
        total: Mapping[Collection, int],
    ) -> None:
        """A snapshot of a running fill: "1.234 von 5.000" and the bars."""
        for collection, row in self._rows.items():
            if collection is None:
                row_done, row_total = sum(done.values()), sum(total.values())
            else:
                row_done, row_total = done.get(collection, 0), total.get(collection, 0)
            row.bar.setValue(_steps(row_done, row_total))
            row.bar.setTextVisible(True)
            row.count.setText(count_of(row_done, row_total))
            row.verified.clear()

    def show_verified(self, counts: Mapping[Collection, int]) -> None:
        """The cloud verified the fill: full bars, its counts and "✓ geprüft" on every row."""
        mark = self.tr("✓ verified")
        for collection, row in self._rows.items():
            value = sum(counts.values()) if collection is None else counts.get(collection, 0)
            row.bar.setValue(BAR_STEPS)
            row.bar.setTextVisible(True)
            row.count.setText(number(value))
            row.verified.setText(mark)

    # -- for tests and screenshots ---------------------------------------------------------------

    def count_text(self, collection: Collection | None) -> str:
        """The count column of ``collection``'s row (``None``: the total row)."""
        return self._rows[collection].count.text()

    def bar_value(self, collection: Collection | None) -> int:
        return self._rows[collection].bar.value()

    def verified_text(self, collection: Collection | None) -> str:
        return self._rows[collection].verified.text()
