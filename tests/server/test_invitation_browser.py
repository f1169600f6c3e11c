"""The invitation in real parts: the mail over real SMTP, the page in headless Chromium.

The invited customer opens the link from the mail, sees the policy's reason at the password
field after a weak try, sets his user name and password, and then signs in over the API.
"""

from __future__ import annotations

from pathlib import Path

import httpx
from playwright.sync_api import Page

from cloudsetup.models import Role, TokenPair, paths
from support.cloud import bearer, invitation_link_in, invite, login, new_tenant, running_server
from support.smtp import SmtpServer

PASSWORD = "Wolke-Feder-Anker-61"


def test_customer_accepts_the_invitation_in_chromium_and_signs_in(
    tmp_path: Path, smtp_server: SmtpServer, browser_page: Page, database: dict[str, str]
) -> None:
    with (
        running_server(tmp_path, **database, mail_url=smtp_server.url) as server,
        httpx.Client(base_url=server.url, timeout=10) as client,
    ):
        data = new_tenant(server)
        admin = login(client, data)
        invitation = invite(
            client,
            admin,
            role=Role.ADMINISTRATION,
            display_name="Karla Kunde",
            email="karla@kunde.de",
        )
        [received] = smtp_server.wait_for(1)
        assert received.rcpt_tos == ("karla@kunde.de",)
        link = invitation_link_in(received.message)
        assert link.startswith(f"{server.url}/invitation/")

        browser_page.goto(link)
        browser_page.get_by_role("heading", name="Ihr Zugang zur Cloud").wait_for()
        username = browser_page.get_by_label("Benutzername")
        assert username.input_value() == "karla@kunde.de"
        username.fill("karla")
        browser_page.get_by_label("Passwort", exact=True).fill("passwort")
        browser_page.get_by_label("Passwort wiederholen").fill("passwort")
        browser_page.get_by_role("button", name="Zugang einrichten").click()
        browser_page.get_by_text("gehört zu den häufigsten Passwörtern").wait_for()
        assert browser_page.get_by_label("Passwort", exact=True).get_attribute("aria-invalid") == (
            "true"
        )
        assert browser_page.get_by_label("Benutzername").input_value() == "karla"
        browser_page.get_by_label("Passwort", exact=True).fill(PASSWORD)
        browser_page.get_by_label("Passwort wiederholen").fill(PASSWORD)
        browser_page.get_by_role("button", name="Zugang einrichten").click()

        browser_page.get_by_role("heading", name="Zugang eingerichtet").wait_for()
        assert data.domain in browser_page.content()
        login_body = {"domain": data.domain, "username": "karla", "password": PASSWORD}
        signed_in = client.post(paths.AUTH_LOGIN, json=login_body)
        assert signed_in.status_code == 200, signed_in.text
        me = client.get(paths.ME, headers=bearer(TokenPair.model_validate(signed_in.json())))
        assert me.json()["role"] == "administration"
        listed = client.get(paths.INVITATIONS, headers=bearer(admin)).json()
        assert [(item["id"], item["state"]) for item in listed] == [(invitation.id, "accepted")]
