"""The invitation mail: plain text and HTML, in the invitation's language, with its link.

Like the consent link, the link is built from ``PUBLIC_URL`` alone, never from a request's Host
header (which whoever sends the request chooses).
"""

from __future__ import annotations

from datetime import datetime
from email.headerregistry import Address
from email.message import EmailMessage

from cloudsetup.models import Language, Role, paths
from cloudsetup.server.invitations.texts import format_time, role_name, text
from cloudsetup.server.link_mail import link_mail, page_link


def invitation_link(public_url: str, token: str) -> str:
    return page_link(public_url, paths.INVITATION_PAGE, token)


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
    to = Address(display_name=name or "", addr_spec=email)
    return link_mail(sender=sender, to=to, language=language, now=now, values=values)
