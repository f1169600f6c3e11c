"""Run a blocking service call on a pool thread and hear back on the GUI thread by signals.

The pattern is superqt's: a ``QRunnable`` does the work, a separate ``QObject`` carries its
signals. The pool thread never emits the public signals itself; it posts its outcome to the
signals object, which lives on the GUI thread, and that object re-emits there. So every slot,
even a plain lambda, runs on the GUI thread, and a cancel that happens while the outcome is
still queued is honoured: the check is made on the GUI thread at delivery time.

A worker is kept in a module-level set until it has finished, so neither Python's garbage
collector nor Qt deletes it while the pool still runs it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, Final

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)

_LIVE: set[Worker] = set()

_STARTED: Final = "started"
_RETURNED: Final = "returned"
_ERRORED: Final = "errored"
_FINISHED: Final = "finished"


class WorkerSignals(QObject):
    """What a :class:`Worker` reports; emitted on the thread this object lives on (the GUI's).

    ``returned`` and ``errored`` are dropped once the worker is cancelled; ``finished`` always
    comes last, also after a cancel, and only says that the pool thread is free again.
    """

    started = Signal()
    returned = Signal(object)
    errored = Signal(object)
    finished = Signal()

    # Posted from the pool thread; the queued connection below brings it to our own thread.
    _outcome = Signal(str, object)

    def __init__(self, worker: Worker) -> None:
        super().__init__()
        self._worker = worker
        self._outcome.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    @Slot(str, object)
    def _deliver(self, kind: str, payload: object) -> None:
        worker = self._worker
        if kind == _STARTED:
            self.started.emit()
        elif kind == _FINISHED:
            _LIVE.discard(worker)
            self.finished.emit()
        elif worker.is_cancelled:
            log.debug("dropping the %s outcome of a cancelled worker", kind)
        elif kind == _RETURNED:
            self.returned.emit(payload)
        else:
            self.errored.emit(payload)


class Worker(QRunnable):
    """Runs ``fn(*args, **kwargs)`` once on the global thread pool; see :func:`run_in_worker`."""

    def __init__(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> None:
        super().__init__()
        # We keep the Python object alive ourselves (``_LIVE``); Qt must not delete it under us.
        self.setAutoDelete(False)
        self._fn = fn
        self._args = args
        self._kwargs = kwargs
        self._cancelled = False
        self.signals = WorkerSignals(self)

    @property
    def is_cancelled(self) -> bool:
        return self._cancelled

    @property
    def is_running(self) -> bool:
        """True from :meth:`start` until ``finished`` has been delivered on the GUI thread."""
        return self in _LIVE

    def start(self) -> None:
        """Queue the call on ``QThreadPool.globalInstance()``."""
        _LIVE.add(self)
        QThreadPool.globalInstance().start(self)

    def cancel(self) -> None:
        """Drop the result: neither ``returned`` nor ``errored`` will be emitted any more.

        Cooperative: the call itself runs to its end (every network call has a timeout), but
        nobody hears of it, so the caller may reset its UI at once.
        """
        self._cancelled = True

    def run(self) -> None:
        """Executed on a pool thread: never touch a widget here."""
        post = self.signals._outcome.emit
        post(_STARTED, None)
        try:
            result = self._fn(*self._args, **self._kwargs)
        except Exception as exc:  # every failure goes to the one error handler
            post(_ERRORED, exc)
        else:
            post(_RETURNED, result)
        finally:
            post(_FINISHED, None)


def _log_unhandled(exc: object) -> None:
    log.error("a background task failed and nobody handled it", exc_info=_as_exc_info(exc))


def _as_exc_info(exc: object) -> BaseException | bool:
    return exc if isinstance(exc, BaseException) else False


def run_in_worker(
    fn: Callable[..., Any],
    /,
    *args: Any,
    on_returned: Callable[[Any], object] | None = None,
    on_errored: Callable[[BaseException], object] | None = None,
    on_finished: Callable[[], object] | None = None,
    **kwargs: Any,
) -> Worker:
    """Run ``fn(*args, **kwargs)`` on the thread pool and call back on the GUI thread.

    ``on_errored`` receives the exception (turn it into text with
    :func:`cloudsetup.wizard.messages.describe`); without it the error is logged. Must be
    called on the GUI thread, which then owns the worker's signals.
    """
    worker = Worker(fn, *args, **kwargs)
    if on_returned is not None:
        worker.signals.returned.connect(on_returned)
    worker.signals.errored.connect(on_errored if on_errored is not None else _log_unhandled)
    if on_finished is not None:
        worker.signals.finished.connect(on_finished)
    worker.start()
    return worker


def live_workers() -> frozenset[Worker]:
    """The workers that have not finished yet (tests wait for these to drain)."""
    return frozenset(_LIVE)
