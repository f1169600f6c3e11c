"""Fixtures of the office-data tests: an empty office database and a small generated one."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from cloudsetup.localdata import OfficeDatabase, generate_demo_data

DEMO_RECORDS = 3000


@pytest.fixture
def db(tmp_path: Path) -> Iterator[OfficeDatabase]:
    database = OfficeDatabase(tmp_path / "office.sqlite3")
    try:
        yield database
    finally:
        database.close()


@pytest.fixture(scope="session")
def demo_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A generated office database shared by the tests that only read it."""
    path = tmp_path_factory.mktemp("demo") / "office.sqlite3"
    generate_demo_data(path, records=DEMO_RECORDS, seed=7)
    return path


@pytest.fixture
def demo(demo_path: Path) -> Iterator[OfficeDatabase]:
    database = OfficeDatabase(demo_path)
    try:
        yield database
    finally:
        database.close()


def add_customer(
    db: OfficeDatabase, record_id: str, number: str, name: str = "Bäckerei Krüger"
) -> None:
    with db.transaction() as connection:
        connection.execute(
            "INSERT INTO customers (id, number, name, city) VALUES (?, ?, ?, 'Köln')",
            (record_id, number, name),
        )


def row_version(db: OfficeDatabase, record_id: str) -> int:
    """The row version of the customer ``record_id``."""
    row = db.connection.execute(
        "SELECT row_version FROM customers WHERE id = ?", (record_id,)
    ).fetchone()
    return int(row[0])
