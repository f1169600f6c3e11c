"""A new pending device is announced to the office by mail, once, without ever failing sign-in."""

from __future__ import annotations

from collections.abc import Callable
from email.message import EmailMessage
from pathlib import Path

import httpx
from sqlalchemy import text

from cloudsetup.models import DeviceSignInResult
from cloudsetup.server.embedded import EmbeddedServer
from support.cloud import mail_text, running_server
from support.devices import Office, device_id
from support.smtp import SmtpServer


def _mailbox(smtp: SmtpServer) -> Callable[[str], list[EmailMessage]]:
    def mails(to: str) -> list[EmailMessage]:
        return [
            mail.message
            for mail in smtp.messages
            if to.casefold() in (rcpt.casefold() for rcpt in mail.rcpt_tos)
        ]

    return mails


def _notices(smtp: SmtpServer) -> list[EmailMessage]:
    return [
        mail.message
        for mail in smtp.messages
        if str(mail.message["Subject"]).startswith("Neues Gerät wartet auf Freigabe")
    ]


def _notified_at(server: EmbeddedServer, device: str) -> object:
    with server.runtime.engine.connect() as connection:
        return connection.execute(
            text("SELECT notified_at FROM devices WHERE device_id = :d"), {"d": device}
        ).scalar_one()


def test_pending_device_mails_the_administrators_once(
    tmp_path: Path, smtp_server: SmtpServer, database: dict[str, str]
) -> None:
    with (
        running_server(tmp_path, **database, mail_url=smtp_server.url) as server,
        httpx.Client(base_url=server.url, timeout=30) as client,
    ):
        office = Office.create(
            server, client, "Max Maler", fill=False, mailbox=_mailbox(smtp_server)
        )
        device = device_id()
        answers = [
            office.sign_in("max", device, device_name="Max' Pixel", platform="android")
            for _ in range(3)
        ]
        code = DeviceSignInResult.model_validate_json(answers[0].content).verification_code
        notified = _notified_at(server, device)

    assert [answer.status_code for answer in answers] == [202] * 3
    [notice] = _notices(smtp_server)
    admin_address = next(mail.rcpt_tos for mail in smtp_server.messages if mail.message is notice)
    body = mail_text(notice)
    assert "Max Maler" in str(notice["Subject"])
    assert "Max' Pixel" in str(notice["Subject"])
    assert len(admin_address) == 1
    assert admin_address[0].startswith("chef-")
    assert notice["Auto-Submitted"] == "auto-generated"
    for part in ("Max Maler", "Max' Pixel", "Android", code, "Neue Geräte zulassen"):
        assert part in body, part
    assert "erst alles synchronisieren, dann Neue Geräte zulassen" in body
    assert notified is not None


def test_a_failed_mail_leaves_the_sign_in_pending_and_the_next_sign_in_tries_again(
    tmp_path: Path, smtp_server: SmtpServer, database: dict[str, str]
) -> None:
    with (
        running_server(tmp_path, **database, mail_url=smtp_server.url) as server,
        httpx.Client(base_url=server.url, timeout=30) as client,
    ):
        office = Office.create(
            server, client, "Max Maler", fill=False, mailbox=_mailbox(smtp_server)
        )
        device = device_id()
        smtp_server.stop()  # connections are refused now
        while_down = office.sign_in("max", device)
        not_notified = _notified_at(server, device)
        smtp_server.start()
        after = [office.sign_in("max", device) for _ in range(2)]
        notified = _notified_at(server, device)

    assert while_down.status_code == 202, while_down.text
    assert not_notified is None
    assert [answer.status_code for answer in after] == [202, 202]
    assert len(_notices(smtp_server)) == 1
    assert notified is not None
