"""The consent mail: plain text and HTML, in the employee's language, with his link.

The link is built from ``PUBLIC_URL`` alone (see :mod:`cloudsetup.server.link_mail`).
"""

from __future__ import annotations

from datetime import datetime
from email.headerregistry import Address
from email.message import EmailMessage

from cloudsetup.models import Language, paths
from cloudsetup.server.consent.texts import format_time, text
from cloudsetup.server.link_mail import link_mail, page_link


def consent_link(public_url: str, token: str) -> str:
    return page_link(public_url, paths.CONSENT_PAGE, token)


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
    to = Address(display_name=name, addr_spec=email)
    return link_mail(sender=sender, to=to, language=language, now=now, values=values)
