"""Benchmark of the GUI thread during a fill: does page 4 stay responsive?

    python bench/gui_fill.py [--records 200000]

Generates N records of demo office data, starts ``cloudsetup-server run`` in its own process,
opens the real wizard offscreen at page 4 and clicks "Jetzt neu befüllen". A 10 ms heartbeat
``QTimer`` on the GUI thread records the time between its ticks; the longest gap during the
fill is how long the GUI could not react. The last line:

    gui: longest stall 31 ms
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"

from cloud_process import cloud_process
from fill import _role
from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from cloudsetup.models import DomainData
from cloudsetup.services.bootstrap import build_setup_service
from cloudsetup.services.input_checks import validate_credentials_input
from cloudsetup.services.secrets import SessionSecretStore
from cloudsetup.wizard.i18n import install_translations
from cloudsetup.wizard.wizard import PageId, SetupWizard

DEFAULT_RECORDS = 200_000
HEARTBEAT_MS = 10
TIMEOUT_S = 1800


def _spin_until(app: QApplication, done: object, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while not done() and time.monotonic() < deadline:  # type: ignore[operator]
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        time.sleep(0.005)


def measure(access: DomainData, office: Path, state_dir: Path) -> None:
    app = QApplication(["cloudsetup-bench"])
    install_translations("de")
    service = build_setup_service(config_dir=state_dir, secrets=SessionSecretStore())
    connection = service.test_connection(
        validate_credentials_input(
            access.server_url, access.domain, access.username, access.password
        )
    )
    wizard = SetupWizard(service, portal_url="", office_db=office, fill_state_dir=state_dir)
    wizard.set_setup_state(connection.tenant.setup)
    wizard.setStartId(PageId.FILL)
    wizard.show()
    wizard.restart()
    page = wizard.fill
    _spin_until(app, lambda: not page.is_busy, 120)

    gaps: list[float] = []
    last = [time.perf_counter()]
    loop = QEventLoop()

    def beat() -> None:
        now = time.perf_counter()
        gaps.append(now - last[0])
        last[0] = now
        if not page.is_busy and page.panel.kind in {"success", "error"}:
            loop.quit()

    heartbeat = QTimer()
    heartbeat.setInterval(HEARTBEAT_MS)
    heartbeat.timeout.connect(beat)
    QTimer.singleShot(TIMEOUT_S * 1000, loop.quit)
    started = time.perf_counter()
    heartbeat.start()
    last[0] = time.perf_counter()
    page.fill_button.click()
    loop.exec()
    heartbeat.stop()
    seconds = time.perf_counter() - started
    if page.panel.kind != "success":
        sys.exit(f"the fill did not succeed: {page.panel.message_label.text()}")
    total = sum(page.counts.values()) if page.counts else 0
    stall = max(gaps) * 1000
    print(f"gui fill: {total} records in {seconds:.1f} s = {total / seconds:.0f} rec/s")
    print(f"gui heartbeats: {len(gaps)} at {HEARTBEAT_MS} ms")
    print(f"gui median gap: {statistics.median(gaps) * 1000:.1f} ms")
    print(f"gui 99th percentile gap: {statistics.quantiles(gaps, n=100)[98] * 1000:.1f} ms")
    print(f"gui gaps over 50 ms: {sum(gap > 0.05 for gap in gaps)}")
    print(f"gui: longest stall {stall:.0f} ms")
    wizard.close()
    service.close()
    del app


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--records", type=int, default=DEFAULT_RECORDS)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="cloudsetup-bench-gui-") as folder:
        work = Path(folder)
        office = work / "office.sqlite3"
        generated = _role("generate", "--office", str(office), "--records", str(args.records))
        print(f"generate: {sum(generated['counts'].values())} records")
        with cloud_process(work / "cloud") as cloud:
            measure(cloud.access, office, work / "client")


if __name__ == "__main__":
    main()
