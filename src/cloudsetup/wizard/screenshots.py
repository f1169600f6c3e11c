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
from array import array
from collections import Counter
from collections.abc import Callable, Sequence
from functools import partial
from pathlib import Path

from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QApplication, QWidget

from cloudsetup.localdata import generate_demo_data
from cloudsetup.models import DomainData
from cloudsetup.services.logging_setup import current_log_file, install_file_logging
from cloudsetup.services.setup import SetupService
from cloudsetup.wizard.i18n import install_translations
from cloudsetup.wizard.launcher import StartupWindow
from cloudsetup.wizard.screenshot_data import ConfirmConsent, call, populate_employees
from cloudsetup.wizard.screenshot_devices import Phones, shoot_devices
from cloudsetup.wizard.screenshot_fill import DEMO_RECORDS, shoot_fill_page
from cloudsetup.wizard.screenshot_handover import PartnerCloud, shoot_handover
from cloudsetup.wizard.screenshot_settings import shoot_settings
from cloudsetup.wizard.wizard import SetupWizard
from cloudsetup.wizard.worker import Worker

_WAIT_MS = 30_000
_PALETTE_SIZE = 256
_FREQUENT = 192


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
    # PySide6 6.12 wants the format as a str; its stubs say bytes, which it refuses.
    if not _palette_image(picture).save(str(path), "PNG", 0):  # type: ignore[call-overload]
        raise OSError(f"cannot write {path}")
    return path


def _palette_image(picture: QPixmap) -> QImage:
    """``picture`` as a palette image, an eighth of the full file's size (see :func:`_palette`)."""
    image = picture.toImage().convertToFormat(QImage.Format.Format_RGB32)
    return image.convertToFormat(
        QImage.Format.Format_Indexed8,
        _palette(array("I", bytes(image.constBits()))),
        Qt.ImageConversionFlag.ThresholdDither | Qt.ImageConversionFlag.AvoidDither,
    )


def _palette(pixels: Sequence[int]) -> list[int]:
    """256 colours for a window: its 192 most frequent, then the ones farthest from those.

    A window has a few hundred colours; the frequent ones are the surfaces, and the rare but
    distinct ones (a green "Bestätigt" in a table) must not turn grey, so the rest of the
    palette goes to the colours the frequent ones represent worst. Qt maps every pixel to the
    nearest palette colour.
    """
    ranked = [rgb for rgb, _count in Counter(pixels).most_common()]
    if len(ranked) <= _PALETTE_SIZE:
        return ranked
    palette, rest = ranked[:_FREQUENT], ranked[_FREQUENT:]
    rest_rgb = [_channels(rgb) for rgb in rest]
    nearest = [min(_distance(r, _channels(p)) for p in palette) for r in rest_rgb]
    while len(palette) < _PALETTE_SIZE:
        farthest = max(range(len(rest)), key=nearest.__getitem__)
        if nearest[farthest] == 0:
            break
        palette.append(rest[farthest])
        chosen = rest_rgb[farthest]
        nearest = [min(d, _distance(r, chosen)) for d, r in zip(nearest, rest_rgb, strict=True)]
    return palette


def _channels(rgb: int) -> tuple[int, int, int]:
    return (rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF


def _distance(a: tuple[int, int, int], b: tuple[int, int, int]) -> int:
    return (a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2 + (a[2] - b[2]) ** 2


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
        # The support section shows the log file: the program's, or one for this run.
        installed = None if current_log_file() else install_file_logging(Path(folder) / "logs")
        try:
            return _render(
                out_dir,
                Path(folder),
                log_file=current_log_file(),
                service=service,
                domain_data=domain_data,
                banner=banner,
                language=language,
                confirm_consent=confirm_consent,
                office_db=office_db,
                phones=phones,
                partner=partner,
            )
        finally:
            if installed is not None:
                installed.close()


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
    log_file: Path | None,
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

    if phones is not None and confirm_consent is not None:
        shoot_devices(
            service,
            phones=phones,
            passwords=passwords,
            confirm_consent=confirm_consent,
            office_db=office_db,
            state_dir=work,
            shoot=shoot,
        )
    shoot_settings(
        service,
        connection,
        office_db=office_db,
        state_dir=work,
        log_file=log_file,
        server_url=domain_data.server_url,
        shoot=shoot,
    )
    if partner is not None:
        shoot_handover(service, partner, work=work, shoot=shoot)
    return written
