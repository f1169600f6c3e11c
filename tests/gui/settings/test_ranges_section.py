"""The settings' "Nummernkreise": one bar per prefix with the usage, and the office's range."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from cloudsetup.models import DomainData, EmployeeIn, NumberRange, NumberRangeIn
from cloudsetup.services.employees import EmployeeService
from cloudsetup.services.ranges import RangeService
from cloudsetup.services.setup import SetupService
from cloudsetup.wizard.settings.range_bar import MIN_BLOCK, MIN_GAP, OFFICE_COLOR, layout_blocks
from cloudsetup.wizard.settings.ranges_section import RangeSettings
from gui.settings.windows import open_window, settle
from gui.wizard_pages import connect, wait_for
from support.cloud import unique_email

PREFIX = "RE-NK-"


def _range(start: int, end: int, next_number: int, employee_id: int | None = 7) -> NumberRange:
    return NumberRange(
        id=start,
        prefix=PREFIX,
        start=start,
        end=end,
        next_number=next_number,
        employee_id=employee_id,
        owner_name="" if employee_id is None else "Lea Schmidt",
    )


# -- the layout of a bar ------------------------------------------------------------------


def test_blocks_stand_in_number_order_proportional_beyond_their_minimum() -> None:
    small, big = _range(1, 100, 1), _range(101, 10_100, 5101, None)
    blocks = layout_blocks([big, small], 1000)
    assert [b.number_range for b in blocks] == [small, big]
    assert blocks[0].left == 0
    assert blocks[1].left == pytest.approx(blocks[0].width)  # they touch: no gap between
    assert blocks[0].width + blocks[1].width == pytest.approx(1000)
    spare = 1000 - 2 * MIN_BLOCK
    assert blocks[1].width == pytest.approx(MIN_BLOCK + spare * 10_000 / 10_100)
    assert blocks[1].used_width == pytest.approx(blocks[1].width * 0.5)
    assert blocks[0].used_width == 0


def test_free_numbers_between_two_ranges_are_a_gap_and_tiny_bars_still_fit() -> None:
    first, second = _range(1, 1000, 1000), _range(5001, 6000, 5001)
    blocks = layout_blocks([first, second], 600)
    gap = blocks[1].left - (blocks[0].left + blocks[0].width)
    assert gap >= MIN_GAP
    assert blocks[0].used_width == pytest.approx(blocks[0].width * 999 / 1000)
    squeezed = layout_blocks([first, second], 30)  # narrower than the minimums
    assert squeezed[1].left + squeezed[1].width == pytest.approx(30)
    assert layout_blocks([], 600) == []


# -- the section against the cloud --------------------------------------------------------


@pytest.fixture
def arranged(service: SetupService, tenant: DomainData) -> SetupService:
    """The office's range RE-NK-1 … 5000 with 1200 used, Lea's RE-NK-5001 … 6000 with 37."""
    connect(service, tenant)
    lea = EmployeeService(service).add(EmployeeIn(name="Lea Schmidt", email=unique_email()))
    ranges = RangeService(service)
    ranges.set_office_range(NumberRangeIn(prefix=PREFIX, start=1, end=5000, next_number=1201))
    ranges.set_employee_range(
        lea.id, NumberRangeIn(prefix=PREFIX, start=5001, end=6000, next_number=5038)
    )
    return service


def test_the_bar_shows_both_ranges_of_the_prefix_with_their_usage(
    qtbot: QtBot, arranged: SetupService, tenant: DomainData, tmp_path: Path
) -> None:
    window = open_window(
        qtbot, arranged, server_url=tenant.server_url, state_dir=tmp_path, section="ranges"
    )
    section = window.section_of(RangeSettings)
    usage = section.usage_of(PREFIX)
    assert usage.title() == f"Präfix {PREFIX}"
    office, lea = usage.row_of("Büro"), usage.row_of("Lea Schmidt")
    assert office.numbers.text() == f"{PREFIX}1 – {PREFIX}5000"
    assert office.usage.text() == "1.200 vergeben, 3.800 frei"
    assert lea.numbers.text() == f"{PREFIX}5001 – {PREFIX}6000"
    assert lea.usage.text() == "37 vergeben, 963 frei"

    blocks = usage.bar.blocks()
    assert [b.number_range.owner_name for b in blocks] == ["", "Lea Schmidt"]
    assert blocks[0].width > blocks[1].width > MIN_BLOCK
    assert blocks[0].used_width == pytest.approx(blocks[0].width * 1200 / 5000)
    picture = usage.bar.grab().toImage()
    y = picture.height() // 2
    ratio = picture.devicePixelRatio()
    used = picture.pixelColor(int((blocks[0].left + 3) * ratio), y)
    free = picture.pixelColor(int((blocks[0].left + blocks[0].width - 3) * ratio), y)
    assert used == QColor(OFFICE_COLOR)  # the used part is painted in the office's colour
    assert free != used
    assert free.lightness() > used.lightness()
    assert "Lea Schmidt: RE-NK-5001 – RE-NK-6000, 37 vergeben" in usage.bar.accessibleDescription()


def test_editing_the_office_range_saves_it_and_an_overlap_is_named_at_from(
    qtbot: QtBot, arranged: SetupService, tenant: DomainData, tmp_path: Path
) -> None:
    window = open_window(
        qtbot, arranged, server_url=tenant.server_url, state_dir=tmp_path, section="ranges"
    )
    section = window.section_of(RangeSettings)
    editor = section.office_editor
    assert (editor.prefix.text(), editor.start.text(), editor.end.text()) == (PREFIX, "1", "5000")

    editor.end.setText("5500")  # into Lea's numbers
    wait_for(qtbot, editor.save())
    message = editor.messages["start"]
    assert message.isVisible()
    assert "Lea Schmidt" in message.text()
    office = next(r for r in RangeService(arranged).list() if r.employee_id is None)
    assert office.end == 5000  # the cloud kept what it had

    editor.end.setText("4000")
    editor.next_number.setText("1201")
    wait_for(qtbot, editor.save())
    assert not message.isVisible()
    office = next(r for r in RangeService(arranged).list() if r.employee_id is None)
    assert (office.start, office.end, office.next_number) == (1, 4000, 1201)
    settle(qtbot, section)
    assert section.usage_of(PREFIX).row_of("Büro").usage.text() == "1.200 vergeben, 2.800 frei"


def test_an_inverted_office_range_is_refused_before_anything_is_sent(
    qtbot: QtBot, arranged: SetupService, tenant: DomainData, tmp_path: Path
) -> None:
    window = open_window(
        qtbot, arranged, server_url=tenant.server_url, state_dir=tmp_path, section="ranges"
    )
    editor = window.section_of(RangeSettings).office_editor
    editor.start.setText("900")
    editor.end.setText("100")
    assert editor.save() is None
    assert editor.messages["end"].isVisible()
