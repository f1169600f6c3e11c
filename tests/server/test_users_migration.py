"""Migration 0005 adds users, roles and the audit log to a database of issue 5 and keeps its data.

Users who could sign in before become active users, their sessions stay valid, and nothing that
refers to them (refresh tokens) is lost, on SQLite (where a table rebuild would cascade) and on
PostgreSQL.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic import command
from alembic.config import Config
from sqlalchemy import inspect, text

from cloudsetup.server.db import MIGRATIONS_DIR, make_engine

NEW_TABLES = {"invitations", "notification_recipients", "audit_log"}


def _migrate(url: str, revision: str, *, down: bool = False) -> None:
    engine = make_engine(url)
    try:
        config = Config()
        config.set_main_option("script_location", str(MIGRATIONS_DIR))
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            (command.downgrade if down else command.upgrade)(config, revision)
    finally:
        engine.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "postgresql":
        url: str = request.getfixturevalue("postgres_url")
        return url
    return f"sqlite:///{tmp_path / 'cloud.sqlite3'}"


def _insert_issue5_data(url: str) -> None:
    engine = make_engine(url)
    try:
        with engine.begin() as connection:
            connection.execute(
                text(
                    "INSERT INTO tenants (id, name, domain, created_at) "
                    "VALUES (1, 'Alt GmbH', 'alt', '2025-01-01 10:00:00')"
                )
            )
            connection.execute(
                text(
                    "INSERT INTO admin_users "
                    "(id, tenant_id, username, email, role, password_hash, created_at) "
                    "VALUES (1, 1, 'admin', 'chef@alt.de', 'administration', 'x', "
                    "'2025-01-01 10:00:00')"
                )
            )
            connection.execute(
                text(
                    "INSERT INTO refresh_tokens "
                    "(token_hash, family_id, user_id, created_at, expires_at) "
                    "VALUES ('h1', 'f1', 1, '2025-01-01 10:00:00', '2099-01-01 10:00:00')"
                )
            )
    finally:
        engine.dispose()


def test_upgrade_from_0004_keeps_users_and_sessions_and_makes_users_active(
    database_url: str,
) -> None:
    _migrate(database_url, "0004")
    _insert_issue5_data(database_url)

    _migrate(database_url, "0005")

    engine = make_engine(database_url)
    try:
        with engine.connect() as connection:
            assert set(inspect(connection).get_table_names()) >= NEW_TABLES
            user = connection.execute(
                text("SELECT username, state, display_name, accepted_at FROM admin_users")
            ).one()
            tenant = connection.execute(
                text("SELECT name, prepared_by_partner, partner_user_id FROM tenants")
            ).one()
            tokens = connection.execute(text("SELECT count(*) FROM refresh_tokens")).scalar_one()
        assert tuple(user) == ("admin", "active", None, None)
        assert (tenant[0], bool(tenant[1]), tenant[2]) == ("Alt GmbH", False, None)
        assert tokens == 1
    finally:
        engine.dispose()


def test_downgrade_to_0004_removes_the_new_tables_and_keeps_the_tenant(
    database_url: str,
) -> None:
    _migrate(database_url, "0004")
    _insert_issue5_data(database_url)
    _migrate(database_url, "0005")

    _migrate(database_url, "0004", down=True)

    engine = make_engine(database_url)
    try:
        with engine.connect() as connection:
            assert not set(inspect(connection).get_table_names()) & NEW_TABLES
            columns = {c["name"] for c in inspect(connection).get_columns("admin_users")}
            users = connection.execute(text("SELECT username FROM admin_users")).scalars().all()
            tenants = connection.execute(text("SELECT name FROM tenants")).scalars().all()
        assert "state" not in columns
        assert users == ["admin"]
        assert tenants == ["Alt GmbH"]
    finally:
        engine.dispose()
