"""Employees of a tenant, their cloud access state, invoice permission and restrictions."""

from __future__ import annotations

import unicodedata
from datetime import datetime
from enum import StrEnum
from typing import Annotated

from pydantic import AfterValidator, Field

from cloudsetup.models.common import SECRET_BEARING, ApiModel, WireBool, has_control_characters
from cloudsetup.models.emails import EmailAddress
from cloudsetup.models.identifiers import PASSWORD_MAX_LENGTH, IdentifierError, Password

NAME_MAX_LENGTH = 120


def _visible(text: str) -> bool:
    """Whether ``text`` has a character a person can see (not only blanks and format marks)."""
    return any(unicodedata.category(ch)[0] not in "CZ" for ch in text)


def check_person_name(value: str) -> str:
    """A person's name: required (visibly), white space folded, no control characters, at most
    120 characters."""
    name = " ".join(value.split())
    if not _visible(name):
        raise IdentifierError("name_empty", "the name is empty")
    if has_control_characters(name):
        raise IdentifierError("name_characters", "the name contains control characters")
    if len(name) > NAME_MAX_LENGTH:
        raise IdentifierError("name_length", f"the name has more than {NAME_MAX_LENGTH} characters")
    return name


def check_mobile(value: str | None) -> str | None:
    """A phone number as people write it: digits, spaces, + / - ( ); empty means none."""
    if value is None or not value.strip():
        return None
    number = " ".join(value.split())
    allowed = set("0123456789 +/-()")
    digits = sum(ch.isdigit() for ch in number)
    if not set(number) <= allowed or not 5 <= digits <= 20:
        raise IdentifierError("mobile_invalid", "the mobile number is not a phone number")
    return number


def check_employee_number(value: str | None) -> str | None:
    if value is None or not value.strip():
        return None
    number = value.strip()
    if has_control_characters(number) or not _visible(number):
        raise IdentifierError(
            "number_characters", "the employee number holds control or invisible characters"
        )
    if len(number) > 20:
        raise IdentifierError("number_length", "the employee number has more than 20 characters")
    return number


PersonName = Annotated[str, AfterValidator(check_person_name)]
MobileNumber = Annotated[str | None, AfterValidator(check_mobile)]
EmployeeNumber = Annotated[str | None, AfterValidator(check_employee_number)]


class Language(StrEnum):
    """The language of an employee's mails and consent page."""

    DE = "de"
    EN = "en"


class EmployeeIn(ApiModel):
    """Body of ``POST /employees`` and ``PUT /employees/{id}``: what the admin enters."""

    name: PersonName
    email: EmailAddress
    is_owner: WireBool = Field(default=False, description="Chef/Inhaber")
    employee_number: EmployeeNumber = None
    mobile: MobileNumber = None
    language: Language = Language.DE


class AccessState(StrEnum):
    """Where an employee's cloud access stands.

    not_activated → mail_sent → (opened) → confirmed; a link that ran out is ``expired``; a
    consent mail that could not be delivered is ``mail_failed`` (activation can be retried).
    """

    NOT_ACTIVATED = "not_activated"
    MAIL_FAILED = "mail_failed"
    MAIL_SENT = "mail_sent"
    OPENED = "opened"
    CONFIRMED = "confirmed"
    EXPIRED = "expired"

    @property
    def mail_was_sent(self) -> bool:
        """The employee has (at least once) been sent his consent mail."""
        return self in {
            AccessState.MAIL_SENT,
            AccessState.OPENED,
            AccessState.CONFIRMED,
            AccessState.EXPIRED,
        }


class Restrictions(ApiModel):
    """Access restrictions (rarely used), applied to the data his devices receive."""

    no_purchase_prices: WireBool = Field(default=False, description="keine Einkaufspreise")
    own_projects_only: WireBool = Field(default=False, description="nur eigene Projekte/Aufträge")
    no_revenue_figures: WireBool = Field(default=False, description="keine Umsatzzahlen")


class Permissions(ApiModel):
    """Body of ``PUT /employees/{id}/permissions``."""

    may_create_invoices: WireBool = False
    restrictions: Restrictions = Restrictions()


class AccessInfo(ApiModel):
    state: AccessState = AccessState.NOT_ACTIVATED
    password_set: bool = False
    mail_sent_at: datetime | None = None
    opened_at: datetime | None = None
    confirmed_at: datetime | None = None
    link_expires_at: datetime | None = None


class Employee(ApiModel):
    """An employee as the cloud holds him."""

    id: int
    name: str
    email: str
    is_owner: bool
    employee_number: str | None = None
    mobile: str | None = None
    language: Language = Language.DE
    access: AccessInfo = AccessInfo()
    permissions: Permissions = Permissions()
    created_at: datetime


class ActivationRequest(ApiModel):
    """Body of ``POST /employees/{id}/activation``: his password; the cloud mails the link."""

    model_config = SECRET_BEARING

    password: Password = Field(min_length=1, max_length=PASSWORD_MAX_LENGTH)

    def __repr__(self) -> str:
        return "ActivationRequest(password=***)"

    __str__ = __repr__
