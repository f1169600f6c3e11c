"""The words and numbers page 4 shows: record counts, records per second, the time left.

Numbers follow the UI language's locale ("1.234.567" in German). The time left is rounded the
way a person says it ("noch etwa 2 Min."): an estimate from the recent upload rate, never
shown to the second, and not at all while there is no rate yet.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, QLocale

from cloudsetup.models.fill import Collection
from cloudsetup.services.fill_progress import COLLECTION_LABELS, FillProgress
from cloudsetup.wizard.messages import translate


def number(value: int | float) -> str:
    """``value`` rounded to a whole number, with the locale's thousands separators."""
    return QLocale().toString(round(value))


def collection_label(collection: Collection) -> str:
    return translate(COLLECTION_LABELS[collection])


def records_per_second(rate: float) -> str:
    return QCoreApplication.translate("FillTexts", "{rate} records/s").format(rate=number(rate))


def time_left(seconds: float | None) -> str:
    """Rounded up to what a person would say; ``seconds`` is ``None`` while unknown."""
    if seconds is None or not math.isfinite(seconds):
        return QCoreApplication.translate("FillTexts", "estimating the time left…")
    if seconds < 10:
        return QCoreApplication.translate("FillTexts", "a few seconds left")
    if seconds < 60:
        return QCoreApplication.translate("FillTexts", "about {seconds} s left").format(
            seconds=math.ceil(seconds / 10) * 10
        )
    minutes = math.ceil(seconds / 60)
    if minutes < 60:
        return QCoreApplication.translate("FillTexts", "about {minutes} min left").format(
            minutes=minutes
        )
    hours, rest = divmod(minutes, 60)
    if rest == 0:
        return QCoreApplication.translate("FillTexts", "about {hours} h left").format(hours=hours)
    return QCoreApplication.translate("FillTexts", "about {hours} h {minutes} min left").format(
        hours=hours, minutes=rest
    )


def planning_text() -> str:
    return QCoreApplication.translate(
        "FillTexts", "Preparing the office data and asking the cloud what it already holds…"
    )


def status_line(progress: FillProgress) -> str:
    """The line under the bars: what is happening, and during the upload how fast."""
    if progress.phase == "planning":
        return planning_text()
    if progress.phase == "verifying":
        return QCoreApplication.translate("FillTexts", "The cloud is checking the data…")
    if progress.phase == "done":
        return QCoreApplication.translate("FillTexts", "Done.")
    return QCoreApplication.translate("FillTexts", "Sending: {rate} · {left}").format(
        rate=records_per_second(progress.records_per_second),
        left=time_left(progress.seconds_left),
    )


def count_of(done: int, total: int) -> str:
    """ "1.234 of 5.000" next to a bar."""
    return QCoreApplication.translate("FillTexts", "{done} of {total}").format(
        done=number(done), total=number(total)
    )
