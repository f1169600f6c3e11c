"""Local checks of the credentials page, before any network call.

They apply the same rules as the models (and so the server), but answer with a translated message
at the field instead of a pydantic error; the server enforces the rules again.
"""

from __future__ import annotations

from typing import Final

from pydantic import SecretStr

from cloudsetup.cloud import check_base_url
from cloudsetup.models import (
    Credentials,
    IdentifierError,
    check_domain,
    check_server_url,
    check_username,
)
from cloudsetup.models.identifiers import (
    DOMAIN_MAX_LENGTH,
    DOMAIN_MIN_LENGTH,
    PASSWORD_MAX_LENGTH,
    USERNAME_MAX_LENGTH,
)
from cloudsetup.services.text import QT_TRANSLATE_NOOP, Text
from cloudsetup.services.user_error import UserError

_INPUT_MESSAGES: Final[dict[str, Text]] = {
    "domain_empty": QT_TRANSLATE_NOOP("InputErrors", "Please enter the cloud domain."),
    "domain_length": QT_TRANSLATE_NOOP(
        "InputErrors", "The cloud domain must have {min} to {max} characters."
    ),
    "domain_characters": QT_TRANSLATE_NOOP(
        "InputErrors",
        "The cloud domain may only contain the letters a–z, digits and hyphens, and must not "
        "start or end with a hyphen.",
    ),
    "username_empty": QT_TRANSLATE_NOOP("InputErrors", "Please enter the user name."),
    "username_length": QT_TRANSLATE_NOOP(
        "InputErrors", "The user name may have at most {max} characters."
    ),
    "username_characters": QT_TRANSLATE_NOOP(
        "InputErrors",
        "The user name may only contain the letters a–z, digits and the characters . _ @ + -, "
        "and must start and end with a letter or digit.",
    ),
    "password_empty": QT_TRANSLATE_NOOP("InputErrors", "Please enter the password."),
    "password_length": QT_TRANSLATE_NOOP(
        "InputErrors", "The password may have at most {max} characters."
    ),
    "url_scheme": QT_TRANSLATE_NOOP("InputErrors", "The server address must start with https://."),
    "url_host": QT_TRANSLATE_NOOP("InputErrors", "The server address has no host name."),
    "url_invalid": QT_TRANSLATE_NOOP(
        "InputErrors",
        "The server address is not a valid web address. Check the port number after the colon "
        "and the characters of the host name.",
    ),
    "url_insecure": QT_TRANSLATE_NOOP(
        "InputErrors",
        "The server address must start with https:// so that the password is sent encrypted "
        "(http:// is only allowed for this computer).",
    ),
}
_INPUT_FALLBACK: Final = QT_TRANSLATE_NOOP("InputErrors", "Please check this entry.")
_INPUT_HINT: Final = QT_TRANSLATE_NOOP(
    "InputErrors",
    "You find the cloud domain, user name and password in your customer account on the web "
    'under "Kundenkonto → Domäne-Daten". You can also paste the whole block from there.',
)


def _input_error(field: str, reason: str, technical: str) -> UserError:
    message = _INPUT_MESSAGES.get(reason, _INPUT_FALLBACK).format(
        min=DOMAIN_MIN_LENGTH,
        max={"domain": DOMAIN_MAX_LENGTH, "username": USERNAME_MAX_LENGTH}.get(
            field, PASSWORD_MAX_LENGTH
        ),
    )
    return UserError(
        message,
        hint=_INPUT_HINT,
        code=reason,
        field=field,
        technical=f"{field} rejected locally ({reason}): {technical}",
    )


def validate_credentials_input(
    server_url: str, domain: str, username: str, password: str
) -> Credentials:
    """Check the credentials page's entries before any network call, in the page's order.

    Raises :class:`UserError` with ``field`` set and ``code`` the rule's reason, so the page shows
    the message at that input. The password is only checked for presence and length here.
    """
    checks = (
        ("domain", check_domain, domain),
        ("username", check_username, username),
    )
    for field, check, value in checks:
        try:
            check(value)
        except IdentifierError as exc:
            raise _input_error(field, exc.reason, str(exc)) from None
    if not password:
        raise _input_error("password", "password_empty", "the password is empty")
    if len(password) > PASSWORD_MAX_LENGTH:
        raise _input_error("password", "password_length", f"{len(password)} characters")
    try:
        check_base_url(check_server_url(server_url))
    except IdentifierError as exc:
        raise _input_error("server_url", exc.reason, str(exc)) from None
    except ValueError as exc:  # the rules hold, but it is no address the client can use
        raise _input_error("server_url", "url_invalid", str(exc)) from None
    return Credentials(
        server_url=server_url, domain=domain, username=username, password=SecretStr(password)
    )
