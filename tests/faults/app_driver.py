"""The desktop app in a process of its own, for the test that kills it (SIGKILL) mid-save.

    python -m faults.app_driver KEYRING_FILE CONFIG_DIR add NAME EMAIL
    python -m faults.app_driver KEYRING_FILE CONFIG_DIR resume

Both run the real Launcher offscreen on CONFIG_DIR (the session comes from the test's file
keyring) and wait until page 2 has loaded the employees from the cloud. ``add`` opens the
employee dialog, types NAME and EMAIL, prints ``draft-kept`` once the draft is on disk, waits
for a line on stdin, clicks "Speichern" and prints ``saving``; then it waits to be killed.
``resume`` notes the page the wizard resumed at (page 3 once an employee exists), goes back to
page 2 if needed, opens the dialog, prints one JSON line (that page, the employees page 2 shows
and what the dialog was filled with), saves a restored entry, prints ``saved`` and exits 0.
Every wait is bounded; run with ``tests`` on ``PYTHONPATH``.
"""

from __future__ import annotations

import json
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Final

from PySide6.QtCore import QThreadPool
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from cloudsetup.services.bootstrap import build_setup_service
from cloudsetup.wizard.garbage import GuiThreadGarbageCollector
from cloudsetup.wizard.i18n import install_translations
from cloudsetup.wizard.launcher import Launcher
from cloudsetup.wizard.pages.employees import EmployeesPage
from cloudsetup.wizard.wizard import PageId, SetupWizard
from faults.file_keyring import FileKeyring

WAIT_S: Final = 60.0


def wait_until(condition: Callable[[], object], timeout: float = WAIT_S) -> None:
    """Run the event loop until ``condition()`` holds; ``TimeoutError`` after ``timeout``."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the app did not get there in time")
        QTest.qWait(20)


def add(page: EmployeesPage, name: str, email: str) -> int:
    dialog = page.add_employee()
    QTest.keyClicks(dialog.name, name)
    QTest.keyClicks(dialog.email, email)
    wait_until(lambda: page.drafts.is_idle)
    print("draft-kept", flush=True)
    go = threading.Event()

    def wait_for_go() -> None:  # on a thread: reading stdin blocks
        sys.stdin.readline()
        go.set()

    threading.Thread(target=wait_for_go, daemon=True).start()
    wait_until(go.is_set)
    if dialog.submit() is None:
        print("refused locally", flush=True)
        return 2
    print("saving", flush=True)
    wait_until(lambda: page.dialog is None, timeout=120)  # the test kills us before this
    print("saved", flush=True)
    return 0


def resume(wizard: SetupWizard) -> int:
    resumed_at = PageId(wizard.currentId()).name
    while wizard.currentId() > PageId.EMPLOYEES:
        wizard.back()
    page = wizard.employees
    wait_until(lambda: not page.is_busy)
    dialog = page.add_employee()
    restored = dialog.draft_values() if dialog.email.text() else None
    report = {
        "resumed_at": resumed_at,
        "employees": [e.email for e in page.employees],
        "restored": restored,
    }
    print(json.dumps(report), flush=True)
    if restored is None:
        dialog.reject()
    else:
        if dialog.submit() is None:
            return 2
        wait_until(lambda: page.dialog is None)
        print("saved", flush=True)
    wait_until(lambda: page.drafts.is_idle)
    return 0


def main(argv: list[str]) -> int:
    keyring_file, config_dir, action, *rest = argv
    app = QApplication(["cloudsetup"])
    install_translations("de")
    collector = GuiThreadGarbageCollector(app)
    collector.start()
    service = build_setup_service(
        config_dir=Path(config_dir), keyring_backend=FileKeyring(Path(keyring_file))
    )
    launcher = Launcher(service, service.local_settings())
    opened: list[QWidget] = []
    launcher.opened.connect(opened.append)
    launcher.start()
    try:
        wait_until(lambda: opened)
        wizard = opened[0]
        assert isinstance(wizard, SetupWizard), wizard
        if action == "resume":
            return resume(wizard)
        assert wizard.currentId() == PageId.EMPLOYEES, wizard.currentId()
        page = wizard.employees
        wait_until(lambda: not page.is_busy)
        return add(page, *rest)
    finally:
        QThreadPool.globalInstance().waitForDone(5000)
        collector.stop()
        service.close()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
