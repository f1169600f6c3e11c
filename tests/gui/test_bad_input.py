"""Bad input in every field of pages 1 and 2 and the employee dialog, and in page 3's password
widget: Hypothesis-driven text (empty, blanks, very long, right-to-left, emoji, control
characters, SQL- and HTML-looking text, lone surrogates) against the real cloud.

Each field either shows its message or takes the input; the app never crashes (no exception
reaches Qt, nothing unexpected reaches ``messages.describe``, no Qt warning); what a field
accepts comes back from the cloud unchanged, and wherever it is shown it is shown as plain
text. Page 4 has no text input (its office database is named on the command line). The
example counts are small and the runs derandomised, so CI sees the same inputs every time.
:data:`FUZZED_FIELDS` is the list bench/robustness.py counts.
"""

from __future__ import annotations

import csv
import io
import itertools
import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Final

import pytest
from hypothesis import example, given
from hypothesis import strategies as st
from hypothesis.strategies import DataObject
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from cloudsetup.cloud import CloudClient
from cloudsetup.models import DomainData, Employee, EmployeeIn, check_domain, check_username
from cloudsetup.services.access import AccessService
from cloudsetup.services.employees import EmployeeService
from cloudsetup.services.entry_checks import validate_employee_input
from cloudsetup.services.errors import UserError
from cloudsetup.services.ports import CloudApi, TokensChanged
from cloudsetup.services.secrets import KeyringSecretStore
from cloudsetup.services.settings import SettingsStore
from cloudsetup.services.setup import SetupService
from cloudsetup.wizard.pages.employee_dialog import EmployeeDialog
from cloudsetup.wizard.pages.employees import EmployeesPage
from cloudsetup.wizard.wizard import SetupWizard
from gui.bad_input import (
    EMAILS,
    FUZZ,
    TEXT,
    URLS,
    assert_calm,
    assert_nothing_unexpected,
    assert_plain_wherever_shown,
    control_characters,
    loopback_only,
    type_into,
    visible,
)
from gui.wizard_pages import WAIT_MS, connect, new_wizard, open_wizard, wait_for
from support.keyrings import MemoryKeyring

#: Every fuzzed input of this module; the tests are parametrised by these names.
FUZZED_FIELDS: Final = (
    "page1/server_url",
    "page1/domain",
    "page1/username",
    "page1/password",
    "employee/name",
    "employee/email",
    "employee/employee_number",
    "employee/mobile",
    "page2/csv-file",
    "page3/password",
)
_emails = itertools.count(1)

# -- page 1 ------------------------------------------------------------------------------------


def _page_one_text(field: str, tenant: DomainData) -> st.SearchStrategy[str]:
    """Bad text, and the right value dressed up (case, blanks) so "accepted" happens too."""
    right = {
        "server_url": tenant.server_url,
        "domain": tenant.domain,
        "username": tenant.username,
        "password": tenant.password,
    }[field]
    dressed = st.sampled_from([right, right.upper(), f"  {right}  ", f"{right}\u200b"])
    return st.one_of(URLS if field == "server_url" else TEXT, dressed)


