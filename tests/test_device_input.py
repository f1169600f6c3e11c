"""What ``cloudsetup device`` reads: invoice lines, dates, the password; how ``--wait`` waits."""

from __future__ import annotations

import datetime as dt
import io

import pytest

from cloudsetup.device_input import (
    InputError,
    parse_date,
    parse_line,
    read_password,
    wait_for_approval,
)
from cloudsetup.models import DeviceSignInResult, DeviceState


@pytest.mark.parametrize(
    ("text", "quantity", "price", "rate"),
    [
        ("Wand streichen;12,5;m²;18,90;19", 1250, 1890, 19),
        ("Wand streichen;12.5;m²;18.90;19 %", 1250, 1890, 19),
        ("Rabatt;1;pauschal;-1.234,50;7", 100, -123450, 7),
        ("Entsorgung; 2 ; Sack ; 5 ; 0", 200, 500, 0),
    ],
)
def test_lines_take_german_and_english_decimals(
    text: str, quantity: int, price: int, rate: int
) -> None:
    line = parse_line(text, 3)
    assert (line.position, line.quantity_centi, line.unit_price_cents, line.vat_rate) == (
        3,
        quantity,
        price,
        rate,
    )


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Farbe;2;Eimer;39,90", "needs five parts"),
        ("Farbe;zwei;Eimer;39,90;19", 'the quantity "zwei"'),
        ("Farbe;2,555;Eimer;39,90;19", 'the quantity "2,555"'),
        ("Farbe;2;Eimer;39,999;19", 'the unit price "39,999"'),
        ("Farbe;2;Eimer;39,90;16", 'the VAT rate "16"'),
        (";2;Eimer;39,90;19", "the text is empty"),
        ("Farbe;2;;39,90;19", "the unit is empty"),
        ("Farbe;99999999999;Eimer;1;19", "cannot be used (quantity_centi)"),
    ],
)
def test_a_line_that_cannot_be_read_says_which_part(text: str, words: str) -> None:
    with pytest.raises(InputError) as caught:
        parse_line(text, 2)
    assert caught.value.message.english().startswith("Line 2")
    assert words in caught.value.message.english()


def test_dates_are_german_or_iso_and_today_by_default() -> None:
    assert parse_date("16.03.2026") == parse_date("2026-03-16") == dt.date(2026, 3, 16)
    assert parse_date(None) == dt.date.today()
    with pytest.raises(InputError):
        parse_date("31.02.2026")


def test_the_password_comes_from_one_line_of_stdin_without_its_newline() -> None:
    stdin = io.StringIO(" geheim mit Leerzeichen \r\nnext line\n")
    assert read_password(from_stdin=True, prompt="", stdin=stdin) == " geheim mit Leerzeichen "


def answer(state: DeviceState, *, code: str = "K7P2QX", poll: int = 30) -> DeviceSignInResult:
    token = "t" * 43 if state is DeviceState.APPROVED else None
    return DeviceSignInResult(
        state=state, device_id="d-1", verification_code=code, device_token=token, poll_after=poll
    )


class Clock:
    def __init__(self) -> None:
        self.now = 0.0
        self.sleeps: list[float] = []

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds


def test_waiting_asks_again_as_often_as_the_cloud_says_until_approved() -> None:
    clock = Clock()
    answers = iter([answer(DeviceState.PENDING, poll=5)] * 3 + [answer(DeviceState.APPROVED)])
    seen: list[str] = []
    result = wait_for_approval(
        lambda: next(answers),
        wait=60,
        on_pending=lambda r: seen.append(r.verification_code),
        sleep=clock.sleep,
        clock=clock,
    )
    assert result.state is DeviceState.APPROVED
    assert clock.sleeps == [5, 5, 5]
    assert seen == ["K7P2QX"] * 3


def test_waiting_ends_when_the_time_is_up_and_never_sleeps_past_it() -> None:
    clock = Clock()
    result = wait_for_approval(
        lambda: answer(DeviceState.PENDING, poll=30),
        wait=45,
        on_pending=lambda r: None,
        sleep=clock.sleep,
        clock=clock,
    )
    assert result.state is DeviceState.PENDING
    assert clock.sleeps == [30, 15]


def test_without_wait_it_asks_once() -> None:
    clock = Clock()
    calls: list[int] = []

    def sign_in() -> DeviceSignInResult:
        calls.append(1)
        return answer(DeviceState.PENDING, poll=0)

    wait_for_approval(sign_in, wait=0, on_pending=lambda r: None, sleep=clock.sleep, clock=clock)
    assert (calls, clock.sleeps) == ([1], [])
