"""The opaque cursor of a device pull: where the device stands in the tenant's live data.

A pull has two phases. In the *full* phase the device gets the whole live generation, one
collection after the other (in upload order: parents first) and within a collection by id; the
cursor names the collection and the last id sent, and keeps ``version``, the tenant's change
counter read when the pass began. In the *changes* phase the device gets the records and
tombstones with a version above the one in the cursor, oldest first; the cursor keeps the last
version sent.

The cursor also keeps what the device's view was made under: the generation (a new fill
starts the pull again), the restrictions, and for ``own_projects_only`` a fingerprint of the
employee's office record and projects. On the wire it is base64url (no padding) of compact
JSON; a cursor that does not decode into exactly this shape is refused (``invalid_cursor``).
It is not signed: it only positions the device within its own tenant's data, the filter is
applied on every page, and the tenant always comes from the token.
"""

from __future__ import annotations

import base64
import binascii
from typing import Final, Literal, Self

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from cloudsetup.models.fill import RECORD_ID_MAX_LENGTH, Collection
from cloudsetup.models.sync import CURSOR_MAX_LENGTH
from cloudsetup.server.errors import ApiError

INVALID_CURSOR: Final = "invalid_cursor"
COLLECTIONS: Final = tuple(collection.value for collection in Collection)
FULL: Final = "f"
CHANGES: Final = "c"
_FORMAT: Final = 1


class Cursor(BaseModel):
    """The decoded cursor (short keys: it travels in every request's URL)."""

    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)

    k: Literal[1] = Field(description="format")
    g: int = Field(ge=1, le=2**31 - 1, description="generation")
    p: Literal["f", "c"] = Field(description="phase: full pass or changes")
    v: int = Field(ge=0, le=2**63 - 1, description="counter at the pass's start / last sent")
    c: int = Field(ge=0, le=len(COLLECTIONS), description="full pass: collection index")
    i: str = Field(max_length=RECORD_ID_MAX_LENGTH, description="full pass: last id sent")
    r: int = Field(ge=0, le=7, description="restrictions (Viewer.mask)")
    m: str = Field(pattern=r"^([0-9a-f]{16})?$", description="office record fingerprint")
    h: str = Field(pattern=r"^([0-9a-f]{16})?$", description="own projects fingerprint")

    @model_validator(mode="after")
    def _phase(self) -> Self:
        if self.p == CHANGES and (self.c or self.i):
            raise ValueError("a changes cursor has no collection position")
        if self.p == FULL and self.c == len(COLLECTIONS):
            raise ValueError("a full pass past the last collection is the changes phase")
        return self

    @classmethod
    def start(cls, *, generation: int, version: int, mask: int, office: str, scope: str) -> Cursor:
        """The beginning of a full pass."""
        return cls(k=_FORMAT, g=generation, p=FULL, v=version, c=0, i="", r=mask, m=office, h=scope)

    def full_at(self, collection_index: int, last_id: str) -> Cursor:
        if collection_index >= len(COLLECTIONS):
            return self.changes_after(self.v)
        return self.model_copy(update={"c": collection_index, "i": last_id})

    def changes_after(self, version: int) -> Cursor:
        return self.model_copy(update={"p": CHANGES, "v": version, "c": 0, "i": ""})

    def encode(self) -> str:
        raw = self.model_dump_json().encode()
        return base64.urlsafe_b64encode(raw).rstrip(b"=").decode()


def invalid_cursor(why: str) -> ApiError:
    return ApiError(422, INVALID_CURSOR, f"the cursor is not valid ({why}); pull without one")


def decode_cursor(text: str) -> Cursor:
    """The cursor a device sent back, or 422 ``invalid_cursor``."""
    if len(text) > CURSOR_MAX_LENGTH or not text.isascii():
        raise invalid_cursor("too long or not ASCII")
    try:
        raw = base64.b64decode(text + "=" * (-len(text) % 4), altchars=b"-_", validate=True)
    except (binascii.Error, ValueError):
        raise invalid_cursor("not base64url") from None
    try:
        cursor = Cursor.model_validate_json(raw)
    except ValidationError:
        raise invalid_cursor("not a cursor of this service") from None
    if cursor.encode() != text:  # only the form this service writes: nothing else slips through
        raise invalid_cursor("not a cursor of this service")
    return cursor
