"""E-mail addresses: syntax checked with email-validator (no DNS: it must work offline).

Addresses are normalised the way email-validator does (domain in lower case, Unicode NFC) and
compared case-insensitively for uniqueness within a tenant (:func:`email_key`).
"""

from __future__ import annotations

from typing import Annotated

from email_validator import EmailNotValidError, validate_email
from pydantic import AfterValidator

from cloudsetup.models.identifiers import IdentifierError

EMAIL_MAX_LENGTH = 254


def check_email(value: str) -> str:
    """Return the normalised address or raise :class:`IdentifierError` (reason ``email_*``)."""
    text = value.strip()
    if not text:
        raise IdentifierError("email_empty", "the e-mail address is empty")
    if len(text) > EMAIL_MAX_LENGTH:
        raise IdentifierError("email_length", "the e-mail address is too long")
    try:
        result = validate_email(text, check_deliverability=False)
    except EmailNotValidError as exc:
        raise IdentifierError("email_invalid", f"the e-mail address is not valid: {exc}") from exc
    return str(result.normalized)


def email_key(address: str) -> str:
    """The form two addresses are compared in: the same mailbox in any letter case."""
    return address.strip().casefold()


EmailAddress = Annotated[str, AfterValidator(check_email)]
