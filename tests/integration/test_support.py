"""The support facts against the real cloud: after a fill and a sync, and with the cloud gone."""

from __future__ import annotations

import threading
from pathlib import Path

from pydantic import SecretStr

from cloudsetup.cloud import CloudClient
from cloudsetup.localdata import OfficeDatabase, generate_demo_data
from cloudsetup.models import Credentials, Role
from cloudsetup.services import FillService, SessionSecretStore, SettingsStore, SetupService
from cloudsetup.services.support import SupportService, Versions, diagnostics_text
from cloudsetup.services.sync import SyncService
from support.cloud import new_tenant, running_server

VERSIONS = Versions.here(qt="6.7.2", pyside="6.7.2")


def test_the_facts_name_the_user_the_fill_and_the_last_sync(
    connected: SetupService, tmp_path: Path
) -> None:
    office_db = tmp_path / "office.sqlite3"
    counts = generate_demo_data(office_db, records=150, seed=8)
    with OfficeDatabase(office_db) as office:
        FillService(connected, state_dir=tmp_path).run(
            office, on_progress=lambda _p: None, cancel=threading.Event()
        )
        SyncService(connected, state_dir=tmp_path).run(
            office, on_progress=lambda _p: None, cancel=threading.Event()
        )

    facts = SupportService(connected, state_dir=tmp_path, log_file=None).facts(VERSIONS)
    assert facts.cloud_problem is None
    assert facts.user is not None
    assert facts.user.role is Role.ADMINISTRATION
    assert facts.cloud_records == sum(counts.values())
    assert facts.filled_at is not None
    assert facts.last_sync_at is not None
    assert facts.last_sync_at >= facts.filled_at
    text = diagnostics_text(facts)
    assert f"the cloud holds {sum(counts.values())} records" in text
    assert "first fill done" in text


def test_a_cloud_that_went_away_is_a_fact_not_a_failure(tmp_path: Path) -> None:
    service = SetupService(
        client_factory=CloudClient,
        secrets=SessionSecretStore(),
        settings=SettingsStore(tmp_path / "settings.json"),
    )
    try:
        with running_server(tmp_path / "cloud") as server:
            access = new_tenant(server)
            service.test_connection(
                Credentials(
                    server_url=server.url,
                    domain=access.domain,
                    username=access.username,
                    password=SecretStr(access.password),
                )
            )
        facts = SupportService(service, state_dir=tmp_path, log_file=None).facts(VERSIONS)
    finally:
        service.close()
    assert facts.cloud_problem is not None
    assert facts.cloud_problem.code == "connection_failed"
    assert facts.server_url == access.server_url
    assert facts.tenant is None
    assert "Cloud: no answer (connection_failed: " in diagnostics_text(facts)
