"""The screenshot renderer walks the real wizard against the real cloud and writes PNGs."""

from __future__ import annotations

import uuid
from pathlib import Path

import httpx
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QWidget

from cloudsetup.demo_phones import DemoPhones
from cloudsetup.models import DomainData, Role
from cloudsetup.server.embedded import EmbeddedServer
from cloudsetup.services import UserService
from cloudsetup.services.setup import SetupService
from cloudsetup.wizard.screenshot_handover import shoot_handover
from cloudsetup.wizard.screenshots import render_screenshots
from support.cloud import accept_invitation, consent_link_in, invitation_link_in, outbox_mails


def test_render_screenshots_writes_one_png_per_page_and_state(
    tmp_path: Path, service: SetupService, tenant: DomainData, cloud_server: EmbeddedServer
) -> None:
    def agree(email: str) -> None:  # "Ich bin einverstanden" on his newest consent page
        link = consent_link_in(outbox_mails(cloud_server, email)[-1])
        headers = {"Origin": cloud_server.settings.public_url}
        assert httpx.post(link, headers=headers, timeout=30).status_code == 200

    with DemoPhones(tenant.server_url, tenant.domain) as phones:
        written = render_screenshots(
            tmp_path / "shots",
            service=service,
            domain_data=tenant,
            banner=tenant.as_block(),
            confirm_consent=agree,
            phones=phones,
        )
    names = [path.name for path in written]
    assert names == [
        "00-startup.png",
        "01-credentials.png",
        "02-credentials-error.png",
        "03-credentials-connected.png",
        "04-employees.png",
        "04-employee-dialog.png",
        "05-access.png",
        "05-access-invoices.png",
        "06-fill.png",
        "06-fill-running.png",
        "06-fill-done.png",
        "08-device-approval-unsynced.png",
        "08-device-approval.png",
        "08-device-replace.png",
        *(
            f"10-settings-{section}.png"
            for section in (
                "connection",
                "employees",
                "access",
                "ranges",
                "devices",
                "sync",
                "users",
                "notifications",
                "fill",
                "support",
            )
        ),
    ]
    for path in written:
        image = QImage(str(path))
        assert not image.isNull(), path
        assert image.width() >= 360
        assert image.height() >= 110
    wizard_page = QImage(str(written[1]))
    assert (wizard_page.width(), wizard_page.height()) >= (820, 600)
    dialog = QImage(str(tmp_path / "shots" / "08-device-approval.png"))
    assert (dialog.width(), dialog.height()) >= (640, 480)
    settings = QImage(str(tmp_path / "shots" / "10-settings-ranges.png"))
    assert (settings.width(), settings.height()) >= (1000, 660)


class _PartnerCloud:
    """What support staff and the customer do for the handover pictures, on the test cloud."""

    def __init__(self, server: EmbeddedServer) -> None:
        self._server = server

    def create_for_customer(self, customer_name: str, partner_email: str) -> DomainData:
        unique = f"{customer_name} {uuid.uuid4().hex[:8]}"  # the session's cloud is shared
        return self._server.create_partner_tenant(customer_name=unique, partner_email=partner_email)

    def accept_invitation(self, email: str) -> None:
        link = invitation_link_in(outbox_mails(self._server, email)[-1])
        with httpx.Client(timeout=30) as client:
            response = accept_invitation(client, link, username=f"kunde-{uuid.uuid4().hex[:6]}")
        assert response.status_code == 200, response.text


def test_the_handover_pictures_show_the_assistant_before_and_after_and_the_sections(
    tmp_path: Path, service: SetupService, cloud_server: EmbeddedServer
) -> None:
    written: list[Path] = []

    def shoot(widget: QWidget, name: str) -> None:
        widget.show()
        path = tmp_path / f"{name}.png"
        assert widget.grab().save(str(path), "PNG")
        written.append(path)

    shoot_handover(service, _PartnerCloud(cloud_server), work=tmp_path, shoot=shoot)

    assert [path.name for path in written] == [
        "11-handover-invited.png",
        "11-handover-done.png",
        "12-users.png",
        "12-users-invite.png",
        "13-notifications.png",
    ]
    for path in written:
        image = QImage(str(path))
        assert not image.isNull(), path
        assert (image.width(), image.height()) >= (500, 300), path
    assistant = QImage(str(written[0]))
    assert (assistant.width(), assistant.height()) >= (780, 640)
    partner = UserService(service).overview()
    assert partner.my_role is Role.SERVICE_PROVIDER  # the done picture is of a real handover
