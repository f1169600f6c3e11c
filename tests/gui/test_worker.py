"""The worker helper: signals in order, errors delivered, cancelled results dropped."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QThread, QThreadPool
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from cloudsetup.wizard.worker import Worker, live_workers, run_in_worker


def test_returned_carries_the_result_and_finished_comes_last(qtbot: QtBot) -> None:
    events: list[str] = []
    worker = Worker(lambda a, b: a + b, 2, b=3)
    worker.signals.started.connect(lambda: events.append("started"))
    worker.signals.returned.connect(lambda value: events.append(f"returned {value}"))
    worker.signals.errored.connect(lambda exc: events.append(f"errored {exc}"))
    with qtbot.waitSignal(worker.signals.finished, timeout=5000):
        worker.signals.finished.connect(lambda: events.append("finished"))
        worker.start()
    assert events == ["started", "returned 5", "finished"]


def test_errored_carries_the_exception_and_nothing_is_returned(qtbot: QtBot) -> None:
    returned: list[object] = []
    errors: list[BaseException] = []

    def fail() -> None:
        raise ValueError("broken on purpose")

    worker = run_in_worker(fail, on_returned=returned.append, on_errored=errors.append)
    qtbot.waitSignal(worker.signals.finished, timeout=5000).wait()
    qtbot.waitUntil(lambda: not worker.is_running)
    assert returned == []
    assert len(errors) == 1
    assert isinstance(errors[0], ValueError)
    assert str(errors[0]) == "broken on purpose"


def test_cancelled_worker_drops_its_result_but_still_finishes(qtbot: QtBot) -> None:
    release = threading.Event()
    returned: list[object] = []
    errors: list[BaseException] = []

    def slow() -> str:
        release.wait(5)
        return "too late"

    worker = run_in_worker(slow, on_returned=returned.append, on_errored=errors.append)
    worker.cancel()
    with qtbot.waitSignal(worker.signals.finished, timeout=5000):
        release.set()
    assert worker.is_cancelled
    assert returned == []
    assert errors == []


def test_result_queued_before_cancel_is_dropped_too(qtbot: QtBot) -> None:
    """The cancel check happens on the GUI thread when the result is delivered."""
    returned: list[object] = []
    worker = run_in_worker(lambda: "queued", on_returned=returned.append)
    # The pool thread runs to its end and posts the result; the GUI thread has not seen it yet.
    assert QThreadPool.globalInstance().waitForDone(5000)
    worker.cancel()
    qtbot.waitUntil(lambda: not worker.is_running, timeout=5000)
    assert returned == []


def test_callbacks_run_on_the_gui_thread(qtbot: QtBot, qapp: QApplication) -> None:
    threads: list[object] = []
    worker = run_in_worker(
        lambda: QThread.currentThread(),
        on_returned=lambda pool_thread: threads.extend([pool_thread, QThread.currentThread()]),
    )
    qtbot.waitUntil(lambda: not worker.is_running, timeout=5000)
    pool_thread, callback_thread = threads
    assert pool_thread is not qapp.thread()
    assert callback_thread is qapp.thread()


def test_worker_is_kept_alive_until_it_has_finished(qtbot: QtBot) -> None:
    release = threading.Event()
    worker = run_in_worker(lambda: release.wait(5))
    assert worker in live_workers()
    with qtbot.waitSignal(worker.signals.finished, timeout=5000):
        release.set()
    assert worker not in live_workers()


def test_unhandled_error_is_logged_not_raised(
    qtbot: QtBot, caplog: pytest.LogCaptureFixture
) -> None:
    def fail() -> None:
        raise RuntimeError("nobody listens")

    worker = run_in_worker(fail)
    qtbot.waitUntil(lambda: not worker.is_running, timeout=5000)
    assert "nobody handled it" in caplog.text
