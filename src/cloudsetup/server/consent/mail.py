"""The consent mail: plain text and HTML, in the employee's language, with his link.

The link is built from ``PUBLIC_URL`` alone. A request's Host header is chosen by whoever sends
the request; a link built from it could send the employee (and his token) to another site.
"""

from __future__ import annotations

from datetime import datetime
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from urllib.parse import quote

from cloudsetup.models import Language, paths
from cloudsetup.server.consent.texts import format_time, text
from cloudsetup.server.templating import render


def consent_link(public_url: str, token: str) -> str:
    return public_url.rstrip("/") + paths.CONSENT_PAGE.format(token=quote(token, safe=""))


def consent_mail(
    *,
    sender: str,
    name: str,
    email: str,
    company: str,
    language: Language,
    link: str,
    expires_at: datetime,
    now: datetime,
) -> EmailMessage:
    """The message to ``email``; ``multipart/alternative`` with a text and an HTML part."""
    values = {
        "lang": language.value,
        "subject": text(language, "mail_subject", company=company),
        "greeting": text(language, "mail_greeting", name=name),
        "intro": text(language, "mail_intro", company=company),
        "meaning": text(language, "meaning", company=company),
        "action": text(language, "mail_action"),
        "button": text(language, "mail_button"),
        "link": link,
        "expiry": text(language, "mail_expiry", expires=format_time(language, expires_at)),
        "ignore": text(language, "mail_ignore"),
        "closing": text(language, "mail_closing", company=company),
    }
    message = EmailMessage()
    message["Subject"] = values["subject"]
    message["From"] = sender
    message["To"] = Address(display_name=name, addr_spec=email)
    message["Date"] = format_datetime(now)
    message["Message-ID"] = make_msgid(domain="cloudsetup.invalid")
    # Mail programs that follow it show no "reply" for a mail nobody reads answers to.
    message["Auto-Submitted"] = "auto-generated"
    message.set_content(render("consent_mail.txt", **values))
    message.add_alternative(render("consent_mail.html", **values), subtype="html")
    # After the parts exist: making the message multipart moves Content-* headers into them.
    message["Content-Language"] = language.value
    return message
