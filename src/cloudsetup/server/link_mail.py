"""What the consent and the invitation mail share: the link and the message around the texts.

The link is built from ``PUBLIC_URL`` alone. A request's Host header is chosen by whoever sends
the request; a link built from it could send the person (and his token) to another site.
"""

from __future__ import annotations

from datetime import datetime
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from urllib.parse import quote

from cloudsetup.models import Language
from cloudsetup.server.templating import render


def page_link(public_url: str, page: str, token: str) -> str:
    """The absolute link to ``page`` (a path with ``{token}``) for ``token``."""
    return public_url.rstrip("/") + page.format(token=quote(token, safe=""))


def link_mail(
    *, sender: str, to: Address, language: Language, now: datetime, values: dict[str, str]
) -> EmailMessage:
    """``multipart/alternative`` with the text and HTML part of ``link_mail`` for ``values``.

    ``values`` holds the texts in ``language`` (subject, greeting, intro, optionally meaning,
    action, button, link, expiry, ignore, closing).
    """
    message = EmailMessage()
    message["Subject"] = values["subject"]
    message["From"] = sender
    message["To"] = to
    message["Date"] = format_datetime(now)
    message["Message-ID"] = make_msgid(domain="cloudsetup.invalid")
    # Mail programs that follow it show no "reply" for a mail nobody reads answers to.
    message["Auto-Submitted"] = "auto-generated"
    message.set_content(render("link_mail.txt", lang=language.value, **values))
    message.add_alternative(render("link_mail.html", lang=language.value, **values), subtype="html")
    # After the parts exist: making the message multipart moves Content-* headers into them.
    message["Content-Language"] = language.value
    return message
