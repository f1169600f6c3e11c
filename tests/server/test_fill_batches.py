"""The batch parser and hasher of the server agree exactly with the shared hashing of the models."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cloudsetup.models.fill import (
    Collection,
    add_to_checksum,
    canonical_json,
    record_digest,
)
from cloudsetup.server.errors import ApiError
from cloudsetup.server.services.fill_batches import parse_batch, prepare_batch
from cloudsetup.server.services.fill_storage import from_signed64, to_signed64

_SCALARS = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=12)
)
_VALUES = st.recursive(
    _SCALARS,
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3)
    ),
    max_leaves=12,
)
_RECORDS = st.lists(
    st.fixed_dictionaries(
        {
            # Any text but control characters (models.fill.check_record_id).
            "id": st.text(st.characters(exclude_categories=("Cc", "Cs")), min_size=1, max_size=20),
            "data": st.dictionaries(st.text(max_size=8), _VALUES, max_size=6),
        }
    ),
    min_size=1,
    max_size=8,
    unique_by=lambda record: str(record["id"]),
)


def _body(collection: str, records: list[dict[str, Any]]) -> bytes:
    return json.dumps({"collection": collection, "records": records}).encode()


@settings(max_examples=60, deadline=None)
@given(records=_RECORDS, collection=st.sampled_from(list(Collection)))
def test_rows_carry_the_canonical_json_and_digest_the_office_computes(
    records: list[dict[str, Any]], collection: Collection
) -> None:
    prepared = prepare_batch(parse_batch(_body(collection.value, records)), 7, 3)

    checksum = 0
    for row, record in zip(prepared.rows, records, strict=True):
        data_json = canonical_json(record["data"])
        digest = record_digest(collection.value, record["id"], data_json)
        checksum = add_to_checksum(checksum, digest)
        assert row == (
            7,
            collection.value,
            record["id"],
            3,
            to_signed64(digest),
            data_json.decode(),
        )
    assert prepared.checksum == checksum


@settings(max_examples=30, deadline=None)
@given(records=_RECORDS)
def test_content_digest_ignores_order_and_sees_any_change(records: list[dict[str, Any]]) -> None:
    first = prepare_batch(parse_batch(_body("contacts", records)), 1, 1)
    reordered = prepare_batch(parse_batch(_body("contacts", records[::-1])), 1, 1)
    changed = [*records[:-1], records[-1] | {"data": {**records[-1]["data"], "neu": 1}}]
    other = prepare_batch(parse_batch(_body("contacts", changed)), 1, 1)
    elsewhere = prepare_batch(parse_batch(_body("projects", records)), 1, 1)

    assert reordered.content_digest == first.content_digest
    assert other.content_digest != first.content_digest
    assert elsewhere.content_digest != first.content_digest


def test_ids_and_keys_are_stored_exactly_as_sent_with_their_spaces() -> None:
    records = [{"id": " K-1 ", "data": {" name ": " Müller "}}]
    (row,) = prepare_batch(parse_batch(_body("customers", records)), 1, 1).rows

    assert row[2] == " K-1 "
    assert row[5] == canonical_json({" name ": " Müller "}).decode()


@pytest.mark.parametrize(
    ("record", "field"),
    [
        ({"id": "k-2", "data": [1, 2]}, "customers/k-2"),
        ({"id": "k-3", "data": "text"}, "customers/k-3"),
        ({"id": "k-4"}, "customers/k-4"),
        ({"id": "x" * 65, "data": {}}, f"customers/{'x' * 65}"),
    ],
)
def test_bad_record_is_named_by_collection_and_id(record: dict[str, Any], field: str) -> None:
    body = _body("customers", [{"id": "k-1", "data": {}}, record])

    with pytest.raises(ApiError) as caught:
        parse_batch(body)
    assert (caught.value.status_code, caught.value.code) == (422, "record_rejected")
    assert [f.field for f in caught.value.fields] == [field]


def test_batch_that_is_no_batch_is_a_plain_validation_error() -> None:
    for body in (b"[]", b'{"collection": "customers", "records": []}', b"\xff"):
        with pytest.raises(ApiError) as caught:
            parse_batch(body)
        assert (caught.value.status_code, caught.value.code) == (422, "validation_failed")


@given(st.integers(min_value=0, max_value=2**64 - 1))
def test_digest_round_trips_through_a_signed_bigint(digest: int) -> None:
    stored = to_signed64(digest)
    assert -(2**63) <= stored < 2**63
    assert from_signed64(stored) == digest
