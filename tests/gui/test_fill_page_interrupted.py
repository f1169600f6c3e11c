"""Page 4 when a fill is interrupted: cancel mid-way, the cloud unreachable; both resume."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

from pytestqt.qtbot import QtBot

from cloudsetup.models import DomainData
from cloudsetup.services.fill import FillProgress, FillService
from cloudsetup.services.fill_state import FillStateFile
from cloudsetup.services.setup import SetupService
from gui.fill_pages import FILL_WAIT_MS, live_counts, office_database, small_batch_wizard, wait_idle
from support.tcp_relay import TcpRelay


def test_cancel_mid_way_leaves_the_page_ready_and_the_next_click_continues_the_job(
    qtbot: QtBot, service: SetupService, tenant: DomainData, tmp_path: Path
) -> None:
    office_db, counts = office_database(tmp_path, records=3000)
    wizard = small_batch_wizard(
        qtbot, service, tenant, office_db=office_db, state_dir=tmp_path, batch_size=20
    )
    page = wizard.fill
    seen: list[FillProgress] = []

    def cancel_once_uploading(progress: FillProgress) -> None:
        seen.append(progress)
        if progress.phase == "uploading" and progress.records_done > 0:
            page.cancel_button.click()

    page.progress_shown.connect(cancel_once_uploading)
    page.fill_button.click()
    qtbot.waitUntil(lambda: page.cancel_button.isVisible(), timeout=FILL_WAIT_MS)
    wait_idle(qtbot, page, FILL_WAIT_MS)
    page.progress_shown.disconnect(cancel_once_uploading)

    assert page.panel.kind == "info"
    assert "abgebrochen" in page.panel.message_label.text()
    assert "weiter, wo" in page.panel.hint_label.text()
    assert page.fill_button.isEnabled()
    assert not page.cancel_button.isVisible()
    assert not page.isComplete()
    stored = FillStateFile(tmp_path).load()
    assert stored is not None
    job = service.client.get_fill_job(stored.job_id)
    assert 0 < len(job.received_batches) < job.total_batches
    assert not service.setup_state().filled

    page.fill_button.click()
    qtbot.waitUntil(lambda: page.panel.kind == "success", timeout=FILL_WAIT_MS)
    assert page.isComplete()
    fill = FillService(service, state_dir=tmp_path)
    assert live_counts(fill.cloud_data()) == {c: n for c, n in counts.items() if n}
    assert FillStateFile(tmp_path).load() is None
    assert any(p.phase == "uploading" for p in seen)


def test_an_unreachable_cloud_shows_the_german_error_and_try_again_resumes(
    qtbot: QtBot, service: SetupService, tenant: DomainData, tmp_path: Path
) -> None:
    office_db, counts = office_database(tmp_path)
    host, port = urlsplit(tenant.server_url).hostname, urlsplit(tenant.server_url).port
    assert host is not None
    assert port is not None
    with TcpRelay((host, port)) as relay:
        via_relay = tenant.model_copy(update={"server_url": relay.url})
        wizard = small_batch_wizard(
            qtbot, service, via_relay, office_db=office_db, state_dir=tmp_path, batch_size=50
        )
        page = wizard.fill
        relay.stop()  # the cloud is gone
        page.fill_button.click()
        qtbot.waitUntil(lambda: page.panel.kind == "error", timeout=FILL_WAIT_MS)
        assert "Cloud" in page.panel.message_label.text()
        assert page.panel.action_button.text() == "&Erneut versuchen"
        assert page.panel.action_button.isVisible()
        assert page.fill_button.isEnabled()
        assert not page.isComplete()

        relay.start()  # and back, at the same address
        page.panel.action_button.click()
        qtbot.waitUntil(lambda: page.panel.kind == "success", timeout=FILL_WAIT_MS)
        cloud = FillService(service, state_dir=tmp_path).cloud_data()
    assert live_counts(cloud) == {c: n for c, n in counts.items() if n}
    assert page.isComplete()
