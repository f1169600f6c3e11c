"""The tenant's audit log: who changed what and when, readable by both admin roles.

An entry names the actor as he was called then (his user name; ``cloudsetup-server`` for the
operator's command line), the action (an :class:`AuditAction` value; clients show codes they do
not know as they are), the target (a user, an e-mail address, a range, …) and a short detail.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Final

from pydantic import Field

from cloudsetup.models.auth import Role
from cloudsetup.models.common import ApiModel

AUDIT_PAGE_DEFAULT: Final = 50
AUDIT_PAGE_MAX: Final = 200


class AuditAction(StrEnum):
    """What an entry records."""

    TENANT_PREPARED = "tenant_prepared"
    INVITATION_SENT = "invitation_sent"
    INVITATION_RESENT = "invitation_resent"
    INVITATION_ACCEPTED = "invitation_accepted"
    INVITATION_REVOKED = "invitation_revoked"
    ROLE_CHANGED = "role_changed"
    USER_REMOVED = "user_removed"
    RECIPIENTS_CHANGED = "recipients_changed"
    RANGE_CHANGED = "range_changed"
    RANGE_REMOVED = "range_removed"
    FILL_COMMITTED = "fill_committed"
    # Recorded by the device approval (issue 5).
    DEVICE_APPROVED = "device_approved"
    DEVICE_REJECTED = "device_rejected"
    DEVICE_REVOKED = "device_revoked"


class AuditEntry(ApiModel):
    id: int
    at: datetime
    actor: str = Field(description="user name of who did it, or cloudsetup-server")
    actor_role: Role | None = Field(default=None, description="his role at the time")
    action: str = Field(description="an AuditAction value")
    target: str = ""
    detail: str = ""


class AuditPage(ApiModel):
    """``GET /audit``: entries newest first; ``next_before`` asks for the older ones."""

    entries: list[AuditEntry]
    next_before: int | None = Field(
        default=None, description="pass as ?before= for the next page; none at the oldest"
    )
