"""Small dialog helpers for the pages: a yes/no question and size handling.

The dialogs size themselves from their content (:func:`fit_to_content`) instead of letting the
layout pin the window's minimum size: a window whose minimum changes after it is shown makes
some platform plugins (the offscreen one of the tests and screenshots among them) complain,
and a dialog whose message appears or disappears should simply grow or shrink to fit.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)


def size_by_content(dialog: QDialog, width: int) -> None:
    """Let ``dialog`` start at ``width`` and follow its content (call before showing it)."""
    layout = dialog.layout()
    if layout is not None:
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
    dialog.setMinimumWidth(width)


def fit_to_content(dialog: QDialog) -> None:
    """Make ``dialog`` as high as its content needs now, at its current width."""
    layout = dialog.layout()
    if layout is None:
        return
    layout.activate()  # take in messages shown or hidden just now
    width = dialog.width()
    if layout.hasHeightForWidth():  # wrapped messages: their height depends on the width
        height = layout.totalHeightForWidth(width)
    else:
        height = layout.totalSizeHint().height()
    dialog.resize(width, max(height, layout.totalMinimumSize().height()))


class ConfirmDialog(QDialog):
    """A question with a confirming and a keeping button; "keep" is the default."""

    def __init__(
        self,
        title: str,
        question: str,
        *,
        confirm: str,
        keep: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        icon = QLabel()
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_MessageBoxIconSize)
        icon.setPixmap(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxQuestion).pixmap(size)
        )
        self.text = QLabel(question)
        self.text.setObjectName("confirmText")
        # The question names what the user typed (an employee's name): never read it as HTML.
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setWordWrap(True)
        self.buttons = QDialogButtonBox()
        self.confirm_button: QPushButton = self.buttons.addButton(
            confirm, QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.keep_button: QPushButton = self.buttons.addButton(
            keep, QDialogButtonBox.ButtonRole.RejectRole
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(icon)
        row.addWidget(self.text, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.buttons)
        size_by_content(self, 420)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        # The dialog box would make the first button the default; a removal must be chosen.
        self.confirm_button.setDefault(False)
        self.keep_button.setDefault(True)
        self.keep_button.setFocus()
