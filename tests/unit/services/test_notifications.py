"""NotificationService on the fake users cloud: bad lines named by number before anything is
sent, duplicates dropped and named, one's own address removed said, the cloud's 422 the same."""

from __future__ import annotations

import pytest

from cloudsetup.cloud.errors import ConnectionFailed
from cloudsetup.models import RecipientLinesError, parse_recipient_lines
from cloudsetup.models.notifications import MAX_RECIPIENTS
from cloudsetup.services import BadRecipientLinesError, NotificationService, UserError
from cloudsetup.services.setup import SetupService

from .fake_users import OWN_EMAIL, UsersCloud

CUSTOMER = "buero@fliesen-kunde.example"


@pytest.fixture
def cloud() -> UsersCloud:
    return UsersCloud()


@pytest.fixture
def notifications(connected: SetupService) -> NotificationService:
    return NotificationService(connected)


def test_without_recipients_the_administrators_get_the_mails_and_i_am_one(
    notifications: NotificationService,
) -> None:
    state = notifications.load()
    assert state.recipients.addresses == []
    assert state.recipients.effective == [OWN_EMAIL]
    assert state.own_email == OWN_EMAIL
    assert state.own_gets_mail
    assert state.text == ""


def test_bad_lines_are_named_by_their_number_and_nothing_is_sent(
    notifications: NotificationService, cloud: UsersCloud
) -> None:
    text = f"{CUSTOMER}\n\nkein-at-zeichen\n  chef@fliesen-kunde.example  \nzwei@@example.de"
    with pytest.raises(BadRecipientLinesError) as caught:
        notifications.save(text)
    error = caught.value
    assert [(p.line, p.code) for p in error.problems] == [
        (3, "email_invalid"),
        (5, "email_invalid"),
    ]
    assert error.problems[0].message.english() == "Line 3: this is not a valid e-mail address."
    assert error.message.english() == "These lines are not valid e-mail addresses: 3, 5."
    assert error.field == "lines"
    assert "set_notification_recipients" not in cloud.calls


def test_one_bad_line_is_the_message_itself(notifications: NotificationService) -> None:
    with pytest.raises(BadRecipientLinesError) as caught:
        notifications.save("\n\nkunde@")
    assert caught.value.message.english() == "Line 3: this is not a valid e-mail address."
    assert caught.value.hint is not None
    assert "Nothing was saved" in caught.value.hint.english()


def test_duplicates_are_dropped_and_their_lines_named(
    notifications: NotificationService, cloud: UsersCloud
) -> None:
    text = f"{CUSTOMER}\nchef@fliesen-kunde.example\n{CUSTOMER.upper()}\n\n{CUSTOMER}"
    saved = notifications.save(text, notifications.load())
    assert saved.check.duplicate_lines == (3, 5)
    assert saved.state.recipients.addresses == [CUSTOMER, "chef@fliesen-kunde.example"]
    assert cloud.users.recipients == [CUSTOMER, "chef@fliesen-kunde.example"]
    assert saved.state.text == f"{CUSTOMER}\nchef@fliesen-kunde.example"


def test_the_check_agrees_with_the_models_rule_and_counts_blank_lines(
    notifications: NotificationService,
) -> None:
    text = "\n a@example.de\nb@\n\nA@EXAMPLE.DE\n"
    check = notifications.check(text)
    addresses, problems = parse_recipient_lines(text)
    assert list(check.addresses) == addresses == ["a@example.de"]
    assert [(p.line, p.code) for p in check.problems] == [(p.line, p.code) for p in problems]
    assert [p.line for p in check.problems] == [3]
    assert check.duplicate_lines == (5,)
    assert not check.ok


def test_more_than_the_allowed_addresses_names_the_first_one_too_many(
    notifications: NotificationService,
) -> None:
    text = "\n".join(f"empfaenger{n}@example.de" for n in range(MAX_RECIPIENTS + 1))
    (problem,) = notifications.check(text).problems
    assert problem.line == MAX_RECIPIENTS + 1
    assert (
        problem.message.english()
        == f"Line {MAX_RECIPIENTS + 1}: at most 50 addresses; this is one more."
    )


def test_removing_my_own_address_is_said(notifications: NotificationService) -> None:
    mine = notifications.save(f"{OWN_EMAIL}\n{CUSTOMER}", notifications.load())
    assert not mine.check.own_address_removed
    assert mine.state.own_gets_mail

    check = notifications.check(CUSTOMER, mine.state)
    assert check.own_address_removed
    saved = notifications.save(CUSTOMER, mine.state)
    assert saved.check.own_address_removed
    assert not saved.state.own_gets_mail


def test_my_address_in_another_letter_case_is_still_mine(
    notifications: NotificationService,
) -> None:
    state = notifications.load()
    assert not notifications.check(f"{CUSTOMER}\n{OWN_EMAIL.upper()}", state).own_address_removed
    assert notifications.check(CUSTOMER, state).own_address_removed


def test_an_empty_list_gives_the_mails_back_to_the_administrators(
    notifications: NotificationService, cloud: UsersCloud
) -> None:
    notifications.save(CUSTOMER)
    saved = notifications.save("  \n\n", notifications.load())
    assert cloud.users.recipients == []
    assert saved.state.recipients.effective == [OWN_EMAIL]
    assert not saved.check.own_address_removed


def test_lines_the_cloud_refuses_come_back_by_number_as_the_local_check_names_them(
    notifications: NotificationService, cloud: UsersCloud
) -> None:
    _addresses, problems = parse_recipient_lines("a@example.de\nnope")
    refusal = cloud.users.refuse_lines(RecipientLinesError(problems))
    cloud.fail_next("set_notification_recipients", refusal)
    with pytest.raises(BadRecipientLinesError) as caught:
        notifications.save("a@example.de")
    assert [(p.line, p.code) for p in caught.value.problems] == [(2, "email_invalid")]
    assert caught.value.message.english() == "Line 2: this is not a valid e-mail address."


def test_a_cloud_that_cannot_be_reached_is_the_usual_message(
    notifications: NotificationService, cloud: UsersCloud
) -> None:
    cloud.fail_next("set_notification_recipients", ConnectionFailed("refused"))
    with pytest.raises(UserError) as caught:
        notifications.save(CUSTOMER)
    assert caught.value.code == "connection_failed"
