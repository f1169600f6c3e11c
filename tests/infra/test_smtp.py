"""The SMTP fixture receives real mail over TCP, keeps it parsed, and can go down and up."""

from __future__ import annotations

import smtplib
from email.message import EmailMessage
from urllib.parse import urlsplit

import pytest

from cloudsetup.server.mail import SmtpMailer, mailer_from_url
from support.smtp import SmtpServer


def _message(subject: str, to: str = "mitarbeiter@example.de") -> EmailMessage:
    message = EmailMessage()
    message["From"] = "cloud@example.de"
    message["To"] = to
    message["Subject"] = subject
    message.set_content("Bitte bestätigen Sie: http://127.0.0.1/consent/abc")
    message.add_alternative(
        "<p>Bitte <a href='http://127.0.0.1/consent/abc'>bestätigen</a></p>", subtype="html"
    )
    return message


def test_mail_sent_by_the_server_mailer_arrives_parsed_with_its_envelope(
    smtp_server: SmtpServer,
) -> None:
    mailer = mailer_from_url(smtp_server.url)
    assert isinstance(mailer, SmtpMailer)

    mailer.send(_message("Zustimmung für Müller GmbH"))
    (received,) = smtp_server.wait_for(1)

    assert urlsplit(smtp_server.url).hostname == "127.0.0.1"
    assert received.mail_from == "cloud@example.de"
    assert received.rcpt_tos == ("mitarbeiter@example.de",)
    assert received.message["Subject"] == "Zustimmung für Müller GmbH"
    plain = received.message.get_body(preferencelist=("plain",))
    html = received.message.get_body(preferencelist=("html",))
    assert plain is not None
    assert "consent/abc" in plain.get_content()
    assert html is not None
    assert "<a href=" in html.get_content()


def test_wait_for_returns_all_messages_in_order_of_arrival(smtp_server: SmtpServer) -> None:
    mailer = mailer_from_url(smtp_server.url)
    for number in range(3):
        mailer.send(_message(f"Nachricht {number}", to=f"m{number}@example.de"))

    received = smtp_server.wait_for(3)

    assert [mail.message["Subject"] for mail in received] == [
        "Nachricht 0",
        "Nachricht 1",
        "Nachricht 2",
    ]
    assert [mail.rcpt_tos for mail in received] == [(f"m{n}@example.de",) for n in range(3)]


def test_wait_for_gives_up_at_its_deadline_and_says_what_arrived(
    smtp_server: SmtpServer,
) -> None:
    mailer_from_url(smtp_server.url).send(_message("Nur eine"))

    with pytest.raises(TimeoutError, match=r"expected 2 mail\(s\) within 0.3 s, got 1"):
        smtp_server.wait_for(2, timeout=0.3)


def test_stopped_server_refuses_mail_and_restarts_on_the_same_url(
    smtp_server: SmtpServer,
) -> None:
    url = smtp_server.url
    smtp_server.stop()

    with pytest.raises(ConnectionRefusedError):
        mailer_from_url(url).send(_message("Geht verloren"))

    smtp_server.start()
    mailer_from_url(url).send(_message("Kommt an"))

    assert smtp_server.url == url
    assert [mail.message["Subject"] for mail in smtp_server.wait_for(1)] == ["Kommt an"]


def test_clear_forgets_received_messages(smtp_server: SmtpServer) -> None:
    mailer_from_url(smtp_server.url).send(_message("Alt"))
    smtp_server.wait_for(1)

    smtp_server.clear()
    mailer_from_url(smtp_server.url).send(_message("Neu"))

    assert [mail.message["Subject"] for mail in smtp_server.wait_for(1)] == ["Neu"]


def test_server_speaks_smtputf8_for_non_ascii_addresses(smtp_server: SmtpServer) -> None:
    with smtplib.SMTP("127.0.0.1", smtp_server.port, timeout=10) as client:
        client.ehlo()
        assert client.has_extn("smtputf8")
        client.send_message(_message("Umlaut", to="jürgen@example.de"))

    assert smtp_server.wait_for(1)[0].rcpt_tos == ("jürgen@example.de",)
