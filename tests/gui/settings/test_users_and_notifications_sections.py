"""The settings window's "Benutzer & Rollen" and "Benachrichtigungen", and the handover
assistant opened from it, against the real cloud."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from cloudsetup.models import Role
from cloudsetup.wizard.handover.actions import Destination
from cloudsetup.wizard.settings.notifications_section import NotificationSettings
from cloudsetup.wizard.settings.users_section import UserSettings
from gui.partner_world import PartnerWorld
from gui.settings.windows import open_window, settle, show
from gui.wizard_pages import WAIT_MS


def test_the_users_and_the_recipients_are_sections_that_load_and_save(
    qtbot: QtBot, partner: PartnerWorld, tmp_path: Path
) -> None:
    partner.invite_customer()
    window = open_window(
        qtbot, partner.setup, server_url=partner.access.server_url, state_dir=tmp_path
    )
    titles = [window.nav.item(row).text() for row in range(window.nav.count())]
    assert titles.index("Benutzer & Rollen") == titles.index("Abgleich") + 1
    assert titles.index("Benachrichtigungen") == titles.index("Benutzer & Rollen") + 1

    users = show(qtbot, window, "users")
    assert isinstance(users, UserSettings)
    overview = users.users.overview
    assert overview is not None
    assert overview.my_role is Role.ADMINISTRATION
    assert {user.email for user in overview.users} >= {partner.partner_email}
    assert partner.customer_email in {i.email for i in overview.invitations}

    recipients = show(qtbot, window, "notifications")
    assert isinstance(recipients, NotificationSettings)
    recipients.recipients.set_text(f"{partner.customer_email}\n\n{partner.customer_email.upper()}")
    with qtbot.waitSignal(recipients.recipients.saved, timeout=WAIT_MS):
        qtbot.mouseClick(recipients.recipients.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, recipients)
    assert partner.notifications.load().recipients.addresses == [partner.customer_email]


def test_the_handover_assistant_opens_from_the_users_section_and_leads_to_the_sections(
    qtbot: QtBot, partner: PartnerWorld, tmp_path: Path
) -> None:
    window = open_window(
        qtbot, partner.setup, server_url=partner.access.server_url, state_dir=tmp_path
    )
    users = show(qtbot, window, "users")
    assert isinstance(users, UserSettings)

    qtbot.mouseClick(users.users.handover_button, Qt.MouseButton.LeftButton)
    assistant = users.assistant
    assert assistant is not None
    qtbot.waitUntil(
        lambda: assistant.overview is not None and not assistant.is_busy, timeout=WAIT_MS
    )
    assert assistant.isVisible()
    assert users.open_handover() is assistant  # one assistant at a time

    qtbot.mouseClick(assistant.controls.destinations[Destination.RANGES], Qt.MouseButton.LeftButton)
    assert window.current.section_id == "ranges"
    with qtbot.waitSignal(window.open_wizard_requested, timeout=WAIT_MS):
        qtbot.mouseClick(
            assistant.controls.destinations[Destination.WIZARD], Qt.MouseButton.LeftButton
        )

    window.close()
    qtbot.waitUntil(lambda: users.assistant is None, timeout=WAIT_MS)
