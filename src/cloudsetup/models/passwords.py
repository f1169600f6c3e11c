"""The password policy for employees' cloud access (and admin users invited later).

After NIST SP 800-63B and OWASP ASVS 5.0: length counts Unicode code points after NFKC
normalisation (8 to 128), there are no composition rules (no "one digit, one capital"), and a
password is refused when it is among the most common passwords or contains what an attacker
knows about the person: the company name, the employee's name or his e-mail's local part.
The GUI checks with the same function before it sends, and the server checks again.
"""

from __future__ import annotations

import re
import secrets
import unicodedata
from collections.abc import Iterable, Sequence
from enum import StrEnum
from functools import cache
from typing import Final

MIN_LENGTH: Final = 8
MAX_LENGTH: Final = 128
COMMON_PASSWORDS_CHECKED: Final = 10_000
#: Parts of a name or company shorter than this are too common to forbid ("Max", "Bau").
_MIN_CONTEXT_PART: Final = 4
_LEGAL_FORMS: Final = frozenset(
    {
        "gmbh",
        "mbh",
        "ug",
        "ag",
        "kg",
        "ohg",
        "gbr",
        "ek",
        "ev",
        "co",
        "inh",
        "und",
        "haftungsbeschrankt",
    }
)
# Frequent German choices that international lists rank low.
_GERMAN_COMMON: Final = (
    "passwort",
    "passwort1",
    "passwort123",
    "hallo123",
    "hallo1234",
    "schatz",
    "schatz123",
    "geheim",
    "geheim123",
    "fussball",
    "fußball",
    "fussball1",
    "bayern",
    "bayern1900",
    "borussia",
    "schalke04",
    "sommer",
    "sommer2026",
    "winter2026",
    "frühling",
    "herbst2026",
    "hallohallo",
    "ichliebedich",
    "mausi",
    "schnucki",
    "sonnenschein",
    "qwertz",
    "qwertzuiop",
    "asdfghjk",
    "yxcvbnm",
    "12345678",
    "123456789",
    "1234567890",
    "deutschland",
    "berlin123",
    "hamburg1",
    "muenchen",
    "münchen",
    "willkommen",
    "willkommen1",
    "anmelden",
    "zugang123",
    "firma123",
    "büro1234",
    "buero123",
    "handwerk",
    "meister1",
    "werkstatt",
    "baustelle",
)
_ALPHABET: Final = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"


class PasswordProblem(StrEnum):
    """Why a password is refused; a stable code the GUI and the server translate."""

    TOO_SHORT = "password_too_short"
    TOO_LONG = "password_too_long"
    COMMON = "password_common"
    CONTAINS_COMPANY = "password_contains_company"
    CONTAINS_NAME = "password_contains_name"
    CONTAINS_EMAIL = "password_contains_email"


def normalize_password(password: str) -> str:
    """NFKC, as the length rule counts it and as it is hashed (so "ﬁ" and "fi" are one)."""
    return unicodedata.normalize("NFKC", password)


def _fold(text: str) -> str:
    return normalize_password(text).casefold()


def _fold_umlauts(text: str) -> str:
    return text.replace("ä", "a").replace("ö", "o").replace("ü", "u").replace("ß", "ss")


@cache
def common_passwords() -> frozenset[str]:
    """The most common passwords (zxcvbn's frequency list) plus frequent German ones."""
    from zxcvbn.frequency_lists import FREQUENCY_LISTS

    ranked: Sequence[str] = FREQUENCY_LISTS["passwords"]
    return frozenset(_fold(p) for p in (*ranked[:COMMON_PASSWORDS_CHECKED], *_GERMAN_COMMON))


def _parts(texts: Iterable[str]) -> set[str]:
    parts: set[str] = set()
    for text in texts:
        for part in re.split(r"[\W_]+", _fold(text)):
            if len(part) >= _MIN_CONTEXT_PART and part not in _LEGAL_FORMS:
                parts.add(part)
                parts.add(_fold_umlauts(part))
    return parts


def _contains_any(password: str, parts: set[str]) -> bool:
    folded = _fold(password)
    candidates = {folded, _fold_umlauts(folded)}
    return any(part in candidate for part in parts for candidate in candidates)


def check_password(
    password: str,
    *,
    company: str = "",
    names: Iterable[str] = (),
    email: str = "",
) -> PasswordProblem | None:
    """The first rule ``password`` breaks, or ``None`` when it is acceptable."""
    normalized = normalize_password(password)
    if len(normalized) < MIN_LENGTH:
        return PasswordProblem.TOO_SHORT
    if len(normalized) > MAX_LENGTH:
        return PasswordProblem.TOO_LONG
    if _fold(normalized) in common_passwords():
        return PasswordProblem.COMMON
    if _contains_any(normalized, _parts([company])):
        return PasswordProblem.CONTAINS_COMPANY
    if _contains_any(normalized, _parts(names)):
        return PasswordProblem.CONTAINS_NAME
    local_part = email.rsplit("@", 1)[0] if "@" in email else ""
    if local_part and (
        _contains_any(normalized, _parts([local_part]))
        or (len(local_part) >= _MIN_CONTEXT_PART and _fold(local_part) in _fold(normalized))
    ):
        return PasswordProblem.CONTAINS_EMAIL
    return None


def password_strength(password: str, *, user_inputs: Sequence[str] = ()) -> int:
    """zxcvbn's score from 0 (guessed at once) to 4 (very hard), for the strength meter."""
    from zxcvbn import zxcvbn

    if not password:
        return 0
    # zxcvbn's cost grows with the length; the policy's maximum keeps it bounded.
    score = zxcvbn(normalize_password(password)[:MAX_LENGTH], user_inputs=list(user_inputs))
    return int(score["score"])


def generate_password(groups: int = 4, group_length: int = 4) -> str:
    """A random password that is easy to read out and type: ``Xq7k-9Pmz-R2tw-hJ4c`` (~93 bits)."""
    return "-".join(
        "".join(secrets.choice(_ALPHABET) for _ in range(group_length)) for _ in range(groups)
    )
