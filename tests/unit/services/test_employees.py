"""EmployeeService and validate_employee_input against the fake cloud."""

from __future__ import annotations

import pytest

from cloudsetup.cloud.errors import Conflict, ConnectionFailed, ValidationFailed
from cloudsetup.models import EmployeeIn, Language
from cloudsetup.services.employees import EmployeeService
from cloudsetup.services.entry_checks import validate_employee_input
from cloudsetup.services.errors import UserError
from cloudsetup.services.setup import SetupService

from .fake_cloud import FakeCloud
from .fake_directory import api_error


def entry(name: str = "Max Muster", email: str = "max@example.de", **extra: object) -> EmployeeIn:
    return EmployeeIn.model_validate({"name": name, "email": email, **extra})


def test_added_employee_is_listed_with_what_was_entered(employees: EmployeeService) -> None:
    added = employees.add(entry(is_owner=True, mobile="0170 1234567", language="en"))
    assert employees.list() == [added]
    assert (added.name, added.email, added.is_owner, added.language) == (
        "Max Muster",
        "max@example.de",
        True,
        Language.EN,
    )


def test_list_is_sorted_by_name(employees: EmployeeService) -> None:
    employees.add(entry("Zora Zimmer", "zora@example.de"))
    employees.add(entry("anna Alt", "anna@example.de"))
    assert [e.name for e in employees.list()] == ["anna Alt", "Zora Zimmer"]


def test_taken_email_in_another_case_is_a_field_error_naming_who_has_it(
    employees: EmployeeService,
) -> None:
    employees.add(entry("Max Muster", "max@example.de"))
    with pytest.raises(UserError) as caught:
        employees.add(entry("Moritz Muster", "MAX@example.de"))
    assert (caught.value.code, caught.value.field) == ("email_taken", "email")
    assert "Max Muster" in caught.value.message.english()


def test_update_changes_the_employee_and_may_keep_his_own_address(
    employees: EmployeeService,
) -> None:
    added = employees.add(entry())
    changed = employees.update(added.id, entry("Max Mustermann", "MAX@example.de"))
    assert changed.id == added.id
    assert employees.list()[0].name == "Max Mustermann"


def test_update_to_another_employees_address_is_refused_at_the_email(
    employees: EmployeeService,
) -> None:
    employees.add(entry("Anna Alt", "anna@example.de"))
    max_ = employees.add(entry())
    with pytest.raises(UserError) as caught:
        employees.update(max_.id, entry("Max Muster", "anna@example.de"))
    assert caught.value.field == "email"
    assert "Anna Alt" in caught.value.message.english()


def test_removed_employee_is_gone_and_removing_again_says_not_found(
    employees: EmployeeService,
) -> None:
    added = employees.add(entry())
    employees.remove(added.id)
    assert employees.list() == []
    with pytest.raises(UserError) as caught:
        employees.remove(added.id)
    assert caught.value.code == "not_found"


def test_unreachable_cloud_is_a_user_error(cloud: FakeCloud, employees: EmployeeService) -> None:
    cloud.fail_next("list_employees", ConnectionFailed("GET /employees: ConnectError"))
    with pytest.raises(UserError) as caught:
        employees.list()
    assert caught.value.code == "connection_failed"


def test_service_without_a_connection_says_so(service: SetupService) -> None:
    with pytest.raises(UserError) as caught:
        EmployeeService(service).list()
    assert caught.value.code == "not_connected"


# -- import -------------------------------------------------------------------------------


def test_import_adds_new_entries_and_skips_addresses_already_in_the_cloud(
    cloud: FakeCloud, employees: EmployeeService
) -> None:
    employees.add(entry("Max Muster", "max@example.de"))
    result = employees.import_entries(
        [entry("Max M.", "Max@Example.de"), entry("Anna Alt", "anna@example.de")]
    )
    assert [e.email for e in result.added] == ["anna@example.de"]
    assert [e.email for e in result.skipped] == ["Max@example.de"]
    assert result.failed == []
    assert len(cloud.directory.employees) == 2


def test_import_run_twice_adds_nobody_twice(cloud: FakeCloud, employees: EmployeeService) -> None:
    entries = [entry("Anna Alt", "anna@example.de"), entry("Bernd Bau", "bernd@example.de")]
    first = employees.import_entries(entries)
    second = employees.import_entries(entries)
    assert len(first.added) == 2
    assert second.added == []
    assert second.skipped == entries
    assert len(cloud.directory.employees) == 2


