"""Employee devices (phone app, second computer): sign-in, approval and the device limit.

An employee signs in on a device with the company's domain, his e-mail address and his
password. The cloud keeps the device as *pending* and shows the device a short verification
code; the office admin sees the same code in the device-approval dialog after the next sync and
approves or rejects. An approved device gets a device token (sent once, stored only as a hash)
with which it pulls the company data and pushes invoices. At most :data:`MAX_APPROVED_DEVICES`
devices of one employee are approved at a time; a further one comes in only by replacing one.
The office PC itself is not one of them.
"""

from __future__ import annotations

import re
import secrets
import unicodedata
from datetime import datetime
from enum import StrEnum
from typing import Annotated, Final

from pydantic import AfterValidator, Field

from cloudsetup.models.common import SECRET_BEARING, ApiModel, WireId
from cloudsetup.models.emails import EmailAddress
from cloudsetup.models.identifiers import PASSWORD_MAX_LENGTH, Domain, IdentifierError, Password

#: Approved devices per employee (seed: "Es gibt maximal 2 Geräte pro Mitarbeiter").
MAX_APPROVED_DEVICES: Final = 2

DEVICE_NAME_MAX_LENGTH: Final = 80
VERIFICATION_CODE_LENGTH: Final = 6
#: Letters and digits a person cannot mix up when reading them aloud (no 0/O, 1/I/L).
VERIFICATION_ALPHABET: Final = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"

_DEVICE_ID_RE: Final = re.compile(r"[A-Za-z0-9_-]{8,64}")


def check_device_id(value: str) -> str:
    """The id a device made for itself once (a UUID or similar): 8-64 of A-Z a-z 0-9 _ -."""
    device_id = value.strip()
    if not _DEVICE_ID_RE.fullmatch(device_id):
        raise IdentifierError(
            "device_id_invalid", "the device id must be 8 to 64 letters, digits, - or _"
        )
    return device_id


def check_device_name(value: str) -> str:
    """A device's name as its owner calls it ("Max' iPhone"): required, at most 80 characters.

    White space is folded; control and format characters (which could disguise a name in the
    approval dialog) are refused.
    """
    name = " ".join(value.split())
    if not name:
        raise IdentifierError("device_name_empty", "the device name is empty")
    if len(name) > DEVICE_NAME_MAX_LENGTH:
        raise IdentifierError(
            "device_name_length",
            f"the device name has more than {DEVICE_NAME_MAX_LENGTH} characters",
        )
    if any(unicodedata.category(ch) in ("Cc", "Cf") for ch in name):
        raise IdentifierError("device_name_characters", "the device name has control characters")
    return name


DeviceId = Annotated[str, AfterValidator(check_device_id)]
DeviceName = Annotated[str, AfterValidator(check_device_name)]


def new_verification_code() -> str:
    """A fresh code the device and the approval dialog both show (about 30 bits)."""
    return "".join(secrets.choice(VERIFICATION_ALPHABET) for _ in range(VERIFICATION_CODE_LENGTH))


class Platform(StrEnum):
    """What kind of device signs in."""

    ANDROID = "android"
    IOS = "ios"
    WINDOWS = "windows"
    MACOS = "macos"
    LINUX = "linux"
    OTHER = "other"


class DeviceState(StrEnum):
    """pending → approved | rejected; approved → revoked (also when it is replaced)."""

    PENDING = "pending"
    APPROVED = "approved"
    REJECTED = "rejected"
    REVOKED = "revoked"


class DeviceSignIn(ApiModel):
    """Body of ``POST /device/signin``: who signs in, on which device.

    The same device signs in again (same ``device_id``) to ask whether it was approved; then
    the answer carries its device token.
    """

    model_config = SECRET_BEARING

    domain: Domain
    email: EmailAddress
    password: Password = Field(min_length=1, max_length=PASSWORD_MAX_LENGTH)
    device_id: DeviceId
    device_name: DeviceName
    platform: Platform

    def __repr__(self) -> str:  # never show the password
        return (
            f"DeviceSignIn(domain={self.domain!r}, email={self.email!r}, "
            f"device_id={self.device_id!r}, platform={self.platform.value!r})"
        )

    __str__ = __repr__


class DeviceSignInResult(ApiModel):
    """Answer to a device sign-in: still pending (202), or approved with the token (200).

    ``device_token`` is only present when approved; each approved sign-in issues a new token
    and ends the previous one. ``poll_after`` is how many seconds the device should wait
    before it asks again while pending.
    """

    model_config = SECRET_BEARING

    state: DeviceState
    device_id: str
    verification_code: str
    device_token: str | None = None
    poll_after: int = 30
    employee_name: str = ""
    company: str = ""

    def __repr__(self) -> str:
        return (
            f"DeviceSignInResult(state={self.state.value!r}, device_id={self.device_id!r}, "
            f"token={'***' if self.device_token else None})"
        )

    __str__ = __repr__


class Device(ApiModel):
    """A device as the office admin sees it (``GET /devices``)."""

    id: int
    employee_id: int
    employee_name: str
    device_id: str
    name: str
    platform: Platform
    state: DeviceState
    verification_code: str | None = Field(description="shown while pending, else None")
    requested_at: datetime = Field(description='first sign-in ("first seen")')
    last_seen_at: datetime | None = None
    decided_at: datetime | None = Field(default=None, description="approved/rejected/revoked")


class DeviceApproval(ApiModel):
    """Body of ``POST /devices/{id}/approve``.

    ``replaces``: the id of an approved device of the same employee that is revoked in the
    same step (how a third device comes in).
    """

    replaces: WireId | None = None


class DeviceMe(ApiModel):
    """``GET /device/me``: what an approved device's token stands for."""

    device_id: str
    name: str
    platform: Platform
    employee_name: str
    company: str
    domain: str
    may_create_invoices: bool
    filled: bool = Field(description="the office has filled the cloud: data can be pulled")
