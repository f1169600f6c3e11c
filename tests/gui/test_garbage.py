"""The GUI-thread garbage collector: no automatic collection elsewhere, cycles still freed."""

from __future__ import annotations

import gc
import weakref

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from cloudsetup.wizard.garbage import GuiThreadGarbageCollector


class _Node:
    def __init__(self) -> None:
        self.partner: _Node | None = None


def _make_cycle() -> weakref.ref[_Node]:
    first, second = _Node(), _Node()
    first.partner, second.partner = second, first
    return weakref.ref(first)


def test_while_running_python_does_not_collect_by_itself(qapp: QApplication) -> None:
    collector = GuiThreadGarbageCollector(qapp)
    collector.start()
    try:
        assert not gc.isenabled()
        assert collector.running
    finally:
        collector.stop()
    assert not collector.running


def test_the_timer_frees_cycles_on_the_gui_thread(qapp: QApplication, qtbot: QtBot) -> None:
    collector = GuiThreadGarbageCollector(qapp, interval_ms=10)
    collector.start()
    try:
        cycle = _make_cycle()
        # Objects that stay alive push generation 0 past its threshold, as a GUI's would.
        alive = [_Node() for _ in range(2000)]
        qtbot.waitUntil(lambda: cycle() is None, timeout=5_000)
        assert len(alive) == 2000
    finally:
        collector.stop()


def test_stop_collects_what_is_left_and_restores_the_previous_setting(
    qapp: QApplication,
) -> None:
    was_enabled = gc.isenabled()
    collector = GuiThreadGarbageCollector(qapp)
    collector.start()
    cycle = _make_cycle()

    collector.stop()

    assert cycle() is None
    assert gc.isenabled() == was_enabled
