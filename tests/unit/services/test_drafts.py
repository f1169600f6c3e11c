"""The draft store: unsent, non-secret form input in ``drafts.json`` beside the settings."""

from __future__ import annotations

import json
import threading
from pathlib import Path

import pytest

from cloudsetup.services.drafts import CREDENTIALS_FORM, DRAFTS_FILE_NAME, DraftStore
from cloudsetup.services.employees import EmployeeService
from cloudsetup.services.settings import SettingsStore
from cloudsetup.services.setup import SetupService

from .test_employees import entry


def test_a_saved_draft_is_read_back_per_form(tmp_path: Path) -> None:
    store = DraftStore(tmp_path / DRAFTS_FILE_NAME)
    store.save("credentials", {"domain": "muster", "username": "admin"})
    store.save("new-employee/muster", {"name": "Anna", "is_owner": True})
    again = DraftStore(tmp_path / DRAFTS_FILE_NAME)  # a new start of the program
    assert again.load("credentials") == {"domain": "muster", "username": "admin"}
    assert again.load("new-employee/muster") == {"name": "Anna", "is_owner": True}
    assert again.load("new-employee/other") is None


def test_discard_forgets_only_that_form(tmp_path: Path) -> None:
    store = DraftStore(tmp_path / DRAFTS_FILE_NAME)
    store.save("a", {"x": "1"})
    store.save("b", {"x": "2"})
    store.discard("a")
    store.discard("missing")
    assert store.load("a") is None
    assert store.load("b") == {"x": "2"}


@pytest.mark.parametrize("field", ["password", "refresh_token"])
def test_a_draft_with_a_secret_is_refused_and_nothing_is_written(
    tmp_path: Path, field: str
) -> None:
    store = DraftStore(tmp_path / DRAFTS_FILE_NAME)
    with pytest.raises(ValueError, match="never holds secrets"):
        store.save("credentials", {"domain": "muster", field: "geheim-123"})
    assert not (tmp_path / DRAFTS_FILE_NAME).exists()


def test_any_text_a_line_edit_holds_survives_the_file(tmp_path: Path) -> None:
    odd = "Ünal \u202eRTL\u202c 😀 \x00\x1b '; DROP TABLE employees; -- <b>x</b> \ud800"
    store = DraftStore(tmp_path / DRAFTS_FILE_NAME)
    store.save("f", {"name": odd})
    assert DraftStore(tmp_path / DRAFTS_FILE_NAME).load("f") == {"name": odd}


def test_a_damaged_file_counts_as_no_drafts_and_the_next_save_replaces_it(
    tmp_path: Path,
) -> None:
    path = tmp_path / DRAFTS_FILE_NAME
    path.write_bytes(b"{ not json")
    store = DraftStore(path)
    assert store.load("f") is None
    store.save("f", {"x": "1"})
    assert json.loads(path.read_bytes()) == {"f": {"x": "1"}}


def test_unknown_value_types_in_the_file_are_ignored(tmp_path: Path) -> None:
    path = tmp_path / DRAFTS_FILE_NAME
    path.write_text(json.dumps({"f": {"x": "1", "n": 3, "l": [1]}, "g": "no object"}))
    assert DraftStore(path).load("f") == {"x": "1"}
    assert DraftStore(path).load("g") is None


def test_an_unwritable_folder_does_not_break_the_form(tmp_path: Path) -> None:
    blocker = tmp_path / "file-not-folder"
    blocker.write_text("")
    store = DraftStore(blocker / DRAFTS_FILE_NAME)
    store.save("f", {"x": "1"})  # logged, not raised
    assert store.load("f") is None


def test_concurrent_saves_of_several_forms_lose_none(tmp_path: Path) -> None:
    store = DraftStore(tmp_path / DRAFTS_FILE_NAME)
    threads = [
        threading.Thread(target=store.save, args=(f"form-{n}", {"n": str(n)})) for n in range(8)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(10)
    assert all(store.load(f"form-{n}") == {"n": str(n)} for n in range(8))


def test_the_setup_service_keeps_its_drafts_beside_the_settings(
    service: SetupService, settings: SettingsStore
) -> None:
    service.drafts.save(CREDENTIALS_FORM, {"domain": "muster"})
    assert service.drafts.path == settings.path.with_name(DRAFTS_FILE_NAME)
    assert service.drafts.path.exists()


def test_a_new_employee_draft_belongs_to_the_connected_tenant(
    employees: EmployeeService, service: SetupService
) -> None:
    employees.save_draft({"name": "Anna Becker", "email": "anna@example.de"})
    assert employees.load_draft([]) == {"name": "Anna Becker", "email": "anna@example.de"}
    connection = service.connection
    assert connection is not None
    assert service.drafts.load(f"new-employee/{connection.tenant.domain}") is not None
    employees.discard_draft()
    assert employees.load_draft([]) is None


def test_a_draft_whose_address_the_cloud_already_has_is_dropped(
    employees: EmployeeService,
) -> None:
    saved = employees.add(entry("Anna Becker", "anna@example.de"))
    employees.save_draft({"name": "Anna Becker", "email": " ANNA@example.de "})
    assert employees.load_draft([saved]) is None
    assert employees.load_draft([]) is None  # dropped for good, not just hidden
