"""User-facing errors: :class:`UserError`, the one translation of a cloud client error into it
(:func:`user_error_from`), and the local input checks (:func:`validate_credentials_input`).

Messages and hints are English source texts marked for translation; the wizard shows them in the
user's language. ``technical`` is English detail for the diagnostics and never holds a secret.
"""

from __future__ import annotations

import math
from typing import Final

from cloudsetup.cloud.errors import (
    APIStatusError,
    CloudError,
    Conflict,
    ConnectionFailed,
    ConnectionLost,
    Forbidden,
    NotFound,
    ProxyFailed,
    RateLimited,
    RequestTimedOut,
    ServerError,
    TLSVerificationFailed,
    Unauthorized,
    UnexpectedResponse,
    ValidationFailed,
)
from cloudsetup.services.api_codes import specific_user_error
from cloudsetup.services.field_errors import ENTRY_FIELDS
from cloudsetup.services.input_checks import validate_credentials_input
from cloudsetup.services.text import QT_TRANSLATE_NOOP, Text
from cloudsetup.services.user_error import UserError

__all__ = ["INPUT_FIELDS", "UserError", "user_error_from", "validate_credentials_input"]

#: The inputs of the credentials page a message can be attached to (see also ``ENTRY_FIELDS``).
INPUT_FIELDS: Final = frozenset({"server_url", "domain", "username", "password"})


_PORTAL_HINT: Final = QT_TRANSLATE_NOOP(
    "CloudErrors",
    "Check the cloud domain, user name and password. You find them in your customer account "
    'on the web under "Kundenkonto → Domäne-Daten".',
)
_SUPPORT_HINT: Final = QT_TRANSLATE_NOOP(
    "CloudErrors",
    "Please try again later. If the problem persists, contact support and include the diagnostics.",
)
_RELOAD_HINT: Final = QT_TRANSLATE_NOOP(
    "CloudErrors", "Reload the page to see the current state and try again."
)


def _technical(exc: CloudError) -> str:
    """English detail for diagnostics: the class and what the server said, nothing sent."""
    if isinstance(exc, APIStatusError):
        return f"{type(exc).__name__}: HTTP {exc.status_code} {exc.code}: {exc.detail}"
    return f"{type(exc).__name__}: {exc}"


def _wait_text(retry_after: float | None) -> Text:
    if retry_after is None:
        return QT_TRANSLATE_NOOP("CloudErrors", "Please wait a few minutes before trying again.")
    seconds = math.ceil(retry_after)
    if seconds <= 1:
        return QT_TRANSLATE_NOOP("CloudErrors", "Please wait a moment before trying again.")
    if seconds < 60:
        return QT_TRANSLATE_NOOP(
            "CloudErrors", "Please wait {seconds} seconds before trying again."
        ).format(seconds=seconds)
    minutes = math.ceil(seconds / 60)
    if minutes == 1:
        return QT_TRANSLATE_NOOP("CloudErrors", "Please wait one minute before trying again.")
    return QT_TRANSLATE_NOOP(
        "CloudErrors", "Please wait {minutes} minutes before trying again."
    ).format(minutes=minutes)


def _unauthorized(exc: Unauthorized) -> UserError:
    if exc.code == "invalid_credentials":
        return UserError(
            QT_TRANSLATE_NOOP(
                "CloudErrors", "The cloud domain, user name or password is not correct."
            ),
            hint=_PORTAL_HINT,
            code="invalid_credentials",
            field="password",
            technical=_technical(exc),
        )
    return UserError(
        QT_TRANSLATE_NOOP("CloudErrors", "Your sign-in to the cloud has expired."),
        hint=QT_TRANSLATE_NOOP("CloudErrors", "Please enter the password again."),
        code="session_expired",
        field="password",
        technical=_technical(exc),
    )


def _rate_limited(exc: RateLimited) -> UserError:
    if exc.code == "too_many_attempts":
        message = QT_TRANSLATE_NOOP(
            "CloudErrors", "There were too many failed sign-in attempts for this user."
        )
    else:
        message = QT_TRANSLATE_NOOP(
            "CloudErrors", "The cloud received too many requests from this computer."
        )
    return UserError(
        message,
        hint=_wait_text(exc.retry_after),
        code="rate_limited",
        retry_after=exc.retry_after,
        technical=_technical(exc),
    )


def _tls(exc: TLSVerificationFailed) -> UserError:
    hint = QT_TRANSLATE_NOOP(
        "CloudErrors",
        "Compare the fingerprint with the one your IT department or the cloud provider gives "
        "you. Do not continue on a public network (hotel, train, café): someone may be "
        "listening in.",
    )
    if exc.fingerprint_sha256:
        message = QT_TRANSLATE_NOOP(
            "CloudErrors",
            "The identity of the server {host} could not be verified: its certificate is not "
            "trusted. Certificate fingerprint (SHA-256): {fingerprint}",
        ).format(host=exc.host, fingerprint=exc.fingerprint_sha256)
    else:
        message = QT_TRANSLATE_NOOP(
            "CloudErrors",
            "The identity of the server {host} could not be verified: its certificate is not "
            "trusted.",
        ).format(host=exc.host)
    return UserError(message, hint=hint, code="tls_verification_failed", technical=_technical(exc))


