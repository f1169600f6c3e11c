"""Input fields of the credentials page that know about pasted "Domäne-Daten" blocks.

Customers copy the whole block from the customer portal. A line edit would squash it into one
line, so these fields intercept a paste (keyboard shortcut and context menu) whose text spans
several lines and contains recognisable labels, and hand it to the page, which fills every field.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction, QContextMenuEvent, QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QToolButton, QWidget

from cloudsetup.models import parse_domain_data


def looks_like_block(text: str) -> bool:
    """True for text with several lines of which at least two are recognised fields."""
    return "\n" in text.strip() and parse_domain_data(text).found >= 2


class BlockPasteLineEdit(QLineEdit):
    """A line edit that emits :attr:`block_pasted` instead of pasting a multi-line block."""

    block_pasted = Signal(str)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.matches(QKeySequence.StandardKey.Paste) and self._paste_block():
            event.accept()
            return
        super().keyPressEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802 - Qt override
        menu = self.createStandardContextMenu()
        paste = menu.findChild(QAction, "edit-paste")
        if paste is not None:
            # Qt's own paste would flatten the block; route it through ours first.
            paste.triggered.disconnect()
            paste.triggered.connect(self.paste_or_block)
        menu.exec(event.globalPos())
        menu.deleteLater()

    def paste_or_block(self) -> None:
        """Paste like Qt does, unless the clipboard holds a whole domain-data block."""
        if not self._paste_block():
            self.paste()

    def _paste_block(self) -> bool:
        if self.isReadOnly():
            return False
        text = QGuiApplication.clipboard().text()
        if not looks_like_block(text):
            return False
        self.block_pasted.emit(text)
        return True


class PasswordField(QWidget):
    """A masked :class:`BlockPasteLineEdit` with a checkable "Show" button next to it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = BlockPasteLineEdit()
        self.edit.setObjectName("passwordEdit")
        self.edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.toggle = QToolButton()
        self.toggle.setObjectName("showPassword")
        self.toggle.setCheckable(True)
        self.toggle.setText(self.tr("S&how"))
        self.toggle.setToolTip(self.tr("Show or hide the password"))
        self.toggle.toggled.connect(self._set_visible)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.toggle)
        self.setFocusProxy(self.edit)

    def _set_visible(self, visible: bool) -> None:
        self.edit.setEchoMode(QLineEdit.EchoMode.Normal if visible else QLineEdit.EchoMode.Password)
        self.toggle.setText(self.tr("&Hide") if visible else self.tr("S&how"))