def test_import_skips_an_address_that_appears_twice_in_the_entries(
    employees: EmployeeService,
) -> None:
    result = employees.import_entries([entry("A", "a@example.de"), entry("B", "A@example.de")])
    assert [e.name for e in result.added] == ["A"]
    assert [e.name for e in result.skipped] == ["B"]


def test_import_skips_an_address_another_admin_added_meanwhile(
    cloud: FakeCloud, employees: EmployeeService
) -> None:
    cloud.fail_next("create_employee", api_error(Conflict, 409, "email_taken", "taken", "email"))
    result = employees.import_entries([entry()])
    assert result.added == []
    assert result.failed == []
    assert result.skipped == [entry()]


def test_import_reports_a_refused_entry_and_goes_on(
    cloud: FakeCloud, employees: EmployeeService
) -> None:
    cloud.fail_next(
        "create_employee",
        api_error(ValidationFailed, 422, "validation_failed", "bad", "mobile"),
    )
    result = employees.import_entries([entry("A", "a@example.de"), entry("B", "b@example.de")])
    assert [(e.name, error.field) for e, error in result.failed] == [("A", "mobile")]
    assert [e.name for e in result.added] == ["B"]


def test_import_stops_trying_once_the_cloud_is_unreachable(
    cloud: FakeCloud, employees: EmployeeService
) -> None:
    cloud.fail_next("create_employee", ConnectionFailed("POST /employees: ConnectError"))
    entries = [entry("A", "a@example.de"), entry("B", "b@example.de"), entry("C", "c@example.de")]
    result = employees.import_entries(entries)
    assert [e.name for e, _ in result.failed] == ["A", "B", "C"]
    assert {error.code for _, error in result.failed} == {"connection_failed"}
    assert cloud.calls.count("create_employee") == 1


# -- local checks ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("values", "field", "code"),
    [
        ({"name": "  ", "email": "max@example.de"}, "name", "name_empty"),
        ({"name": "M" * 121, "email": "max@example.de"}, "name", "name_length"),
        ({"name": "\u200b\u00a0", "email": "max@example.de"}, "name", "name_empty"),
        ({"name": "Max\x00Muster", "email": "max@example.de"}, "name", "name_characters"),
        ({"name": "Max\x1b[31m", "email": "max@example.de"}, "name", "name_characters"),
        (
            {"name": "Max", "email": "m@example.de", "employee_number": "\u200b"},
            "employee_number",
            "number_characters",
        ),
        (
            {"name": "Max", "email": "m@example.de", "employee_number": "7\x00"},
            "employee_number",
            "number_characters",
        ),
        ({"name": "Max", "email": ""}, "email", "email_empty"),
        ({"name": "Max", "email": "max@"}, "email", "email_invalid"),
        ({"name": "Max", "email": "max example.de"}, "email", "email_invalid"),
        (
            {"name": "Max", "email": "m@example.de", "employee_number": "1" * 21},
            "employee_number",
            "number_length",
        ),
        ({"name": "Max", "email": "m@example.de", "mobile": "call me"}, "mobile", "mobile_invalid"),
        (
            {"name": "Max", "email": "m@example.de", "language": "fr"},
            "language",
            "language_invalid",
        ),
    ],
)
def test_bad_dialog_input_is_refused_at_its_field(
    values: dict[str, str], field: str, code: str
) -> None:
    with pytest.raises(UserError) as caught:
        validate_employee_input(**values)  # type: ignore[arg-type]
    assert (caught.value.field, caught.value.code) == (field, code)
    assert caught.value.message.english()


def test_first_bad_input_in_dialog_order_is_reported() -> None:
    with pytest.raises(UserError) as caught:
        validate_employee_input(name="", email="")
    assert caught.value.field == "name"


def test_good_dialog_input_becomes_the_normalised_entry() -> None:
    result = validate_employee_input(
        name="  Max   Muster ",
        email=" max@EXAMPLE.de ",
        is_owner=True,
        employee_number=" 007 ",
        mobile="",
        language="English",
    )
    assert result == EmployeeIn(
        name="Max Muster",
        email="max@example.de",
        is_owner=True,
        employee_number="007",
        mobile=None,
        language=Language.EN,
    )
