"""The support facts and the diagnostics block: what is in it, and what never is."""

from __future__ import annotations

import sys
from datetime import UTC, datetime
from pathlib import Path

from cloudsetup.cloud.errors import ConnectionFailed
from cloudsetup.models import CurrentUser, Role, SetupState, Tenant
from cloudsetup.models.fill import CloudData, Collection, CollectionTotals
from cloudsetup.services.setup import SetupService
from cloudsetup.services.support import SupportFacts, SupportService, Versions, diagnostics_text

from .fake_cloud import DOMAIN, SERVER_URL, FakeCloud

VERSIONS = Versions(
    cloudsetup="0.1.0", python="3.11.7", qt="6.7.2", pyside="6.7.2", system="Linux-6.1-x86_64"
)
TOKEN = "Zq7RkV2mXyPw9aLdT4nHcB6eFgJ3sUoQ1iKrW8vY5tE0pMb"
MOMENT = datetime(2026, 3, 16, 9, 30, tzinfo=UTC)


def _facts(**changes: object) -> SupportFacts:
    values: dict[str, object] = {
        "versions": VERSIONS,
        "server_url": "https://cloud.example.de",
        "collected_at": MOMENT,
        "tenant": Tenant(
            name="Malerbetrieb Muster GmbH",
            domain="malerbetrieb-muster",
            created_at=MOMENT,
            setup=SetupState(
                credentials_ok=True,
                employees=4,
                employees_activated=4,
                employees_confirmed=3,
                filled=True,
            ),
        ),
        "user": CurrentUser(
            user_id=2,
            username="service",
            email="service@systemhaus.example",
            role=Role.SERVICE_PROVIDER,
            domain="malerbetrieb-muster",
        ),
        "cloud_data": CloudData(
            filled_at=datetime(2026, 3, 1, 8, 0, tzinfo=UTC),
            totals=[
                CollectionTotals(collection=Collection.CUSTOMERS, count=120, checksum="1"),
                CollectionTotals(collection=Collection.ARTICLES, count=80, checksum="2"),
            ],
        ),
        "last_sync_at": datetime(2026, 3, 15, 17, 5, tzinfo=UTC),
        "log_file": Path("/home/anna/.local/state/cloudsetup/log/cloudsetup.log"),
        "log_lines": ["2026-03-16 09:29:58 INFO cloudsetup.sync: sync done"],
    }
    values.update(changes)
    return SupportFacts(**values)  # type: ignore[arg-type]


def test_the_block_names_versions_cloud_user_role_sync_fill_and_log() -> None:
    text = diagnostics_text(_facts())
    assert text.splitlines()[:4] == [
        "cloudsetup diagnostics of 2026-03-16 09:30:00 UTC",
        "Versions: cloudsetup 0.1.0, Python 3.11.7, Qt 6.7.2, PySide6 6.7.2",
        f"System: Linux-6.1-x86_64 ({sys.platform})",
        "Server: https://cloud.example.de",
    ]
    for line in (
        "Tenant: malerbetrieb-muster (Malerbetrieb Muster GmbH)",
        "Setup: 4 employees, 4 activated, 3 confirmed; first fill done",
        "User: service <service@systemhaus.example>, role Service Provider",
        "Last sync: 2026-03-15 17:05:00 UTC",
        "Last fill: 2026-03-01 08:00:00 UTC, the cloud holds 200 records",
        "Log file: /home/anna/.local/state/cloudsetup/log/cloudsetup.log",
        "--- the last 1 log lines ---",
        "2026-03-16 09:29:58 INFO cloudsetup.sync: sync done",
    ):
        assert line in text.splitlines()


def test_the_block_says_never_and_unknown_for_what_did_not_happen() -> None:
    text = diagnostics_text(_facts(cloud_data=None, last_sync_at=None, log_file=None, log_lines=[]))
    assert "Last sync: never" in text
    assert "Last fill: unknown" in text
    assert "Log file: none" in text


def test_the_block_redacts_a_token_that_reached_a_log_line() -> None:
    planted = [f"DEBUG httpx: Authorization: Bearer {TOKEN}", f"refresh_token={TOKEN}"]
    text = diagnostics_text(_facts(log_lines=planted))
    assert TOKEN not in text
    assert "Authorization: Bearer ***" in text


def test_facts_without_a_connection_say_why_and_keep_the_local_facts(
    service: SetupService, tmp_path: Path
) -> None:
    facts = SupportService(service, state_dir=tmp_path, log_file=None).facts(VERSIONS)
    assert facts.cloud_problem is not None
    assert facts.cloud_problem.code == "not_connected"
    assert facts.tenant is None
    assert facts.versions is VERSIONS
    assert "Cloud: no answer (not_connected: There is no connection" in diagnostics_text(facts)


def test_facts_of_a_cloud_that_is_gone_name_the_problem(
    connected: SetupService, cloud: FakeCloud, tmp_path: Path
) -> None:
    cloud.fail_next("get_me", ConnectionFailed("connection refused"))
    log_file = tmp_path / "cloudsetup.log"
    log_file.write_text("eins\nzwei\n", encoding="utf-8")
    facts = SupportService(connected, state_dir=tmp_path, log_file=log_file).facts(VERSIONS)
    assert facts.server_url == SERVER_URL
    assert facts.cloud_problem is not None
    assert facts.cloud_problem.code == "connection_failed"
    assert facts.log_lines == ["eins", "zwei"]
    assert DOMAIN not in diagnostics_text(facts)  # no tenant came back: nothing is made up
