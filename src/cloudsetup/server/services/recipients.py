"""The tenant's notification recipients: read them, replace them (from the editor's lines).

The lines are checked by the model (:class:`~cloudsetup.models.NotificationRecipientsIn`,
bad lines named by number); here the list is replaced as a whole under the tenant's write
lock, in the order typed. Who actually gets mail is :func:`.notify.notification_recipients`.
"""

from __future__ import annotations

from sqlalchemy import delete
from sqlalchemy.orm import Session

from cloudsetup.models import (
    AuditAction,
    NotificationRecipients,
    NotificationRecipientsIn,
    email_key,
)
from cloudsetup.server.services import audit
from cloudsetup.server.services.auth import SignedIn
from cloudsetup.server.services.notify import notification_recipients, stored_recipients
from cloudsetup.server.services.users import lock_actor
from cloudsetup.server.tables import NotificationRecipientRow

# The audit entry names this many addresses, then only how many more there are.
_NAMED_IN_AUDIT = 5


def recipients_view(session: Session, tenant_id: int) -> NotificationRecipients:
    return NotificationRecipients(
        addresses=stored_recipients(session, tenant_id),
        effective=notification_recipients(session, tenant_id),
        updated_at=audit.last_time(session, tenant_id, AuditAction.RECIPIENTS_CHANGED),
    )


def _summary(addresses: list[str]) -> str:
    if not addresses:
        return "none: the Administration users get the notifications"
    named = ", ".join(addresses[:_NAMED_IN_AUDIT])
    more = len(addresses) - _NAMED_IN_AUDIT
    return f"{named} and {more} more" if more > 0 else named


def put_recipients(
    session: Session, admin: SignedIn, body: NotificationRecipientsIn
) -> NotificationRecipients:
    """Replace the recipients; an unchanged list writes nothing (and no audit entry)."""
    addresses = body.addresses
    actor = lock_actor(session, admin)
    tenant_id = admin.tenant.id
    if stored_recipients(session, tenant_id) != addresses:
        session.execute(
            delete(NotificationRecipientRow).where(NotificationRecipientRow.tenant_id == tenant_id)
        )
        session.add_all(
            NotificationRecipientRow(
                tenant_id=tenant_id, email=address, email_key=email_key(address), position=position
            )
            for position, address in enumerate(addresses)
        )
        audit.record(
            session,
            tenant_id,
            AuditAction.RECIPIENTS_CHANGED,
            actor=actor,
            target=f"{len(addresses)} addresses",
            detail=_summary(addresses),
        )
    session.commit()
    return recipients_view(session, tenant_id)
