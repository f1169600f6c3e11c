"""UserService on the fake users cloud: the overview, invitations, roles, and every refusal as
a UserError that says the rule and what to do."""

from __future__ import annotations

import pytest

from cloudsetup.cloud.errors import ConnectionFailed
from cloudsetup.models import HandoverStep, InvitationIn, InvitationState, Role, UserState
from cloudsetup.services import UserError, UserService, validate_invitation_input
from cloudsetup.services.setup import SetupService
from cloudsetup.services.users import grant_refusal, manage_refusal

from .fake_users import ADMIN, OWN_EMAIL, SERVICE, UsersCloud


@pytest.fixture
def cloud() -> UsersCloud:
    return UsersCloud(prepared_by_partner=True)


@pytest.fixture
def users(connected: SetupService) -> UserService:
    return UserService(connected)


def _invite(users: UserService, email: str, role: Role = ADMIN) -> None:
    users.invite(InvitationIn(email=email, role=role))


def test_the_overview_names_me_my_role_and_the_newest_invitation_of_each_user(
    users: UserService, cloud: UsersCloud
) -> None:
    _invite(users, "kunde@fliesen.example")
    customer = next(u for u in cloud.users.users.values() if u.email == "kunde@fliesen.example")
    first = users.overview().latest_invitation(customer.id)
    assert first is not None
    users.resend(first.id)

    overview = users.overview()
    assert overview.my_account is not None
    assert overview.my_account.email == OWN_EMAIL
    assert overview.is_me(overview.my_account)
    assert overview.my_role is ADMIN
    newest = overview.latest_invitation(customer.id)
    assert newest is not None
    assert newest.id != first.id
    assert newest.state is InvitationState.PENDING
    assert [u.email for u in overview.customers] == ["kunde@fliesen.example"]
    assert overview.step is HandoverStep.CUSTOMER_INVITED


def test_the_handover_steps_follow_the_users(users: UserService, cloud: UsersCloud) -> None:
    assert users.overview().step is HandoverStep.PREPARED
    _invite(users, "kunde@fliesen.example")
    assert users.overview().step is HandoverStep.CUSTOMER_INVITED
    cloud.users.accept("kunde@fliesen.example")
    assert users.overview().reached(HandoverStep.CUSTOMER_ACCEPTED)
    users.change_role(1, SERVICE)
    overview = users.overview()
    assert overview.step is HandoverStep.PARTNER_IS_SERVICE_PROVIDER
    assert overview.my_role is SERVICE


def test_a_tenant_not_prepared_by_a_partner_derives_the_steps_with_me_as_partner(
    users: UserService, cloud: UsersCloud
) -> None:
    cloud.users.prepared_by_partner = False
    overview = users.overview()
    assert overview.handover.step is None
    assert overview.step is HandoverStep.PREPARED
    assert overview.partner_id == 1
    _invite(users, "kunde@fliesen.example")
    assert users.overview().step is HandoverStep.CUSTOMER_INVITED


def test_demoting_the_last_administrator_is_refused_with_what_to_do_first(
    users: UserService, cloud: UsersCloud
) -> None:
    _invite(users, "kunde@fliesen.example")  # invited only: he does not count yet
    with pytest.raises(UserError) as caught:
        users.change_role(1, SERVICE)
    error = caught.value
    assert error.code == "last_administrator"
    assert error.message.english() == (
        "There must always be at least one active user with the role Administration."
    )
    assert error.hint is not None
    assert "wait until he has accepted" in error.hint.english()
    assert cloud.users.users[1].role is ADMIN


def test_removing_the_last_administrator_is_refused_too(users: UserService) -> None:
    with pytest.raises(UserError) as caught:
        users.remove(1)
    assert caught.value.code == "last_administrator"


def test_a_service_provider_making_somebody_administration_hears_the_rule(
    users: UserService, cloud: UsersCloud
) -> None:
    colleague = cloud.users.add_user("kollege@systemhaus.example", SERVICE)
    cloud.users.add_user("kunde@fliesen.example", ADMIN)
    cloud.users.users[1] = cloud.users.users[1].model_copy(update={"role": SERVICE})
    with pytest.raises(UserError) as caught:
        users.change_role(colleague.id, ADMIN)
    assert caught.value.code == "forbidden_role"
    assert "cannot make himself or anybody else" in caught.value.message.english()
    assert caught.value.hint is not None
    with pytest.raises(UserError) as caught:
        _invite(users, "neu@fliesen.example", ADMIN)
    assert caught.value.code == "forbidden_role"
    assert "cannot make himself" in caught.value.message.english()


def test_a_service_provider_changing_an_administrator_hears_the_other_rule(
    users: UserService, cloud: UsersCloud
) -> None:
    customer = cloud.users.add_user("kunde@fliesen.example", ADMIN)
    cloud.users.users[1] = cloud.users.users[1].model_copy(update={"role": SERVICE})
    with pytest.raises(UserError) as caught:
        users.remove(customer.id)
    assert caught.value.code == "forbidden_role"
    assert "cannot add, change or remove users with the role Administration" in (
        caught.value.message.english()
    )


def test_an_address_that_is_a_user_or_invited_already_is_said_at_the_email_field(
    users: UserService, cloud: UsersCloud
) -> None:
    cloud.users.add_user("kollege@systemhaus.example", SERVICE)
    _invite(users, "kunde@fliesen.example")
    with pytest.raises(UserError) as taken:
        _invite(users, "KOLLEGE@systemhaus.example", SERVICE)
    assert (taken.value.code, taken.value.field) == ("email_taken", "email")
    assert "A user of this cloud already has" in taken.value.message.english()
    with pytest.raises(UserError) as invited:
        _invite(users, "kunde@fliesen.example")
    assert (invited.value.code, invited.value.field) == ("already_invited", "email")
    assert invited.value.hint is not None
    assert "Send invitation again" in invited.value.hint.english()


