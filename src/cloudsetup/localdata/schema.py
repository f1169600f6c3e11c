"""The office database's schema: one table per collection, change tracking, tombstones.

Documented in ``docs/office-database.md`` (keep the two in step). Every table has a stable text
``id`` (a UUID), its data columns, and two tracking columns: ``row_version`` (from one
database-wide counter, so "everything changed since version V" is one indexed query for the
sync) and ``updated_at``. Triggers keep both right for every insert, update and delete, whoever
writes; a deletion (or an id that is changed) leaves a row in ``tombstones``. Only the bulk
writer in :mod:`cloudsetup.localdata.database` sets ``row_version`` itself, from numbers it
reserved from the counter in the same transaction.
"""

from __future__ import annotations

from typing import Final

from cloudsetup.models.fill import Collection

SCHEMA_VERSION: Final = 1

#: The data columns of each collection (besides id and the tracking columns), in table order.
#: They are the keys of a record's data as it is uploaded.
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
        "unit",
        "quantity_centi",
        "unit_price_cents",
        "vat_rate",
        "line_total_cents",
    ),
}

#: References to other collections, per collection: column -> the collection it points into.
REFERENCES: Final[dict[Collection, dict[str, Collection]]] = {
    Collection.EMPLOYEES: {},
    Collection.CUSTOMERS: {},
    Collection.CONTACTS: {"customer_id": Collection.CUSTOMERS},
    Collection.ARTICLES: {},
    Collection.PROJECTS: {
        "customer_id": Collection.CUSTOMERS,
        "employee_id": Collection.EMPLOYEES,
    },
    Collection.INVOICES: {
        "customer_id": Collection.CUSTOMERS,
        "project_id": Collection.PROJECTS,
        "employee_id": Collection.EMPLOYEES,
    },
    Collection.INVOICE_LINES: {
        "invoice_id": Collection.INVOICES,
        "article_id": Collection.ARTICLES,
    },
}

#: Columns whose SQLite type is INTEGER (money in cents, quantities in hundredths, rates, flags).
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

#: Data columns that may not be empty, per collection (every other data column may be NULL).
REQUIRED_COLUMNS: Final[dict[Collection, frozenset[str]]] = {
    Collection.EMPLOYEES: frozenset({"number", "name"}),
    Collection.CUSTOMERS: frozenset({"number", "name"}),
    Collection.CONTACTS: frozenset({"customer_id", "name"}),
    Collection.ARTICLES: frozenset(
        {"number", "name", "unit", "purchase_price_cents", "sales_price_cents", "vat_rate"}
    ),
    Collection.PROJECTS: frozenset({"number", "name", "customer_id", "status"}),
    Collection.INVOICES: frozenset(
        {"number", "date", "customer_id", "net_cents", "vat_cents", "gross_cents"}
    ),
    Collection.INVOICE_LINES: frozenset(
        {"invoice_id", "position", "text", "unit", "quantity_centi", "unit_price_cents"}
        | {"vat_rate", "line_total_cents"}
    ),
}

#: Data columns that hold 0/1 in SQLite and ``true``/``false`` in a record's data.
BOOLEAN_COLUMNS: Final = frozenset({"is_owner"})

VAT_RATES: Final = (19, 7, 0)
PROJECT_STATUSES: Final = ("planned", "active", "done", "cancelled")

_NOW: Final = "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"
_TRACKING: Final = f"""
    row_version INTEGER NOT NULL DEFAULT 0,
    updated_at  TEXT NOT NULL DEFAULT ({_NOW})"""
_RATE_CHECK: Final = f"CHECK (vat_rate IN ({', '.join(str(rate) for rate in VAT_RATES)}))"
_STATUS_CHECK: Final = f"CHECK (status IN ({', '.join(repr(s) for s in PROJECT_STATUSES)}))"

