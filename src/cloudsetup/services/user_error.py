"""The error a user sees: what happened, what to do, and which input it belongs to.

Every layer below the wizard ends in this class; the wizard only shows it. It lives in its own
small module so that the input checks, the secret store and the cloud-error mapping can all
raise it without importing each other.
"""

from __future__ import annotations

from cloudsetup.services.text import Text


class UserError(Exception):
    """An error a user can act on.

    ``message`` says what happened and ``hint`` what to do (both translatable); ``code`` is a
    stable reason for tests and diagnostics; ``field`` names the input the message belongs to
    (``server_url``, ``domain``, ``username``, ``password``); ``retry_after`` is the wait in
    seconds when the cloud asked for one; ``technical`` is English detail for the diagnostics
    and never contains a secret.
    """

    def __init__(
        self,
        message: Text,
        *,
        hint: Text | None = None,
        code: str,
        field: str | None = None,
        retry_after: float | None = None,
        technical: str = "",
    ) -> None:
        super().__init__(message.english())
        self.message = message
        self.hint = hint
        self.code = code
        self.field = field
        self.retry_after = retry_after
        self.technical = technical

    def __repr__(self) -> str:
        return (
            f"UserError(code={self.code!r}, field={self.field!r}, "
            f"message={self.message.english()!r})"
        )
