"""The recipient lines rule: one address a line, bad lines by number, duplicates once."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from cloudsetup.models import (
    NotificationRecipientsIn,
    RecipientLinesError,
    RecipientProblem,
    parse_recipient_lines,
)
from cloudsetup.models.notifications import MAX_LINES, MAX_RECIPIENTS


def test_addresses_are_normalised_kept_in_order_and_counted_once() -> None:
    addresses, problems = parse_recipient_lines(" Kunde@Firma.DE \nbuero@firma.de\nKUNDE@firma.de")

    assert addresses == ["Kunde@firma.de", "buero@firma.de"]
    assert problems == []


def test_blank_lines_are_ignored_but_counted_for_the_line_numbers() -> None:
    addresses, problems = parse_recipient_lines("\n\n   \nkaputt\n\nok@firma.de\n@nix")

    assert addresses == ["ok@firma.de"]
    assert [(problem.line, problem.code) for problem in problems] == [
        (4, "email_invalid"),
        (7, "email_invalid"),
    ]
    assert problems[0].field == "lines.4"


def test_a_list_is_numbered_like_the_lines_of_a_text() -> None:
    as_list = parse_recipient_lines(["", "a@firma.de", "b@", "a@FIRMA.de"])
    as_text = parse_recipient_lines("\na@firma.de\nb@\na@FIRMA.de")

    assert as_list == as_text
    assert as_list[1][0].line == 3


def test_windows_line_breaks_are_lines_too() -> None:
    addresses, problems = parse_recipient_lines("a@firma.de\r\nb@firma.de\r\n")

    assert (addresses, problems) == (["a@firma.de", "b@firma.de"], [])


def test_an_address_beyond_the_maximum_is_a_problem_of_its_line() -> None:
    lines = [f"empfaenger{number}@firma.de" for number in range(MAX_RECIPIENTS + 1)]

    addresses, problems = parse_recipient_lines(lines)

    assert len(addresses) == MAX_RECIPIENTS
    assert problems == [
        RecipientProblem(MAX_RECIPIENTS + 1, "too_many_recipients", problems[0].detail)
    ]


def test_too_many_lines_are_one_problem_not_thousands() -> None:
    _addresses, problems = parse_recipient_lines("kaputt\n" * (MAX_LINES + 100))

    assert problems[0] == RecipientProblem(MAX_LINES + 1, "too_many_lines", problems[0].detail)
    assert len(problems) == MAX_LINES + 1


def test_the_model_refuses_bad_lines_with_every_problem_at_once() -> None:
    with pytest.raises(ValidationError) as caught:
        NotificationRecipientsIn(lines="\nkaputt\nok@firma.de\nauch kaputt")

    cause = caught.value.errors()[0]["ctx"]["error"]
    assert isinstance(cause, RecipientLinesError)
    assert [problem.line for problem in cause.problems] == [2, 4]


def test_the_model_keeps_leading_blank_lines_for_the_numbering() -> None:
    model = NotificationRecipientsIn(lines="\n\nkunde@firma.de")

    assert model.lines == "\n\nkunde@firma.de"
    assert model.addresses == ["kunde@firma.de"]


def test_an_empty_input_is_an_empty_list() -> None:
    assert NotificationRecipientsIn(lines="").addresses == []
    assert NotificationRecipientsIn(lines=[]).addresses == []


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(["a@firma.de", "B@firma.de", "", "  ", "kaputt", "c@x.de"])))
def test_every_line_is_either_an_address_blank_a_duplicate_or_a_problem(lines: list[str]) -> None:
    addresses, problems = parse_recipient_lines(lines)

    problem_lines = {problem.line for problem in problems}
    assert problem_lines == {number for number, line in enumerate(lines, 1) if line == "kaputt"}
    assert len({address.casefold() for address in addresses}) == len(addresses)
    assert {address.casefold() for address in addresses} == {
        line.strip().casefold() for line in lines if "@" in line
    }
