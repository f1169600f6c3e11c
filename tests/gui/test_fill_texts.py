"""The numbers and times page 4 shows, in German: rounded the way a person says them."""

from __future__ import annotations

from types import MappingProxyType

import pytest

from cloudsetup.models.fill import Collection
from cloudsetup.services.fill import FillProgress
from cloudsetup.wizard.pages.fill_texts import count_of, number, status_line, time_left


@pytest.mark.parametrize(
    ("seconds", "text"),
    [
        (None, "Restzeit wird ermittelt …"),
        (float("inf"), "Restzeit wird ermittelt …"),
        (4.2, "noch wenige Sekunden"),
        (31, "noch etwa 40 Sek."),
        (61, "noch etwa 2 Min."),
        (119.5, "noch etwa 2 Min."),
        (3599, "noch etwa 1 Std."),
        (3 * 3600 + 125, "noch etwa 3 Std. 3 Min."),
    ],
)
def test_time_left_is_rounded_up_to_what_a_person_says(seconds: float | None, text: str) -> None:
    assert time_left(seconds) == text


def test_counts_use_german_thousands_separators() -> None:
    assert number(1234567) == "1.234.567"
    assert count_of(1234, 5000) == "1.234 von 5.000"


def _progress(phase: str, rate: float, left: float | None) -> FillProgress:
    counts = MappingProxyType({Collection.CUSTOMERS: 10})
    return FillProgress(
        done=counts,
        total=counts,
        records_done=10,
        records_total=20,
        records_per_second=rate,
        seconds_left=left,
        phase=phase,  # type: ignore[arg-type]
    )


def test_the_status_line_names_the_phase_and_during_the_upload_rate_and_time() -> None:
    assert status_line(_progress("uploading", 12345.6, 100)) == (
        "Wird gesendet: 12.346 Datensätze/s · noch etwa 2 Min."
    )
    assert status_line(_progress("verifying", 0, 0)) == "Die Cloud prüft die Daten …"
    assert "vorbereitet" in status_line(_progress("planning", 0, None))
