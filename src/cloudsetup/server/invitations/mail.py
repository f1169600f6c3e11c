"""The invitation mail: plain text and HTML, in the invitation's language, with its link.

Like the consent link, the link is built from ``PUBLIC_URL`` alone, never from a request's Host
header (which whoever sends the request chooses).
"""

from __future__ import annotations

from datetime import datetime
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from urllib.parse import quote

from cloudsetup.models import Language, Role, paths
from cloudsetup.server.invitations.texts import format_time, role_name, text
from cloudsetup.server.templating import render


def invitation_link(public_url: str, token: str) -> str:
    return public_url.rstrip("/") + paths.INVITATION_PAGE.format(token=quote(token, safe=""))


def invitation_mail(
    *,
    sender: str,
    name: str | None,
    email: str,
    company: str,
    inviter: str,
    role: Role,
    language: Language,
    link: str,
    expires_at: datetime,
    now: datetime,
) -> EmailMessage:
    """The message to ``email``; ``multipart/alternative`` with a text and an HTML part."""
    values = {
        "lang": language.value,
        "subject": text(language, "mail_subject", company=company),
        "greeting": text(language, "mail_greeting", name=name or email),
        "intro": text(
            language,
            "mail_intro",
            inviter=inviter,
            company=company,
            role=role_name(language, role),
        ),
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
    message["To"] = Address(display_name=name or "", addr_spec=email)
    message["Date"] = format_datetime(now)
    message["Message-ID"] = make_msgid(domain="cloudsetup.invalid")
    message["Auto-Submitted"] = "auto-generated"
    message.set_content(render("invitation_mail.txt", **values))
    message.add_alternative(render("invitation_mail.html", **values), subtype="html")
    message["Content-Language"] = language.value
    return message
