"""What page 4 runs on pool threads, and how the fill's progress reaches the GUI thread.

The office database is opened inside each task and closed there: an SQLite connection belongs
to the thread that opened it. The fill's progress reaches the GUI thread through a
:class:`~cloudsetup.wizard.progress_relay.ProgressRelay`.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from cloudsetup.localdata import OfficeDatabase
from cloudsetup.models import SetupState
from cloudsetup.models.fill import CloudData, Collection, FillResult
from cloudsetup.services.fill import FillProgress, FillService
from cloudsetup.services.setup import SetupService


@dataclass(frozen=True)
class FillOutcome:
    """A verified fill and the setup state the cloud reports afterwards."""

    result: FillResult
    state: SetupState


def read_counts(path: Path) -> dict[Collection, int] | None:
    """The number of records per collection in the office database; ``None`` if it is missing.

    A missing file is not created: opening it would make an empty database.
    """
    if not path.is_file():
        return None
    office = OfficeDatabase(path)
    try:
        return {collection: office.count(collection) for collection in Collection}
    finally:
        office.close()


def cloud_holds_data(fill: FillService) -> CloudData | None:
    """What the cloud holds now, or ``None`` when it holds no records."""
    data = fill.cloud_data()
    return data if any(totals.count for totals in data.totals) else None


def run_fill(
    fill: FillService,
    setup: SetupService,
    path: Path,
    *,
    on_progress: Callable[[FillProgress], None],
    cancel: threading.Event,
) -> FillOutcome:
    """Fill the cloud from the office database at ``path``; then ask the cloud for its state."""
    office = OfficeDatabase(path)
    try:
        result = fill.run(office, on_progress=on_progress, cancel=cancel)
    finally:
        office.close()
    return FillOutcome(result=result, state=setup.setup_state())