_TABLES: Final[dict[Collection, str]] = {
    Collection.EMPLOYEES: f"""
    id       TEXT PRIMARY KEY NOT NULL,
    number   TEXT NOT NULL UNIQUE,
    name     TEXT NOT NULL,
    email    TEXT,
    is_owner INTEGER NOT NULL DEFAULT 0 CHECK (is_owner IN (0, 1)),{_TRACKING}""",
    Collection.CUSTOMERS: f"""
    id          TEXT PRIMARY KEY NOT NULL,
    number      TEXT NOT NULL UNIQUE,
    name        TEXT NOT NULL,
    street      TEXT,
    postal_code TEXT,
    city        TEXT,
    phone       TEXT,
    email       TEXT,{_TRACKING}""",
    Collection.CONTACTS: f"""
    id          TEXT PRIMARY KEY NOT NULL,
    customer_id TEXT NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    name        TEXT NOT NULL,
    role        TEXT,
    phone       TEXT,
    email       TEXT,{_TRACKING}""",
    Collection.ARTICLES: f"""
    id                   TEXT PRIMARY KEY NOT NULL,
    number               TEXT NOT NULL UNIQUE,
    name                 TEXT NOT NULL,
    unit                 TEXT NOT NULL,
    purchase_price_cents INTEGER NOT NULL,
    sales_price_cents    INTEGER NOT NULL,
    vat_rate             INTEGER NOT NULL {_RATE_CHECK},{_TRACKING}""",
    Collection.PROJECTS: f"""
    id          TEXT PRIMARY KEY NOT NULL,
    number      TEXT NOT NULL UNIQUE,
    name        TEXT NOT NULL,
    customer_id TEXT NOT NULL REFERENCES customers (id),
    employee_id TEXT REFERENCES employees (id) ON DELETE SET NULL,
    status      TEXT NOT NULL {_STATUS_CHECK},{_TRACKING}""",
    Collection.INVOICES: f"""
    id          TEXT PRIMARY KEY NOT NULL,
    number      TEXT NOT NULL UNIQUE,
    date        TEXT NOT NULL,
    customer_id TEXT NOT NULL REFERENCES customers (id),
    project_id  TEXT REFERENCES projects (id) ON DELETE SET NULL,
    employee_id TEXT REFERENCES employees (id) ON DELETE SET NULL,
    net_cents   INTEGER NOT NULL,
    vat_cents   INTEGER NOT NULL,
    gross_cents INTEGER NOT NULL CHECK (gross_cents = net_cents + vat_cents),{_TRACKING}""",
    Collection.INVOICE_LINES: f"""
    id               TEXT PRIMARY KEY NOT NULL,
    invoice_id       TEXT NOT NULL REFERENCES invoices (id) ON DELETE CASCADE,
    position         INTEGER NOT NULL CHECK (position >= 1),
    article_id       TEXT REFERENCES articles (id) ON DELETE SET NULL,
    text             TEXT NOT NULL,
    unit             TEXT NOT NULL,
    quantity_centi   INTEGER NOT NULL,
    unit_price_cents INTEGER NOT NULL,
    vat_rate         INTEGER NOT NULL {_RATE_CHECK},
    line_total_cents INTEGER NOT NULL,{_TRACKING},
    UNIQUE (invoice_id, position)""",
}

# Child columns of a cascading or restricting reference get an index, so that deleting a
# parent does not scan the child table; the others are looked up rarely.
SECONDARY_INDEXES: Final = (
    "CREATE INDEX IF NOT EXISTS contacts_customer ON contacts (customer_id)",
    "CREATE INDEX IF NOT EXISTS projects_customer ON projects (customer_id)",
    "CREATE INDEX IF NOT EXISTS invoices_customer ON invoices (customer_id)",
)


def _triggers(table: str) -> list[str]:
    bump = "UPDATE change_counter SET value = value + 1 WHERE id = 1"
    version = "(SELECT value FROM change_counter WHERE id = 1)"
    return [
        # An insert without a version of its own (0, the default) gets the next one; a record
        # that comes back after its deletion is no longer deleted. (The bulk writer does both
        # itself, once per batch instead of once per row.)
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
        # A changed id is, for the sync, the old record deleted and a new one inserted.
        f"""CREATE TRIGGER IF NOT EXISTS {table}_renamed AFTER UPDATE OF id ON {table}
            WHEN NEW.id IS NOT OLD.id BEGIN
              {bump};
              INSERT OR REPLACE INTO tombstones (collection, id, row_version, deleted_at)
              VALUES ('{table}', OLD.id, {version}, {_NOW});
              DELETE FROM tombstones WHERE collection = '{table}' AND id = NEW.id;
            END""",
        f"""CREATE TRIGGER IF NOT EXISTS {table}_deleted AFTER DELETE ON {table} BEGIN
              {bump};
              INSERT OR REPLACE INTO tombstones (collection, id, row_version, deleted_at)
              VALUES ('{table}', OLD.id, {version}, {_NOW});
            END""",
    ]


def schema_statements() -> list[str]:
    """Every statement that creates the schema, in order; each is idempotent."""
    statements = [
        """CREATE TABLE IF NOT EXISTS office_meta (
               key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL)""",
        """CREATE TABLE IF NOT EXISTS change_counter (
               id INTEGER PRIMARY KEY CHECK (id = 1), value INTEGER NOT NULL)""",
        "INSERT OR IGNORE INTO change_counter (id, value) VALUES (1, 0)",
        """CREATE TABLE IF NOT EXISTS tombstones (
               collection TEXT NOT NULL, id TEXT NOT NULL, row_version INTEGER NOT NULL,
               deleted_at TEXT NOT NULL, PRIMARY KEY (collection, id))""",
    ]
    for collection in Collection:
        table = collection.value
        statements.append(f"CREATE TABLE IF NOT EXISTS {table} ({_TABLES[collection]}\n)")
        statements.extend(_triggers(table))
    statements.extend(index_statements())
    return statements


def index_statements() -> list[str]:
    """The indexes that are not part of a table's constraints (the bulk load drops them)."""
    tables = [c.value for c in Collection] + ["tombstones"]
    row_versions = [
        f"CREATE INDEX IF NOT EXISTS {table}_row_version ON {table} (row_version)"
        for table in tables
    ]
    return [*row_versions, *SECONDARY_INDEXES]


def index_names() -> list[str]:
    return [statement.split()[5] for statement in index_statements()]
