"""AccessService: activation, the consent mail, permissions and the live password check."""

from __future__ import annotations

import pytest

from cloudsetup.models import (
    AccessState,
    Employee,
    EmployeeIn,
    PasswordProblem,
    Permissions,
    Restrictions,
    check_password,
)
from cloudsetup.services.access import AccessService
from cloudsetup.services.employees import EmployeeService
from cloudsetup.services.errors import UserError

from .fake_cloud import COMPANY, FakeCloud

GOOD_PASSWORD = "Tulpe-Regen-Kabel-47"


@pytest.fixture
def karl(employees: EmployeeService) -> Employee:
    return employees.add(EmployeeIn(name="Karl Zimmermann", email="kazi.brummbaer@example.de"))


def test_activation_sends_the_mail_and_says_so_in_the_state(
    cloud: FakeCloud, access: AccessService, karl: Employee
) -> None:
    activated = access.activate(karl.id, GOOD_PASSWORD)
    assert activated.access.state is AccessState.MAIL_SENT
    assert activated.access.password_set
    assert cloud.directory.mails_sent == ["kazi.brummbaer@example.de"]


@pytest.mark.parametrize(
    ("password", "code"),
    [
        ("kurz", "password_too_short"),
        ("password1", "password_common"),
        ("Malerbetrieb-2026", "password_contains_company"),
        ("Zimmermann-Sommer-88", "password_contains_name"),
        ("Brummbaer-7-Zug", "password_contains_email"),
    ],
)
def test_refused_password_is_a_user_error_at_the_password_with_its_reason(
    access: AccessService, karl: Employee, password: str, code: str
) -> None:
    with pytest.raises(UserError) as caught:
        access.activate(karl.id, password)
    assert (caught.value.code, caught.value.field) == (code, "password")
    assert password not in repr(caught.value)
    assert password not in caught.value.message.english()
    assert password not in caught.value.technical
    assert caught.value.hint is not None


def test_failed_mail_keeps_the_activation_and_resend_retries(
    cloud: FakeCloud, access: AccessService, karl: Employee
) -> None:
    cloud.directory.mail_works = False
    with pytest.raises(UserError) as caught:
        access.activate(karl.id, GOOD_PASSWORD)
    assert caught.value.code == "mail_failed"
    assert caught.value.field is None
    assert caught.value.hint is not None
    assert cloud.directory.employees[karl.id].access.state is AccessState.MAIL_FAILED

    cloud.directory.mail_works = True
    assert access.resend(karl.id).access.state is AccessState.MAIL_SENT


def test_resend_before_activation_says_not_activated(access: AccessService, karl: Employee) -> None:
    with pytest.raises(UserError) as caught:
        access.resend(karl.id)
    assert caught.value.code == "not_activated"


def test_confirmed_employee_is_not_activated_again(
    cloud: FakeCloud, access: AccessService, karl: Employee
) -> None:
    access.activate(karl.id, GOOD_PASSWORD)
    cloud.directory.confirm(karl.id)
    for action in (
        lambda: access.activate(karl.id, GOOD_PASSWORD),
        lambda: access.resend(karl.id),
    ):
        with pytest.raises(UserError) as caught:
            action()
        assert caught.value.code == "already_confirmed"


def test_permissions_are_stored_and_returned(access: AccessService, karl: Employee) -> None:
    wanted = Permissions(
        may_create_invoices=True,
        restrictions=Restrictions(no_purchase_prices=True, no_revenue_figures=True),
    )
    assert access.set_permissions(karl.id, wanted).permissions == wanted


def test_permissions_of_a_removed_employee_say_not_found(
    access: AccessService, employees: EmployeeService, karl: Employee
) -> None:
    employees.remove(karl.id)
    with pytest.raises(UserError) as caught:
        access.set_permissions(karl.id, Permissions())
    assert caught.value.code == "not_found"


# -- live check -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "password",
    [
        "kurz",
        "password1",
        "Malerbetrieb-2026",
        "Zimmermann-Sommer-88",
        "Brummbaer-7-Zug",
        "x" * 129,
    ],
)
def test_live_check_gives_the_servers_reason_with_the_tenant_as_company(
    access: AccessService, karl: Employee, password: str
) -> None:
    expected = check_password(password, company=COMPANY, names=[karl.name], email=karl.email)
    assert expected is not None
    error = access.check_password(password, employee=karl)
    assert error is not None
    assert (error.code, error.field) == (expected.value, "password")


def test_live_check_accepts_a_good_password_for_an_entry_not_yet_saved(
    access: AccessService,
) -> None:
    entry = EmployeeIn(name="Anna Alt", email="anna@example.de")
    assert access.check_password(GOOD_PASSWORD, employee=entry) is None


def test_live_check_uses_the_company_it_is_given(access: AccessService) -> None:
    entry = EmployeeIn(name="Anna Alt", email="anna@example.de")
    error = access.check_password("Dachdeckerei-2026", employee=entry, company="Dachdeckerei Ohm")
    assert error is not None
    assert error.code == PasswordProblem.CONTAINS_COMPANY.value


def test_empty_password_asks_for_one(access: AccessService) -> None:
    error = access.check_password("", employee=EmployeeIn(name="A", email="a@example.de"))
    assert error is not None
    assert error.code == "password_empty"


def test_generated_passwords_pass_the_policy_and_differ(
    access: AccessService, karl: Employee
) -> None:
    passwords = {AccessService.generate_password() for _ in range(20)}
    assert len(passwords) == 20
    assert all(access.check_password(p, employee=karl) is None for p in passwords)


def test_strength_ranks_a_generated_password_above_a_common_one() -> None:
    assert AccessService.strength("password") == 0
    assert AccessService.strength(AccessService.generate_password()) == 4
    assert AccessService.strength("") == 0
