"""The handover assistant against the real cloud: its steps turn done one by one as the partner
prepares, invites, the customer accepts, the partner steps back and sets the recipients."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from cloudsetup.localdata import OfficeDatabase, generate_demo_data
from cloudsetup.models import EmployeeIn, Role
from cloudsetup.server.embedded import EmbeddedServer
from cloudsetup.services import AccessService, EmployeeService, FillService
from cloudsetup.wizard.handover.assistant import Destination, HandoverAssistant
from cloudsetup.wizard.handover.steps import Step
from cloudsetup.wizard.i18n import install_translations
from cloudsetup.wizard.pages.dialogs import ConfirmDialog
from gui.partner_world import PartnerWorld
from gui.wizard_pages import WAIT_MS
from support.cloud import outbox_mails, unique_email, users_of

PASSWORD = "Zange-Wasserwaage-Eimer-61"


@pytest.fixture
def assistants() -> Iterator[list[HandoverAssistant]]:
    kept: list[HandoverAssistant] = []
    yield kept
    kept.clear()


def _assistant(
    qtbot: QtBot, partner: PartnerWorld, kept: list[HandoverAssistant]
) -> HandoverAssistant:
    assistant = HandoverAssistant(partner.users, partner.notifications, partner.setup)
    qtbot.addWidget(assistant)
    kept.append(assistant)
    assistant.show()
    _settled(qtbot, assistant)
    return assistant


def _settled(qtbot: QtBot, assistant: HandoverAssistant) -> None:
    qtbot.waitUntil(
        lambda: (
            assistant.overview is not None
            and assistant.recipients.state is not None
            and not assistant.is_busy
        ),
        timeout=WAIT_MS,
    )


def _prepare(partner: PartnerWorld, tmp_path: Path) -> None:
    """Step 2 done as the wizard would do it: an employee, his activation, the first fill."""
    employee = EmployeeService(partner.setup).add(
        EmployeeIn(name="Karl Kachel", email=unique_email("karl.kachel"))
    )
    AccessService(partner.setup).activate(employee.id, PASSWORD)
    office = tmp_path / "office.sqlite3"
    generate_demo_data(office, records=120, seed=3)
    with OfficeDatabase(office) as data:
        FillService(partner.setup, state_dir=tmp_path / "state").run(
            data, on_progress=lambda _progress: None, cancel=threading.Event()
        )


def test_the_steps_turn_done_one_by_one_until_the_handover_is_complete(
    qtbot: QtBot,
    partner: PartnerWorld,
    cloud_server: EmbeddedServer,
    assistants: list[HandoverAssistant],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(HandoverAssistant, "POLL_MS", 200)
    assistant = _assistant(qtbot, partner, assistants)
    assert assistant.done_steps() == [Step.CREATED]
    assert assistant.rows[Step.PREPARED].kind == "current"
    assert assistant.view.progress.text() == "1 von 6 Schritten erledigt."
    assert not assistant.controls.step_back_button.isEnabled()
    assert assistant.controls.step_back_reason.text() == (
        "Möglich, sobald der Kunde die Einladung angenommen hat: Es muss immer mindestens ein "
        "aktiver Benutzer mit der Rolle Verwaltung bleiben."
    )

    _prepare(partner, tmp_path)
    assistant.load()
    _settled(qtbot, assistant)
    assert assistant.done_steps() == [Step.CREATED, Step.PREPARED]

    qtbot.keyClicks(assistant.controls.invite_form.email, partner.customer_email)
    qtbot.keyClicks(assistant.controls.invite_form.display_name, "Petra Kunde")
    assistant.controls.invite_button.click()
    qtbot.waitUntil(lambda: Step.INVITED in assistant.done_steps(), timeout=WAIT_MS)
    assert len(outbox_mails(cloud_server, partner.customer_email)) == 1
    assert not assistant.controls.invite_form.isVisible()
    assert (
        assistant.rows[Step.INVITED]
        .detail.text()
        .startswith(f"{partner.customer_email}: Mail gesendet, gültig bis ")
    )
    assert assistant.is_polling
    assert not assistant.controls.step_back_button.isEnabled()

    partner.customer_accepts()  # the assistant notices by itself
    qtbot.waitUntil(lambda: Step.ACCEPTED in assistant.done_steps(), timeout=WAIT_MS)
    _settled(qtbot, assistant)
    assert not assistant.is_polling
    assert assistant.controls.step_back_button.isEnabled()
    assert not assistant.controls.step_back_reason.isVisible()

    box = assistant.step_back()
    assert isinstance(box, ConfirmDialog)
    box.confirm_button.click()
    qtbot.waitUntil(lambda: Step.STEPPED_BACK in assistant.done_steps(), timeout=WAIT_MS)
    partner_user = next(u for u in users_of(partner.http, partner.token) if u.is_partner)
    assert partner_user.role is Role.SERVICE_PROVIDER

    assistant.controls.fill_in_button.click()
    assert assistant.recipients.editor.toPlainText() == partner.customer_email
    assert assistant.recipients.own_removed.isVisible()
    with qtbot.waitSignal(assistant.recipients.saved, timeout=WAIT_MS):
        assistant.recipients.save_button.click()
    _settled(qtbot, assistant)
    assert assistant.done_steps() == list(Step)
    assert assistant.view.progress.text().startswith("Die Übergabe ist abgeschlossen")


def test_stepping_back_is_not_offered_while_the_customer_has_not_accepted(
    qtbot: QtBot, partner: PartnerWorld, assistants: list[HandoverAssistant]
) -> None:
    partner.invite_customer()
    assistant = _assistant(qtbot, partner, assistants)
    assert assistant.done_steps() == [Step.CREATED, Step.INVITED]
    assert assistant.rows[Step.PREPARED].kind == "current"  # nothing prepared yet
    assert not assistant.controls.step_back_button.isEnabled()
    assert assistant.controls.step_back_reason.isVisible()
    assert assistant.step_back() is None
    assert assistant.controls.resend_button.isVisible()


def test_a_bad_customer_address_typed_and_entered_is_said_at_the_field_and_nobody_invited(
    qtbot: QtBot, partner: PartnerWorld, assistants: list[HandoverAssistant]
) -> None:
    assistant = _assistant(qtbot, partner, assistants)
    email = assistant.controls.invite_form.email
    qtbot.keyClicks(email, "inhaber(at)fliesen-kunde.example")
    qtbot.keyClick(email, Qt.Key.Key_Return)  # Enter in the field invites, keyboard only
    assert assistant.controls.invite_form.messages["email"].isVisible()
    assert not assistant.is_busy
    assert partner.invitations() == []


def test_the_preparation_buttons_ask_for_the_wizard_and_the_sections(
    qtbot: QtBot, partner: PartnerWorld, assistants: list[HandoverAssistant]
) -> None:
    assistant = _assistant(qtbot, partner, assistants)
    asked: list[str] = []
    assistant.open_requested.connect(asked.append)
    for destination in (
        Destination.WIZARD,
        Destination.EMPLOYEES,
        Destination.ACCESS,
        Destination.RANGES,
    ):
        assistant.controls.destinations[destination].click()
    assert asked == [
        Destination.WIZARD,
        Destination.EMPLOYEES,
        Destination.ACCESS,
        Destination.RANGES,
    ]


def test_the_assistant_speaks_english_too(
    qtbot: QtBot, partner: PartnerWorld, assistants: list[HandoverAssistant]
) -> None:
    install_translations("en")
    try:
        assistant = _assistant(qtbot, partner, assistants)
        assert assistant.windowTitle() == "Prepare for the customer / hand over"
        assert assistant.rows[Step.INVITED].title.text() == (
            "Invite the customer as a guest user with the role Administration"
        )
        assert assistant.view.progress.text() == "1 of 6 steps done."
    finally:
        install_translations("de")


def test_esc_closes_and_showing_it_again_reads_the_state_of_now(
    qtbot: QtBot, partner: PartnerWorld, assistants: list[HandoverAssistant]
) -> None:
    assistant = _assistant(qtbot, partner, assistants)
    assert Step.INVITED not in assistant.done_steps()
    qtbot.keyClick(assistant, Qt.Key.Key_Escape)
    assert not assistant.isVisible()
    assert not assistant.is_polling

    partner.invite_customer()  # meanwhile, in the users section
    assistant.show()
    qtbot.waitUntil(lambda: Step.INVITED in assistant.done_steps(), timeout=WAIT_MS)
    _settled(qtbot, assistant)
    assert assistant.is_polling
