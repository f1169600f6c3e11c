"""The screenshots of the partner flow: the handover assistant twice, users and recipients.

The caller hands in a :class:`PartnerCloud` (the wizard does not talk to the server itself):
it creates a tenant as ``create-tenant --for-customer`` does and accepts an invitation in the
customer's name on the real invitation page. The partner then prepares the cloud through the
services (the demo's employees, a real fill of a small office database), made himself the
notification recipient, and invites the customer: the assistant is shot while the invitation
waits, and again once the customer has accepted, the partner stepped back to Service Provider
and the customer's addresses are the recipients. "Benutzer & Rollen" and "Benachrichtigungen"
are shot as the lead will place them in the settings window.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Final, Protocol

from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget

from cloudsetup.localdata import OfficeDatabase, generate_demo_data
from cloudsetup.models import DomainData, InvitationIn, Role
from cloudsetup.services.access import AccessService
from cloudsetup.services.employees import EmployeeService
from cloudsetup.services.fill import FillService
from cloudsetup.services.input_checks import validate_credentials_input
from cloudsetup.services.notifications import NotificationService
from cloudsetup.services.setup import SetupService
from cloudsetup.services.users import UserService
from cloudsetup.wizard.handover.assistant import HandoverAssistant
from cloudsetup.wizard.notifications.notifications_section import NotificationsSection
from cloudsetup.wizard.screenshot_data import call, populate_employees, spin
from cloudsetup.wizard.users.users_section import UsersSection

Shoot = Callable[[QWidget, str], None]

CUSTOMER_NAME: Final = "Fliesen Kunde GmbH"
PARTNER_EMAIL: Final = "service@systemhaus-partner.example"
CUSTOMER_EMAIL: Final = "inhaber@fliesen-kunde.example"
CUSTOMER_OFFICE: Final = "buero@fliesen-kunde.example"
COLLEAGUE_EMAIL: Final = "timo.technik@systemhaus-partner.example"
_OFFICE_RECORDS: Final = 600


class PartnerCloud(Protocol):
    """What a partner and his customer do outside this program (the demo does it over HTTP)."""

    def create_for_customer(self, customer_name: str, partner_email: str) -> DomainData:
        """A tenant prepared for ``customer_name`` with the partner as its first user."""

    def accept_invitation(self, email: str) -> None:
        """The newest invitation to ``email`` accepted on the invitation page."""


def _prepare(service: SetupService, work: Path) -> None:
    """Step 2 done as the wizard does it: the demo's employees, all activated, and a fill."""
    passwords = populate_employees(service, None)
    access = AccessService(service)
    for employee in call(EmployeeService(service).list):
        if employee.email not in passwords and not employee.access.state.mail_was_sent:
            call(access.activate, employee.id, AccessService.generate_password())
    office = work / "partner-office.sqlite3"
    call(partial(generate_demo_data, office, records=_OFFICE_RECORDS, seed=11))

    def fill() -> None:
        with OfficeDatabase(office) as data:
            FillService(service, state_dir=work / "partner-fill").run(
                data, on_progress=lambda _progress: None, cancel=threading.Event()
            )

    call(fill)


def _settled(assistant: HandoverAssistant) -> None:
    spin(
        lambda: (
            assistant.overview is not None
            and assistant.recipients.state is not None
            and not assistant.is_busy
        )
    )


def _fit(assistant: HandoverAssistant) -> None:
    """As tall as its steps, so the picture shows them all without the scroll bar."""
    steps = assistant.view.scroll.widget()
    if steps is None:
        return
    assistant.resize(880, assistant.height())
    QApplication.processEvents()  # the layout places the scroll area at this width
    around = assistant.height() - assistant.view.scroll.viewport().height()
    assistant.resize(880, min(1500, steps.sizeHint().height() + around))


def _in_window(section: QWidget, width: int, height: int) -> QWidget:
    window = QWidget()
    window.setObjectName("sectionWindow")
    window.setMinimumSize(width, height)
    QVBoxLayout(window).addWidget(section)
    window.show()
    return window


def shoot_handover(service: SetupService, cloud: PartnerCloud, *, work: Path, shoot: Shoot) -> None:
    """Write ``11-handover-invited``, ``11-handover-done``, ``12-users``, ``12-users-invite``
    and ``13-notifications``; ``service`` is signed in to the partner's new tenant for it."""
    access = call(cloud.create_for_customer, CUSTOMER_NAME, PARTNER_EMAIL)
    call(
        service.test_connection,
        validate_credentials_input(
            access.server_url, access.domain, access.username, access.password
        ),
    )
    _prepare(service, work)
    users, notifications = UserService(service), NotificationService(service)
    call(notifications.save, PARTNER_EMAIL)
    customer = InvitationIn(
        email=CUSTOMER_EMAIL, role=Role.ADMINISTRATION, display_name="Petra Kunde"
    )
    call(users.invite, customer)

    assistant = HandoverAssistant(users, notifications, service)
    assistant.show()
    _settled(assistant)
    _fit(assistant)
    shoot(assistant, "11-handover-invited")

    call(cloud.accept_invitation, CUSTOMER_EMAIL)
    partner_id = call(users.overview).partner_id
    call(users.change_role, partner_id, Role.SERVICE_PROVIDER)
    assistant.load()
    _settled(assistant)
    assistant.controls.fill_in_button.click()
    assistant.recipients.set_text(f"{CUSTOMER_EMAIL}\n{CUSTOMER_OFFICE}")
    assistant.recipients.save()
    _settled(assistant)
    if not assistant.view.rows[max(assistant.view.rows)].is_done:
        raise RuntimeError("the handover did not complete for the screenshot")
    _fit(assistant)
    assistant.view.close_button.setFocus()  # no text cursor in the picture
    shoot(assistant, "11-handover-done")
    assistant.close()

    colleague = InvitationIn(
        email=COLLEAGUE_EMAIL, role=Role.SERVICE_PROVIDER, display_name="Timo Technik"
    )
    call(users.invite, colleague)
    section = UsersSection(users)
    window = _in_window(section, 900, 520)
    spin(lambda: section.overview is not None and not section.is_busy)
    section.select(CUSTOMER_EMAIL)  # as a Service Provider he sees why he cannot change her
    shoot(window, "12-users")
    dialog = section.invite()
    if dialog is None:
        raise RuntimeError("the users section did not open the invitation dialog")
    dialog.form.email.setText("kollegin@systemhaus-partner.example")
    shoot(dialog, "12-users-invite")
    dialog.reject()
    window.close()

    recipients = NotificationsSection(notifications)
    window = _in_window(recipients, 760, 520)
    spin(lambda: recipients.state is not None and not recipients.is_busy)
    recipients.set_text(
        f"{CUSTOMER_EMAIL}\n{CUSTOMER_OFFICE}\nbuchhaltung@fliesen-kunde\n{CUSTOMER_EMAIL}"
    )
    recipients.save_button.setFocus()  # no text cursor in the picture
    shoot(window, "13-notifications")
    window.close()
