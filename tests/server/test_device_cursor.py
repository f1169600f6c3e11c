"""The pull cursor: what the service writes it reads back, and nothing else (bounded properties)."""

from __future__ import annotations

import base64

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cloudsetup.models.sync import CURSOR_MAX_LENGTH
from cloudsetup.server.errors import ApiError
from cloudsetup.server.services.device_cursor import COLLECTIONS, Cursor, decode_cursor

EXAMPLES = settings(max_examples=200, deadline=None)
_HASH = st.one_of(st.just(""), st.text(alphabet="0123456789abcdef", min_size=16, max_size=16))


@st.composite
def cursors(draw: st.DrawFn) -> Cursor:
    start = Cursor.start(
        generation=draw(st.integers(1, 2**31 - 1)),
        version=draw(st.integers(0, 2**63 - 1)),
        mask=draw(st.integers(0, 7)),
        office=draw(_HASH),
        scope=draw(_HASH),
    )
    if draw(st.booleans()):
        return start.changes_after(draw(st.integers(0, 2**63 - 1)))
    last = draw(st.text(alphabet=st.characters(codec="utf-8"), max_size=64))
    return start.full_at(draw(st.integers(0, len(COLLECTIONS) - 1)), last)


@EXAMPLES
@given(cursors())
def test_every_cursor_the_service_writes_reads_back_the_same(cursor: Cursor) -> None:
    text = cursor.encode()

    assert len(text) <= CURSOR_MAX_LENGTH
    assert decode_cursor(text) == cursor


@EXAMPLES
@given(st.text(max_size=CURSOR_MAX_LENGTH + 10))
def test_any_other_text_is_a_clean_422(text: str) -> None:
    outcome: ApiError | Cursor
    try:
        outcome = decode_cursor(text)
    except ApiError as exc:
        outcome = exc

    if isinstance(outcome, ApiError):
        assert (outcome.status_code, outcome.code) == (422, "invalid_cursor")
    else:
        assert outcome.encode() == text


@pytest.mark.parametrize("last_id", ["\x00" * 64, '"' * 64, "\U0001d11e" * 64, "ü" * 64])
def test_a_position_at_the_longest_record_id_still_fits(last_id: str) -> None:
    cursor = Cursor.start(
        generation=2**31 - 1, version=2**63 - 1, mask=7, office="a" * 16, scope="b" * 16
    ).full_at(len(COLLECTIONS) - 1, last_id)

    assert len(cursor.encode()) <= CURSOR_MAX_LENGTH
    assert decode_cursor(cursor.encode()) == cursor


def test_the_end_of_the_full_pass_is_the_changes_phase() -> None:
    start = Cursor.start(generation=3, version=17, mask=0, office="", scope="")

    after = start.full_at(len(COLLECTIONS), "")

    assert (after.p, after.v, after.c, after.i) == ("c", 17, 0, "")


@pytest.mark.parametrize(
    "raw",
    [
        b'{"k":1,"g":1,"p":"c","v":0,"c":2,"i":"","r":0,"m":"","h":""}',  # position in changes
        b'{"k":1,"g":1,"p":"f","v":0,"c":7,"i":"","r":0,"m":"","h":""}',  # past the last
        b'{"k":2,"g":1,"p":"c","v":0,"c":0,"i":"","r":0,"m":"","h":""}',  # another format
        b'{"k":1,"g":0,"p":"c","v":0,"c":0,"i":"","r":0,"m":"","h":""}',  # no generation 0
        b'{"k":1,"g":1,"p":"c","v":0,"c":0,"i":"","r":8,"m":"","h":""}',  # unknown restriction
        b'{"k":1,"g":1,"p":"c","v":0,"c":0,"i":"","r":0,"m":"xyz","h":""}',
        b'{"k":1,"g":1,"p":"c","v":0,"c":0,"i":"","r":0,"m":""}',  # a key missing
        b'{"g":1,"k":1,"p":"c","v":0,"c":0,"i":"","r":0,"m":"","h":""}',  # not our key order
    ],
)
def test_cursors_the_service_never_writes_are_refused(raw: bytes) -> None:
    text = base64.urlsafe_b64encode(raw).rstrip(b"=").decode()

    with pytest.raises(ApiError) as refused:
        decode_cursor(text)

    assert refused.value.code == "invalid_cursor"
