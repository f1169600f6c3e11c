"""Small widgets the pages and windows share: message panels, field messages, busy indicator.

They only show what they are given; the texts come translated from the caller (see
:mod:`cloudsetup.wizard.messages`).
"""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

ERROR_COLOR: Final = "#b3261e"
SUCCESS_COLOR: Final = "#1e7b34"

_PANEL_STYLES: Final = {
    "error": "background: #fdecea; border: 1px solid #e6a39d; border-radius: 4px;",
    "warning": "background: #fff6dc; border: 1px solid #e5c76b; border-radius: 4px;",
    "success": "background: #e8f5ea; border: 1px solid #9ccaa6; border-radius: 4px;",
    "info": "background: #eef3fb; border: 1px solid #a9bfe3; border-radius: 4px;",
}


def _wrapping_label(object_name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(object_name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setStyleSheet("background: transparent; border: none;")
    return label


class MessagePanel(QFrame):
    """A framed message with a hint, an optional action button and "Copy details".

    ``kind`` is ``error``, ``warning``, ``success`` or ``info``; the panel is hidden while it
    holds no message.
    """

    action_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messagePanel")
        self._details = ""
        self.message_label = _wrapping_label("messageText")
        font = self.message_label.font()
        font.setBold(True)
        self.message_label.setFont(font)
        self.hint_label = _wrapping_label("hintText")
        self.action_button = QPushButton()
        self.action_button.setObjectName("messageAction")
        self.action_button.setAutoDefault(False)
        self.action_button.clicked.connect(self.action_clicked)
        self.copy_button = QPushButton(self.tr("C&opy details"))
        self.copy_button.setObjectName("copyDetails")
        self.copy_button.setAutoDefault(False)
        self.copy_button.clicked.connect(self._copy_details)

        buttons = QHBoxLayout()
        buttons.addWidget(self.action_button)
        buttons.addStretch(1)
        buttons.addWidget(self.copy_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addWidget(self.message_label)
        layout.addWidget(self.hint_label)
        layout.addLayout(buttons)
        self.clear()

    def show_message(
        self,
        kind: str,
        message: str,
        hint: str | None = None,
        *,
        action: str | None = None,
        details: str = "",
    ) -> None:
        self.setStyleSheet(f"QFrame#messagePanel {{ {_PANEL_STYLES[kind]} }}")
        self.setProperty("kind", kind)
        self.message_label.setText(message)
        self.hint_label.setText(hint or "")
        self.hint_label.setVisible(bool(hint))
        self.action_button.setText(action or "")
        self.action_button.setVisible(action is not None)
        self._details = details
        self.copy_button.setVisible(bool(details))
        self.setVisible(True)

    def clear(self) -> None:
        self.setProperty("kind", "")
        self.message_label.clear()
        self.hint_label.clear()
        self._details = ""
        self.action_button.setVisible(False)
        self.copy_button.setVisible(False)
        self.setVisible(False)

    @property
    def kind(self) -> str:
        return str(self.property("kind") or "")

    def _copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self._details)


class FieldMessage(QLabel):
    """The red message under one input; hidden while empty."""

    def __init__(self, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setStyleSheet(f"color: {ERROR_COLOR};")
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.setVisible(False)

    def show_text(self, message: str, hint: str | None = None) -> None:
        self.setText(f"{message}\n{hint}" if hint else message)
        self.setVisible(True)

    def clear_text(self) -> None:
        self.clear()
        self.setVisible(False)


class BusyIndicator(QWidget):
    """An indeterminate progress bar, a status text and a cancel button, shown while busy."""

    cancel_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bar = QProgressBar()
        self.bar.setObjectName("busyBar")
        self.bar.setRange(0, 0)  # indeterminate
        self.bar.setTextVisible(False)
        self.bar.setFixedWidth(120)
        self.text = QLabel()
        self.text.setObjectName("busyText")
        self.cancel_button = QPushButton(self.tr("&Cancel"))
        self.cancel_button.setObjectName("cancelButton")
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.cancel_clicked)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.bar)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.cancel_button)
        self.setVisible(False)

    def start(self, text: str) -> None:
        self.text.setText(text)
        self.setVisible(True)

    def stop(self) -> None:
        self.setVisible(False)
        self.text.clear()
