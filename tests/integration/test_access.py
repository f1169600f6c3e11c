"""AccessService with the real CloudClient against the real reference cloud over HTTP."""

from __future__ import annotations

from pathlib import Path

import pytest

from cloudsetup.models import (
    AccessState,
    DomainData,
    Employee,
    EmployeeIn,
    Permissions,
    Restrictions,
)
from cloudsetup.services import (
    AccessService,
    EmployeeService,
    SetupService,
    UserError,
)
from cloudsetup.services.outbox import read_outbox

GOOD_PASSWORD = "Tulpe-Regen-Kabel-47"


@pytest.fixture
def karl(employees: EmployeeService, tenant: DomainData) -> Employee:
    """An employee whose address is this test's own: the outbox is shared by all tenants."""
    email = f"kazi.brummbaer@{tenant.domain}.example.de"
    return employees.add(EmployeeIn(name="Karl Zimmermann", email=email))


def test_activation_sends_the_consent_mail_and_the_state_says_mail_sent(
    access: AccessService, connected: SetupService, karl: Employee, outbox: Path
) -> None:
    activated = access.activate(karl.id, GOOD_PASSWORD)
    assert activated.access.state is AccessState.MAIL_SENT
    assert activated.access.password_set
    mails = [m for m in read_outbox(outbox) if karl.email in m.recipients]
    assert len(mails) == 1
    assert connected.setup_state().employees_activated == 1


@pytest.mark.parametrize(
    ("password", "code"),
    [
        ("kurz", "password_too_short"),
        ("password1", "password_common"),
        ("Zimmermann-Sommer-88", "password_contains_name"),
        ("Brummbaer-7-Zug", "password_contains_email"),
    ],
)
def test_refused_password_is_a_user_error_at_the_password_with_the_servers_reason(
    access: AccessService, karl: Employee, password: str, code: str
) -> None:
    assert access.check_password(password, employee=karl) is not None  # the live check agrees
    with pytest.raises(UserError) as caught:
        access.activate(karl.id, password)
    assert (caught.value.code, caught.value.field) == (code, "password")
    assert password not in caught.value.technical


def test_password_with_the_company_name_is_refused_like_the_live_check_says(
    access: AccessService, connected: SetupService, karl: Employee
) -> None:
    assert connected.connection is not None
    company_word = connected.connection.tenant.name.split()[0]  # "Testbetrieb"
    password = f"{company_word}-Zug-93"
    live = access.check_password(password, employee=karl)
    assert live is not None
    with pytest.raises(UserError) as caught:
        access.activate(karl.id, password)
    assert caught.value.code == live.code == "password_contains_company"


def test_resend_before_activation_says_not_activated_and_after_it_sends_again(
    access: AccessService, karl: Employee, outbox: Path
) -> None:
    with pytest.raises(UserError) as caught:
        access.resend(karl.id)
    assert caught.value.code == "not_activated"
    access.activate(karl.id, GOOD_PASSWORD)
    assert access.resend(karl.id).access.state is AccessState.MAIL_SENT
    assert len([m for m in read_outbox(outbox) if karl.email in m.recipients]) == 2


def test_permissions_are_kept_by_the_cloud(
    access: AccessService, employees: EmployeeService, karl: Employee
) -> None:
    wanted = Permissions(
        may_create_invoices=True, restrictions=Restrictions(no_purchase_prices=True)
    )
    access.set_permissions(karl.id, wanted)
    assert employees.list()[0].permissions == wanted
