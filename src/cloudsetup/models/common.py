"""Base classes shared by every model of the API contract."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict


class ApiModel(BaseModel):
    """A value that crosses the wire.

    Unknown fields are ignored so that an older client keeps working against a newer server;
    instances are immutable so that a value read from the cloud cannot be changed by accident.
    """

    model_config = ConfigDict(extra="ignore", frozen=True, str_strip_whitespace=True)
