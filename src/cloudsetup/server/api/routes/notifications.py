"""The tenant's notification recipients and its audit log."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from cloudsetup.models import AuditPage, ErrorBody, NotificationRecipients, NotificationRecipientsIn
from cloudsetup.models.audit import AUDIT_PAGE_DEFAULT, AUDIT_PAGE_MAX
from cloudsetup.server.api.deps import CurrentAdmin, SessionDep
from cloudsetup.server.json_body import JsonBodyRoute
from cloudsetup.server.services import audit, recipients

router = APIRouter(
    route_class=JsonBodyRoute, tags=["notifications"], responses={401: {"model": ErrorBody}}
)


@router.get("/notifications/recipients", response_model=NotificationRecipients)
def read_recipients(admin: CurrentAdmin, session: SessionDep) -> NotificationRecipients:
    """Who gets the cloud's notifications (new devices, fills)."""
    return recipients.recipients_view(session, admin.tenant.id)


@router.put(
    "/notifications/recipients",
    response_model=NotificationRecipients,
    responses={422: {"model": ErrorBody, "description": "fields lines.N name the bad lines"}},
)
def put_recipients(
    body: NotificationRecipientsIn, admin: CurrentAdmin, session: SessionDep
) -> NotificationRecipients:
    """Replace the recipients: one address per line, duplicates dropped, bad lines named."""
    return recipients.put_recipients(session, admin, body)


@router.get("/audit", response_model=AuditPage)
def read_audit(
    admin: CurrentAdmin,
    session: SessionDep,
    limit: Annotated[int, Query(ge=1, le=AUDIT_PAGE_MAX)] = AUDIT_PAGE_DEFAULT,
    before: Annotated[int | None, Query(ge=1, le=2**31 - 1)] = None,
) -> AuditPage:
    """The audit log, newest first; ``before`` (an entry's id) pages to older entries."""
    return audit.read_page(session, admin.tenant.id, limit=limit, before=before)
