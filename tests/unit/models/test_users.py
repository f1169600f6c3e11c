"""The handover step derived from the users, as the server and the assistant both derive it."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from cloudsetup.models import (
    AdminUser,
    Handover,
    HandoverStep,
    InvitationIn,
    Role,
    UserState,
    handover_step,
)

PARTNER = 1


def _user(user_id: int, role: Role, state: UserState = UserState.ACTIVE) -> AdminUser:
    return AdminUser(
        id=user_id,
        username=None if state is UserState.INVITED else f"user{user_id}",
        email=f"user{user_id}@example.de",
        role=role,
        state=state,
        created_at=datetime(2026, 1, 1, tzinfo=UTC),
    )


@pytest.mark.parametrize(
    ("users", "step"),
    [
        ([_user(PARTNER, Role.ADMINISTRATION)], HandoverStep.PREPARED),
        (
            [_user(PARTNER, Role.ADMINISTRATION), _user(2, Role.SERVICE_PROVIDER)],
            HandoverStep.PREPARED,
        ),
        (
            [_user(PARTNER, Role.ADMINISTRATION), _user(2, Role.ADMINISTRATION, UserState.INVITED)],
            HandoverStep.CUSTOMER_INVITED,
        ),
        (
            [_user(PARTNER, Role.ADMINISTRATION), _user(2, Role.ADMINISTRATION, UserState.REVOKED)],
            HandoverStep.PREPARED,
        ),
        (
            [_user(PARTNER, Role.ADMINISTRATION), _user(2, Role.ADMINISTRATION)],
            HandoverStep.CUSTOMER_ACCEPTED,
        ),
        (
            [_user(PARTNER, Role.SERVICE_PROVIDER), _user(2, Role.ADMINISTRATION)],
            HandoverStep.PARTNER_IS_SERVICE_PROVIDER,
        ),
        (
            [_user(PARTNER, Role.ADMINISTRATION, UserState.REVOKED), _user(2, Role.ADMINISTRATION)],
            HandoverStep.PARTNER_IS_SERVICE_PROVIDER,
        ),
    ],
    ids=[
        "partner-alone",
        "only-a-service-provider-invited",
        "customer-invited",
        "customer-invitation-withdrawn",
        "customer-accepted",
        "partner-stepped-back",
        "partner-removed",
    ],
)
def test_handover_step_follows_the_users(users: list[AdminUser], step: HandoverStep) -> None:
    assert handover_step(users, PARTNER) is step


def test_handover_reached_and_complete_follow_the_order_of_the_steps() -> None:
    halfway = Handover(prepared_by_partner=True, step=HandoverStep.CUSTOMER_INVITED)
    done = Handover(prepared_by_partner=True, step=HandoverStep.PARTNER_IS_SERVICE_PROVIDER)

    assert [halfway.reached(step) for step in HandoverStep] == [True, True, False, False]
    assert not halfway.complete
    assert all(done.reached(step) for step in HandoverStep)
    assert done.complete


def test_an_invitation_checks_the_email_address_and_the_name() -> None:
    invitation = InvitationIn(
        email=" Kunde@Firma.DE ", role=Role.ADMINISTRATION, display_name="  Karla   Kunde "
    )

    assert (invitation.email, invitation.display_name) == ("Kunde@firma.de", "Karla Kunde")
    assert (
        InvitationIn(email="k@firma.de", role=Role.ADMINISTRATION, display_name=" ").display_name
        is None
    )
    with pytest.raises(ValueError, match="e-mail"):
        InvitationIn(email="kunde", role=Role.ADMINISTRATION)
