"""What the command-line commands (``fill``, ``sync``, ``device``) share: translated output,
numbers and money in the user's language, Ctrl-C as a clean cancel, and one line per error.

Messages are translated with Qt's translator like the wizard's, in the language of ``--lang``,
else the saved setting, else the system's; Qt is imported only when a command runs.
"""

from __future__ import annotations

import contextlib
import logging
import signal
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from types import FrameType
from typing import Final, TextIO

from cloudsetup.services.text import QT_TRANSLATE_NOOP, Text
from cloudsetup.services.user_error import UserError

log = logging.getLogger(__name__)

Translate = Callable[[Text], str]
Number = Callable[[int | float], str]

# The QCoreApplication the translations need; kept alive here (Qt holds only a pointer).
_qt_app: list[object] = []

_UNEXPECTED: Final = QT_TRANSLATE_NOOP(
    "Commands",
    "An unexpected error occurred. Please try again; if it happens again, contact support.",
)


def plain_number(value: int | float) -> str:
    return f"{value:,.0f}"


@dataclass(frozen=True)
class Output:
    """How a command speaks: translate a message, write a number and an amount of money."""

    tr: Translate
    number: Number
    money: Callable[[int], str]

    def error(self, error: BaseException, stream: TextIO) -> None:
        """One line for ``error``: the message and what to do; never a traceback."""
        if isinstance(error, UserError):
            text = self.tr(error.message)
            if error.hint is not None:
                text = f"{text} {self.tr(error.hint)}"
            if error.technical:
                log.info("%s: %s", error.code, error.technical)
        else:
            log.error("unexpected error in a command", exc_info=error)
            text = self.tr(_UNEXPECTED)
        print(text, file=stream, flush=True)


def qt_output(config_dir: Path | None, lang: str | None = None) -> Output:
    """Qt's translator, number and money format in ``lang`` (else the saved or system one)."""
    from PySide6.QtCore import QCoreApplication, QLocale

    from cloudsetup.services.settings import SettingsStore
    from cloudsetup.wizard.i18n import choose_language, install_translations
    from cloudsetup.wizard.messages import translate

    if QCoreApplication.instance() is None:
        _qt_app.append(QCoreApplication(["cloudsetup"]))
    chosen = install_translations(
        choose_language(lang, SettingsStore.in_dir(config_dir).load().language)
    )
    locale = QLocale(QLocale.Language.German if chosen == "de" else QLocale.Language.English)

    def number(value: int | float) -> str:
        return locale.toString(round(value))

    def money(cents: int) -> str:
        amount = locale.toString(cents / 100, "f", 2)
        return f"{amount} €" if chosen == "de" else f"€{amount}"

    return Output(translate, number, money)


@contextlib.contextmanager
def ctrl_c_cancels(cancel: threading.Event) -> Iterator[None]:
    """The first Ctrl-C sets ``cancel``; a second one interrupts at once."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def handler(signum: int, frame: FrameType | None) -> None:
        if cancel.is_set():
            raise KeyboardInterrupt
        cancel.set()

    previous = signal.signal(signal.SIGINT, handler)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)
