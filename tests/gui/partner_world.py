"""A partner's tenant for the GUI tests of users, recipients and the handover, all real.

A :class:`PartnerWorld` is one tenant of the session's reference cloud, created as
``create-tenant --for-customer`` does (:meth:`EmbeddedServer.create_partner_tenant`), with the
desktop's real :class:`SetupService` signed in as the partner, and an HTTP client that does
what the other people do: the customer accepts his invitation on the real invitation page, a
colleague joins as Service Provider.
"""

from __future__ import annotations

import uuid
from typing import Final

import httpx

from cloudsetup.models import DomainData, Invitation, Role, TokenPair
from cloudsetup.server.embedded import EmbeddedServer
from cloudsetup.services import NotificationService, UserService
from cloudsetup.services.setup import SetupService
from gui.wizard_pages import connect
from support.cloud import (
    accept_invitation,
    invitation_link_in,
    invitations_of,
    invite,
    join,
    login,
    outbox_mails,
)

CUSTOMER_PASSWORD: Final = "Mosaik-Kelle-Laterne-57"


class PartnerWorld:
    """The partner signed in on the desktop, and the cloud the customer answers in."""

    def __init__(self, server: EmbeddedServer, setup: SetupService) -> None:
        tag = uuid.uuid4().hex[:8]
        self.server = server
        self.setup = setup
        self.partner_email = f"service-{tag}@systemhaus.example"
        self.customer_email = f"inhaber-{tag}@fliesen-kunde.example"
        self.access: DomainData = server.create_partner_tenant(
            customer_name=f"Fliesen Kunde {tag} GmbH", partner_email=self.partner_email
        )
        self.http = httpx.Client(base_url=server.url, timeout=30)
        self.token: TokenPair = login(self.http, self.access)
        connect(setup, self.access)
        self.users = UserService(setup)
        self.notifications = NotificationService(setup)

    def close(self) -> None:
        self.http.close()

    def invite_customer(self) -> Invitation:
        """The customer invited as Verwaltung over the API (what the assistant's step 3 does)."""
        return invite(self.http, self.token, role=Role.ADMINISTRATION, email=self.customer_email)

    def link_for(self, email: str) -> str:
        """The link of the newest invitation mail to ``email`` in the server's outbox."""
        return invitation_link_in(outbox_mails(self.server, email)[-1])

    def customer_accepts(self) -> DomainData:
        """The customer opens his newest link and chooses his user name and password."""
        username = f"inhaber-{uuid.uuid4().hex[:6]}"
        response = accept_invitation(
            self.http,
            self.link_for(self.customer_email),
            username=username,
            password=CUSTOMER_PASSWORD,
        )
        assert response.status_code == 200, response.text
        return self.access.model_copy(update={"username": username, "password": CUSTOMER_PASSWORD})

    def colleague(self, role: Role = Role.SERVICE_PROVIDER) -> DomainData:
        """Another user who joined with ``role`` (invited and accepted)."""
        return join(self.server, self.http, self.token, role=role)

    def invitations(self) -> list[Invitation]:
        return invitations_of(self.http, self.token)
