"""The office database's schema: one table per collection, change tracking, tombstones.

Documented in ``docs/office-database.md``. Every table has a stable text ``id`` (a UUID), its
data columns, and two tracking columns: ``row_version`` (from one database-wide counter, so "all
changes since version V" is a simple query for the sync) and ``updated_at``. Triggers keep them
right for every insert, update and delete; a deletion leaves a row in ``tombstones``. Bulk
writers (the demo generator) may set ``row_version`` themselves and then move the counter.
"""

from __future__ import annotations

from typing import Final

from cloudsetup.models.fill import Collection

#: The data columns of each collection (besides id and the tracking columns), in order.
COLUMNS: Final[dict[Collection, tuple[str, ...]]] = {
    Collection.EMPLOYEES: ("number", "name", "email", "is_owner"),
    Collection.CUSTOMERS: ("number", "name", "street", "postal_code", "city", "phone", "email"),
    Collection.CONTACTS: ("customer_id", "name", "role", "phone", "email"),
    Collection.ARTICLES: (
        "number",
        "name",
        "unit",
        "purchase_price_cents",
        "sales_price_cents",
        "vat_rate",
    ),
    Collection.PROJECTS: ("number", "name", "customer_id", "employee_id", "status"),
    Collection.INVOICES: (
        "number",
        "date",
        "customer_id",
        "project_id",
        "employee_id",
        "net_cents",
        "vat_cents",
        "gross_cents",
    ),
    Collection.INVOICE_LINES: (
        "invoice_id",
        "position",
        "article_id",
        "text",
        "quantity_centi",
        "unit_price_cents",
        "vat_rate",
        "line_total_cents",
    ),
}

#: Columns that must hold an integer (money in cents, quantities in hundredths, flags).
INTEGER_COLUMNS: Final = frozenset(
    {
        "is_owner",
        "purchase_price_cents",
        "sales_price_cents",
        "vat_rate",
        "net_cents",
        "vat_cents",
        "gross_cents",
        "position",
        "quantity_centi",
        "unit_price_cents",
        "line_total_cents",
    }
)

#: Columns that may not be empty.
REQUIRED_COLUMNS: Final = frozenset({"number", "name", "customer_id", "invoice_id", "date"})

#: References to other collections: column -> the collection it points into.
REFERENCES: Final[dict[str, Collection]] = {
    "customer_id": Collection.CUSTOMERS,
    "employee_id": Collection.EMPLOYEES,
    "project_id": Collection.PROJECTS,
    "invoice_id": Collection.INVOICES,
    "article_id": Collection.ARTICLES,
}

_NOW: Final = "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"


def _table(collection: Collection) -> str:
    columns = []
    for column in COLUMNS[collection]:
        kind = "INTEGER" if column in INTEGER_COLUMNS else "TEXT"
        not_null = " NOT NULL" if column in REQUIRED_COLUMNS else ""
        columns.append(f"    {column} {kind}{not_null}")
    body = ",\n".join(
        [
            "    id TEXT PRIMARY KEY",
            *columns,
            "    row_version INTEGER NOT NULL DEFAULT 0",
            f"    updated_at TEXT NOT NULL DEFAULT ({_NOW})",
        ]
    )
    return f"CREATE TABLE IF NOT EXISTS {collection.value} (\n{body}\n)"


def _triggers(collection: Collection) -> list[str]:
    table = collection.value
    bump = "UPDATE change_counter SET value = value + 1 WHERE id = 1"
    version = "(SELECT value FROM change_counter WHERE id = 1)"
    return [
        # An insert without a version of its own gets the next one; a bulk writer that sets
        # row_version itself moves the counter afterwards (see demo_data.py).
        f"""CREATE TRIGGER IF NOT EXISTS {table}_inserted AFTER INSERT ON {table}
            WHEN NEW.row_version = 0 BEGIN
              {bump};
              UPDATE {table} SET row_version = {version}, updated_at = {_NOW}
               WHERE id = NEW.id;
              DELETE FROM tombstones WHERE collection = '{table}' AND id = NEW.id;
            END""",
        # The trigger's own UPDATE changes row_version, so it does not fire again.
        f"""CREATE TRIGGER IF NOT EXISTS {table}_updated AFTER UPDATE ON {table}
            WHEN NEW.row_version = OLD.row_version BEGIN
              {bump};
              UPDATE {table} SET row_version = {version}, updated_at = {_NOW}
               WHERE id = NEW.id;
            END""",
        f"""CREATE TRIGGER IF NOT EXISTS {table}_deleted AFTER DELETE ON {table} BEGIN
              {bump};
              INSERT OR REPLACE INTO tombstones (collection, id, row_version, deleted_at)
              VALUES ('{table}', OLD.id, {version}, {_NOW});
            END""",
    ]


def schema_statements() -> list[str]:
    """Every statement that creates the schema; each is idempotent."""
    statements = [
        """CREATE TABLE IF NOT EXISTS change_counter (
               id INTEGER PRIMARY KEY CHECK (id = 1), value INTEGER NOT NULL)""",
        "INSERT OR IGNORE INTO change_counter (id, value) VALUES (1, 0)",
        """CREATE TABLE IF NOT EXISTS tombstones (
               collection TEXT NOT NULL, id TEXT NOT NULL, row_version INTEGER NOT NULL,
               deleted_at TEXT NOT NULL, PRIMARY KEY (collection, id))""",
    ]
    for collection in Collection:
        statements.append(_table(collection))
        statements.append(
            f"CREATE INDEX IF NOT EXISTS {collection.value}_row_version "
            f"ON {collection.value} (row_version)"
        )
        statements.extend(_triggers(collection))
    return statements
