"""The "Benachrichtigungen" section against the real cloud: bad lines named by number and
nothing sent, repeats dropped, one's own address removed said, what the cloud holds shown."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from cloudsetup.models import NotificationRecipients, paths
from cloudsetup.services import NotificationService
from cloudsetup.services.setup import SetupService
from cloudsetup.wizard.notifications.notifications_section import NotificationsSection
from gui.partner_world import PartnerWorld
from gui.wizard_pages import WAIT_MS, connect
from support.cloud import bearer, new_tenant, running_server


def _section(
    qtbot: QtBot, notifications: NotificationService, windows: list[QWidget]
) -> NotificationsSection:
    """The section alone in a plain window, shown (it loads on its first show)."""
    window = QWidget()
    qtbot.addWidget(window)
    windows.append(window)
    window.setMinimumSize(760, 560)
    section = NotificationsSection(notifications)
    QVBoxLayout(window).addWidget(section)
    window.show()
    qtbot.waitUntil(lambda: section.state is not None and not section.is_busy, timeout=WAIT_MS)
    return section


def _stored(partner: PartnerWorld) -> NotificationRecipients:
    response = partner.http.get(paths.NOTIFICATION_RECIPIENTS, headers=bearer(partner.token))
    assert response.status_code == 200, response.text
    return NotificationRecipients.model_validate_json(response.content)


def _save(qtbot: QtBot, section: NotificationsSection) -> None:
    with qtbot.waitSignal(section.saved, timeout=WAIT_MS):
        assert section.save() is not None
    qtbot.waitUntil(lambda: not section.is_busy, timeout=WAIT_MS)


def test_without_recipients_the_section_says_the_administrators_get_the_mails(
    qtbot: QtBot, partner: PartnerWorld, windows: list[QWidget]
) -> None:
    section = _section(qtbot, partner.notifications, windows)
    assert section.editor.toPlainText() == ""
    assert section.stored.text() == (
        "Es sind keine Empfänger gespeichert: Die Benutzer mit der Rolle Verwaltung erhalten "
        "die Benachrichtigungen."
    )
    assert section.effective.text() == f"Benachrichtigungen gehen an: {partner.partner_email}."
    assert "Fügen Sie jede weitere E-Mail-Adresse in eine neue Zeile ein." in section.intro.text()
    assert section.own_note.text().startswith("Entfernen Sie Ihre E-Mail-Adresse")


def test_bad_lines_are_named_by_number_at_the_editor_and_nothing_is_sent(
    qtbot: QtBot, partner: PartnerWorld, windows: list[QWidget]
) -> None:
    section = _section(qtbot, partner.notifications, windows)
    section.editor.setFocus()
    qtbot.keyClicks(section.editor, partner.customer_email)
    for line in ("", "buero@", "kein text"):
        qtbot.keyClick(section.editor, Qt.Key.Key_Return)
        qtbot.keyClicks(section.editor, line)
    qtbot.waitUntil(lambda: section.line_messages.isVisible(), timeout=WAIT_MS)  # live

    assert section.line_messages.text() == (
        "Zeile 3: Das ist keine gültige E-Mail-Adresse.\n"
        "Zeile 4: Das ist keine gültige E-Mail-Adresse."
    )
    assert section.editor.marked_lines == {3, 4}
    assert section.save() is None
    assert section.editor.textCursor().blockNumber() == 2  # at line 3
    assert _stored(partner).addresses == []

    section.set_text(partner.customer_email)
    assert not section.line_messages.isVisible()
    assert section.editor.marked_lines == frozenset()


def test_repeated_addresses_are_dropped_and_the_cloud_shows_each_once(
    qtbot: QtBot, partner: PartnerWorld, windows: list[QWidget]
) -> None:
    section = _section(qtbot, partner.notifications, windows)
    office = partner.customer_email.replace("inhaber-", "buero-")
    customer = partner.customer_email
    section.set_text(f"{customer}\n{office}\n\n{customer.upper()}\n{partner.partner_email}")
    assert (
        section.duplicates.text()
        == "Doppelte Adressen werden beim Speichern weggelassen (Zeile 4)."
    )
    _save(qtbot, section)

    assert section.editor.toPlainText() == f"{customer}\n{office}\n{partner.partner_email}"
    assert _stored(partner).addresses == [customer, office, partner.partner_email]
    assert section.stored.text() == (
        f"In der Cloud gespeichert: {customer}, {office}, {partner.partner_email}."
    )
    assert section.panel.message_label.text() == "Die Empfänger sind gespeichert."
    assert (
        section.panel.hint_label.text() == "Doppelt angegebene Adressen wurden einmal gespeichert."
    )


def test_removing_ones_own_address_is_said_before_and_after_saving(
    qtbot: QtBot, partner: PartnerWorld, windows: list[QWidget]
) -> None:
    section = _section(qtbot, partner.notifications, windows)
    section.set_text(f"{partner.partner_email}\n{partner.customer_email}")
    _save(qtbot, section)
    assert not section.own_removed.isVisible()

    section.set_text(partner.customer_email)
    assert section.own_removed.isVisible()
    assert section.own_removed.text().startswith(
        f"Ihre eigene Adresse {partner.partner_email} ist nicht mehr in der Liste"
    )
    _save(qtbot, section)
    assert section.panel.hint_label.text() == (
        "Sie erhalten keine Benachrichtigungen mehr für diese Cloud."
    )
    assert _stored(partner).effective == [partner.customer_email]
    assert section.effective.text() == f"Benachrichtigungen gehen an: {partner.customer_email}."


def test_a_cloud_that_is_gone_is_said_in_the_panel_and_the_text_stays(
    qtbot: QtBot, service: SetupService, windows: list[QWidget], tmp_path: Path
) -> None:
    with running_server(tmp_path) as server:  # a cloud of its own, stopped below
        connect(service, new_tenant(server))
        section = _section(qtbot, NotificationService(service), windows)
    section.set_text("inhaber@fliesen-kunde.example")
    assert section.save() is not None
    qtbot.waitUntil(lambda: section.panel.kind == "error", timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not section.is_busy, timeout=WAIT_MS)
    assert section.panel.message_label.text() == "Der Cloud-Server ist nicht erreichbar."
    assert section.editor.toPlainText() == "inhaber@fliesen-kunde.example"
    assert not section.editor.isReadOnly()
