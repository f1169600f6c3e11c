"""Push buttons for sections and assistants: never the dialog's default, laid out in a row.

Inside a dialog every push button is an "auto default" one, so Enter in any field would press
whichever button had focus last; the buttons of a section act only when clicked or pressed.
"""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QPushButton


def plain_button(text: str, object_name: str) -> QPushButton:
    button = QPushButton(text)
    button.setObjectName(object_name)
    button.setAutoDefault(False)
    return button


def button_row(*buttons: QPushButton) -> QHBoxLayout:
    """The buttons left-aligned in one row, none of them the dialog's default."""
    row = QHBoxLayout()
    for button in buttons:
        button.setAutoDefault(False)
        row.addWidget(button)
    row.addStretch(1)
    return row
