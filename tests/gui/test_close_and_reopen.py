"""The wizard closed at every page and opened again by a fresh Launcher on the same config
folder and the same cloud: it resumes at the right step with everything entered still there.

What was sent lives in the cloud (employees, access states, the fill's job); what was typed and
not sent yet is a local draft without secrets (page 1's server, domain and user name; the
employee dialog's entries). A password typed on page 1 or 3 and not used is gone: never kept.
:data:`CLOSE_CASES` is the list bench/robustness.py counts.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Final

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from cloudsetup.models import DomainData, EmployeeIn
from cloudsetup.services.bootstrap import build_setup_service
from cloudsetup.services.employees import EmployeeService
from cloudsetup.services.fill import FillProgress, FillService
from cloudsetup.services.fill_state import FillStateFile
from cloudsetup.services.setup import SetupService
from cloudsetup.wizard.launcher import Launcher
from cloudsetup.wizard.wizard import PageId, SetupWizard
from gui.fill_pages import FILL_WAIT_MS, live_counts, office_database
from gui.wizard_pages import WAIT_MS, connect, new_wizard, open_wizard, wait_for
from support.keyrings import MemoryKeyring
from support.leaks import files_containing

#: Every close-and-reopen case of this module; the tests are parametrised by these names.
CLOSE_CASES: Final = (
    "page1-typed-not-tested",
    "page1-tested",
    "page2-dialog-half-filled",
    "page2-employee-saved",
    "page3-password-typed",
    "page3-mail-sent",
    "page4-fill-interrupted",
)
PASSWORD: Final = "Kreide-Leiter-Farbeimer-42"

Reopen = Callable[..., SetupWizard]


@pytest.fixture
def reopen(qtbot: QtBot, config_dir: Path, memory_keyring: MemoryKeyring) -> Iterator[Reopen]:
    """Start the app again: a new service and Launcher on the same folder and keyring."""
    kept: list[tuple[SetupService, Launcher, QWidget]] = []

    def start(*, office_db: Path | None = None, fill_state_dir: Path | None = None) -> SetupWizard:
        service = build_setup_service(config_dir=config_dir, keyring_backend=memory_keyring)
        launcher = Launcher(
            service, service.local_settings(), office_db=office_db, fill_state_dir=fill_state_dir
        )
        with qtbot.waitSignal(launcher.opened, timeout=WAIT_MS) as opened:
            launcher.start()
        window = opened.args[0]
        assert isinstance(window, SetupWizard)
        qtbot.addWidget(window)
        kept.append((service, launcher, window))
        return window

    yield start
    for service, _launcher, _window in kept:
        service.close()


def _close(qtbot: QtBot, wizard: SetupWizard) -> None:
    """The user closes the window; the work it had started ends on its own."""
    wizard.close()
    assert not wizard.isVisible()
    qtbot.waitUntil(lambda: wizard.credentials.drafts.is_idle, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: wizard.employees.drafts.is_idle, timeout=WAIT_MS)


def _cloud_emails(service: SetupService) -> list[str]:
    return [employee.email for employee in EmployeeService(service).list()]


@pytest.mark.parametrize("case", ["page1-typed-not-tested"])
def test_page_one_typed_but_not_tested_comes_back_without_the_password(
    case: str,
    qtbot: QtBot,
    service: SetupService,
    tenant: DomainData,
    reopen: Reopen,
    config_dir: Path,
) -> None:
    wizard = new_wizard(qtbot, service)
    form = wizard.credentials.form
    form.set_advanced_open(True)
    qtbot.keyClicks(form.server_url, tenant.server_url)
    qtbot.keyClicks(form.domain, tenant.domain)
    qtbot.keyClicks(form.username, tenant.username)
    qtbot.keyClicks(form.password.edit, tenant.password)
    _close(qtbot, wizard)

    again = reopen()
    page = again.credentials
    qtbot.waitUntil(lambda: page.values().domain == tenant.domain, timeout=WAIT_MS)
    assert again.currentId() == PageId.CREDENTIALS
    assert page.values() == (tenant.server_url, tenant.domain, tenant.username, "")
    assert files_containing(config_dir, [tenant.password]) == []
    qtbot.keyClicks(page.form.password.edit, tenant.password)
    wait_for(qtbot, page.start_test())
    assert page.isComplete()


@pytest.mark.parametrize("case", ["page1-tested"])
def test_page_one_tested_reopens_at_the_employees_with_page_one_from_the_settings(
    case: str, qtbot: QtBot, service: SetupService, tenant: DomainData, reopen: Reopen
) -> None:
    wizard = new_wizard(qtbot, service)
    page = wizard.credentials
    page.set_values(
        server_url=tenant.server_url,
        domain=tenant.domain,
        username=tenant.username,
        password=tenant.password,
    )
    wait_for(qtbot, page.start_test())
    assert page.isComplete()
    _close(qtbot, wizard)

    again = reopen()
    assert again.currentId() == PageId.EMPLOYEES
    again.back()
    assert again.credentials.values()[:3] == (tenant.server_url, tenant.domain, tenant.username)
    assert again.credentials.values().password == ""  # resumed by the stored session


@pytest.mark.parametrize("case", ["page2-dialog-half-filled"])
def test_a_half_filled_employee_dialog_comes_back_and_is_saved_exactly_once(
    case: str, qtbot: QtBot, service: SetupService, tenant: DomainData, reopen: Reopen
) -> None:
    wizard = open_wizard(qtbot, service, tenant)
    page = wizard.employees
    qtbot.waitUntil(lambda: not page.is_busy, timeout=WAIT_MS)
    dialog = page.add_employee()
    qtbot.keyClicks(dialog.name, "Anna Becker")
    qtbot.keyClicks(dialog.email, "anna.becker@example.de")
    qtbot.keyClicks(dialog.mobile, "0170 1234567")
    dialog.is_owner.setChecked(True)
    _close(qtbot, wizard)
    assert _cloud_emails(service) == []

    again = reopen()
    assert again.currentId() == PageId.EMPLOYEES
    qtbot.waitUntil(lambda: not again.employees.is_busy, timeout=WAIT_MS)
    restored = again.employees.add_employee()
    assert (restored.name.text(), restored.email.text(), restored.mobile.text()) == (
        "Anna Becker",
        "anna.becker@example.de",
        "0170 1234567",
    )
    assert restored.is_owner.isChecked()
    assert "letzten Mal" in restored.panel.message_label.text()
    wait_for(qtbot, restored.submit())
    assert again.employees.dialog is None
    assert _cloud_emails(service) == ["anna.becker@example.de"]
    qtbot.waitUntil(lambda: again.employees.drafts.is_idle, timeout=WAIT_MS)
    fresh = again.employees.add_employee()  # the draft went with the save
    assert (fresh.name.text(), fresh.email.text()) == ("", "")
    fresh.reject()


@pytest.mark.parametrize("case", ["page2-employee-saved"])
def test_a_saved_employee_reopens_at_page_three_and_page_two_lists_him(
    case: str, qtbot: QtBot, service: SetupService, tenant: DomainData, reopen: Reopen
) -> None:
    wizard = open_wizard(qtbot, service, tenant)
    page = wizard.employees
    qtbot.waitUntil(lambda: not page.is_busy, timeout=WAIT_MS)
    dialog = page.add_employee()
    qtbot.keyClicks(dialog.name, "Jonas Weber")
    qtbot.keyClicks(dialog.email, "jonas@example.de")
    wait_for(qtbot, dialog.submit())
    _close(qtbot, wizard)

    again = reopen()
    assert again.currentId() == PageId.ACCESS
    again.back()
    qtbot.waitUntil(lambda: [e.name for e in again.employees.employees] == ["Jonas Weber"])
    assert _cloud_emails(service) == ["jonas@example.de"]


def _at_access(qtbot: QtBot, service: SetupService, tenant: DomainData) -> SetupWizard:
    connect(service, tenant)
    EmployeeService(service).add(EmployeeIn(name="Lea Schmidt", email="lea@example.de"))
    wizard = open_wizard(qtbot, service, tenant)
    assert wizard.currentId() == PageId.ACCESS
    qtbot.waitUntil(lambda: wizard.access.details.employee is not None, timeout=WAIT_MS)
    return wizard


@pytest.mark.parametrize("case", ["page3-password-typed"])
def test_a_typed_password_on_page_three_is_never_kept(
    case: str,
    qtbot: QtBot,
    service: SetupService,
    tenant: DomainData,
    reopen: Reopen,
    config_dir: Path,
) -> None:
    wizard = _at_access(qtbot, service, tenant)
    qtbot.keyClicks(wizard.access.details.password.edit, PASSWORD)
    _close(qtbot, wizard)

    again = reopen()
    assert again.currentId() == PageId.ACCESS
    qtbot.waitUntil(lambda: again.access.details.employee is not None, timeout=WAIT_MS)
    assert again.access.details.password.text() == ""
    assert files_containing(config_dir, [PASSWORD]) == []


@pytest.mark.parametrize("case", ["page3-mail-sent"])
def test_a_sent_mail_reopens_at_the_fill_with_page_three_showing_the_state(
    case: str, qtbot: QtBot, service: SetupService, tenant: DomainData, reopen: Reopen
) -> None:
    wizard = _at_access(qtbot, service, tenant)
    details = wizard.access.details
    qtbot.keyClicks(details.password.edit, PASSWORD)
    wait_for(qtbot, details.activate())
    qtbot.waitUntil(lambda: wizard.access.isComplete(), timeout=WAIT_MS)
    _close(qtbot, wizard)

    again = reopen()
    assert again.currentId() == PageId.FILL
    again.back()
    qtbot.waitUntil(lambda: len(again.access.employees) == 1, timeout=WAIT_MS)
    assert again.access.model.data(again.access.model.index(0, 2)) == "Mail gesendet"


@pytest.mark.parametrize("case", ["page4-fill-interrupted"])
def test_a_fill_closed_half_way_continues_its_job_after_reopening(
    case: str,
    qtbot: QtBot,
    service: SetupService,
    tenant: DomainData,
    reopen: Reopen,
    tmp_path: Path,
) -> None:
    office_db, counts = office_database(tmp_path, records=3000)
    state_dir = tmp_path / "fill-state"
    connect(service, tenant)
    lea = EmployeeService(service).add(EmployeeIn(name="Lea Schmidt", email="lea@example.de"))
    service.client.activate_employee(lea.id, password=PASSWORD)
    first = reopen(office_db=office_db, fill_state_dir=state_dir)
    assert first.currentId() == PageId.FILL
    page = first.fill
    qtbot.waitUntil(lambda: page.counts is not None, timeout=WAIT_MS)
    page.set_batch_size(20)

    def close_once_uploading(progress: FillProgress) -> None:
        if progress.phase == "uploading" and progress.records_done > 0 and first.isVisible():
            first.close()

    page.progress_shown.connect(close_once_uploading)
    page.fill_button.click()
    qtbot.waitUntil(lambda: not first.isVisible(), timeout=FILL_WAIT_MS)
    qtbot.waitUntil(lambda: not page.is_busy, timeout=FILL_WAIT_MS)
    stored = FillStateFile(state_dir).load()
    assert stored is not None, "the fill ended before the window was closed"
    job = service.client.get_fill_job(stored.job_id)
    assert 0 < len(job.received_batches) < job.total_batches

    again = reopen(office_db=office_db, fill_state_dir=state_dir)
    assert again.currentId() == PageId.FILL
    qtbot.waitUntil(lambda: again.fill.counts is not None, timeout=WAIT_MS)
    again.fill.set_batch_size(20)
    again.fill.fill_button.click()
    qtbot.waitUntil(lambda: again.fill.panel.kind == "success", timeout=FILL_WAIT_MS)
    assert service.client.get_fill_job(stored.job_id).state == "committed"
    cloud = FillService(service, state_dir=state_dir).cloud_data()
    assert live_counts(cloud) == {c: n for c, n in counts.items() if n}
    assert again.fill.isComplete()
