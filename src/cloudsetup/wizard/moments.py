"""Moments (aware ``datetime`` values from the cloud) as the admin reads them: local time.

The format follows the UI language's locale, which :func:`~cloudsetup.wizard.i18n.
install_translations` makes the default: "12.03.26 14:05" in German.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime


def local_time(moment: datetime | None, *, missing: str = "?") -> str:
    """``moment`` in this computer's time zone, short, the way the UI language writes dates."""
    if moment is None:
        return missing
    local = moment.astimezone()
    stamp = QDateTime(
        QDate(local.year, local.month, local.day), QTime(local.hour, local.minute, local.second)
    )
    return QLocale().toString(stamp, QLocale.FormatType.ShortFormat)
