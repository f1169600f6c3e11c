"""Invoice number ranges (Nummernkreise): a prefix plus a block of numbers.

The office has one range; each employee who may write invoices on his app or second computer
gets his own. Ranges with the same prefix may not overlap; the server enforces it atomically,
the client checks first with :func:`overlaps` to say so at the field.
"""

from __future__ import annotations

import re
from typing import Annotated, Final, Self

from pydantic import AfterValidator, BeforeValidator, Field, computed_field, model_validator

from cloudsetup.models.common import ApiModel, WireInt, json_integer
from cloudsetup.models.identifiers import IdentifierError

PREFIX_MAX_LENGTH: Final = 20
NUMBER_MAX: Final = 999_999_999
#: Less than this share of a range left counts as "nearly used up".
NEAR_EXHAUSTION_SHARE: Final = 0.10
_PREFIX_RE: Final = re.compile(r"[A-Za-z0-9][A-Za-z0-9_./-]*|")


def check_prefix(value: str) -> str:
    prefix = value.strip()
    if len(prefix) > PREFIX_MAX_LENGTH:
        raise IdentifierError(
            "prefix_length", f"the prefix has more than {PREFIX_MAX_LENGTH} characters"
        )
    if not _PREFIX_RE.fullmatch(prefix):
        raise IdentifierError(
            "prefix_characters", "the prefix may only contain letters, digits and - _ . /"
        )
    return prefix


RangePrefix = Annotated[str, AfterValidator(check_prefix)]


def overlaps(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    """Whether the closed intervals [a_start, a_end] and [b_start, b_end] share a number."""
    return a_start <= b_end and b_start <= a_end


# At most one past the end (a used-up range); the validator below checks it against the range.
_NextNumber = Annotated[int, Field(ge=1, le=NUMBER_MAX + 1), BeforeValidator(json_integer)]


class NumberRangeIn(ApiModel):
    """Body of ``PUT /ranges/office`` and ``PUT /employees/{id}/range``."""

    prefix: RangePrefix = ""
    start: WireInt = Field(ge=1, le=NUMBER_MAX)
    end: WireInt = Field(ge=1, le=NUMBER_MAX)
    next_number: _NextNumber | None = Field(default=None, description="default: start")

    @model_validator(mode="after")
    def _ordered(self) -> Self:
        if self.end < self.start:
            raise ValueError("range_inverted: the range ends before it starts")
        if self.next_number is not None and not self.start <= self.next_number <= self.end + 1:
            raise ValueError("next_outside: the next number lies outside the range")
        return self

    @property
    def size(self) -> int:
        return self.end - self.start + 1


class NumberRange(ApiModel):
    """A range as the cloud holds it, with its usage."""

    id: int
    prefix: str
    start: int
    end: int
    next_number: int
    employee_id: int | None = Field(description="None: the office's own range")
    owner_name: str = Field(description="the employee's name, or empty for the office")

    @property
    def size(self) -> int:
        return self.end - self.start + 1

    @computed_field  # type: ignore[prop-decorator]
    @property
    def used(self) -> int:
        return self.next_number - self.start

    @computed_field  # type: ignore[prop-decorator]
    @property
    def remaining(self) -> int:
        return max(0, self.end - self.next_number + 1)

    @property
    def exhausted(self) -> bool:
        return self.remaining == 0

    @computed_field  # type: ignore[prop-decorator]
    @property
    def near_exhaustion(self) -> bool:
        return self.remaining < self.size * NEAR_EXHAUSTION_SHARE

    def format_number(self, number: int) -> str:
        return f"{self.prefix}{number}"


class RangeSuggestion(ApiModel):
    """``GET /ranges/suggestion``: the next free block of the asked size for a prefix."""

    prefix: str
    start: int
    end: int
