"""The screenshot renderer walks the real wizard against the real cloud and writes PNGs."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QImage

from cloudsetup.models import DomainData
from cloudsetup.services.setup import SetupService
from cloudsetup.wizard.screenshots import render_screenshots


def test_render_screenshots_writes_one_png_per_page_and_state(
    tmp_path: Path, service: SetupService, tenant: DomainData
) -> None:
    written = render_screenshots(
        tmp_path / "shots", service=service, domain_data=tenant, banner=tenant.as_block()
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
        "07-settings.png",
    ]
    for path in written:
        image = QImage(str(path))
        assert not image.isNull(), path
        assert image.width() >= 360
        assert image.height() >= 110
    wizard_page = QImage(str(written[1]))
    assert (wizard_page.width(), wizard_page.height()) >= (820, 600)
