"""The notification recipients hear of a fill: committed (the cloud holds the new data) or
refused (the data did not verify; the cloud keeps what it held before).

Called by :mod:`.fill_jobs` after its transaction has ended: SMTP may take seconds and must not
hold the tenant's lock. The mails are in German with the English text below (recipients have
no language of their own).
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from cloudsetup.models.fill import CollectionTotals
from cloudsetup.server.runtime import Runtime
from cloudsetup.server.services.notify import notification_recipients, notify
from cloudsetup.server.tables import TenantRow


def _company(session: Session, tenant_id: int) -> str:
    return session.scalar(select(TenantRow.name).where(TenantRow.id == tenant_id)) or ""


def _counts(totals: Sequence[CollectionTotals]) -> str:
    return "\n".join(f"  {total.collection.value}: {total.count}" for total in totals)


def _send(
    runtime: Runtime, session: Session, tenant_id: int, *, subject: str, text: str, kind: str
) -> None:
    recipients = notification_recipients(session, tenant_id)
    session.commit()  # end the read: no transaction stays open while mail is sent
    notify(runtime, recipients, subject=subject, text=text, kind=kind)


def fill_committed(
    runtime: Runtime, session: Session, tenant_id: int, totals: Sequence[CollectionTotals]
) -> None:
    company = _company(session, tenant_id)
    text = (
        f"Die Cloud von {company} ist befüllt: die Daten des Büros sind verifiziert und jetzt "
        f"auf den Geräten der Mitarbeiter verfügbar.\n\n{_counts(totals)}\n\n"
        f"---\nThe cloud of {company} has been filled: the office's data is verified and now "
        "available on the employees' devices.\n"
    )
    _send(
        runtime,
        session,
        tenant_id,
        subject=f"Cloud befüllt / cloud filled: {company}",
        text=text,
        kind="fill_done",
    )


def fill_refused(runtime: Runtime, session: Session, tenant_id: int, reason: str) -> None:
    company = _company(session, tenant_id)
    text = (
        f"Die Befüllung der Cloud von {company} ist fehlgeschlagen: die übertragenen Daten "
        "stimmen nicht mit denen des Büros überein. Die Cloud behält ihre bisherigen Daten. "
        "Bitte starten Sie „Cloud befüllen“ in cloudsetup erneut.\n\n"
        f"{reason}\n\n"
        f"---\nFilling the cloud of {company} failed: the data received does not match the "
        "office's. The cloud keeps the data it held before. Please run the fill in cloudsetup "
        "again.\n"
    )
    _send(
        runtime,
        session,
        tenant_id,
        subject=f"Befüllung fehlgeschlagen / fill failed: {company}",
        text=text,
        kind="fill_failed",
    )
