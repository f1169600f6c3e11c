"""Render every wizard page and the settings window to PNG, offscreen, against a real cloud.

Used by ``cloudsetup screenshots DIR`` (the README shows page 1) and to review the UI without a
display. The caller starts the cloud (the wizard must not import the server) and hands in a
connected-to-nothing :class:`SetupService` plus the tenant's domain data; this module walks the
wizard through the real states: empty page 1, a wrong password, a successful test, the pages
after it, and the settings window.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from cloudsetup.models import DomainData
from cloudsetup.services.setup import SetupService
from cloudsetup.wizard.i18n import install_translations
from cloudsetup.wizard.launcher import StartupWindow
from cloudsetup.wizard.settings_window import SettingsWindow
from cloudsetup.wizard.wizard import PageId, SetupWizard
from cloudsetup.wizard.worker import Worker

_WAIT_MS = 30_000


def _application() -> QApplication:
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app
    # Screenshots never need a display; a real one would only flash windows.
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    return QApplication(["cloudsetup-screenshots"])


def _wait(worker: Worker | None) -> None:
    """Run the event loop until ``worker`` has delivered its outcome (or a generous timeout)."""
    if worker is None:
        return
    loop = QEventLoop()
    worker.signals.finished.connect(loop.quit)
    QTimer.singleShot(_WAIT_MS, loop.quit)
    loop.exec()


def _save(widget: QWidget, path: Path) -> Path:
    widget.show()
    QApplication.processEvents()
    if not widget.grab().save(str(path), "PNG"):
        raise OSError(f"cannot write {path}")
    return path


def render_screenshots(
    out_dir: Path,
    *,
    service: SetupService,
    domain_data: DomainData,
    banner: str | None = None,
    language: str = "de",
) -> list[Path]:
    """Write the PNGs into ``out_dir`` (created if needed) and return their paths in order.

    ``service`` must talk to the cloud that ``domain_data`` belongs to; its settings and secret
    store are used like in a real run (point them at a throw-away directory).
    """
    _application()
    install_translations(language)
    out_dir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    shoot: Callable[[QWidget, str], None] = lambda widget, name: written.append(  # noqa: E731
        _save(widget, out_dir / f"{name}.png")
    )

    startup = StartupWindow()
    shoot(startup, "00-startup")
    startup.close()

    wizard = SetupWizard(
        service,
        portal_url=service.local_settings().portal_url,
        server_url=domain_data.server_url,
        banner=banner,
    )
    page = wizard.credentials
    shoot(wizard, "01-credentials")

    page.set_values(domain=domain_data.domain, username=domain_data.username)
    page.set_values(password=domain_data.password + "-wrong")
    _wait(page.start_test())
    shoot(wizard, "02-credentials-error")

    page.set_values(password=domain_data.password)
    _wait(page.start_test())
    connection = page.connection
    if connection is None:
        raise RuntimeError(f"the test connection failed: {page.panel.message_label.text()}")
    shoot(wizard, "03-credentials-connected")

    wizard.next()
    shoot(wizard, "04-employees")
    wizard.close()

    for page_id, name in ((PageId.ACCESS, "05-access"), (PageId.FILL, "06-fill")):
        later = SetupWizard(service, portal_url="", banner=banner)
        later.set_setup_state(connection.tenant.setup)
        later.setStartId(page_id)
        later.restart()
        shoot(later, name)
        later.close()

    settings = SettingsWindow(service, connection, server_url=domain_data.server_url)
    shoot(settings, "07-settings")
    settings.close()
    return written