@pytest.fixture
def offline(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(socket, "getaddrinfo", loopback_only(socket.getaddrinfo))


@pytest.fixture
def unhurried(config_dir: Path) -> Iterator[SetupService]:
    """The real service whose client retries without waiting (an unreachable fuzzed host
    would otherwise cost the backoff every time)."""

    def client_factory(base_url: str, /, *, on_tokens_changed: TokensChanged) -> CloudApi:
        return CloudClient(base_url, sleep=lambda _s: None, on_tokens_changed=on_tokens_changed)

    built = SetupService(
        client_factory=client_factory,
        secrets=KeyringSecretStore(backend=MemoryKeyring()),
        settings=SettingsStore.in_dir(config_dir),
    )
    yield built
    built.close()


@pytest.fixture
def page_one(qtbot: QtBot, unhurried: SetupService, offline: None) -> SetupWizard:
    """One wizard for all examples of a test (Hypothesis reuses function-scoped fixtures)."""
    return new_wizard(qtbot, unhurried)


@pytest.mark.parametrize("field", [f for f in FUZZED_FIELDS if f.startswith("page1/")])
@FUZZ
@given(data=st.data())
def test_page_one_field_shows_its_message_or_signs_in_with_what_it_took(
    field: str,
    data: DataObject,
    qtbot: QtBot,
    page_one: SetupWizard,
    unhurried: SetupService,
    tenant: DomainData,
    caplog: pytest.LogCaptureFixture,
) -> None:
    name = field.split("/", 1)[1]
    page = page_one.credentials
    value = data.draw(_page_one_text(name, tenant), label=name)
    caplog.clear()
    page.set_values(
        server_url=tenant.server_url,
        domain=tenant.domain,
        username=tenant.username,
        password=tenant.password,
    )
    typed = type_into(page.form.edit_for(name), value)

    with qtbot.capture_exceptions() as exceptions:
        worker = page.start_test()
        if worker is not None:
            wait_for(qtbot, worker)
    assert exceptions == []
    assert_nothing_unexpected(caplog)
    assert_calm(value)
    if worker is None:  # refused here: the message is at this field, nothing was sent
        message = page.form.messages[name]
        assert message.isVisible()
        assert message.text()
        return
    connection = page.connection
    if connection is None:  # the cloud said no (or the address is not reachable)
        shown = [m.text() for m in page.form.messages.values() if m.isVisible()]
        assert shown or page.panel.message_label.text(), "a failure without a message"
        return
    saved = unhurried.local_settings()  # accepted: what was taken is what the cloud knows
    if name == "domain":
        assert check_domain(typed) == connection.tenant.domain == saved.domain
    elif name == "username":
        assert check_username(typed) == connection.user.username == saved.username
    elif name == "server_url":
        assert saved.server_url == page.values().server_url


# -- the employee dialog (page 2) --------------------------------------------------------------


@pytest.fixture
def page_two(qtbot: QtBot, service: SetupService, tenant: DomainData) -> SetupWizard:
    wizard = open_wizard(qtbot, service, tenant)
    qtbot.waitUntil(lambda: not wizard.employees.is_busy, timeout=WAIT_MS)
    return wizard


_DIALOG_FIELDS: Final = ("name", "email", "employee_number", "mobile")


def _dialog_edit(dialog: EmployeeDialog, name: str) -> QLineEdit:
    edits = {
        "name": dialog.name,
        "email": dialog.email,
        "employee_number": dialog.employee_number,
        "mobile": dialog.mobile,
    }
    return edits[name]


def _remove_through_the_page(qtbot: QtBot, page: EmployeesPage, employee: Employee) -> None:
    """Select him and confirm "Entfernen": the question names him, as plain text."""
    page.table.selectRow(page.model.row_of(employee.id))
    box = page.remove_selected()
    assert box is not None
    assert_plain_wherever_shown(employee.name)
    box.confirm_button.click()
    qtbot.waitUntil(lambda: not page.is_busy, timeout=WAIT_MS)
    assert page.model.row_of(employee.id) == -1


@pytest.mark.parametrize("field", [f for f in FUZZED_FIELDS if f.startswith("employee/")])
@FUZZ
@given(value=EMAILS)
# Always tried, whatever Hypothesis draws: each once broke something (see the commit log).
@example(value="<script>alert(1)</script>")
@example(value="Anna\x00Becker")
@example(value="\u200b")
@example(value="'; DROP TABLE employees; --")
def test_employee_dialog_field_shows_its_message_or_round_trips_through_the_cloud(
    field: str,
    value: str,
    qtbot: QtBot,
    page_two: SetupWizard,
    service: SetupService,
    caplog: pytest.LogCaptureFixture,
) -> None:
    name = field.split("/", 1)[1]
    page = page_two.employees
    caplog.clear()
    dialog = page.add_employee()
    type_into(dialog.name, "Erika Mustermann")
    type_into(dialog.email, f"erika.{next(_emails)}@example.de")
    typed = type_into(_dialog_edit(dialog, name), value)
    entries = {key: _dialog_edit(dialog, key).text() for key in _DIALOG_FIELDS}

    with qtbot.capture_exceptions() as exceptions:
        worker = dialog.submit()
        if worker is not None:
            wait_for(qtbot, worker)
    assert exceptions == []
    assert_nothing_unexpected(caplog)
    assert_calm(value)
    if worker is None:  # refused here: the message is at this field, the input stays
        message = dialog.messages[name]
        assert message.isVisible()
        assert message.text()
        assert _dialog_edit(dialog, name).text() == typed
        dialog.reject()
        return
    assert page.dialog is None, (
        "the dialog accepted what the cloud refused: "
        + dialog.panel.message_label.text()
        + " ".join(m.text() for m in dialog.messages.values())
    )
    accepted = validate_employee_input(
        name=entries["name"],
        email=entries["email"],
        employee_number=entries["employee_number"],
        mobile=entries["mobile"],
    )
    (saved,) = [e for e in EmployeeService(service).list() if e.email == accepted.email]
    assert (saved.name, saved.email, saved.employee_number, saved.mobile) == (
        accepted.name,
        accepted.email,
        accepted.employee_number,
        accepted.mobile,
    )
    for text in (saved.name, saved.employee_number or "x"):  # what people read back
        assert not control_characters(text), f"{text!r} was taken"
        assert visible(text), f"{text!r} was taken"
    row = page.model.row_of(saved.id)
    assert page.model.employee(row) == saved
    assert_plain_wherever_shown(saved.name)
    _remove_through_the_page(qtbot, page, saved)
    assert_nothing_unexpected(caplog)


# -- page 2's import file ------------------------------------------------------------------------


def _csv_content(data: DataObject) -> bytes:
    """A well-formed list with a fuzzed name, or any bytes at all."""
    if data.draw(st.booleans(), label="well-formed"):
        buffer = io.StringIO()
        writer = csv.writer(buffer, delimiter=";")
        writer.writerow(["Name", "E-Mail", "Chef"])
        writer.writerow([data.draw(TEXT, label="name"), f"csv.{next(_emails)}@example.de", ""])
        return buffer.getvalue().encode("utf-8", "surrogatepass")
    return data.draw(st.binary(max_size=300), label="bytes")


@pytest.mark.parametrize("field", ["page2/csv-file"])
@FUZZ
@given(data=st.data())
def test_any_import_file_is_previewed_or_refused_and_imports_what_the_preview_shows(
    field: str,
    data: DataObject,
    qtbot: QtBot,
    page_two: SetupWizard,
    service: SetupService,
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    page = page_two.employees
    path = tmp_path / "mitarbeiter.csv"
    path.write_bytes(_csv_content(data))
    caplog.clear()
    with qtbot.capture_exceptions() as exceptions:
        wait_for(qtbot, page.import_file(path))
    assert exceptions == []
    assert_nothing_unexpected(caplog)
    preview = page.import_preview
    if preview is None:  # not an employee list: said in the page's panel
        assert page.panel.kind == "error"
        assert page.panel.message_label.text()
        return
    assert_calm("".join(f"{e.name}{e.email}" for e in preview.data.entries))
    assert all(p.message.english() for p in preview.data.problems)
    entries = list(preview.data.entries)
    if not entries:
        assert not preview.import_button.isEnabled()
        preview.reject()
        return
    preview.import_button.click()
    qtbot.waitUntil(lambda: not page.is_busy, timeout=WAIT_MS)
    assert_nothing_unexpected(caplog)
    employees = EmployeeService(service)
    stored = {e.email: e for e in employees.list()}
    for entry in entries:  # what the preview showed is what the cloud holds
        assert stored[entry.email].name == entry.name
    for employee in stored.values():
        employees.remove(employee.id)
    wait_for(qtbot, page.load())


# -- page 3's password widget -------------------------------------------------------------------


@pytest.fixture
def page_three(qtbot: QtBot, service: SetupService, tenant: DomainData) -> SetupWizard:
    connect(service, tenant)
    EmployeeService(service).add(EmployeeIn(name="Lea Schmidt", email="lea@example.de"))
    wizard = open_wizard(qtbot, service, tenant)
    qtbot.waitUntil(lambda: wizard.access.details.employee is not None, timeout=WAIT_MS)
    return wizard


@pytest.mark.parametrize("field", ["page3/password"])
@FUZZ
@given(value=st.one_of(TEXT, st.sampled_from(["Kreide-Leiter-Farbeimer-42", "Lea Schmidt 1"])))
def test_page_three_password_widget_says_what_the_cloud_will_say(
    field: str,
    value: str,
    qtbot: QtBot,
    page_three: SetupWizard,
    service: SetupService,
    caplog: pytest.LogCaptureFixture,
) -> None:
    widget = page_three.access.details.password
    employee = page_three.access.details.employee
    assert employee is not None
    caplog.clear()
    with qtbot.capture_exceptions() as exceptions:
        typed = type_into(widget.edit, value)
        qtbot.waitUntil(lambda: not widget.is_checking, timeout=WAIT_MS)
    assert exceptions == []
    assert_nothing_unexpected(caplog)
    assert_calm(value)
    if not typed:
        assert not widget.message.isVisible()
        return
    refused_here = widget.message.isVisible()
    if refused_here:
        with pytest.raises(UserError) as caught:
            AccessService(service).activate(employee.id, typed)
        assert caught.value.field == "password", caught.value.technical
    else:  # what the widget takes, the cloud takes: the mail goes out
        AccessService(service).activate(employee.id, typed)
