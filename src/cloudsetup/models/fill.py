"""The initial fill ("Cloud befüllen"): collections, records, jobs, batches and checksums.

The office uploads all its data as a fill job: it creates the job with the expected count per
collection, uploads numbered batches (each batch holds records of one collection), asks which
batches the cloud holds (to resume), and commits with the count and checksum per collection.
The cloud verifies both and only then makes the new data live, in one transaction; until then
the previous data stays live and untouched.

The checksum of a collection is order-independent: the sum, modulo 2**64, of each record's
digest (the first 8 bytes of SHA-256 over its collection, id and canonical JSON). The client
computes it while it reads, the server while it stores, so neither holds all records at once.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from datetime import datetime
from enum import StrEnum
from typing import Annotated, Any, Final

from pydantic import AfterValidator, ConfigDict, Field

from cloudsetup.models.common import ApiModel, WireCount, WireVersion, has_control_characters
from cloudsetup.models.identifiers import IdentifierError

RECORD_ID_MAX_LENGTH: Final = 64
BATCH_MAX_RECORDS: Final = 5_000
BATCH_MAX_BYTES: Final = 8 * 1024 * 1024
CHECKSUM_MODULUS: Final = 2**64


def check_record_id(value: str) -> str:
    """A record id is any text the office uses, except control characters (PostgreSQL cannot
    even look up an id with a NUL in it)."""
    if has_control_characters(value):
        raise IdentifierError("id_characters", "the record id holds control characters")
    return value


#: The stable id of an office record (any text of 1 to 64 characters but control characters).
RecordId = Annotated[
    str, Field(min_length=1, max_length=RECORD_ID_MAX_LENGTH), AfterValidator(check_record_id)
]


class Collection(StrEnum):
    """The kinds of office data, in upload order (parents before children)."""

    EMPLOYEES = "employees"
    CUSTOMERS = "customers"
    CONTACTS = "contacts"
    ARTICLES = "articles"
    PROJECTS = "projects"
    INVOICES = "invoices"
    INVOICE_LINES = "invoice_lines"


# One encoder for every record: json.dumps() with options builds a new one per call, which
# costs more than the encoding of a small record itself (measured in bench/fill.py).
_CANONICAL: Final = json.JSONEncoder(sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def canonical_json(data: Mapping[str, Any]) -> bytes:
    """The one byte form of a record's data that both sides hash (sorted keys, no spaces)."""
    return _CANONICAL.encode(data).encode()


def json_string(text: str) -> bytes:
    """A string as a JSON value, in the same form as :func:`canonical_json` writes strings."""
    return _CANONICAL.encode(text).encode()


def record_digest(collection: str, record_id: str, data_json: bytes) -> int:
    """A record's digest: the first 8 bytes of SHA-256 over collection, id and canonical JSON."""
    material = b"".join((collection.encode(), b"\x00", record_id.encode(), b"\x00", data_json))
    return int.from_bytes(hashlib.sha256(material).digest()[:8], "big")


def add_to_checksum(checksum: int, digest: int) -> int:
    return (checksum + digest) % CHECKSUM_MODULUS


class FillRecord(ApiModel):
    """One record on the wire: a stable id and its data (JSON object)."""

    # Taken exactly as sent: stripping the id or the data's keys (ApiModel's default) would
    # change what the server hashes and stores, and the fill's checksums would never agree.
    model_config = ConfigDict(str_strip_whitespace=False)

    id: RecordId
    data: dict[str, Any]


class Batch(ApiModel):
    """Body of ``PUT /fill/jobs/{job_id}/batches/{seq}``: records of one collection."""

    collection: Collection
    records: list[FillRecord] = Field(min_length=1, max_length=BATCH_MAX_RECORDS)


class CollectionTotals(ApiModel):
    """Count and checksum (decimal string: it does not fit JSON's safe integers) of a collection."""

    collection: Collection
    count: WireCount
    checksum: str = Field(pattern=r"^[0-9]{1,20}$")


class FillJobCreate(ApiModel):
    """Body of ``POST /fill/jobs``: what the office is about to upload."""

    expected: list[CollectionTotals] = Field(description="count per collection; checksum may be 0")
    total_batches: WireCount
    source_version: WireVersion | None = Field(
        default=None,
        description="the office database's change version the upload was read at; after the "
        "commit the office sync pushes the changes made after it",
    )


class FillJobState(StrEnum):
    OPEN = "open"
    COMMITTED = "committed"
    ABORTED = "aborted"


class FillJob(ApiModel):
    """A fill job as the cloud holds it."""

    id: str
    state: FillJobState
    created_at: datetime
    total_batches: int
    received_batches: list[int] = Field(description="batch numbers the cloud holds, ascending")
    received: list[CollectionTotals] = Field(description="what the held batches add up to")


class FillCommit(ApiModel):
    """Body of ``POST /fill/jobs/{job_id}/commit``: what the office sent, to be verified."""

    totals: list[CollectionTotals]


class FillResult(ApiModel):
    """Answer to a verified commit: the cloud holds exactly these counts."""

    job_id: str
    committed_at: datetime
    totals: list[CollectionTotals]


class CloudData(ApiModel):
    """``GET /fill/status``: what the cloud holds now (live data)."""

    filled_at: datetime | None
    totals: list[CollectionTotals]


class BatchReceipt(ApiModel):
    """Answer to a batch upload: what the cloud holds under that number (also on a re-send)."""

    seq: int
    collection: Collection
    count: int
    checksum: str
