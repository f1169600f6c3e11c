"""Render every wizard page and the settings window to PNG, offscreen, against a real cloud.

Used by ``cloudsetup screenshots DIR`` (the README shows pages 1–3) and to review the UI without
a display. The caller starts the cloud (the wizard must not import the server) and hands in a
connected-to-nothing :class:`SetupService` plus the tenant's domain data; this module walks the
wizard through the real states: empty page 1, a wrong password, a successful test, page 2 with
employees added through the services, page 3 with some of them activated, page 4 before,
during and after a real fill, the settings window, (when the caller hands in the employees'
phones) the device-approval dialog and the settings' sync and devices, and (with a partner)
the handover assistant, the users and the notification recipients. The cloud work between
the shots runs on workers like in the real wizard.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QApplication, QWidget

from cloudsetup.localdata import generate_demo_data
from cloudsetup.models import DomainData
from cloudsetup.services.setup import SetupService
from cloudsetup.wizard.i18n import install_translations
from cloudsetup.wizard.launcher import StartupWindow
from cloudsetup.wizard.screenshot_data import ConfirmConsent, call, populate_employees, spin
from cloudsetup.wizard.screenshot_devices import Phones, shoot_devices
from cloudsetup.wizard.screenshot_fill import DEMO_RECORDS, shoot_fill_page
from cloudsetup.wizard.screenshot_handover import PartnerCloud, shoot_handover
from cloudsetup.wizard.settings_window import SettingsWindow
from cloudsetup.wizard.wizard import SetupWizard
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
    if worker is None or not worker.is_running:
        return
    loop = QEventLoop()
    worker.signals.finished.connect(loop.quit)
    QTimer.singleShot(_WAIT_MS, loop.quit)
    loop.exec()
    QApplication.processEvents()  # the outcome's slots have run; let the layout settle


def _save(widget: QWidget, path: Path) -> Path:
    widget.show()
    QApplication.processEvents()
    return _write(widget.grab(), path)


def _write(picture: QPixmap, path: Path) -> Path:
    if not picture.save(str(path), "PNG"):
        raise OSError(f"cannot write {path}")
    return path


def render_screenshots(
    out_dir: Path,
    *,
    service: SetupService,
    domain_data: DomainData,
    banner: str | None = None,
    language: str = "de",
    confirm_consent: ConfirmConsent | None = None,
    office_db: Path | None = None,
    phones: Phones | None = None,
    partner: PartnerCloud | None = None,
) -> list[Path]:
    """Write the PNGs into ``out_dir`` (created if needed) and return their paths in order.

    ``service`` must talk to the cloud that ``domain_data`` belongs to; its settings and secret
    store are used like in a real run (point them at a throw-away directory). For page 2 and 3
    some employees are added to that cloud (those already there are kept) and some activated.
    ``confirm_consent(email)``, when given, agrees on the consent page in the employee's name
    (the caller owns the server and its mail), so one employee shows as "Bestätigt".
    Page 4 really fills the cloud, from ``office_db`` or else from generated demo data.
    ``phones``, together with ``confirm_consent``, lets employees sign in with devices for
    the approval dialog; the sync then changes ``office_db`` (use a throw-away copy).
    ``partner`` creates a second tenant for a customer and accepts the customer's invitation:
    the handover assistant, "Benutzer & Rollen" and "Benachrichtigungen" are shot on it (the
    service is signed in to that tenant afterwards).
    """
    with tempfile.TemporaryDirectory(prefix="cloudsetup-shots-") as folder:
        return _render(
            out_dir,
            Path(folder),
            service=service,
            domain_data=domain_data,
            banner=banner,
            language=language,
            confirm_consent=confirm_consent,
            office_db=office_db,
            phones=phones,
            partner=partner,
        )


def _render(
    out_dir: Path,
    work: Path,
    *,
    service: SetupService,
    domain_data: DomainData,
    banner: str | None,
    language: str,
    confirm_consent: ConfirmConsent | None,
    office_db: Path | None,
    phones: Phones | None,
    partner: PartnerCloud | None,
) -> list[Path]:
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

    passwords = populate_employees(service, confirm_consent)
    wizard.next()
    employees = wizard.employees
    _wait(employees.loading)
    employees.table.selectRow(0)
    shoot(wizard, "04-employees")

    dialog = employees.add_employee()
    dialog.name.setText("Tobias Wagner")
    dialog.email.setText("tobias.wagner@")
    dialog.submit()
    shoot(dialog, "04-employee-dialog")
    dialog.reject()

    wizard.next()
    access = wizard.access
    _wait(access.loading)
    waiting = next(
        (e for e in access.employees if not e.access.state.mail_was_sent), access.employees[-1]
    )
    access.select(waiting.id)
    access.details.password.generate()
    _wait(access.details.password.check_now())
    shoot(wizard, "05-access")

    invoicing = next(
        (e for e in access.employees if e.permissions.may_create_invoices), access.employees[0]
    )
    access.select(invoicing.id)
    access.details.setCurrentIndex(1)
    shoot(wizard, "05-access-invoices")
    wizard.close()

    def save(picture: QPixmap, name: str) -> Path:
        path = _write(picture, out_dir / f"{name}.png")
        written.append(path)
        return path

    if office_db is None:
        office_db = work / "office.sqlite3"
        call(partial(generate_demo_data, office_db, records=DEMO_RECORDS))
    shoot_fill_page(
        service,
        connection.tenant.setup,
        shoot=shoot,
        save=save,
        banner=banner,
        office_db=office_db,
    )

    connection = call(service.resume) or connection  # after the fill: the state as it is now
    settings = SettingsWindow(
        service,
        connection,
        server_url=domain_data.server_url,
        office_db=office_db,
        state_dir=work,
    )
    settings.show()
    spin(lambda: settings.devices.loading is None and not settings.sync_runner.is_loading)
    shoot(settings, "07-settings")
    settings.close()

    if phones is not None and confirm_consent is not None:
        shoot_devices(
            service,
            connection,
            phones=phones,
            passwords=passwords,
            confirm_consent=confirm_consent,
            office_db=office_db,
            state_dir=work,
            server_url=domain_data.server_url,
            shoot=shoot,
        )
    if partner is not None:
        shoot_handover(service, partner, work=work, shoot=shoot)
    return written
