"""Realistic German demo office data of any size, deterministic by seed.

Painters, electricians and plumbers: customers with German names and addresses, articles with
purchase and sales prices, projects, and invoices whose lines add up. Money is in whole cents;
a line total is ``round(quantity_centi × unit_price_cents / 100)`` (half up), an invoice's net is
the sum of its lines, its VAT the sum over its lines of ``round(line_total × rate / 100)``, and
its gross net + VAT. The same seed gives byte-identical data.
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Iterator, Sequence
from datetime import date, timedelta
from pathlib import Path
from typing import Final

from cloudsetup.localdata.database import OfficeDatabase
from cloudsetup.localdata.schema import COLUMNS
from cloudsetup.models.fill import Collection

_FIRST: Final = (
    "Anna",
    "Ben",
    "Clara",
    "David",
    "Emma",
    "Felix",
    "Greta",
    "Hannah",
    "Jonas",
    "Julia",
    "Karl",
    "Laura",
    "Leon",
    "Lea",
    "Lukas",
    "Marie",
    "Max",
    "Mia",
    "Murat",
    "Noah",
    "Paul",
    "Sophie",
    "Tim",
    "Tobias",
    "Ursula",
    "Werner",
    "Yusuf",
    "Zeynep",
    "Heike",
    "Stefan",
)
_LAST: Final = (
    "Müller",
    "Schmidt",
    "Schneider",
    "Fischer",
    "Weber",
    "Meyer",
    "Wagner",
    "Becker",
    "Schulz",
    "Hoffmann",
    "Schäfer",
    "Koch",
    "Bauer",
    "Richter",
    "Klein",
    "Wolf",
    "Schröder",
    "Neumann",
    "Schwarz",
    "Zimmermann",
    "Braun",
    "Krüger",
    "Hofmann",
    "Hartmann",
    "Lange",
    "Schmitt",
    "Werner",
    "Krause",
    "Meier",
    "Lehmann",
    "Yilmaz",
    "Kaya",
    "Nowak",
)
_STREETS: Final = (
    "Hauptstraße",
    "Schulstraße",
    "Gartenstraße",
    "Bahnhofstraße",
    "Dorfstraße",
    "Bergstraße",
    "Birkenweg",
    "Lindenstraße",
    "Kirchstraße",
    "Waldstraße",
    "Ringstraße",
    "Mühlenweg",
    "Am Sportplatz",
    "Rosenweg",
    "Friedhofstraße",
    "Industriestraße",
    "Goethestraße",
)
_CITIES: Final = (
    ("10115", "Berlin"),
    ("20095", "Hamburg"),
    ("80331", "München"),
    ("50667", "Köln"),
    ("60311", "Frankfurt am Main"),
    ("70173", "Stuttgart"),
    ("40213", "Düsseldorf"),
    ("44135", "Dortmund"),
    ("45127", "Essen"),
    ("04109", "Leipzig"),
    ("28195", "Bremen"),
    ("01067", "Dresden"),
    ("30159", "Hannover"),
    ("90402", "Nürnberg"),
    ("47051", "Duisburg"),
    ("33602", "Bielefeld"),
    ("53111", "Bonn"),
    ("48143", "Münster"),
    ("76133", "Karlsruhe"),
    ("68159", "Mannheim"),
    ("86150", "Augsburg"),
    ("65183", "Wiesbaden"),
    ("24103", "Kiel"),
)
_COMPANY_KINDS: Final = (
    "Hausverwaltung",
    "Bäckerei",
    "Zahnarztpraxis",
    "Autohaus",
    "Gasthof",
    "Immobilien",
    "Steuerkanzlei",
    "Kita",
    "Metzgerei",
    "Wohnungsbau",
    "Physiotherapie",
)
#: (name, unit, purchase price in cents, VAT rate in %)
_ARTICLES: Final = (
    ("Dispersionsfarbe weiß 10 l", "Eimer", 3890, 19),
    ("Tiefgrund LF 5 l", "Kanister", 1890, 19),
    ("Malervlies 25 m", "Rolle", 2450, 19),
    ("Abdeckfolie 4 x 5 m", "Stück", 290, 19),
    ("Acryl-Dichtstoff", "Kartusche", 390, 19),
    ("Raufaser 52", "Rolle", 650, 19),
    ("NYM-J 3x1,5 mm² 50 m", "Ring", 4290, 19),
    ("Schuko-Steckdose", "Stück", 390, 19),
    ("Leitungsschutzschalter B16", "Stück", 520, 19),
    ("LED-Einbauleuchte", "Stück", 1450, 19),
    ("FI-Schutzschalter 40 A", "Stück", 2890, 19),
    ("Kupferrohr 15 mm", "m", 980, 19),
    ("Pressfitting 15 mm", "Stück", 340, 19),
    ("Waschtischarmatur", "Stück", 8900, 19),
    ("Heizkörperventil", "Stück", 1690, 19),
    ("Arbeitszeit Geselle", "Std", 0, 19),
    ("Arbeitszeit Meister", "Std", 0, 19),
    ("Anfahrt", "pauschal", 0, 19),
    ("Fachbuch Malerhandwerk", "Stück", 2990, 7),
    ("Entsorgung Bauschutt", "m³", 4500, 19),
)
_LABOUR_PRICES: Final = {"Arbeitszeit Geselle": 5800, "Arbeitszeit Meister": 7200, "Anfahrt": 3500}
_PROJECT_WORK: Final = (
    "Anstrich Treppenhaus",
    "Renovierung Büro",
    "Fassade",
    "Badsanierung",
    "Elektro-Check",
    "Unterverteilung erneuern",
    "Heizungswartung",
    "Wohnung streichen",
    "Tapezierarbeiten",
    "Beleuchtung Verkaufsraum",
    "Rohrbruch",
    "Kellerabdichtung",
)
_ROLES: Final = ("Inhaber", "Hausmeister", "Buchhaltung", "Einkauf", "Sekretariat", "Mieter")
_STATUSES: Final = ("angeboten", "beauftragt", "in Arbeit", "abgeschlossen", "abgerechnet")
_SHARES: Final = {
    Collection.CUSTOMERS: 0.10,
    Collection.CONTACTS: 0.08,
    Collection.ARTICLES: 0.03,
    Collection.PROJECTS: 0.07,
    Collection.INVOICES: 0.12,
}
_MAX_EMPLOYEES: Final = 50
_INSERT_CHUNK: Final = 20_000


def plan_counts(records: int) -> dict[Collection, int]:
    """How many records of each collection ``records`` in total are split into."""
    if records < 1:
        raise ValueError("records must be at least 1")
    counts = dict.fromkeys(Collection, 0)
    counts[Collection.EMPLOYEES] = max(1, min(_MAX_EMPLOYEES, records // 500))
    for collection, share in _SHARES.items():
        counts[collection] = int(records * share)
    counts[Collection.INVOICE_LINES] = records - sum(counts.values())
    # Small sets still get one of each kind the others depend on, taken from the lines.
    for collection in (Collection.CUSTOMERS, Collection.ARTICLES, Collection.INVOICES):
        if counts[collection] == 0 and counts[Collection.INVOICE_LINES] > 1:
            counts[collection] = 1
            counts[Collection.INVOICE_LINES] -= 1
    return counts


class _Generator:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)  # noqa: S311 - demo data: reproducible by seed, not secret

    def uid(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def person(self) -> tuple[str, str]:
        return self.rng.choice(_FIRST), self.rng.choice(_LAST)

    def phone(self) -> str:
        return f"0{self.rng.randint(30, 9999)} {self.rng.randint(100000, 9999999)}"


def _email(first: str, last: str, domain: str) -> str:
    local = f"{first}.{last}".lower()
    for umlaut, plain in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss")):
        local = local.replace(umlaut, plain)
    return f"{local}@{domain}"


def _rows(
    g: _Generator, counts: dict[Collection, int]
) -> Iterator[tuple[Collection, tuple[object, ...]]]:
    rng = g.rng
    employees = []
    for n in range(counts[Collection.EMPLOYEES]):
        first, last = g.person()
        employees.append(g.uid())
        email = _email(first, last, "malerbetrieb-muster.example")
        yield (
            Collection.EMPLOYEES,
            (employees[-1], f"M{n + 1:03d}", f"{first} {last}", email, int(n == 0)),
        )
    customers = []
    for n in range(counts[Collection.CUSTOMERS]):
        first, last = g.person()
        postal, city = rng.choice(_CITIES)
        street = f"{rng.choice(_STREETS)} {rng.randint(1, 180)}"
        private = rng.random() < 0.6
        name = f"{first} {last}" if private else f"{rng.choice(_COMPANY_KINDS)} {last}"
        domain = "example.de" if private else f"{last.lower()}-{n}.example"
        customers.append(g.uid())
        yield (
            Collection.CUSTOMERS,
            (
                customers[-1],
                f"K{10000 + n}",
                name,
                street,
                postal,
                city,
                g.phone(),
                _email(first, last, domain),
            ),
        )
    for _ in range(counts[Collection.CONTACTS]):
        first, last = g.person()
        yield (
            Collection.CONTACTS,
            (
                g.uid(),
                rng.choice(customers) if customers else "",
                f"{first} {last}",
                rng.choice(_ROLES),
                g.phone(),
                _email(first, last, "example.de"),
            ),
        )
    articles: list[tuple[str, str, int, int]] = []  # id, name, sales price, vat rate
    for n in range(counts[Collection.ARTICLES]):
        name, unit, purchase, rate = _ARTICLES[n % len(_ARTICLES)]
        if n >= len(_ARTICLES):
            name = f"{name} ({n // len(_ARTICLES) + 1})"
        sales = _LABOUR_PRICES.get(name, round(purchase * rng.uniform(1.25, 1.6)))
        articles.append((g.uid(), name, sales, rate))
        yield (
            Collection.ARTICLES,
            (articles[-1][0], f"A{1000 + n}", name, unit, purchase, sales, rate),
        )
    projects = []
    for n in range(counts[Collection.PROJECTS]):
        customer = rng.choice(customers) if customers else ""
        projects.append(g.uid())
        yield (
            Collection.PROJECTS,
            (
                projects[-1],
                f"P{2026000 + n}",
                f"{rng.choice(_PROJECT_WORK)} {rng.choice(_LAST)}",
                customer,
                rng.choice(employees),
                rng.choice(_STATUSES),
            ),
        )
    yield from _invoices(g, counts, customers, projects, employees, articles)


def _invoices(
    g: _Generator,
    counts: dict[Collection, int],
    customers: Sequence[str],
    projects: Sequence[str],
    employees: Sequence[str],
    articles: Sequence[tuple[str, str, int, int]],
) -> Iterator[tuple[Collection, tuple[object, ...]]]:
    rng = g.rng
    invoices = counts[Collection.INVOICES]
    lines_left = counts[Collection.INVOICE_LINES]
    start = date(2024, 1, 2)
    for n in range(invoices):
        # Spread the lines evenly; the last invoice takes what is left.
        lines = lines_left if n == invoices - 1 else round(lines_left / (invoices - n))
        lines_left -= lines
        invoice_id = g.uid()
        net = vat = 0
        line_rows = []
        for position in range(1, lines + 1):
            article_id, name, price, rate = (
                rng.choice(articles) if articles else ("", "Leistung", 5000, 19)
            )
            quantity = rng.choice((100, 100, 200, 350, 800, 1250, 2400))
            total = (quantity * price + 50) // 100
            net += total
            vat += (total * rate + 50) // 100
            line_rows.append(
                (g.uid(), invoice_id, position, article_id, name, quantity, price, rate, total)
            )
        customer = rng.choice(customers) if customers else ""
        project = rng.choice(projects) if projects and rng.random() < 0.8 else None
        day = start + timedelta(days=rng.randint(0, 1000))
        yield (
            Collection.INVOICES,
            (
                invoice_id,
                f"RE-{day.year}-{n + 1:06d}",
                day.isoformat(),
                customer,
                project,
                rng.choice(employees),
                net,
                vat,
                net + vat,
            ),
        )
        for row in line_rows:
            yield Collection.INVOICE_LINES, row


def generate_demo_data(path: Path, *, records: int, seed: int = 2026) -> dict[Collection, int]:
    """Write ``records`` demo records into the office database at ``path``; returns the counts.

    Rows are written in bulk (executemany, one transaction) with their ``row_version`` set
    directly; the change counter is moved past them at the end, as the triggers would have.
    """
    counts = plan_counts(records)
    generator = _Generator(seed)
    with OfficeDatabase(path) as db, db.transaction() as connection:
        version = int(connection.execute("SELECT value FROM change_counter").fetchone()[0])
        pending: dict[Collection, list[tuple[object, ...]]] = {c: [] for c in Collection}

        def flush(collection: Collection) -> None:
            columns = ("id", *COLUMNS[collection], "row_version")
            placeholders = ", ".join("?" for _ in columns)
            connection.executemany(
                f"INSERT INTO {collection.value} ({', '.join(columns)}) VALUES ({placeholders})",
                pending[collection],
            )
            pending[collection].clear()

        for collection, row in _rows(generator, counts):
            version += 1
            pending[collection].append((*row, version))
            if len(pending[collection]) >= _INSERT_CHUNK:
                flush(collection)
        for collection in Collection:
            if pending[collection]:
                flush(collection)
        connection.execute("UPDATE change_counter SET value = ? WHERE id = 1", (version,))
    return counts
