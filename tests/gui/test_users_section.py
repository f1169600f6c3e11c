"""The "Benutzer & Rollen" section against the real cloud: list, invite, resend, withdraw,
change a role, remove, and what a Service Provider may not do (said, and refused anyway)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QRadioButton, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from cloudsetup.models import InvitationState, Role, UserState
from cloudsetup.server.embedded import EmbeddedServer
from cloudsetup.services import UserService
from cloudsetup.services.setup import SetupService
from cloudsetup.wizard.pages.dialogs import ConfirmDialog
from cloudsetup.wizard.users.role_dialog import RoleDialog
from cloudsetup.wizard.users.user_table import UserColumn
from cloudsetup.wizard.users.users_section import UsersSection
from gui.partner_world import PartnerWorld
from gui.wizard_pages import WAIT_MS, connect
from support.cloud import invitation_link_in, outbox_mails, running_server
from support.smtp import SmtpServer

LAST_ADMIN = "Es muss immer mindestens ein aktiver Benutzer mit der Rolle Verwaltung bleiben."


def _section(qtbot: QtBot, users: UserService, windows: list[QWidget]) -> UsersSection:
    """The section alone in a plain window, shown (it loads on its first show)."""
    window = QWidget()
    qtbot.addWidget(window)
    windows.append(window)
    window.setMinimumSize(900, 560)  # a fixed minimum, as the settings window has
    section = UsersSection(users)
    QVBoxLayout(window).addWidget(section)
    window.show()
    qtbot.waitUntil(lambda: section.overview is not None and not section.is_busy, timeout=WAIT_MS)
    return section


def _idle(qtbot: QtBot, section: UsersSection) -> None:
    qtbot.waitUntil(lambda: not section.is_busy, timeout=WAIT_MS)


def _row(section: UsersSection, email: str) -> dict[UserColumn, str]:
    row = next(r for r, u in enumerate(section.model.users) if u.email == email)
    return {column: section.model.text(row, column) for column in UserColumn}


def test_the_section_lists_the_users_with_role_state_and_invitation_and_marks_me(
    qtbot: QtBot, partner: PartnerWorld, windows: list[QWidget]
) -> None:
    partner.invite_customer()
    section = _section(qtbot, partner.users, windows)

    me = _row(section, partner.partner_email)
    assert me[UserColumn.USER].endswith("(Sie)")
    assert (me[UserColumn.ROLE], me[UserColumn.STATE]) == ("Verwaltung", "aktiv")
    customer = _row(section, partner.customer_email)
    assert customer[UserColumn.USER] == partner.customer_email
    assert (customer[UserColumn.ROLE], customer[UserColumn.STATE]) == ("Verwaltung", "eingeladen")
    assert customer[UserColumn.INVITATION].startswith("Mail gesendet, gültig bis ")
    assert [u.state for u in section.model.users] == [UserState.ACTIVE, UserState.INVITED]


def test_a_guest_user_invited_in_the_dialog_gets_the_mail_with_his_link(
    qtbot: QtBot, partner: PartnerWorld, windows: list[QWidget], cloud_server: EmbeddedServer
) -> None:
    section = _section(qtbot, partner.users, windows)
    dialog = section.invite()
    assert dialog is not None
    assert dialog.windowTitle() == "Gastbenutzer einladen"
    assert dialog.form.roles.role is Role.ADMINISTRATION
    qtbot.keyClicks(dialog.form.email, partner.customer_email)
    qtbot.keyClicks(dialog.form.display_name, "Petra Kunde")
    with qtbot.waitSignal(dialog.invited, timeout=WAIT_MS):
        dialog.invite_button.click()
    _idle(qtbot, section)

    (mail,) = outbox_mails(cloud_server, partner.customer_email)
    assert "/invitation/" in invitation_link_in(mail)
    row = _row(section, partner.customer_email)
    assert row[UserColumn.USER] == f"Petra Kunde <{partner.customer_email}>"
    assert row[UserColumn.STATE] == "eingeladen"
    assert section.panel.message_label.text().startswith("Die Einladungsmail ist unterwegs")


def test_an_address_that_is_none_is_said_at_the_field_and_nothing_is_sent(
    qtbot: QtBot, partner: PartnerWorld, windows: list[QWidget], cloud_server: EmbeddedServer
) -> None:
    section = _section(qtbot, partner.users, windows)
    dialog = section.invite()
    assert dialog is not None
    qtbot.keyClicks(dialog.form.email, "inhaber@fliesen")
    assert dialog.submit() is None
    message = dialog.form.messages["email"]
    assert message.isVisible()
    assert message.text().startswith("Das ist keine gültige E-Mail-Adresse.")
    assert partner.invitations() == []

    qtbot.keyClicks(dialog.form.email, "-kunde.example")
    assert not message.isVisible()  # typing clears it
    dialog.reject()


def test_inviting_an_address_twice_is_said_at_the_email_field(
    qtbot: QtBot, partner: PartnerWorld, windows: list[QWidget]
) -> None:
    partner.invite_customer()
    section = _section(qtbot, partner.users, windows)
    dialog = section.invite()
    assert dialog is not None
    qtbot.keyClicks(dialog.form.email, partner.customer_email.upper())
    worker = dialog.submit()
    assert worker is not None
    qtbot.waitUntil(lambda: not dialog.is_sending, timeout=WAIT_MS)
    assert dialog.isVisible()
    assert (
        dialog.form.messages["email"]
        .text()
        .startswith("Diese E-Mail-Adresse wurde bereits eingeladen.")
    )
    dialog.reject()


def test_the_last_administrator_cannot_step_back_and_the_section_says_why(
    qtbot: QtBot, partner: PartnerWorld, windows: list[QWidget]
) -> None:
    partner.invite_customer()  # invited, not accepted: he does not count yet
    section = _section(qtbot, partner.users, windows)
    me = section.select(partner.partner_email)
    dialog = section.change_role_of_selected()
    assert isinstance(dialog, RoleDialog)
    dialog.roles.buttons[Role.SERVICE_PROVIDER].click()
    assert dialog.consequence.isVisible()
    dialog.change_button.click()
    qtbot.waitUntil(lambda: section.panel.kind == "error", timeout=WAIT_MS)
    _idle(qtbot, section)

    assert section.panel.message_label.text() == LAST_ADMIN
    assert section.panel.hint_label.text() == (
        "Laden Sie zuerst den Kunden mit der Rolle Verwaltung ein und warten Sie, bis er die "
        "Einladung angenommen hat."
    )
    assert section.model.text(section.model.row_of(me.id), UserColumn.ROLE) == "Verwaltung"


def test_after_the_customer_accepted_the_partner_steps_back_to_service_provider(
    qtbot: QtBot, partner: PartnerWorld, windows: list[QWidget]
) -> None:
    partner.invite_customer()
    partner.customer_accepts()
    section = _section(qtbot, partner.users, windows)
    assert _row(section, partner.customer_email)[UserColumn.STATE] == "aktiv"
    me = section.select(partner.partner_email)
    section.set_role(me, Role.SERVICE_PROVIDER)
    qtbot.waitUntil(lambda: section.panel.kind == "success", timeout=WAIT_MS)
    _idle(qtbot, section)
    assert _row(section, partner.partner_email)[UserColumn.ROLE] == "Service Provider"
    assert section.overview is not None
    assert section.overview.my_role is Role.SERVICE_PROVIDER


def test_a_service_provider_sees_why_he_cannot_make_anyone_verwaltung(
    qtbot: QtBot, partner: PartnerWorld, windows: list[QWidget], service: SetupService
) -> None:
    partner.invite_customer()
    partner.customer_accepts()
    colleague = partner.colleague(Role.SERVICE_PROVIDER)
    connect(service, colleague)  # the desktop signed in as the Service Provider
    section = _section(qtbot, UserService(service), windows)

    section.select(partner.customer_email)
    assert not section.role_button.isEnabled()
    assert not section.remove_button.isEnabled()
    assert section.reason.text() == (
        "Ein Service Provider kann keine Benutzer mit der Rolle Verwaltung hinzufügen, ändern "
        "oder entfernen."
    )
    dialog = section.invite()
    assert dialog is not None
    administration = dialog.form.roles.buttons[Role.ADMINISTRATION]
    assert isinstance(administration, QRadioButton)
    assert not administration.isEnabled()
    assert dialog.form.roles.role is Role.SERVICE_PROVIDER
    assert dialog.form.roles.reason.text() == (
        "Ein Service Provider kann weder sich selbst noch andere zur Verwaltung machen."
    )
    dialog.reject()

    other = next(u for u in section.model.users if u.username == colleague.username)
    section.set_role(other, Role.ADMINISTRATION)  # what the cloud says if he tried anyway
    qtbot.waitUntil(lambda: section.panel.kind == "error", timeout=WAIT_MS)
    _idle(qtbot, section)
    assert section.panel.message_label.text() == (
        "Ein Service Provider kann weder sich selbst noch andere zur Verwaltung machen."
    )
    assert _row(section, other.email)[UserColumn.ROLE] == "Service Provider"


def test_an_invitation_is_sent_again_and_withdrawn_after_asking(
    qtbot: QtBot, partner: PartnerWorld, windows: list[QWidget], cloud_server: EmbeddedServer
) -> None:
    partner.invite_customer()
    section = _section(qtbot, partner.users, windows)
    section.select(partner.customer_email)
    assert section.resend_button.isEnabled()
    section.resend_button.click()
    qtbot.waitUntil(lambda: section.panel.kind == "success", timeout=WAIT_MS)
    _idle(qtbot, section)
    assert len(outbox_mails(cloud_server, partner.customer_email)) == 2

    section.select(partner.customer_email)
    box = section.revoke_selected()
    assert isinstance(box, ConfirmDialog)
    assert box.keep_button.isDefault()
    box.confirm_button.click()
    qtbot.waitUntil(lambda: section.panel.kind == "success", timeout=WAIT_MS)
    _idle(qtbot, section)
    assert _row(section, partner.customer_email)[UserColumn.STATE] == "entfernt"
    assert {i.state for i in partner.invitations()} == {InvitationState.REVOKED}


def test_a_user_is_removed_only_after_the_question_and_never_oneself(
    qtbot: QtBot, partner: PartnerWorld, windows: list[QWidget]
) -> None:
    colleague = partner.colleague(Role.SERVICE_PROVIDER)
    section = _section(qtbot, partner.users, windows)
    section.select(partner.partner_email)
    assert not section.remove_button.isEnabled()
    assert section.reason.text().startswith("Sie können sich nicht selbst entfernen.")

    other = next(u for u in section.model.users if u.username == colleague.username)
    section.select(other.email)
    qtbot.keyClick(section.table, Qt.Key.Key_Delete)  # keyboard only: Del asks
    box = section.dialog
    assert isinstance(box, ConfirmDialog)
    box.keep_button.click()
    assert not section.is_busy
    assert _row(section, other.email)[UserColumn.STATE] == "aktiv"

    box = section.remove_selected()
    assert isinstance(box, ConfirmDialog)
    box.confirm_button.click()
    qtbot.waitUntil(lambda: section.panel.kind == "success", timeout=WAIT_MS)
    _idle(qtbot, section)
    assert _row(section, other.email)[UserColumn.STATE] == "entfernt"


def test_an_invitation_whose_mail_fails_is_kept_said_and_sent_again_once_mail_works(
    qtbot: QtBot,
    service: SetupService,
    smtp_server: SmtpServer,
    windows: list[QWidget],
    tmp_path: Path,
) -> None:
    with running_server(tmp_path, mail_url=f"{smtp_server.url}?timeout=5") as server:
        world = PartnerWorld(server, service)
        try:
            section = _section(qtbot, world.users, windows)
            smtp_server.stop()
            dialog = section.invite()
            assert dialog is not None
            qtbot.keyClicks(dialog.form.email, world.customer_email)
            with qtbot.waitSignal(dialog.mail_failed, timeout=WAIT_MS):
                dialog.invite_button.click()
            qtbot.waitUntil(lambda: not section.is_busy, timeout=WAIT_MS)
            assert section.dialog is None  # closed: the invitation is kept
            assert section.panel.message_label.text() == (
                "Die Einladung ist gespeichert, aber die Cloud konnte die Einladungsmail nicht "
                "senden."
            )
            row = _row(section, world.customer_email)
            assert row[UserColumn.INVITATION] == "Mail konnte nicht gesendet werden"

            smtp_server.start()
            section.select(world.customer_email)
            section.resend_button.click()
            qtbot.waitUntil(lambda: section.panel.kind == "success", timeout=WAIT_MS)
            qtbot.waitUntil(lambda: not section.is_busy, timeout=WAIT_MS)
            (mail,) = smtp_server.wait_for(1)
            assert mail.rcpt_tos == (world.customer_email,)
            row = _row(section, world.customer_email)
            assert row[UserColumn.INVITATION].startswith("Mail gesendet")
        finally:
            world.close()
