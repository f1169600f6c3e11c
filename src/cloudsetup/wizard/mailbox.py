"""The demo's mailbox window: the mails the embedded cloud "sent", with clickable links.

``cloudsetup demo`` keeps mail on this machine (a ``file://`` outbox), so an employee's consent
link can be opened right here: select a mail, read it, click the link (it opens in the web
browser). The folder is read on a worker every few seconds while the window is visible.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Final

from PySide6.QtCore import QSize, Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices, QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from cloudsetup.services.outbox import OutboxMessage, read_outbox
from cloudsetup.wizard.worker import Worker, run_in_worker

POLL_INTERVAL_MS: Final = 2000


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def message_html(message: OutboxMessage) -> str:
    """The plain text of a mail as HTML with its links made clickable."""
    body = _escape(message.text)
    for link in message.links:
        escaped = _escape(link)
        body = body.replace(escaped, f'<a href="{escaped}">{escaped}</a>')
    return f"<pre style='white-space: pre-wrap; font-family: sans-serif'>{body}</pre>"


class MailboxWindow(QWidget):
    """Lists the outbox, newest first; the selected mail is shown with clickable links."""

    def __init__(self, outbox: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mailboxWindow")
        self.setWindowTitle(self.tr("Demo mailbox"))
        self.setMinimumSize(QSize(480, 320))
        self.resize(QSize(640, 420))
        self._outbox = outbox
        self._messages: Sequence[OutboxMessage] = ()
        self._worker: Worker | None = None

        intro = QLabel(
            self.tr(
                "The demo cloud sends no real e-mail. The mails it would send arrive here; "
                "click a link to open it in your web browser."
            )
        )
        intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("mailList")
        self.list.currentRowChanged.connect(self._show_message)
        self.reader = QTextBrowser()
        self.reader.setObjectName("mailReader")
        self.reader.setOpenLinks(False)
        self.reader.anchorClicked.connect(self._open_link)
        self.empty = QLabel(self.tr("No mail yet."))
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.list)
        splitter.addWidget(self.reader)
        splitter.setSizes([140, 280])
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.empty)
        layout.addWidget(splitter, 1)

        self._timer = QTimer(self)
        self._timer.setInterval(POLL_INTERVAL_MS)
        self._timer.timeout.connect(self.refresh)

    @property
    def messages(self) -> Sequence[OutboxMessage]:
        return self._messages

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        self.refresh()
        self._timer.start()

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt override
        self._timer.stop()
        super().hideEvent(event)

    def refresh(self) -> Worker | None:
        """Read the outbox again on a worker; a read still running is not doubled."""
        if self._worker is not None and self._worker.is_running:
            return None
        self._worker = run_in_worker(read_outbox, self._outbox, on_returned=self._on_read)
        return self._worker

    def _on_read(self, messages: Sequence[OutboxMessage]) -> None:
        if [m.path for m in messages] == [m.path for m in self._messages]:
            return  # nothing new: keep the selection and the scroll position
        selected = self.list.currentRow()
        current = self._messages[selected].path if 0 <= selected < len(self._messages) else None
        self._messages = messages
        self.list.clear()
        for message in messages:
            when = message.sent_at.astimezone().strftime("%d.%m.%Y %H:%M")
            item = QListWidgetItem(f"{when}  ·  {message.recipients}  ·  {message.subject}")
            self.list.addItem(item)
        self.empty.setVisible(not messages)
        rows = [m.path for m in messages]
        self.list.setCurrentRow(rows.index(current) if current in rows else 0)

    def _show_message(self, row: int) -> None:
        if 0 <= row < len(self._messages):
            self.reader.setHtml(message_html(self._messages[row]))
        else:
            self.reader.clear()

    def _open_link(self, url: QUrl) -> None:
        QDesktopServices.openUrl(url)
