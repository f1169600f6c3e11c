"""The cloud's notifications to the office (a device asks for approval, a fill finished …).

Who receives them is :func:`notification_recipients`: the tenant's notification recipients
once the partner flow has set them (issue 6), and until then the e-mail addresses of the
tenant's Administration users. Sending never fails the request that caused it: the change is
already committed, a mail server that is down is logged and the office sees the state in the
app anyway.
"""

from __future__ import annotations

import logging
import smtplib
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid

from sqlalchemy import select
from sqlalchemy.orm import Session

from cloudsetup.models import Role
from cloudsetup.server.runtime import Runtime
from cloudsetup.server.tables import AdminUserRow, utc_now

logger = logging.getLogger(__name__)


def notification_recipients(session: Session, tenant_id: int) -> list[str]:
    """The addresses the tenant's notifications go to, without duplicates, in a stable order."""
    emails = session.scalars(
        select(AdminUserRow.email)
        .where(AdminUserRow.tenant_id == tenant_id, AdminUserRow.role == Role.ADMINISTRATION)
        .order_by(AdminUserRow.id)
    ).all()
    seen: set[str] = set()
    unique: list[str] = []
    for email in emails:
        if email.casefold() not in seen:
            seen.add(email.casefold())
            unique.append(email)
    return unique


def notify(runtime: Runtime, recipients: list[str], *, subject: str, text: str, kind: str) -> bool:
    """Send one plain-text notification to ``recipients``; whether it went out.

    ``kind`` names the notification in the log (``device_pending``, ``fill_done`` …). Call it
    with no transaction open: SMTP may take seconds.
    """
    if not recipients:
        logger.info("notification %s: the tenant has no recipients", kind)
        return False
    message = EmailMessage()
    message["Subject"] = subject
    message["From"] = runtime.settings.mail_from
    message["To"] = ", ".join(recipients)
    message["Date"] = format_datetime(utc_now())
    message["Message-ID"] = make_msgid(domain="cloudsetup.invalid")
    message["Auto-Submitted"] = "auto-generated"
    message.set_content(text)
    try:
        runtime.mailer.send(message)
    except (OSError, smtplib.SMTPException, ValueError) as exc:
        logger.warning("notification %s could not be sent: %r", kind, exc)
        return False
    return True
