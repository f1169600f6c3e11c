"""A plain-text editor for one e-mail address per line, with line numbers and bad lines marked.

The messages name bad lines by number ("Zeile 3: …"), so the editor shows the numbers in a
gutter (the pattern of Qt's code editor example) and tints the lines that are refused. It only
shows what it is given: the check itself is the service's.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QResizeEvent, QTextCursor, QTextFormat
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit, QWidget

_BAD_LINE = QColor("#fdecea")
_GUTTER = QColor("#f1f3f4")
_NUMBER = QColor("#5f6368")
_BAD_NUMBER = QColor("#b3261e")


class _Gutter(QWidget):
    def __init__(self, editor: RecipientsEditor) -> None:
        super().__init__(editor)
        self._editor = editor

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(self._editor.gutter_width(), 0)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        self._editor.paint_gutter(event)


class RecipientsEditor(QPlainTextEdit):
    """One address per line; :meth:`mark_lines` tints the refused ones and their numbers."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recipientsEditor")
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.setTabChangesFocus(True)  # keyboard users leave the editor with Tab
        self._bad: frozenset[int] = frozenset()
        self._gutter = _Gutter(self)
        self.blockCountChanged.connect(lambda _count: self._update_margin())
        self.updateRequest.connect(self._scroll_gutter)
        self._update_margin()

    @property
    def marked_lines(self) -> frozenset[int]:
        return self._bad

    def mark_lines(self, lines: Iterable[int]) -> None:
        """Tint these lines (numbered from 1) as refused; an empty set clears the marks."""
        self._bad = frozenset(lines)
        selections = []
        document = self.document()
        for line in sorted(self._bad):
            block = document.findBlockByNumber(line - 1)
            if not block.isValid():
                continue
            selection = QTextEdit.ExtraSelection()
            selection.format.setBackground(_BAD_LINE)
            selection.format.setProperty(QTextFormat.Property.FullWidthSelection, True)
            cursor = QTextCursor(block)
            selection.cursor = cursor
            selections.append(selection)
        self.setExtraSelections(selections)
        self._gutter.update()

    def go_to_line(self, line: int) -> None:
        """Put the cursor at the start of ``line`` and show it (after a refusal)."""
        block = self.document().findBlockByNumber(line - 1)
        if block.isValid():
            self.setTextCursor(QTextCursor(block))
            self.ensureCursorVisible()

    # -- the gutter ---------------------------------------------------------------------------

    def gutter_width(self) -> int:
        digits = len(str(max(1, self.blockCount())))
        return 12 + self.fontMetrics().horizontalAdvance("9") * max(2, digits)

    def paint_gutter(self, event: QPaintEvent) -> None:
        painter = QPainter(self._gutter)
        painter.fillRect(event.rect(), _GUTTER)
        block = self.firstVisibleBlock()
        top = round(self.blockBoundingGeometry(block).translated(self.contentOffset()).top())
        height = self.fontMetrics().height()
        width = self._gutter.width() - 6
        while block.isValid() and top <= event.rect().bottom():
            bottom = top + round(self.blockBoundingRect(block).height())
            if block.isVisible() and bottom >= event.rect().top():
                number = block.blockNumber() + 1
                font = painter.font()
                font.setBold(number in self._bad)
                painter.setFont(font)
                painter.setPen(_BAD_NUMBER if number in self._bad else _NUMBER)
                painter.drawText(0, top, width, height, Qt.AlignmentFlag.AlignRight, str(number))
            block = block.next()
            top = bottom
        painter.end()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        area = self.contentsRect()
        self._gutter.setGeometry(QRect(area.left(), area.top(), self.gutter_width(), area.height()))

    def _update_margin(self) -> None:
        self.setViewportMargins(self.gutter_width(), 0, 0, 0)

    def _scroll_gutter(self, rect: QRect, dy: int) -> None:
        if dy:
            self._gutter.scroll(0, dy)
        else:
            self._gutter.update(0, rect.y(), self._gutter.width(), rect.height())
        if rect.contains(self.viewport().rect()):
            self._update_margin()
