"""The screenshot renderer walks the real wizard against the real cloud and writes PNGs."""

from __future__ import annotations

from pathlib import Path

import httpx
from PySide6.QtGui import QImage

from cloudsetup.demo_phones import DemoPhones
from cloudsetup.models import DomainData
from cloudsetup.server.embedded import EmbeddedServer
from cloudsetup.services.setup import SetupService
from cloudsetup.wizard.screenshots import render_screenshots
from support.cloud import consent_link_in, outbox_mails


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
