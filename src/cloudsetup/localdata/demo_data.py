"""Realistic German demo office data of any size, deterministic by seed.

A painting, electrical and plumbing business: employees, private and business customers with
German addresses, contacts, trade articles with purchase and sales prices, projects, and invoices
whose lines add up (see :mod:`cloudsetup.models.money`). The same seed and size give
byte-identical records. Ids are UUIDs in the layout of version 7 (time-ordered), with the time
taken from the record's place in the data, so rows are written in id order — the fastest way
into SQLite's B-trees — and a record's id does not depend on the clock.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from pathlib import Path
from typing import Final

from cloudsetup.localdata.catalogue import CATALOGUE, DEFAULT_QUANTITIES, QUANTITIES, VARIANTS
from cloudsetup.localdata.database import OfficeDatabase
from cloudsetup.localdata.demo_people import Draw, People
from cloudsetup.models.fill import Collection
from cloudsetup.models.money import invoice_totals, line_total_cents

#: Share of the records, in per cent; invoice lines get the rest (about 54 %).
_SHARES: Final = {
    Collection.EMPLOYEES: 2,
    Collection.CUSTOMERS: 10,
    Collection.CONTACTS: 10,
    Collection.ARTICLES: 4,
    Collection.PROJECTS: 8,
    Collection.INVOICES: 12,
}
#: A trade business has a few dozen people and a few thousand articles, however much history.
_CAPS: Final = {Collection.EMPLOYEES: 100, Collection.ARTICLES: 10_000}
#: Below one of each, these come first: what the others refer to.
_SMALL_ORDER: Final = (
    Collection.EMPLOYEES,
    Collection.CUSTOMERS,
    Collection.ARTICLES,
    Collection.PROJECTS,
    Collection.CONTACTS,
)
_CHUNK: Final = 5_000
_FIRST_DAY: Final = date(2020, 1, 2)
_DAYS: Final = 6 * 365
_FIRST_MS: Final = 1_577_836_800_000  # 2020-01-01T00:00:00Z, where the ids' clock starts
_SPAN_MS: Final = _DAYS * 86_400_000
_WORK: Final = (
    "Anstrich Treppenhaus",
    "Renovierung Büro",
    "Fassadenanstrich",
    "Badsanierung",
    "E-Check",
    "Unterverteilung erneuern",
    "Heizungswartung",
    "Wohnung streichen",
    "Tapezierarbeiten",
    "Beleuchtung Verkaufsraum",
    "Rohrbruch",
    "Gartenneuanlage",
    "Elektroinstallation Neubau",
    "Austausch Heizkörper",
)
_DOMAIN: Final = "malerbetrieb-muster.example"


def plan_counts(records: int) -> dict[Collection, int]:
    """How ``records`` in total are split over the collections (every invoice has a line)."""
    if records < 1:
        raise ValueError("records must be at least 1")
    counts = dict.fromkeys(Collection, 0)
    if records < len(Collection):
        for index in range(records):
            counts[_SMALL_ORDER[index % len(_SMALL_ORDER)]] += 1
        return counts
    for collection, share in _SHARES.items():
        wanted = records * share // 100
        counts[collection] = max(1, min(_CAPS.get(collection, wanted), wanted))
    counts[Collection.INVOICE_LINES] = records - sum(counts.values())
    return counts


class _Ids:
    """Ascending UUIDs (version 7 layout) for ``count`` records, from ``rng``."""

    def __init__(self, rng: random.Random, count: int) -> None:
        self._rng = rng
        self._step = max(1, _SPAN_MS // max(count, 1))
        self._index = 0

    def next(self) -> str:
        millis = _FIRST_MS + self._index * self._step
        self._index += 1
        random_bits = self._rng.getrandbits(74)
        value = (
            (millis << 80)
            | (0x7 << 76)
            | ((random_bits >> 62) << 64)
            | (0b10 << 62)
            | (random_bits & (2**62 - 1))
        )
        h = f"{value:032x}"
        return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def _rng(seed: int, collection: Collection) -> random.Random:
    # A stream per collection; a str seed is hashed with SHA-512, the same on every platform.
    return random.Random(f"{seed}/{collection.value}")  # noqa: S311 - reproducible, not secret


def generate_demo_data(path: Path, *, records: int, seed: int = 2026) -> dict[Collection, int]:
    """Write ``records`` demo records into a new office database at ``path``; returns the counts.

    Raises :class:`FileExistsError` when ``path`` already holds office data. Rows are written
    in bulk (``executemany``) in one transaction.
    """
    counts = plan_counts(records)
    with OfficeDatabase(path) as db:
        if any(db.count(collection) for collection in Collection):
            raise FileExistsError(f"{path} already holds office data")
        db.connection.execute("PRAGMA cache_size = -32768")
        with db.bulk_load():
            _Writer(db, counts, seed).write()
    return counts


class _Writer:
    def __init__(self, db: OfficeDatabase, counts: dict[Collection, int], seed: int) -> None:
        self.db = db
        self.counts = counts
        self.seed = seed
        self.employees: list[str] = []
        self.customers: list[str] = []
        self.articles: list[tuple[str, str, str, int, int]] = []  # id, name, unit, price, rate
        self.projects: list[tuple[str, str]] = []  # id, customer id

    def _start(self, collection: Collection) -> tuple[Draw, _Ids, People]:
        rng = _rng(self.seed, collection)
        return Draw(rng), _Ids(rng, self.counts[collection]), People(rng)

    def write(self) -> None:
        self._employees()
        self._customers()
        self._contacts()
        self._articles()
        self._projects()
        self._invoices()

    def _employees(self) -> None:
        _, ids, people = self._start(Collection.EMPLOYEES)
        rows = []
        taken: set[str] = set()
        for n in range(self.counts[Collection.EMPLOYEES]):
            first, last = people.name()
            local = people.mail_local(first, last)
            if local in taken:
                local = f"{local}{n + 1}"
            taken.add(local)
            record_id = ids.next()
            self.employees.append(record_id)
            rows.append(
                (record_id, f"MA-{n + 1:03d}", f"{first} {last}", f"{local}@{_DOMAIN}", n == 0)
            )
        self.db.insert_rows(Collection.EMPLOYEES, rows)

    def _customers(self) -> None:
        _, ids, people = self._start(Collection.CUSTOMERS)
        rows = []
        for n in range(self.counts[Collection.CUSTOMERS]):
            postal_code, town, area = people.place()
            name, email = people.customer(town)
            record_id = ids.next()
            self.customers.append(record_id)
            rows.append(
                (
                    record_id,
                    f"K-{100001 + n}",
                    name,
                    people.street(),
                    postal_code,
                    town,
                    people.phone(area),
                    email,
                )
            )
            if len(rows) >= _CHUNK:
                self.db.insert_rows(Collection.CUSTOMERS, rows)
                rows = []
        self.db.insert_rows(Collection.CUSTOMERS, rows)

    def _contacts(self) -> None:
        rng, ids, people = self._start(Collection.CONTACTS)
        rows = []
        for _ in range(self.counts[Collection.CONTACTS]):
            first, last = people.name()
            _, _, area = people.place()
            rows.append(
                (
                    ids.next(),
                    rng.pick(self.customers),
                    f"{first} {last}",
                    people.role(),
                    people.phone(area),
                    people.private_email(first, last),
                )
            )
            if len(rows) >= _CHUNK:
                self.db.insert_rows(Collection.CONTACTS, rows)
                rows = []
        self.db.insert_rows(Collection.CONTACTS, rows)

    def _articles(self) -> None:
        rng, ids, _ = self._start(Collection.ARTICLES)
        rows = []
        for n in range(self.counts[Collection.ARTICLES]):
            base = CATALOGUE[n % len(CATALOGUE)]
            round_ = n // len(CATALOGUE)
            name, purchase = base.name, base.purchase_price_cents
            if round_:
                variant = VARIANTS[(round_ - 1) % len(VARIANTS)]
                series = (round_ - 1) // len(VARIANTS)
                name = f"{name} {variant}" + (f" Serie {series + 1}" if series else "")
                purchase = round(purchase * (0.8 + 0.5 * rng.random()) / 10) * 10
            sales = round(purchase * (1.3 + 0.5 * rng.random()) / 10) * 10
            record_id = ids.next()
            self.articles.append((record_id, name, base.unit, sales, base.vat_rate))
            rows.append(
                (record_id, f"A-{10001 + n}", name, base.unit, purchase, sales, base.vat_rate)
            )
        self.db.insert_rows(Collection.ARTICLES, rows)

    def _projects(self) -> None:
        rng, ids, people = self._start(Collection.PROJECTS)
        rows = []
        for n in range(self.counts[Collection.PROJECTS]):
            customer = rng.pick(self.customers)
            record_id = ids.next()
            self.projects.append((record_id, customer))
            draw = rng.random()
            status = (
                "done"
                if draw < 0.55
                else "active"
                if draw < 0.75
                else "planned"
                if draw < 0.9
                else "cancelled"
            )
            name = f"{rng.pick(_WORK)} {people.street()}"
            rows.append(
                (record_id, f"P-{n + 1:06d}", name, customer, rng.pick(self.employees), status)
            )
            if len(rows) >= _CHUNK:
                self.db.insert_rows(Collection.PROJECTS, rows)
                rows = []
        self.db.insert_rows(Collection.PROJECTS, rows)

    def _invoices(self) -> None:
        invoice_count = self.counts[Collection.INVOICES]
        rng, ids, _ = self._start(Collection.INVOICES)
        line_rng, line_ids, _ = self._start(Collection.INVOICE_LINES)
        lines_left = self.counts[Collection.INVOICE_LINES]
        invoices: list[tuple[object, ...]] = []
        lines: list[tuple[object, ...]] = []
        for n in range(invoice_count):
            left = invoice_count - n
            # Spread the lines evenly on average; every invoice gets at least one.
            extra = (lines_left - left) // left
            size = lines_left if left == 1 else 1 + line_rng.between(0, 2 * extra)
            size = min(size, lines_left - (left - 1))
            lines_left -= size
            invoice_id = ids.next()
            amounts = []
            for position in range(1, size + 1):
                row, total, rate = self._line(line_rng, line_ids.next(), invoice_id, position)
                lines.append(row)
                amounts.append((total, rate))
            net, vat, gross = invoice_totals(amounts)
            if self.projects and rng.random() < 0.75:
                project_id, customer_id = rng.pick(self.projects)
            else:
                project_id, customer_id = None, rng.pick(self.customers)
            day = _FIRST_DAY + timedelta(days=n * _DAYS // invoice_count)
            number = f"RE-{day.year}-{n + 1:06d}"
            employee = rng.pick(self.employees)
            head = (invoice_id, number, day.isoformat(), customer_id, project_id, employee)
            invoices.append((*head, net, vat, gross))
            if len(invoices) >= _CHUNK:
                self._flush(invoices, lines)
        self._flush(invoices, lines)

    def _line(
        self, rng: Draw, line_id: str, invoice_id: str, position: int
    ) -> tuple[tuple[object, ...], int, int]:
        article_id, name, unit, price, rate = rng.pick(self.articles)
        quantity = rng.pick(QUANTITIES.get(unit, DEFAULT_QUANTITIES))
        if rng.random() < 0.1:  # a discount for a good customer
            price = price * rng.pick((90, 95, 97)) // 100
        total = line_total_cents(quantity, price)
        row = (line_id, invoice_id, position, article_id, name, unit, quantity, price, rate)
        return (*row, total), total, rate

    def _flush(self, invoices: list[tuple[object, ...]], lines: list[tuple[object, ...]]) -> None:
        self.db.insert_rows(Collection.INVOICES, invoices)
        self.db.insert_rows(Collection.INVOICE_LINES, lines)
        invoices.clear()
        lines.clear()
