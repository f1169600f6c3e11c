"""The "Cloudabgleich" panel against the real cloud and a real office database."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from cloudsetup.services import SyncProgress
from cloudsetup.wizard.sync.office_sync import OfficeSync
from cloudsetup.wizard.sync.runner import SyncRunner
from cloudsetup.wizard.sync.sync_panel import SyncPanel
from gui.device_world import DeviceWorld
from gui.wizard_pages import WAIT_MS


def _panel(qtbot: QtBot, world: DeviceWorld, runner: SyncRunner) -> tuple[QWidget, SyncPanel]:
    """The panel in a window of its own (as the settings window holds it), shown.

    The test keeps the window: Python owns it, and qtbot holds it only weakly.
    """
    window = QWidget()
    window.setMinimumSize(620, 320)
    panel = SyncPanel(runner, world.approvals(runner))
    QVBoxLayout(window).addWidget(panel)
    qtbot.addWidget(window)
    window.show()
    return window, panel


def _idle(qtbot: QtBot, runner: SyncRunner) -> None:
    qtbot.waitUntil(lambda: not runner.is_loading and not runner.is_running, timeout=WAIT_MS)


def test_the_panel_shows_the_last_sync_and_what_waits(qtbot: QtBot, world: DeviceWorld) -> None:
    anna = world.confirmed("Anna Becker")
    world.fill()
    world.change_office(3)
    world.sign_in(anna, "Annas Pixel")
    runner = world.runner()
    _window, panel = _panel(qtbot, world, runner)
    assert panel.waiting.text() == "Wird geprüft…"
    _idle(qtbot, runner)

    assert panel.last_sync.text() == "noch nie"
    assert panel.waiting.text() == "3 Änderungen im Büro, 1 neues Gerät zum Zulassen"
    assert panel.sync_button.isEnabled()
    assert panel.sync_button.text() == "Jetzt &synchronisieren"
    assert not panel.progress.isVisible()
    assert not panel.panel.isVisible()


def test_synchronise_now_shows_the_phases_the_result_and_opens_the_approval_dialog(
    qtbot: QtBot, world: DeviceWorld
) -> None:
    anna = world.confirmed("Anna Becker")
    lea = world.confirmed("Lea Schmidt")
    world.fill()
    world.allow_invoices(lea)
    world.push_invoice(world.approved(lea, "Leas Tablet"))
    world.change_office(4)
    world.sign_in(anna, "Annas Pixel")
    runner = world.runner(batch_size=2)
    _window, panel = _panel(qtbot, world, runner)
    _idle(qtbot, runner)
    phases: list[SyncProgress] = []
    runner.progress.connect(phases.append)

    with qtbot.waitSignal(panel._approvals.dialog_opened, timeout=WAIT_MS) as opened:
        panel.sync_button.click()
        assert not panel.sync_button.isEnabled()
        assert panel.progress.isVisible()
        assert panel.progress.cancel_button.isEnabled()
    dialog = opened.args[0]
    qtbot.addWidget(dialog)

    seen = [progress.phase for progress in phases]
    assert seen[0] == "checking"
    assert "pulling" in seen
    assert "pushing" in seen
    assert seen[-1] == "done"
    assert panel.panel.kind == "success"
    # The invoice came back too, recognised by the cloud as unchanged; it is not counted.
    assert panel.panel.message_label.text() == (
        "Synchronisiert: 1 Rechnung von Geräten geholt, 4 Änderungen gesendet."
    )
    assert panel.panel.hint_label.text() == "1 neues Gerät wartet auf Freigabe."
    assert panel.waiting.text() == "1 neues Gerät zum Zulassen"
    assert panel.last_sync.text() != "noch nie"
    assert not panel.progress.isVisible()
    assert panel.sync_button.isEnabled()
    qtbot.waitUntil(lambda: not dialog.is_busy, timeout=WAIT_MS)
    assert dialog.approval_allowed
    assert dialog.row_for("Annas Pixel") is not None


def test_cancel_stops_the_sync_and_the_next_run_sends_the_rest(
    qtbot: QtBot, world: DeviceWorld
) -> None:
    world.confirmed("Anna Becker")
    world.fill()
    world.change_office(5)
    runner = world.runner(batch_size=1)
    _window, panel = _panel(qtbot, world, runner)
    _idle(qtbot, runner)

    panel.sync_button.click()
    panel.progress.cancel_button.click()  # before the first batch: the run stops at once
    assert not panel.progress.cancel_button.isEnabled()
    assert panel.progress.text.text() == "Wird abgebrochen… die laufende Anfrage wird noch beendet."
    _idle(qtbot, runner)
    assert panel.panel.kind == "info"
    assert panel.panel.message_label.text() == "Der Abgleich wurde abgebrochen."
    assert panel.waiting.text() == "5 Änderungen im Büro"

    panel.sync_button.click()
    _idle(qtbot, runner)
    assert panel.panel.message_label.text() == "Synchronisiert: 5 Änderungen gesendet."
    assert panel.waiting.text() == "nichts – alles ist synchronisiert"


def test_without_office_data_the_panel_says_so_and_cannot_sync(
    qtbot: QtBot, world: DeviceWorld, tmp_path: Path
) -> None:
    runner = SyncRunner(OfficeSync(world.sync, None))
    _window, panel = _panel(qtbot, world, runner)
    _idle(qtbot, runner)
    assert panel.panel.kind == "warning"
    assert panel.panel.message_label.text() == (
        "Auf diesem Computer sind keine Bürodaten eingerichtet: Es kann nichts synchronisiert "
        "werden."
    )
    assert "--office-db" in panel.panel.hint_label.text()
    assert not panel.sync_button.isEnabled()
    assert panel.approve_button.isEnabled()  # deciding on devices stays possible to look at

    missing = tmp_path / "nowhere" / "office.sqlite3"
    runner_missing = SyncRunner(OfficeSync(world.sync, missing))
    _other_window, other = _panel(qtbot, world, runner_missing)
    _idle(qtbot, runner_missing)
    assert other.panel.message_label.text() == (
        "Die Bürodaten wurden nicht gefunden: Es kann nichts synchronisiert werden."
    )
    assert other.panel.hint_label.text() == f"Sie werden in dieser Datei erwartet: {missing}"
    assert not missing.exists()  # the check never creates an empty office database


def test_before_the_first_fill_the_panel_says_the_sync_starts_after_it(
    qtbot: QtBot, world: DeviceWorld
) -> None:
    runner = world.runner()
    _window, panel = _panel(qtbot, world, runner)
    _idle(qtbot, runner)
    assert panel.waiting.text() == (
        "Die Cloud ist noch nicht befüllt: Der Abgleich beginnt nach der Erstbefüllung."
    )
    assert not panel.sync_button.isEnabled()
