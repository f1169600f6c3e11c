"""The notification recipients and the audit log of the cloud API.

Setting the recipients is a ``PUT`` of the whole list (the same list twice is the same state)
and so is retried after transient failures, like the reads.
"""

from __future__ import annotations

from cloudsetup.cloud._calls import BearerCalls
from cloudsetup.models import AuditPage, NotificationRecipients, NotificationRecipientsIn, paths
from cloudsetup.models.audit import AUDIT_PAGE_DEFAULT


class NotificationEndpoints(BearerCalls):
    """``/notifications/recipients`` and ``/audit``."""

    def get_notification_recipients(self) -> NotificationRecipients:
        """``GET /notifications/recipients``: the list and who gets the mails now."""
        return self._call("GET", paths.NOTIFICATION_RECIPIENTS, NotificationRecipients)

    def set_notification_recipients(
        self, recipients: NotificationRecipientsIn
    ) -> NotificationRecipients:
        """``PUT /notifications/recipients``: 422 with ``fields`` ``lines.N`` for bad lines."""
        return self._call(
            "PUT",
            paths.NOTIFICATION_RECIPIENTS,
            NotificationRecipients,
            json=recipients.model_dump(mode="json"),
        )

    def audit_log(self, *, limit: int = AUDIT_PAGE_DEFAULT, before: int | None = None) -> AuditPage:
        """``GET /audit``: entries newest first; pass ``next_before`` for the older ones."""
        params: dict[str, str | int] = {"limit": limit}
        if before is not None:
            params["before"] = before
        return self._call("GET", paths.AUDIT, AuditPage, params=params)
