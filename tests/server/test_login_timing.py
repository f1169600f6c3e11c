"""A failed log-in takes the same time whether the domain, the user or the password is wrong."""

from __future__ import annotations

import statistics
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from cloudsetup.models import paths
from cloudsetup.server.embedded import EmbeddedServer
from support.cloud import login_body, new_tenant, running_server

ROUNDS = 7
# Argon2 at the OWASP minimum takes tens of milliseconds, an HTTP round trip on loopback about
# one; skipping the hash for unknown accounts would make them ~10x faster. Medians of interleaved
# runs absorb scheduling noise on a busy machine, so a factor of 3 is generous and still strict.
MAX_RATIO = 3.0


@pytest.fixture(scope="module")
def timing_server(
    tmp_path_factory: pytest.TempPathFactory, module_database: dict[str, str]
) -> Iterator[EmbeddedServer]:
    # Throttling would lock the account after a few wrong passwords and end the measurement.
    directory: Path = tmp_path_factory.mktemp("timing")
    with running_server(directory, **module_database, login_max_failures=1000) as server:
        yield server


def _elapsed(client: httpx.Client, body: dict[str, str]) -> float:
    start = time.perf_counter()
    response = client.post(paths.AUTH_LOGIN, json=body)
    elapsed = time.perf_counter() - start
    assert response.status_code == 401
    return elapsed


def test_unknown_domain_user_and_wrong_password_take_the_same_time(
    timing_server: EmbeddedServer,
) -> None:
    tenant = new_tenant(timing_server)
    bodies = {
        "wrong password": login_body(tenant, password="Falsches-Passwort-1"),
        "unknown user": login_body(tenant) | {"username": "niemand"},
        "unknown domain": login_body(tenant) | {"domain": f"{tenant.domain}-unbekannt"},
    }
    times: dict[str, list[float]] = {kind: [] for kind in bodies}
    with httpx.Client(base_url=timing_server.url, timeout=10) as client:
        for body in bodies.values():  # warm up connections and code paths
            _elapsed(client, body)
        for _ in range(ROUNDS):
            for kind, body in bodies.items():
                times[kind].append(_elapsed(client, body))

    medians = {kind: statistics.median(values) for kind, values in times.items()}
    assert max(medians.values()) / min(medians.values()) < MAX_RATIO, medians
