"""What a person can read on the screen right now, for the tests that nothing technical shows.

Every visible label and text box of every shown window (dialogs included) is collected; a
traceback, an HTML page or a Python class name in any of them is a defect: the user gets a
German message and a hint, the detail goes to "Copy details" only.
"""

from __future__ import annotations

from typing import Final

from PySide6.QtWidgets import QApplication, QLabel, QPlainTextEdit, QTextEdit

#: Traces of a traceback, an HTML error page or a library's own error text.
TECHNICAL_MARKERS: Final = (
    "Traceback",
    'File "',
    "RuntimeError",
    "Errno",
    "Exception",
    "httpx",
    "httpcore",
    "<!DOCTYPE",
    "<html",
    "<body",
    "<pre",
    "<h1",
)


def visible_texts() -> list[str]:
    """The texts of every visible QLabel, QTextEdit and QPlainTextEdit of the shown windows."""
    texts: list[str] = []
    for window in QApplication.topLevelWidgets():
        if not window.isVisible():
            continue
        texts.append(window.windowTitle())
        texts.extend(label.text() for label in window.findChildren(QLabel) if label.isVisible())
        texts.extend(box.toPlainText() for box in window.findChildren(QTextEdit) if box.isVisible())
        texts.extend(
            box.toPlainText() for box in window.findChildren(QPlainTextEdit) if box.isVisible()
        )
    return [text for text in texts if text]


def assert_nothing_technical_shown() -> list[str]:
    """Fail if any visible text holds a traceback, HTML or a library error; returns the texts."""
    texts = visible_texts()
    for text in texts:
        for marker in TECHNICAL_MARKERS:
            assert marker not in text, f"{marker!r} shown to the user: {text!r}"
    return texts
