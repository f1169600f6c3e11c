"""The office sync's calls as the GUI's workers run them: on a pool thread, database inside.

The office database is opened inside each call and closed there (an SQLite connection belongs
to the thread that opened it), and only when the file is there: opening a missing file would
create an empty office database and sync nothing into it.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from cloudsetup.localdata import OfficeDatabase
from cloudsetup.services.sync import SyncOverview, SyncProgress, SyncResult, SyncService


class OfficeDataMissing(Exception):  # noqa: N818 - a state the panel explains, not a bug
    """There is no office database to sync with: none was named, or the file is not there."""

    def __init__(self, path: Path | None) -> None:
        super().__init__(f"no office database at {path}" if path else "no office database named")
        self.path = path


@dataclass(frozen=True)
class OfficeSync:
    """The sync service and the office database it keeps in step with the cloud."""

    service: SyncService
    office_db: Path | None

    @property
    def has_office_data(self) -> bool:
        """An office database was named (whether the file is there is checked on a worker)."""
        return self.office_db is not None

    def overview(self) -> SyncOverview:
        """What is waiting on either side; runs on a pool thread."""
        with self._office() as office:
            return self.service.overview(office)

    def run(
        self, *, on_progress: Callable[[SyncProgress], None], cancel: threading.Event
    ) -> SyncResult:
        """One sync run (``SyncCancelled`` when ``cancel`` is set); runs on a pool thread."""
        with self._office() as office:
            return self.service.run(office, on_progress=on_progress, cancel=cancel)

    @contextmanager
    def _office(self) -> Iterator[OfficeDatabase]:
        path = self.office_db
        if path is None or not path.is_file():
            raise OfficeDataMissing(path)
        office = OfficeDatabase(path)
        try:
            yield office
        finally:
            office.close()
