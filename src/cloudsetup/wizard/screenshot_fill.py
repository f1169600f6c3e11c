"""The screenshots of page 4: the counts before the fill, a fill under way, the checked summary.

The fill is a real one, of the office database the caller hands in, against the caller's
cloud. The "under way" picture is taken from the page's own progress signal, at the first
snapshot between a third and four fifths of the way; on a very fast machine, where no snapshot
falls in that range, the last one taken during the upload.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Final

from PySide6.QtGui import QPixmap

from cloudsetup.models import SetupState
from cloudsetup.services.fill import FillProgress
from cloudsetup.services.setup import SetupService
from cloudsetup.wizard.screenshot_data import spin
from cloudsetup.wizard.wizard import PageId, SetupWizard

#: Records of the generated demo office data: enough for a fill that takes a moment.
DEMO_RECORDS: Final = 20_000
#: Records per upload: smaller than the default, so the progress moves in visible steps.
BATCH_SIZE: Final = 500

Save = Callable[[QPixmap, str], Path]
Shoot = Callable[[SetupWizard, str], None]


def shoot_fill_page(
    service: SetupService,
    state: SetupState,
    *,
    shoot: Shoot,
    save: Save,
    banner: str | None,
    office_db: Path,
) -> None:
    """Write ``06-fill``, ``06-fill-running`` and ``06-fill-done`` (in that order)."""
    with tempfile.TemporaryDirectory(prefix="cloudsetup-shots-") as folder:
        work = Path(folder)
        wizard = SetupWizard(
            service, portal_url="", banner=banner, office_db=office_db, fill_state_dir=work
        )
        wizard.fill.set_batch_size(BATCH_SIZE)
        wizard.set_setup_state(state)
        wizard.setStartId(PageId.FILL)
        wizard.restart()
        wizard.show()
        page = wizard.fill
        spin(lambda: not page.is_busy)
        shoot(wizard, "06-fill")

        in_range: list[QPixmap] = []
        latest: list[QPixmap] = []

        def on_progress(progress: FillProgress) -> None:
            if progress.phase != "uploading" or in_range or progress.records_done == 0:
                return
            share = progress.records_done / max(progress.records_total, 1)
            picture = wizard.grab()
            if 0.33 <= share <= 0.8:
                in_range.append(picture)
            latest[:] = [picture]

        page.progress_shown.connect(on_progress)
        page.start()
        spin(lambda: page.confirm_box is not None or not page.is_busy)
        if page.confirm_box is not None:  # a kept demo cloud holds data from an earlier run
            page.confirm_box.confirm_button.click()
        spin(lambda: not page.is_busy)
        page.progress_shown.disconnect(on_progress)
        if page.panel.kind != "success":
            raise RuntimeError(f"the fill failed: {page.panel.message_label.text()}")
        running = (in_range or latest)[:1]
        if not running:
            raise RuntimeError("the fill reported no progress to take a picture of")
        save(running[0], "06-fill-running")
        shoot(wizard, "06-fill-done")
        wizard.close()
