"""Which language the UI speaks, and loading its translations into the application.

The source strings are English; German is the default because the users are German trade
businesses. The choice, in order: ``--lang`` on the command line, the saved setting, the system
locale when it is German or English, otherwise German.
"""

from __future__ import annotations

import logging
from typing import Final, Literal

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from cloudsetup.wizard.qm_cache import compiled_translation

log = logging.getLogger(__name__)

Language = Literal["de", "en"]
SUPPORTED: Final[tuple[Language, ...]] = ("de", "en")
DEFAULT_LANGUAGE: Final[Language] = "de"

# The translators must outlive this module's functions: QCoreApplication keeps only a pointer.
_installed: list[QTranslator] = []


def _supported(code: str | None) -> Language | None:
    if not code:
        return None
    short = code.strip().lower().replace("-", "_").split("_", 1)[0]
    return short if short in SUPPORTED else None


def choose_language(
    explicit: str | None = None, saved: str | None = None, system: QLocale | None = None
) -> Language:
    """``explicit`` > ``saved`` > the system locale (de or en) > German."""
    for candidate in (explicit, saved):
        chosen = _supported(candidate)
        if chosen is not None:
            return chosen
    locale = system if system is not None else QLocale.system()
    return _supported(locale.name()) or DEFAULT_LANGUAGE


def _load(path: str, name: str) -> QTranslator | None:
    translator = QTranslator()
    if not translator.load(path):
        log.warning("cannot load translation %s", path)
        return None
    app = QCoreApplication.instance()
    if app is None or not QCoreApplication.installTranslator(translator):
        log.warning("cannot install translation %s", name)
        return None
    return translator


def install_translations(language: str) -> Language:
    """Replace the installed translations with those of ``language``; returns the language used.

    Loads the project's compiled ``.qm`` and, when Qt ships one, ``qtbase_<lang>.qm`` for the
    texts of Qt's own dialogs. Must be called after the ``QApplication`` exists and before
    widgets are created (widgets take their texts when they are built).
    """
    chosen = _supported(language) or DEFAULT_LANGUAGE
    for translator in _installed:
        QCoreApplication.removeTranslator(translator)
    _installed.clear()

    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qtbase = QTranslator()
    # The source language needs no Qt translation; a missing qtbase file is not an error.
    if chosen != "en" and qtbase.load(QLocale(chosen), "qtbase", "_", qt_dir):
        QCoreApplication.installTranslator(qtbase)
        _installed.append(qtbase)

    compiled = compiled_translation(chosen)
    if compiled is not None:
        own = _load(str(compiled), f"cloudsetup_{chosen}")
        if own is not None:
            _installed.append(own)
    QLocale.setDefault(QLocale(chosen))
    return chosen


def current_language() -> Language:
    """The language whose texts the UI shows now (from the default locale set above)."""
    return _supported(QLocale().name()) or DEFAULT_LANGUAGE
