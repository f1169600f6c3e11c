"""The partner's handover, as the "Für Kunden vorbereiten / Übergabe" assistant shows it.

Nothing is stored for it: the step is derived from the tenant's users each time
(:func:`cloudsetup.models.handover_step`), so it cannot disagree with them.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from cloudsetup.models import Handover, handover_step
from cloudsetup.server.services.users import list_users
from cloudsetup.server.tables import TenantRow


def handover_view(session: Session, tenant: TenantRow) -> Handover:
    if not tenant.prepared_by_partner:
        return Handover(prepared_by_partner=False, step=None)
    users = list_users(session, tenant)
    partner = next((user for user in users if user.id == tenant.partner_user_id), None)
    return Handover(
        prepared_by_partner=True,
        partner_user_id=tenant.partner_user_id,
        partner_email=partner.email if partner else None,
        step=handover_step(users, tenant.partner_user_id),
    )
