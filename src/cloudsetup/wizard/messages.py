"""The one place that turns a service message or any exception into text for the user.

Services hand over :class:`~cloudsetup.services.text.Text` values (English source plus context)
and :class:`~cloudsetup.services.errors.UserError`; here they are translated with Qt's
translator. Anything else that reaches the GUI is a bug: the user gets a calm, generic message
and the advice to copy the details for support, and the traceback goes to the log only.
"""

from __future__ import annotations

import logging
import traceback

from PySide6.QtCore import QCoreApplication

from cloudsetup import __version__
from cloudsetup.services.errors import UserError
from cloudsetup.services.text import Text

log = logging.getLogger(__name__)


def translate(text: Text) -> str:
    """``text`` in the current UI language, with its ``{name}`` parameters filled in."""
    return text.render(QCoreApplication.translate(text.context, text.source))


def describe(exc: BaseException) -> tuple[str, str | None]:
    """The translated message and hint (or ``None``) the user sees for ``exc``."""
    if isinstance(exc, UserError):
        hint = translate(exc.hint) if exc.hint is not None else None
        return translate(exc.message), hint
    log.error("unexpected error reached the user interface", exc_info=exc)
    return (
        QCoreApplication.translate("Messages", "An unexpected error occurred."),
        QCoreApplication.translate(
            "Messages",
            'Please try again. If it happens again, click "Copy details" and send the '
            "details to support.",
        ),
    )


def diagnostics(exc: BaseException) -> str:
    """English detail for a support ticket: what happened, never a secret.

    For a :class:`UserError` that is its ``technical`` text (which the services keep free of
    secrets); for anything else the exception type and the last frames, because that is a bug
    a developer will want to find.
    """
    lines = [f"cloudsetup {__version__}"]
    if isinstance(exc, UserError):
        lines.append(f"{exc.code}: {exc.message.english()}")
        if exc.technical:
            lines.append(exc.technical)
    else:
        lines.extend(
            line.rstrip("\n")
            for line in traceback.format_exception(type(exc), exc, exc.__traceback__, limit=8)
        )
    return "\n".join(lines)
