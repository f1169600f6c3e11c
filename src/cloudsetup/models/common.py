"""Base classes and value types shared by every model of the API contract."""

from __future__ import annotations

import datetime as dt
import unicodedata
from typing import Annotated, Final

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field
from pydantic_core import PydanticCustomError

from cloudsetup.models.identifiers import IdentifierError

#: The largest value a database ``Integer`` column holds.
INT32_MAX: Final = 2**31 - 1
#: The largest integer JSON carries exactly (a double's 53 bits; ``BigInteger`` holds more).
JSON_INT_MAX: Final = 2**53 - 1


class ApiModel(BaseModel):
    """A value that crosses the wire.

    Unknown fields are ignored so that an older client keeps working against a newer server;
    instances are immutable so that a value read from the cloud cannot be changed by accident.
    """

    model_config = ConfigDict(extra="ignore", frozen=True, str_strip_whitespace=True)


#: The config of a model that holds a password or a token: a validation error never shows
#: the value it refused (pydantic puts ``input_value=...`` into the message otherwise).
SECRET_BEARING: Final = ConfigDict(hide_input_in_errors=True)


def json_integer(value: object) -> object:
    """Refuse what pydantic's lax mode turns into an int but JSON Schema's ``integer`` is not:
    ``true``/``false`` and digits in a string. ``3.0`` stays allowed (JSON Schema says it is
    an integer), ``3.5`` is refused by pydantic itself."""
    if isinstance(value, bool | str | bytes):
        raise PydanticCustomError("int_type", "Input should be a valid integer")
    return value


def _json_boolean(value: object) -> object:
    """Only ``true`` and ``false`` are booleans on the wire (not ``1``, ``"yes"``, ``"off"``)."""
    if not isinstance(value, bool):
        raise PydanticCustomError("bool_type", "Input should be a valid boolean")
    return value


def _json_date(value: object) -> object:
    """A date on the wire is an ISO text ("2026-03-01"), never a number of seconds."""
    if not isinstance(value, str | dt.date):
        raise PydanticCustomError("date_type", "Input should be a valid date")
    return value


#: An integer of a request body, as JSON Schema's ``integer`` type: no booleans, no strings.
WireInt = Annotated[int, BeforeValidator(json_integer)]
# A bound must come before the validator in ``Annotated``, or pydantic leaves it out of the
# JSON schema (and a bound given to an optional field's ``Field`` comes out as "ge"/"le").
#: A count or sequence number a database ``Integer`` column holds (0 and up).
WireCount = Annotated[int, Field(ge=0, le=INT32_MAX), BeforeValidator(json_integer)]
#: A change version (a ``BigInteger`` column), 0 and up, within what JSON carries exactly.
WireVersion = Annotated[int, Field(ge=0, le=JSON_INT_MAX), BeforeValidator(json_integer)]
#: The id of a row (1 and up, an ``Integer`` column).
WireId = Annotated[int, Field(ge=1, le=INT32_MAX), BeforeValidator(json_integer)]
#: A boolean of a request body: ``true`` or ``false`` only.
WireBool = Annotated[bool, BeforeValidator(_json_boolean)]
#: A date of a request body: an ISO date text only.
WireDate = Annotated[dt.date, BeforeValidator(_json_date)]


def not_blank(reason: str) -> BeforeValidator:
    """Refuse a text of nothing but white space with ``reason``.

    The models strip texts before their length rule, so "  " would break ``min_length`` with
    pydantic's own code, although the OpenAPI document (``minLength: 1``) allows it: the
    reason says what is wrong instead, as for a name (``name_empty``).
    """

    def check(value: object) -> object:
        if isinstance(value, str) and not value.strip():
            raise IdentifierError(reason, "the text is empty")
        return value

    return BeforeValidator(check)


def has_control_characters(text: str) -> bool:
    """Control characters (NUL, ESC, …) and lone surrogates: nothing a name, number or id
    holds; PostgreSQL refuses NUL in text (even in a query), mail headers and terminals
    garble the others."""
    return any(unicodedata.category(ch) in {"Cc", "Cs"} for ch in text)
