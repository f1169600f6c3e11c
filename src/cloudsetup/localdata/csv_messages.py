"""What the CSV import says about a problem, in German (the default) and English.

A problem carries a stable code and its parameters; the text is made here, so a caller can show
it in the user's language and a test can check the code rather than a sentence.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final, Literal

Language = Literal["de", "en"]

MESSAGES: Final[dict[str, tuple[str, str]]] = {
    "unreadable": (
        "Die Datei lässt sich nicht lesen: {reason}",
        "The file cannot be read: {reason}",
    ),
    "missing_column": (
        "Die Spalte fehlt; die Datei wurde nicht eingelesen.",
        "The column is missing; the file was not imported.",
    ),
    "required": ("Der Wert fehlt, ist aber Pflicht.", "The value is missing but required."),
    "not_a_number": ("„{value}“ ist keine Zahl.", '"{value}" is not a number.'),
    "too_precise": (
        "„{value}“ hat mehr als {places} Nachkommastellen.",
        '"{value}" has more than {places} decimal places.',
    ),
    "not_a_date": (
        "„{value}“ ist kein Datum (TT.MM.JJJJ oder JJJJ-MM-TT).",
        '"{value}" is not a date (DD.MM.YYYY or YYYY-MM-DD).',
    ),
    "invalid_choice": (
        "„{value}“ ist hier nicht möglich; erlaubt: {choices}.",
        '"{value}" is not allowed here; allowed: {choices}.',
    ),
    "unknown_reference": (
        "„{value}“ gibt es nicht unter {target_de}.",
        '"{value}" does not exist in {target}.',
    ),
    "duplicate": (
        "Derselbe Datensatz steht schon in Zeile {first_line}.",
        "The same record is already in line {first_line}.",
    ),
    "taken": (
        "„{value}“ gehört schon zu einem anderen Datensatz.",
        '"{value}" already belongs to another record.',
    ),
    "mismatch": (
        "{value} passt nicht zu den anderen Beträgen; erwartet: {expected}.",
        "{value} does not match the other amounts; expected: {expected}.",
    ),
    "too_long": (
        "Die ID ist länger als {limit} Zeichen.",
        "The id is longer than {limit} characters.",
    ),
    "rejected": (
        "Die Datenbank lehnt den Datensatz ab: {reason}",
        "The database refuses the record: {reason}",
    ),
}

_WHERE: Final[dict[Language, tuple[str, str, str]]] = {
    "de": ("{file}", ", Zeile {line}", ", Feld „{field}“"),
    "en": ("{file}", ", line {line}", ', field "{field}"'),
}


def describe(
    code: str,
    params: Mapping[str, str],
    *,
    file: str,
    line: int,
    field: str | None,
    language: Language = "de",
) -> str:
    """``customers.csv, Zeile 4, Feld „PLZ“: …`` — the problem with its place."""
    german, english = MESSAGES.get(code, MESSAGES["rejected"])
    template = german if language == "de" else english
    try:
        message = template.format_map({"reason": code, **params})
    except (KeyError, IndexError, ValueError):
        message = template
    file_part, line_part, field_part = _WHERE[language]
    where = file_part.format(file=file)
    if line:
        where += line_part.format(line=line)
    if field:
        where += field_part.format(field=field)
    return f"{where}: {message}"
