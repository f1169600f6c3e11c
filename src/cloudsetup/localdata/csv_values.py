"""Reading the values of a CSV export: column names, numbers, money, dates, choices.

Office software and Excel write German or English column names and German (``1.234,56``) or
English (``1234.56``) numbers. A column is recognised by its name folded to lower-case letters
and digits (``E-Mail`` -> ``email``, ``Straße`` -> ``strasse``). Money columns named after the
database column (``net_cents``) hold whole cents; under any other name (``Netto``, ``net``) they
hold euros. A bad value raises :class:`BadValueError`, which the importer reports with its place.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from enum import Enum
from typing import Final

from cloudsetup.localdata.schema import PROJECT_STATUSES, REFERENCES, VAT_RATES
from cloudsetup.models.fill import Collection


class Kind(Enum):
    TEXT = "text"
    CENTS = "cents"  # whole cents (the column under its database name)
    EUROS = "euros"  # euros with up to two decimals, stored as cents
    QUANTITY = "quantity"  # a number with up to two decimals, stored in hundredths
    INTEGER = "integer"
    RATE = "rate"
    DATE = "date"
    BOOLEAN = "boolean"
    STATUS = "status"
    REFERENCE = "reference"


@dataclass(frozen=True)
class BadValueError(Exception):
    """A value that cannot be read: a code of :mod:`csv_messages` and its parameters."""

    code: str
    params: tuple[tuple[str, str], ...] = ()


_MONEY: Final = {
    "purchase_price_cents": "purchaseprice einkaufspreis ek ekpreis",
    "sales_price_cents": "salesprice verkaufspreis vk vkpreis preis",
    "net_cents": "net netto nettobetrag summenetto",
    "vat_cents": "vat mwst ust mehrwertsteuer umsatzsteuer",
    "gross_cents": "gross brutto bruttobetrag summebrutto",
    "unit_price_cents": "unitprice einzelpreis preis ep",
    "line_total_cents": "linetotal gesamtpreis gesamt betrag gp",
}
_OTHER: Final = {
    "id": "id uuid",
    "name": "name bezeichnung firma kundenname projektname",
    "email": "email emailadresse mail",
    "is_owner": "isowner owner inhaber chef",
    "street": "street strasse anschrift adresse",
    "postal_code": "postalcode plz postleitzahl zip",
    "city": "city ort stadt",
    "phone": "phone telefon tel telefonnummer",
    "role": "role rolle funktion",
    "customer_id": "customerid customer customernumber kunde kundenid kundennummer kundennr",
    "employee_id": "employeeid employee mitarbeiter bearbeiter verantwortlich mitarbeiternummer",
    "project_id": "projectid project projekt projektnummer projektnr",
    "invoice_id": "invoiceid invoice rechnung rechnungsnummer rechnungsnr",
    "article_id": "articleid article artikel artikelnummer artikelnr",
    "unit": "unit einheit me",
    "vat_rate": "vatrate mwstsatz ustsatz steuersatz",
    "date": "date datum rechnungsdatum",
    "position": "position pos",
    "text": "text bezeichnung beschreibung",
    "quantity_centi": "quantity menge anzahl",
    "status": "status projektstatus",
}
_NUMBERS: Final = {
    Collection.EMPLOYEES: "personalnummer personalnr mitarbeiternummer",
    Collection.CUSTOMERS: "kundennummer kundennr",
    Collection.ARTICLES: "artikelnummer artikelnr",
    Collection.PROJECTS: "projektnummer projektnr",
    Collection.INVOICES: "rechnungsnummer rechnungsnr",
}
_STATUS_WORDS: Final = {
    "planned": "planned geplant angeboten offen",
    "active": "active aktiv beauftragt inarbeit laufend",
    "done": "done erledigt abgeschlossen fertig abgerechnet",
    "cancelled": "cancelled canceled storniert abgesagt",
}
_YES: Final = frozenset({"1", "ja", "j", "x", "yes", "y", "true", "wahr"})
_NO: Final = frozenset({"", "0", "nein", "n", "no", "false", "falsch"})
_FOLD: Final = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})


def fold(name: str) -> str:
    """A column name or choice folded for comparing: ``Kunden-Nr.`` -> ``kundennr``."""
    return "".join(c for c in name.strip().lower().translate(_FOLD) if c.isalnum())


def header_map(collection: Collection, columns: tuple[str, ...]) -> dict[str, tuple[str, Kind]]:
    """Folded header name -> (database column, how its values are read), for one collection."""
    names: dict[str, tuple[str, Kind]] = {}
    for column in ("id", *columns):
        kind = _kind(collection, column)
        if column in _MONEY:
            for alias in _MONEY[column].split():
                names.setdefault(alias, (column, Kind.EUROS))
        aliases = _OTHER.get(column, "").split()
        if column == "number":
            aliases = ["number", "nr", "nummer", *_NUMBERS.get(collection, "").split()]
        for alias in aliases:
            names.setdefault(alias, (column, kind))
        names[fold(column)] = (column, kind)  # the database name itself always wins
    return names


def _kind(collection: Collection, column: str) -> Kind:
    if column in REFERENCES[collection]:
        return Kind.REFERENCE
    fixed = {
        "quantity_centi": Kind.QUANTITY,
        "position": Kind.INTEGER,
        "vat_rate": Kind.RATE,
        "date": Kind.DATE,
        "is_owner": Kind.BOOLEAN,
        "status": Kind.STATUS,
    }
    if column in fixed:
        return fixed[column]
    return Kind.CENTS if column.endswith("_cents") else Kind.TEXT


def parse(kind: Kind, text: str) -> object:
    """The database value of a non-empty CSV ``text`` read as ``kind`` (references: as is)."""
    if kind is Kind.CENTS or kind is Kind.INTEGER:
        return _whole(text)
    if kind is Kind.EUROS or kind is Kind.QUANTITY:
        return _hundredths(text)
    if kind is Kind.RATE:
        rate = _decimal(text.replace("%", ""))
        if rate not in VAT_RATES:
            raise BadValueError("invalid_choice", (("choices", "19, 7, 0"),))
        return int(rate)
    if kind is Kind.DATE:
        return _date(text)
    if kind is Kind.BOOLEAN:
        return _boolean(text)
    if kind is Kind.STATUS:
        return _status(text)
    return text


def _decimal(text: str) -> Decimal:
    cleaned = text.replace("€", "").replace("EUR", "").replace(" ", "").replace("\u00a0", "")
    if "," in cleaned:  # German: "." groups thousands, "," is the decimal point
        cleaned = cleaned.replace(".", "").replace(",", ".")
    if not re.fullmatch(r"[+-]?(\d+(\.\d*)?|\.\d+)", cleaned):
        raise BadValueError("not_a_number")
    try:
        return Decimal(cleaned)
    except InvalidOperation as exc:  # pragma: no cover - the pattern admits only numbers
        raise BadValueError("not_a_number") from exc


def _whole(text: str) -> int:
    value = _decimal(text)
    if value != value.to_integral_value():
        raise BadValueError("too_precise", (("places", "0"),))
    return int(value)


def _hundredths(text: str) -> int:
    value = _decimal(text) * 100
    if value != value.to_integral_value():
        raise BadValueError("too_precise", (("places", "2"),))
    return int(value)


def _date(text: str) -> str:
    match = re.fullmatch(r"(\d{1,2})\.(\d{1,2})\.(\d{4})", text) or re.fullmatch(
        r"(\d{4})-(\d{2})-(\d{2})", text
    )
    if match is None:
        raise BadValueError("not_a_date")
    first, second, third = (int(part) for part in match.groups())
    year, month, day = (third, second, first) if "." in text else (first, second, third)
    try:
        return date(year, month, day).isoformat()
    except ValueError as exc:
        raise BadValueError("not_a_date") from exc


def _boolean(text: str) -> int:
    folded = fold(text)
    if folded in _YES:
        return 1
    if folded in _NO:
        return 0
    raise BadValueError("invalid_choice", (("choices", "ja, nein"),))


def _status(text: str) -> str:
    folded = fold(text)
    for status, words in _STATUS_WORDS.items():
        if folded in words.split():
            return status
    choices = ", ".join(PROJECT_STATUSES)
    raise BadValueError("invalid_choice", (("choices", choices),))
