"""The wizard's side panel: the four steps with where the user is, and the demo banner."""

from __future__ import annotations

import html
import re

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from cloudsetup.models import parse_domain_data

_LABELLED_LINE = re.compile(r"^\s*([^:]{1,30}):\s+(\S.*?)\s*$")

_BANNER_STYLE = (
    "QFrame#demoBanner { background: #fff6dc; border: 1px solid #e5c76b; border-radius: 4px; }"
)


def banner_html(text: str) -> str | None:
    """``Label: value`` lines as label over value (the panel is narrow); else ``None``."""
    lines = [line for line in text.splitlines() if line.strip()]
    matches = [_LABELLED_LINE.match(line) for line in lines]
    if not lines or not all(matches):
        return None
    rows = [
        f"<span style='color:#6b5a1e'>{html.escape(m.group(1))}</span><br>"
        f"<b>{html.escape(m.group(2))}</b>"
        for m in matches
        if m is not None
    ]
    return "<br>".join(rows)


class SidePanel(QWidget):
    """Lists the steps (current one bold, finished ones ticked) above an optional banner.

    When the banner holds domain data (the demo's), a button puts them into page 1.
    """

    banner_fill_requested = Signal(str)

    def __init__(self, steps: list[tuple[int, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sidePanel")
        self.setFixedWidth(230)
        self._titles = dict(steps)
        self._current = steps[0][0] if steps else 0
        self._done: set[int] = set()
        self._banner: str | None = None
        heading = QLabel(self.tr("Setup steps"))
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        self._labels: dict[int, QLabel] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(heading)
        for page_id, _title in steps:
            label = QLabel()
            label.setObjectName(f"step{page_id}")
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)
            self._labels[page_id] = label
            layout.addWidget(label)
        layout.addStretch(1)

        self.banner = QFrame()
        self.banner.setObjectName("demoBanner")
        self.banner.setStyleSheet(_BANNER_STYLE)
        banner_title = QLabel(self.tr("Demo cloud"))
        banner_title.setFont(font)
        banner_title.setStyleSheet("background: transparent; border: none;")
        self.banner_text = QLabel()
        self.banner_text.setObjectName("bannerText")
        self.banner_text.setWordWrap(True)
        self.banner_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.banner_text.setStyleSheet("background: transparent; border: none;")
        banner_layout = QVBoxLayout(self.banner)
        banner_layout.setContentsMargins(8, 8, 8, 8)
        banner_layout.addWidget(banner_title)
        banner_layout.addWidget(self.banner_text)
        self.banner_fill = QPushButton(self.tr("&Use these"))
        self.banner_fill.setObjectName("bannerFill")
        self.banner_fill.setAutoDefault(False)
        self.banner_fill.setToolTip(self.tr("Fill the access data of the demo cloud into page 1"))
        self.banner_fill.clicked.connect(
            lambda: self.banner_fill_requested.emit(self._banner or "")
        )
        fill_row = QHBoxLayout()
        fill_row.addStretch(1)
        fill_row.addWidget(self.banner_fill)
        banner_layout.addLayout(fill_row)
        layout.addWidget(self.banner)
        self.set_banner(None)
        self._refresh()

    def set_banner(self, text: str | None) -> None:
        self._banner = text
        rich = banner_html(text) if text else None
        if rich is not None:
            self.banner_text.setTextFormat(Qt.TextFormat.RichText)
            self.banner_text.setText(rich)
        else:
            self.banner_text.setTextFormat(Qt.TextFormat.PlainText)
            self.banner_text.setText(text or "")
        self.banner_fill.setVisible(bool(text) and parse_domain_data(text or "").found >= 2)
        self.banner.setVisible(bool(text))

    def set_current(self, page_id: int) -> None:
        self._current = page_id
        self._refresh()

    def set_done(self, done: set[int]) -> None:
        self._done = set(done)
        self._refresh()

    def _refresh(self) -> None:
        for position, (page_id, label) in enumerate(self._labels.items(), start=1):
            mark = "✓" if page_id in self._done else f"{position}."
            label.setText(f"{mark}  {self._titles[page_id]}")
            font = label.font()
            font.setBold(page_id == self._current)
            label.setFont(font)
            label.setEnabled(page_id == self._current or page_id in self._done)
