"""All number ranges of one prefix on one bar: each range a block, its used part filled.

The blocks stand in the order of their numbers, each at least :data:`MIN_BLOCK` pixels wide
(a block of 500 numbers next to one of 100,000 must stay visible and clickable) and otherwise
as wide as its share of the numbers; numbers between two ranges that nobody has are a gap.
:func:`layout_blocks` does that arithmetic without Qt painting, so it is tested on its own;
the widget paints it, names every block in its tooltip and in its accessible description.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import Final

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QHelpEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from cloudsetup.models import NumberRange

#: The smallest width of a block, in pixels.
MIN_BLOCK: Final = 28.0
#: The smallest width of a gap between two ranges that do not touch.
MIN_GAP: Final = 6.0
BAR_HEIGHT: Final = 30
OFFICE_COLOR: Final = "#2f6db5"
EMPLOYEE_COLORS: Final = ("#1e7b74", "#b5651d", "#6a4c93", "#3d7a2a", "#8c3b3b", "#2b7f9e")
_FREE_COLOR: Final = "#eceff3"
_FRAME_COLOR: Final = "#b9c0ca"
_TEXT_COLOR: Final = "#1f2328"


def color_for(index: int, number_range: NumberRange) -> str:
    """The office's range is blue; the employees' take the next colour of the palette."""
    if number_range.employee_id is None:
        return OFFICE_COLOR
    return EMPLOYEE_COLORS[index % len(EMPLOYEE_COLORS)]


@dataclass(frozen=True)
class Block:
    """Where one range stands on a bar of a given width, and how much of it is used."""

    number_range: NumberRange
    left: float
    width: float

    @property
    def used_width(self) -> float:
        size = self.number_range.size
        share = min(1.0, max(0.0, self.number_range.used / size)) if size else 0.0
        return self.width * share


def layout_blocks(ranges: Sequence[NumberRange], width: float) -> list[Block]:
    """The blocks of ``ranges`` (one prefix, no overlaps) across ``width`` pixels.

    Every range and every gap first gets its minimum width; what is left is shared in
    proportion to the numbers each covers. Ranges come out ordered by their first number.
    """
    ordered = sorted(ranges, key=lambda r: r.start)
    if not ordered or width <= 0:
        return []
    gaps = [max(0, later.start - earlier.end - 1) for earlier, later in pairwise(ordered)]
    minimums = len(ordered) * MIN_BLOCK + sum(MIN_GAP for gap in gaps if gap)
    scale = min(1.0, width / minimums) if minimums else 1.0
    spare = max(0.0, width - minimums * scale)
    numbers = sum(r.size for r in ordered) + sum(gaps)
    per_number = spare / numbers if numbers else 0.0

    blocks: list[Block] = []
    left = 0.0
    for index, number_range in enumerate(ordered):
        block_width = MIN_BLOCK * scale + number_range.size * per_number
        blocks.append(Block(number_range, left, block_width))
        left += block_width
        if index < len(gaps) and gaps[index]:
            left += MIN_GAP * scale + gaps[index] * per_number
    return blocks


class RangeBar(QWidget):
    """The bar of one prefix; :meth:`set_ranges` gives it the ranges and their labels."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rangeBar")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMouseTracking(True)
        self._ranges: list[NumberRange] = []
        self._colors: dict[int, str] = {}
        self._labels: dict[int, str] = {}
        self._describe: dict[int, str] = {}

    def set_ranges(
        self,
        ranges: Sequence[NumberRange],
        *,
        colors: dict[int, str],
        labels: dict[int, str],
        descriptions: dict[int, str],
    ) -> None:
        """Show ``ranges``; by range id their ``colors``, ``labels`` (written into a block
        where they fit) and ``descriptions`` (the tooltip)."""
        self._ranges = list(ranges)
        self._colors = dict(colors)
        self._labels = dict(labels)
        self._describe = dict(descriptions)
        self.setAccessibleDescription(
            "\n".join(descriptions[r.id] for r in sorted(ranges, key=lambda r: r.start))
        )
        self.update()

    def blocks(self) -> list[Block]:
        """The blocks as painted at the widget's current width (in widget coordinates)."""
        inner = self._inner()
        return [
            Block(b.number_range, inner.left() + b.left, b.width)
            for b in layout_blocks(self._ranges, inner.width())
        ]

    def block_at(self, x: float) -> Block | None:
        return next((b for b in self.blocks() if b.left <= x < b.left + b.width), None)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(480, BAR_HEIGHT + 4)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(120, BAR_HEIGHT + 4)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            block = self.block_at(event.pos().x())
            if block is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), self._describe.get(block.number_range.id, ""))
            return True
        return super().event(event)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        inner = self._inner()
        painter.setPen(QPen(QColor(_FRAME_COLOR), 1))
        painter.setBrush(QColor(_FREE_COLOR))
        painter.drawRoundedRect(inner, 4, 4)
        for block in self.blocks():
            self._paint_block(painter, block, inner)
        painter.end()

    def _paint_block(self, painter: QPainter, block: Block, inner: QRectF) -> None:
        color = QColor(self._colors.get(block.number_range.id, OFFICE_COLOR))
        whole = QRectF(block.left, inner.top(), block.width, inner.height())
        free = QColor(color)
        free.setAlpha(60)
        painter.setPen(QPen(color, 1))
        painter.setBrush(free)
        painter.drawRect(whole)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(color)
        painter.drawRect(QRectF(block.left, inner.top(), block.used_width, inner.height()))
        # The owner's name goes into the free part of the block when it fits there whole.
        label = self._labels.get(block.number_range.id, "")
        free_part = QRectF(
            block.left + block.used_width + 4,
            inner.top(),
            block.width - block.used_width - 8,
            inner.height(),
        )
        if label and painter.fontMetrics().horizontalAdvance(label) <= free_part.width():
            painter.setPen(QColor(_TEXT_COLOR))
            painter.drawText(free_part, Qt.AlignmentFlag.AlignCenter, label)

    def _inner(self) -> QRectF:
        return QRectF(QPointF(1.5, 1.5), QPointF(self.width() - 1.5, BAR_HEIGHT + 1.5))
