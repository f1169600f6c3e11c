"""Longer texts of page 3: what an access state means for the admin, and the devices rule."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from cloudsetup.models import AccessState, Employee
from cloudsetup.wizard.moments import local_time


def state_explanation(employee: Employee) -> str:
    """One or two sentences on where the employee's access stands and what comes next."""
    access = employee.access
    state = access.state
    if state is AccessState.NOT_ACTIVATED:
        return QCoreApplication.translate(
            "AccessState",
            'Not activated yet. Give him a password and click "Activate for the cloud"; the '
            "cloud then sends him an e-mail with a link to agree.",
        )
    if state is AccessState.MAIL_FAILED:
        return QCoreApplication.translate(
            "AccessState",
            'The mail could not be delivered. Check the e-mail address, then click "Send mail '
            'again".',
        )
    if state is AccessState.MAIL_SENT:
        return QCoreApplication.translate(
            "AccessState",
            "Mail sent on {when}. He must open the link in it and agree before he can use "
            "the cloud.",
        ).format(when=local_time(access.mail_sent_at))
    if state is AccessState.OPENED:
        return QCoreApplication.translate(
            "AccessState", "He opened the link on {when} but has not agreed yet."
        ).format(when=local_time(access.opened_at))
    if state is AccessState.CONFIRMED:
        return QCoreApplication.translate(
            "AccessState",
            "Confirmed on {when}: he can use the cloud once it has been filled for the first time.",
        ).format(when=local_time(access.confirmed_at))
    return QCoreApplication.translate(
        "AccessState",
        'The link has expired before he agreed. "Send mail again" sends him a new link.',
    )


def devices_note() -> str:
    return QCoreApplication.translate(
        "AccessDetails",
        "At most 2 devices per employee (the office PC does not count). Devices he signs in "
        'with are allowed later in the cloud settings with "Allow new devices". Attention: '
        'first synchronise everything, then click "Allow new devices".',
    )