def _validation(exc: ValidationFailed) -> UserError:
    names = [f.field.rsplit(".", 1)[-1] for f in exc.fields]
    inputs = [name for name in names if name in INPUT_FIELDS or name in ENTRY_FIELDS]
    if names:
        message = QT_TRANSLATE_NOOP(
            "CloudErrors", "The cloud did not accept these entries: {fields}."
        ).format(fields=", ".join(dict.fromkeys(names)))
    else:
        message = QT_TRANSLATE_NOOP("CloudErrors", "The cloud did not accept the entries.")
    return UserError(
        message,
        hint=QT_TRANSLATE_NOOP("CloudErrors", "Correct the entries and try again."),
        code="validation_failed",
        field=inputs[0] if len(set(inputs)) == 1 else None,
        technical=_technical(exc),
    )


def user_error_from(exc: CloudError) -> UserError:
    """The one translation from the client's error tree to what the user sees."""
    technical = _technical(exc)
    if isinstance(exc, APIStatusError):
        specific = specific_user_error(exc)
        if specific is not None:
            return specific
    if isinstance(exc, Unauthorized):
        return _unauthorized(exc)
    if isinstance(exc, RateLimited):
        return _rate_limited(exc)
    if isinstance(exc, ValidationFailed):
        return _validation(exc)
    if isinstance(exc, TLSVerificationFailed):
        return _tls(exc)
    if isinstance(exc, ConnectionLost):
        return UserError(
            QT_TRANSLATE_NOOP(
                "CloudErrors", "The connection to the cloud server broke off before it answered."
            ),
            hint=QT_TRANSLATE_NOOP(
                "CloudErrors",
                "Please try again. If you were saving something, check after reloading whether it "
                "arrived in the cloud. An unstable network, a firewall or a proxy may cut the "
                "connection.",
            ),
            code="connection_lost",
            technical=technical,
        )
    if isinstance(exc, ProxyFailed):
        return UserError(
            QT_TRANSLATE_NOOP(
                "CloudErrors",
                "The proxy server of this network refused the connection to the cloud.",
            ),
            hint=QT_TRANSLATE_NOOP(
                "CloudErrors",
                "Ask your IT department to allow the cloud server through the proxy, or check the "
                "proxy setting of this computer (HTTPS_PROXY).",
            ),
            code="proxy_refused",
            technical=technical,
        )
    if isinstance(exc, ConnectionFailed):
        return UserError(
            QT_TRANSLATE_NOOP("CloudErrors", "The cloud server cannot be reached."),
            hint=QT_TRANSLATE_NOOP(
                "CloudErrors",
                "Check the internet connection of this computer and the server address under "
                '"Advanced". A firewall or proxy may also block the connection.',
            ),
            code="connection_failed",
            technical=technical,
        )
    if isinstance(exc, RequestTimedOut):
        return UserError(
            QT_TRANSLATE_NOOP("CloudErrors", "The cloud server did not answer in time."),
            hint=QT_TRANSLATE_NOOP(
                "CloudErrors",
                "The connection may be slow or the server busy. Please try again in a moment; "
                "if it keeps happening, check the internet connection.",
            ),
            code="timeout",
            technical=technical,
        )
    if isinstance(exc, UnexpectedResponse):
        return UserError(
            QT_TRANSLATE_NOOP(
                "CloudErrors", "The server answered, but not the way a cloudsetup cloud does."
            ),
            hint=QT_TRANSLATE_NOOP("CloudErrors", 'Is the server address under "Advanced" right?'),
            code="unexpected_response",
            field="server_url",
            technical=technical,
        )
    if isinstance(exc, ServerError):
        return UserError(
            QT_TRANSLATE_NOOP(
                "CloudErrors", "The cloud server has a problem (error {status})."
            ).format(status=exc.status_code),
            hint=_SUPPORT_HINT,
            code="server_error",
            technical=technical,
        )
    if isinstance(exc, Forbidden):
        return UserError(
            QT_TRANSLATE_NOOP("CloudErrors", "Your user is not allowed to do this in the cloud."),
            hint=QT_TRANSLATE_NOOP(
                "CloudErrors",
                "Sign in with a user that has the role Administration or Service Provider.",
            ),
            code="forbidden",
            technical=technical,
        )
    if isinstance(exc, NotFound):
        return UserError(
            QT_TRANSLATE_NOOP(
                "CloudErrors",
                "The cloud could not find what was asked for. It may have been deleted in the "
                "meantime.",
            ),
            hint=_RELOAD_HINT,
            code="not_found",
            technical=technical,
        )
    if isinstance(exc, Conflict):
        return UserError(
            QT_TRANSLATE_NOOP(
                "CloudErrors", "This change conflicts with the current state in the cloud."
            ),
            hint=_RELOAD_HINT,
            code="conflict",
            technical=technical,
        )
    return UserError(
        QT_TRANSLATE_NOOP("CloudErrors", "Something went wrong while talking to the cloud."),
        hint=_SUPPORT_HINT,
        code="cloud_error",
        technical=technical,
    )
