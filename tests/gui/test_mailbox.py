"""The demo's mailbox window: lists what the demo cloud sent, links are clickable."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

from pytestqt.qtbot import QtBot

from cloudsetup.wizard.mailbox import MailboxWindow


def _send(folder: Path, name: str, text: str) -> None:
    message = EmailMessage()
    message["Subject"] = "Zugang zur Firmen-Cloud bestätigen"
    message["To"] = "anna@malerbetrieb-muster.example"
    message.set_content(text)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_bytes(message.as_bytes())


def test_mailbox_shows_the_newest_mail_with_its_link_clickable(
    qtbot: QtBot, tmp_path: Path
) -> None:
    link = "http://127.0.0.1:8000/consent/token-123"
    _send(tmp_path, "20261122T060000-a.eml", f"Bitte hier bestätigen: {link}")
    window = MailboxWindow(tmp_path)
    qtbot.addWidget(window)

    window.show()
    qtbot.waitUntil(lambda: window.list.count() == 1, timeout=10_000)

    assert not window.empty.isVisible()
    assert window.messages[0].links == (link,)
    assert f'href="{link}"' in window.reader.toHtml()


def test_an_empty_outbox_says_so_and_new_mail_appears_on_refresh(
    qtbot: QtBot, tmp_path: Path
) -> None:
    window = MailboxWindow(tmp_path / "outbox")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.refresh() is not None, timeout=10_000)
    qtbot.waitUntil(lambda: window.empty.isVisible(), timeout=10_000)

    _send(tmp_path / "outbox", "20261122T070000-b.eml", "Neu")
    qtbot.waitUntil(lambda: window.refresh() is not None, timeout=10_000)

    qtbot.waitUntil(lambda: window.list.count() == 1, timeout=10_000)
    assert not window.empty.isVisible()


def test_polling_stops_when_the_window_is_hidden(qtbot: QtBot, tmp_path: Path) -> None:
    window = MailboxWindow(tmp_path)
    qtbot.addWidget(window)
    window.show()
    assert window._timer.isActive()

    window.hide()

    assert not window._timer.isActive()
