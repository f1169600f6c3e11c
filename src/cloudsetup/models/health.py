"""``GET /health``: who answers at a server address, without authentication."""

from __future__ import annotations

from typing import Literal

from cloudsetup.models.common import ApiModel


class ServerInfo(ApiModel):
    service: Literal["cloudsetup"] = "cloudsetup"
    version: str
    api_version: int = 1
