"""EmployeeService with the real CloudClient against the real reference cloud over HTTP."""

from __future__ import annotations

from pathlib import Path

import pytest

from cloudsetup.models import EmployeeIn, Language
from cloudsetup.services import EmployeeService, SetupService, UserError


def entry(name: str, email: str, **extra: object) -> EmployeeIn:
    return EmployeeIn.model_validate({"name": name, "email": email, **extra})


def test_employees_are_added_listed_changed_and_removed_in_the_cloud(
    employees: EmployeeService, connected: SetupService
) -> None:
    boss = employees.add(entry("Zora Zimmer", "zora@example.de", is_owner=True))
    anna = employees.add(entry("Anna Alt", "anna@example.de", language="en", mobile="0170 1234567"))
    assert [e.name for e in employees.list()] == ["Anna Alt", "Zora Zimmer"]
    assert (anna.language, anna.mobile, boss.is_owner) == (Language.EN, "0170 1234567", True)

    changed = employees.update(anna.id, entry("Anna Alt-Bau", "anna.bau@example.de"))
    assert (changed.id, changed.email) == (anna.id, "anna.bau@example.de")

    employees.remove(boss.id)
    assert [e.id for e in employees.list()] == [anna.id]
    assert connected.setup_state().employees == 1


def test_duplicate_email_in_another_case_is_refused_at_the_email_naming_the_holder(
    employees: EmployeeService,
) -> None:
    employees.add(entry("Max Muster", "max@example.de"))
    with pytest.raises(UserError) as caught:
        employees.add(entry("Moritz Muster", "MAX@Example.de"))
    assert (caught.value.code, caught.value.field) == ("email_taken", "email")
    assert "Max Muster" in caught.value.message.english()
    assert len(employees.list()) == 1


def test_removing_an_employee_twice_says_not_found(employees: EmployeeService) -> None:
    added = employees.add(entry("Max Muster", "max@example.de"))
    employees.remove(added.id)
    with pytest.raises(UserError) as caught:
        employees.remove(added.id)
    assert caught.value.code == "not_found"


def test_csv_file_imported_twice_adds_every_employee_once(
    employees: EmployeeService, tmp_path: Path
) -> None:
    employees.add(entry("Max Muster", "max@example.de"))
    path = tmp_path / "mitarbeiter.csv"
    path.write_bytes(
        "Vorname;Nachname;E-Mail;Chef\r\n"
        "Max;Muster;MAX@example.de;ja\r\n"
        "Jürgen;Weiß;juergen@example.de;\r\n"
        "Kaputt;;keine-adresse;\r\n".encode("cp1252")
    )
    read = employees.read_csv(path)
    assert [(p.line, p.field) for p in read.problems] == [(4, "email")]

    first = employees.import_entries(read.entries)
    second = employees.import_entries(read.entries)

    assert [e.name for e in first.added] == ["Jürgen Weiß"]
    assert [e.email for e in first.skipped] == ["MAX@example.de"]
    assert second.added == []
    assert len(second.skipped) == 2
    assert [e.name for e in employees.list()] == ["Jürgen Weiß", "Max Muster"]
