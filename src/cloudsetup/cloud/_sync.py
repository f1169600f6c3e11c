"""The office sync endpoints of the cloud API: status, pushing changes, pulling the inbox.

Retries follow :mod:`cloudsetup.cloud.retry`, and all three are retried after transient
failures: the status is a ``GET``; a change batch names the versions it covers, and the cloud
answers a batch whose ``through_version`` it already holds as before without changing anything;
an inbox pull only reads and records the position the office names, which is the same on every
try.
"""

from __future__ import annotations

from cloudsetup.cloud._calls import BearerCalls
from cloudsetup.models import ChangeBatch, ChangeReceipt, InboxPage, InboxPull, SyncStatus, paths


class SyncEndpoints(BearerCalls):
    """``/sync/status``, ``/sync/changes`` and ``/sync/inbox``."""

    def sync_status(self) -> SyncStatus:
        """``GET /sync/status``: where the office's sync stands, as the cloud sees it."""
        return self._call("GET", paths.SYNC_STATUS, SyncStatus)

    def push_changes(self, batch: ChangeBatch) -> ChangeReceipt:
        """``POST /sync/changes``: office changes in ``(base_version, through_version]``.

        409 ``sync_gap`` when ``base_version`` is not the cloud's ``pushed_version``; 409
        ``not_filled``; 422 ``record_rejected``. The body is serialised once, so a retry sends
        the same bytes.
        """
        return self._call(
            "POST",
            paths.SYNC_CHANGES,
            ChangeReceipt,
            content=batch.model_dump_json().encode(),
            idempotent=True,
        )

    def pull_inbox(self, pull: InboxPull) -> InboxPage:
        """``POST /sync/inbox``: device invoices after ``pull.after``; records ``after``."""
        return self._call(
            "POST",
            paths.SYNC_INBOX,
            InboxPage,
            json=pull.model_dump(mode="json"),
            idempotent=True,
        )
