"""The demo's partner and customer: a tenant prepared for a customer, his invitation accepted.

What happens outside ``cloudsetup`` in the partner flow (seed 003), done against the demo cloud
so the screenshots can show the handover assistant in its real states: support staff create the
tenant with ``create-tenant --for-customer``, and the customer opens the link of his invitation
mail and chooses his user name and password on the real invitation page (over HTTP, the way
his browser posts the form). A composition root like :mod:`cloudsetup.demo`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Final

import httpx

from cloudsetup.models import DomainData, generate_password
from cloudsetup.server.embedded import EmbeddedServer
from cloudsetup.services.outbox import read_outbox

CUSTOMER_USERNAME: Final = "inhaber"


class DemoPartner:
    """Creates partner tenants in the demo cloud and accepts invitations from its outbox."""

    def __init__(self, server: EmbeddedServer, outbox: Path) -> None:
        self._server = server
        self._outbox = outbox
        # The customer's password on the invitation page: a fresh one, never shown or kept.
        self._password = generate_password()

    def create_for_customer(self, customer_name: str, partner_email: str) -> DomainData:
        return self._server.create_partner_tenant(
            customer_name=customer_name, partner_email=partner_email
        )

    def accept_invitation(self, email: str) -> None:
        """Open the newest invitation link to ``email`` and set the customer's access."""
        for message in read_outbox(self._outbox):  # newest first
            if email.casefold() not in message.recipients.casefold():
                continue
            for link in message.links:
                if "/invitation/" in link:
                    form = {
                        "username": CUSTOMER_USERNAME,
                        "password": self._password,
                        "repeat": self._password,
                    }
                    httpx.post(link, data=form, timeout=10).raise_for_status()
                    return
        raise LookupError(f"no invitation mail to {email} in the demo outbox")
