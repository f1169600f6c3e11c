"""Reading the demo outbox: newest first, links picked out, broken files skipped."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

from cloudsetup.services.outbox import parse_message, read_outbox


def _write(folder: Path, name: str, *, subject: str, text: str, html: str | None = None) -> Path:
    message = EmailMessage()
    message["Subject"] = subject
    message["To"] = "max@malerbetrieb-muster.example"
    message["From"] = "cloud@example.de"
    message["Date"] = "Sun, 22 Nov 2026 06:00:00 +0000"
    message.set_content(text)
    if html is not None:
        message.add_alternative(html, subtype="html")
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_bytes(message.as_bytes())
    return path


def test_missing_outbox_folder_is_an_empty_outbox(tmp_path: Path) -> None:
    assert list(read_outbox(tmp_path / "not-yet")) == []


def test_messages_come_newest_first_by_file_name(tmp_path: Path) -> None:
    _write(tmp_path, "20261122T060000-a.eml", subject="erste", text="1")
    _write(tmp_path, "20261122T070000-b.eml", subject="zweite", text="2")

    subjects = [m.subject for m in read_outbox(tmp_path)]

    assert subjects == ["zweite", "erste"]


def test_links_are_taken_from_the_plain_text_part_once_each(tmp_path: Path) -> None:
    link = "http://127.0.0.1:8000/consent/abc-DEF_123"
    path = _write(
        tmp_path,
        "m.eml",
        subject="Bitte bestätigen",
        text=f"Hallo,\nbitte öffnen: {link}\nNoch einmal: {link}.\n",
        html=f'<p><a href="{link}">Bestätigen</a></p>',
    )

    message = parse_message(path)

    assert message.links == (link,)
    assert "bitte öffnen" in message.text
    assert message.recipients == "max@malerbetrieb-muster.example"
    assert message.sent_at.year == 2026


def test_a_file_that_is_not_a_mail_is_skipped(tmp_path: Path) -> None:
    _write(tmp_path, "20261122T060000-a.eml", subject="gut", text="ok")
    (tmp_path / "20261122T070000-b.eml").mkdir()  # unreadable as a file

    assert [m.subject for m in read_outbox(tmp_path)] == ["gut"]


def test_only_the_newest_messages_up_to_the_limit_are_read(tmp_path: Path) -> None:
    for number in range(5):
        _write(tmp_path, f"2026112{number}T000000-x.eml", subject=str(number), text="x")

    assert [m.subject for m in read_outbox(tmp_path, limit=2)] == ["4", "3"]
