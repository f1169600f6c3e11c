"""Page 4 "Cloud befüllen" in the wizard against the real cloud over HTTP on 127.0.0.1."""

from __future__ import annotations

from pathlib import Path

import httpx
from pytestqt.qtbot import QtBot

from cloudsetup.models import DomainData
from cloudsetup.models.fill import Collection
from cloudsetup.server.embedded import EmbeddedServer
from cloudsetup.services.fill import FillService
from cloudsetup.services.fill_state import STATE_FILE_NAME
from cloudsetup.services.setup import SetupService
from cloudsetup.wizard.pages.fill_texts import number
from cloudsetup.wizard.wizard import PageId, SetupWizard
from gui.fill_pages import FILL_WAIT_MS, fill_wizard, live_counts, office_database, wait_idle
from support.cloud import login, office_records, run_fill, stored_rows


def _finish_enabled(wizard: SetupWizard) -> bool:
    return wizard.button(SetupWizard.WizardButton.FinishButton).isEnabled()


def _sent(counts: dict[Collection, int]) -> dict[Collection, int]:
    return {collection: count for collection, count in counts.items() if count}


def test_the_page_shows_the_office_record_counts_and_explains_the_step(
    qtbot: QtBot, service: SetupService, tenant: DomainData, tmp_path: Path
) -> None:
    office_db, counts = office_database(tmp_path)
    wizard = fill_wizard(qtbot, service, tenant, office_db=office_db, state_dir=tmp_path)
    page = wizard.fill

    assert wizard.currentId() == PageId.FILL
    assert page.title() == "Cloud befüllen"
    assert page.counts == counts
    for collection, count in counts.items():
        assert page.view.count_text(collection) == number(count)
    assert page.view.count_text(None) == number(sum(counts.values()))
    assert page.fill_button.text() == "&Jetzt neu befüllen"
    assert page.fill_button.isEnabled()
    assert not page.cancel_button.isVisible()
    assert not _finish_enabled(wizard)


def test_without_office_data_the_page_says_where_it_is_expected_and_cannot_fill(
    qtbot: QtBot, service: SetupService, tenant: DomainData, tmp_path: Path
) -> None:
    wizard = fill_wizard(qtbot, service, tenant, office_db=None, state_dir=tmp_path)
    page = wizard.fill
    assert page.panel.kind == "warning"
    assert "--office-db" in page.panel.hint_label.text()
    assert not page.fill_button.isEnabled()

    missing = tmp_path / "nicht-da.sqlite3"
    other = fill_wizard(qtbot, service, tenant, office_db=missing, state_dir=tmp_path)
    assert str(missing) in other.fill.panel.hint_label.text()
    assert not other.fill.fill_button.isEnabled()
    assert not missing.exists()


def test_a_fill_ends_in_the_verified_summary_with_finish_enabled(
    qtbot: QtBot, service: SetupService, tenant: DomainData, tmp_path: Path
) -> None:
    office_db, counts = office_database(tmp_path)
    wizard = fill_wizard(qtbot, service, tenant, office_db=office_db, state_dir=tmp_path)
    page = wizard.fill

    page.fill_button.click()
    qtbot.waitUntil(lambda: page.panel.kind == "success", timeout=FILL_WAIT_MS)

    assert "geprüft" in page.panel.message_label.text()
    for collection in Collection:
        assert page.view.verified_text(collection) == "✓ geprüft"
        assert page.view.count_text(collection) == number(counts[collection])
    assert _finish_enabled(wizard)
    assert service.setup_state().filled
    cloud = FillService(service, state_dir=tmp_path).cloud_data()
    assert cloud.filled_at is not None
    assert live_counts(cloud) == _sent(counts)


def test_replacing_cloud_data_asks_first_and_no_sends_nothing(
    qtbot: QtBot,
    service: SetupService,
    tenant: DomainData,
    cloud_server: EmbeddedServer,
    tmp_path: Path,
) -> None:
    with httpx.Client(base_url=tenant.server_url, timeout=20) as client:
        run_fill(
            client,
            login(client, tenant),
            {Collection.ARTICLES: office_records(Collection.ARTICLES, 7)},
        )
    before = stored_rows(cloud_server, tenant.domain)
    office_db, counts = office_database(tmp_path)
    wizard = fill_wizard(qtbot, service, tenant, office_db=office_db, state_dir=tmp_path)
    page = wizard.fill

    page.fill_button.click()
    qtbot.waitUntil(lambda: page.confirm_box is not None, timeout=FILL_WAIT_MS)
    box = page.confirm_box
    assert box is not None
    assert "7 Datensätze" in box.text.text()
    assert "ersetzt" in box.text.text()
    assert box.keep_button.isDefault()
    box.keep_button.click()
    wait_idle(qtbot, page)

    assert not page.is_running
    assert stored_rows(cloud_server, tenant.domain) == before
    assert not (tmp_path / STATE_FILE_NAME).exists()
    assert page.fill_button.isEnabled()

    page.fill_button.click()
    qtbot.waitUntil(lambda: page.confirm_box is not None, timeout=FILL_WAIT_MS)
    assert page.confirm_box is not None
    page.confirm_box.confirm_button.click()
    qtbot.waitUntil(lambda: page.panel.kind == "success", timeout=FILL_WAIT_MS)
    assert live_counts(FillService(service, state_dir=tmp_path).cloud_data()) == _sent(counts)
