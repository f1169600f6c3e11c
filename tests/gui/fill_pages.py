"""Helpers for the tests of page 4: a small office database, the page or wizard at page 4."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from cloudsetup.localdata import generate_demo_data
from cloudsetup.models import DomainData
from cloudsetup.models.fill import CloudData, Collection
from cloudsetup.services.setup import SetupService
from cloudsetup.wizard.pages.fill import FillPage
from cloudsetup.wizard.wizard import PageId, SetupWizard
from gui.wizard_pages import WAIT_MS, connect

#: Long enough for a fill of a few thousand records on a busy two-core machine.
FILL_WAIT_MS = 60_000


def office_database(directory: Path, records: int = 600) -> tuple[Path, dict[Collection, int]]:
    """A generated (deterministic) office database and its record count per collection."""
    path = directory / "office.sqlite3"
    counts = generate_demo_data(path, records=records)
    return path, dict(counts)


def fill_wizard(
    qtbot: QtBot,
    service: SetupService,
    tenant: DomainData,
    *,
    office_db: Path | None,
    state_dir: Path,
) -> SetupWizard:
    """A shown wizard, signed in to ``tenant``, at page 4 with its counts read."""
    connection = connect(service, tenant)
    wizard = SetupWizard(
        service,
        portal_url="https://kundenkonto.example.de/",
        office_db=office_db,
        fill_state_dir=state_dir,
    )
    qtbot.addWidget(wizard)
    wizard.set_setup_state(connection.tenant.setup)
    wizard.setStartId(PageId.FILL)
    wizard.show()
    wizard.restart()
    wait_idle(qtbot, wizard.fill)
    return wizard


def small_batch_wizard(
    qtbot: QtBot,
    service: SetupService,
    tenant: DomainData,
    *,
    office_db: Path,
    state_dir: Path,
    batch_size: int,
) -> SetupWizard:
    """A wizard at page 4 with small batches (so a fill has many parts), counts read.

    Keep the wizard while using its page: the page goes with it.
    """
    wizard = fill_wizard(qtbot, service, tenant, office_db=office_db, state_dir=state_dir)
    wizard.fill.set_batch_size(batch_size)
    return wizard


def wait_idle(qtbot: QtBot, page: FillPage, timeout: int = WAIT_MS) -> None:
    qtbot.waitUntil(lambda: not page.is_busy, timeout=timeout)


def live_counts(data: CloudData) -> dict[Collection, int]:
    return {totals.collection: totals.count for totals in data.totals if totals.count}
