"""Keeps a form's unsent input on disk while the user types, without blocking the GUI thread.

A :class:`DraftKeeper` is told every change; a moment after the last one it writes the draft on
a worker (the service's draft store, see :mod:`cloudsetup.services.drafts`). Writes run one at
a time and in order: a change, then "discard" after the form was sent, always end with the
discard, never with a late write of the old input.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

from PySide6.QtCore import QObject, QTimer

from cloudsetup.services.drafts import DraftValues
from cloudsetup.wizard.worker import Worker, run_in_worker

#: How long after the last keystroke the draft is written.
DRAFT_DELAY_MS: Final = 400


class DraftKeeper(QObject):
    """Writes ``values`` with ``save`` (debounced) and drops the draft with ``discard``."""

    def __init__(
        self,
        save: Callable[[DraftValues], None],
        discard: Callable[[], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._save = save
        self._discard = discard
        self._values: DraftValues | None = None
        self._worker: Worker | None = None
        self._next: Callable[[], None] | None = None  # the newest job waiting for the running one
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DRAFT_DELAY_MS)
        self._timer.timeout.connect(self.flush)

    @property
    def is_idle(self) -> bool:
        """Nothing waits to be written and no write runs (tests wait for this)."""
        return not self._timer.isActive() and self._worker is None and self._next is None

    def changed(self, values: DraftValues) -> None:
        """The form now holds ``values``; they are written shortly."""
        self._values = dict(values)
        self._timer.start()

    def flush(self) -> None:
        """Write the latest values now (the form is closing, or is about to be sent)."""
        self._timer.stop()
        values, self._values = self._values, None
        if values is not None:
            self._submit(lambda: self._save(values))

    def discard(self) -> None:
        """The input was sent or thrown away: drop what waits and remove the draft."""
        self._timer.stop()
        self._values = None
        self._submit(self._discard)

    def _submit(self, job: Callable[[], None]) -> None:
        if self._worker is not None:
            self._next = job  # only the newest state matters
            return
        self._worker = run_in_worker(job, on_finished=self._on_finished)

    def _on_finished(self) -> None:
        self._worker = None
        job, self._next = self._next, None
        if job is not None:
            self._submit(job)
