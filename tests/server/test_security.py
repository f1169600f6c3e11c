"""Stored secrets: Argon2id at least at OWASP's minimum, refresh tokens only as hashes."""

from __future__ import annotations

from pathlib import Path

import argon2
import httpx
from sqlalchemy import select

from cloudsetup.server.embedded import EmbeddedServer
from cloudsetup.server.security import hash_password, verify_password
from cloudsetup.server.tables import AdminUserRow
from support.cloud import login, new_tenant

OWASP_MEMORY_KIB, OWASP_TIME_COST, OWASP_PARALLELISM = 19_456, 2, 1


def _assert_meets_owasp(password_hash: str) -> None:
    parameters = argon2.extract_parameters(password_hash)
    assert parameters.type is argon2.Type.ID
    assert parameters.memory_cost >= OWASP_MEMORY_KIB
    assert parameters.time_cost >= OWASP_TIME_COST
    assert parameters.parallelism >= OWASP_PARALLELISM


def test_new_password_hashes_are_argon2id_at_owasp_minimum() -> None:
    _assert_meets_owasp(hash_password("Korrekt-Pferd-Batterie"))


def test_stored_admin_password_hash_meets_owasp_minimum(cloud_server: EmbeddedServer) -> None:
    tenant = new_tenant(cloud_server)

    with cloud_server.runtime.sessions() as session:
        stored = session.scalar(
            select(AdminUserRow.password_hash).where(AdminUserRow.username == tenant.username)
        )

    assert stored is not None
    _assert_meets_owasp(stored)


def test_verify_password_accepts_the_right_and_refuses_a_wrong_or_missing_hash() -> None:
    stored = hash_password("richtig")

    assert verify_password(stored, "richtig")
    assert not verify_password(stored, "falsch")
    assert not verify_password(None, "richtig")
    assert not verify_password("kein-hash", "richtig")


def test_database_holds_no_refresh_token_in_clear_text(
    cloud_server: EmbeddedServer, api: httpx.Client
) -> None:
    pair = login(api, new_tenant(cloud_server))
    database = Path(cloud_server.runtime.engine.url.database or "")

    stored = b"".join(path.read_bytes() for path in database.parent.glob(f"{database.name}*"))

    assert pair.refresh_token.encode() not in stored
