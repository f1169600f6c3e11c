"""One step of the handover assistant: its number, title, whether it is done, and its actions.

A done step shows a green tick and "Erledigt"; the next open step is framed so the eye finds
it; later steps are plain. The actions (buttons, the inline invitation, the recipients editor)
go into :attr:`content`.
"""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from cloudsetup.wizard.widgets import SUCCESS_COLOR

_STYLES: Final = {
    "done": "QFrame#handoverStep { border: 1px solid #9ccaa6; border-radius: 4px; }",
    "current": "QFrame#handoverStep { border: 2px solid #1a73e8; border-radius: 4px; "
    "background: #f5f8fe; }",
    "open": "QFrame#handoverStep { border: 1px solid #dadce0; border-radius: 4px; }",
}
_STATE_COLORS: Final = {"done": SUCCESS_COLOR, "current": "#1a73e8", "open": "#5f6368"}


def _plain(object_name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(object_name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setStyleSheet("border: none; background: transparent;")
    return label


class StepRow(QFrame):
    """A framed step; :meth:`set_state` says whether it is done or the one to do next."""

    def __init__(self, number: int, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("handoverStep")
        self.number = number
        self._kind = "open"
        self.badge = _plain("stepNumber")
        self.badge.setText(str(number))
        self.badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.badge.setFixedWidth(28)
        font = self.badge.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.badge.setFont(font)
        self.title = _plain("stepTitle")
        self.title.setText(title)
        title_font = self.title.font()
        title_font.setBold(True)
        self.title.setFont(title_font)
        self.state = _plain("stepState")
        self.state.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.detail = _plain("stepDetail")
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.content = QWidget()
        self.content.setObjectName("stepContent")
        self.content_layout = QVBoxLayout(self.content)
        self.content_layout.setContentsMargins(0, 0, 0, 0)

        grid = QGridLayout(self)
        grid.setContentsMargins(10, 8, 10, 8)
        grid.setColumnStretch(1, 1)
        grid.addWidget(self.badge, 0, 0, 2, 1, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.title, 0, 1)
        grid.addWidget(self.state, 0, 2)
        grid.addWidget(self.detail, 1, 1, 1, 2)
        grid.addWidget(self.content, 2, 1, 1, 2)
        self.set_state(done=False, current=False, detail="")

    @property
    def kind(self) -> str:
        """``done``, ``current`` (the next one to do) or ``open``."""
        return self._kind

    @property
    def is_done(self) -> bool:
        return self._kind == "done"

    def set_state(self, *, done: bool, current: bool, detail: str) -> None:
        self._kind = "done" if done else "current" if current else "open"
        self.setStyleSheet(_STYLES[self._kind])
        texts = {
            "done": self.tr("✓ Done"),
            "current": self.tr("Next step"),
            "open": self.tr("Open"),
        }
        self.state.setText(texts[self._kind])
        self.state.setStyleSheet(
            f"border: none; background: transparent; color: {_STATE_COLORS[self._kind]};"
        )
        self.badge.setStyleSheet(
            f"border: none; background: transparent; color: {_STATE_COLORS[self._kind]};"
        )
        self.detail.setText(detail)
        self.detail.setVisible(bool(detail))
        self.setAccessibleName(f"{self.number}. {self.title.text()}: {texts[self._kind]}")