def test_a_failed_invitation_mail_keeps_the_invitation_and_says_resend(
    users: UserService, cloud: UsersCloud
) -> None:
    cloud.users.mail_fails = True
    with pytest.raises(UserError) as caught:
        _invite(users, "kunde@fliesen.example")
    error = caught.value
    assert error.code == "mail_failed"
    assert "invitation is saved" in error.message.english()
    (invitation,) = users.overview().invitations
    assert invitation.state is InvitationState.MAIL_FAILED
    assert users.resend(invitation.id).state is InvitationState.PENDING


def test_closed_invitations_cannot_be_resent_or_withdrawn(
    users: UserService, cloud: UsersCloud
) -> None:
    _invite(users, "kunde@fliesen.example")
    (invitation,) = users.overview().invitations
    cloud.users.accept("kunde@fliesen.example")
    with pytest.raises(UserError) as resent:
        users.resend(invitation.id)
    assert resent.value.code == "invitation_closed"
    with pytest.raises(UserError) as revoked:
        users.revoke(invitation.id)
    assert revoked.value.code == "invitation_accepted"
    assert revoked.value.hint is not None
    assert "remove the user" in revoked.value.hint.english()


def test_withdrawing_an_invitation_removes_the_invited_user(
    users: UserService, cloud: UsersCloud
) -> None:
    _invite(users, "kunde@fliesen.example")
    (invitation,) = users.overview().invitations
    assert users.revoke(invitation.id).state is InvitationState.REVOKED
    assert cloud.users.users[invitation.user_id].state is UserState.REVOKED
    assert users.overview().customers == []


def test_a_change_to_a_removed_user_is_refused_as_removed(
    users: UserService, cloud: UsersCloud
) -> None:
    gone = cloud.users.add_user("alt@systemhaus.example", SERVICE, UserState.REVOKED)
    with pytest.raises(UserError) as caught:
        users.change_role(gone.id, SERVICE)
    assert caught.value.code == "user_revoked"


def test_a_cloud_that_cannot_be_reached_is_the_usual_message(
    users: UserService, cloud: UsersCloud
) -> None:
    cloud.fail_next("list_users", ConnectionFailed("refused"))
    with pytest.raises(UserError) as caught:
        users.overview()
    assert caught.value.code == "connection_failed"


def test_the_local_role_rule_says_why_a_service_provider_may_not() -> None:
    assert grant_refusal(ADMIN, ADMIN) is None
    assert grant_refusal(SERVICE, SERVICE) is None
    refusal = grant_refusal(SERVICE, ADMIN)
    assert refusal is not None
    assert "Administration" in refusal.english()


def test_the_local_manage_rule_protects_administrators_and_removed_users(
    users: UserService, cloud: UsersCloud
) -> None:
    customer = cloud.users.add_user("kunde@fliesen.example", ADMIN)
    colleague = cloud.users.add_user("kollege@systemhaus.example", SERVICE)
    gone = cloud.users.add_user("alt@systemhaus.example", SERVICE, UserState.REVOKED)
    assert manage_refusal(SERVICE, colleague) is None
    assert manage_refusal(ADMIN, customer) is None
    refused = manage_refusal(SERVICE, customer)
    assert refused is not None
    assert "role Administration" in refused.english()
    removed = manage_refusal(ADMIN, gone)
    assert removed is not None
    assert "removed already" in removed.english()


@pytest.mark.parametrize(
    ("email", "name", "code", "field"),
    [
        ("", "", "email_empty", "email"),
        ("kunde@", "", "email_invalid", "email"),
        ("kunde@fliesen.example", "Kunde\x1b", "name_characters", "display_name"),
    ],
)
def test_the_invitation_input_is_checked_at_its_field(
    email: str, name: str, code: str, field: str
) -> None:
    with pytest.raises(UserError) as caught:
        validate_invitation_input(email=email, role=ADMIN, display_name=name)
    assert (caught.value.code, caught.value.field) == (code, field)


def test_the_invitation_input_is_normalised() -> None:
    entry = validate_invitation_input(
        email="  kunde@Fliesen.EXAMPLE ", role=ADMIN, display_name="  Frau   Kunde ", language="en"
    )
    assert entry.email == "kunde@fliesen.example"
    assert entry.display_name == "Frau Kunde"
    assert entry.language.value == "en"
    assert validate_invitation_input(email="a@b.example", role=SERVICE).display_name is None


def test_what_i_may_do_with_each_user_follows_the_rule_and_never_removes_me(
    users: UserService, cloud: UsersCloud
) -> None:
    customer = cloud.users.add_user("kunde@fliesen.example", ADMIN)
    colleague = cloud.users.add_user("kollege@systemhaus.example", SERVICE)
    overview = users.overview()
    me = overview.my_account
    assert me is not None
    mine = overview.allowed(me)
    assert (mine.change, mine.remove) == (True, False)
    assert mine.reason is not None
    assert "change your own role to Service Provider" in mine.reason.english()
    assert overview.allowed(customer) == overview.allowed(colleague)
    assert overview.allowed(customer).reason is None

    cloud.users.users[1] = cloud.users.users[1].model_copy(update={"role": SERVICE})
    as_service = users.overview()
    refused = as_service.allowed(customer)
    assert (refused.change, refused.remove) == (False, False)
    assert refused.reason is not None
    assert "role Administration" in refused.reason.english()
    assert as_service.allowed(colleague).remove
