"""People, firms, addresses and phone numbers for the demo data, drawn from one seeded stream."""

from __future__ import annotations

import random
from collections.abc import Sequence
from functools import lru_cache
from typing import Final, TypeVar

from cloudsetup.localdata.names import (
    COMPANY_PATTERNS,
    CONTACT_ROLES,
    FIRST_NAMES,
    LAST_NAMES,
    PLACES,
    STREETS,
    mail_name,
)

_PROVIDERS: Final = ("web", "gmx", "t-online", "posteo", "mailbox", "freenet")
_MOBILE_PREFIXES: Final = ("0151", "0160", "0170", "0171", "0176", "0157")
_HOUSE_LETTERS: Final = ("", "", "", "", "", "", "", "a", "b")

T = TypeVar("T")


class Draw:
    """Fast draws from a seeded stream: ``random()`` is one C call, ``choice()`` is several."""

    def __init__(self, rng: random.Random) -> None:
        self.random = rng.random

    def pick(self, items: Sequence[T]) -> T:
        return items[int(self.random() * len(items))]

    def between(self, low: int, high: int) -> int:
        """An integer from ``low`` to ``high``, both included."""
        return low + int(self.random() * (high - low + 1))


_mail_name = lru_cache(maxsize=8192)(mail_name)


class People:
    """Draws German names, addresses and contact data from ``rng`` (deterministic by seed)."""

    def __init__(self, rng: random.Random) -> None:
        self._rng = Draw(rng)

    def name(self) -> tuple[str, str]:
        return self._rng.pick(FIRST_NAMES), self._rng.pick(LAST_NAMES)

    def place(self) -> tuple[str, str, str]:
        """``(postal code, town, telephone area code)``."""
        return self._rng.pick(PLACES)

    def street(self) -> str:
        return (
            f"{self._rng.pick(STREETS)} {self._rng.between(1, 160)}{self._rng.pick(_HOUSE_LETTERS)}"
        )

    def phone(self, area: str) -> str:
        if self._rng.random() < 0.25:
            return f"{self._rng.pick(_MOBILE_PREFIXES)} {self._rng.between(1000000, 99999999)}"
        return f"{area} {self._rng.between(100000, 9999999)}"

    @staticmethod
    def mail_local(first: str, last: str) -> str:
        return f"{_mail_name(first)}.{_mail_name(last)}"

    def private_email(self, first: str, last: str) -> str:
        # ".example" is reserved (RFC 2606): demo addresses can never reach anybody.
        return f"{self.mail_local(first, last)}@{self._rng.pick(_PROVIDERS)}.example"

    def customer(self, town: str) -> tuple[str, str]:
        """A customer's ``(name, e-mail)``: a private person or, less often, a firm."""
        first, last = self.name()
        if self._rng.random() < 0.55:
            return f"{first} {last}", self.private_email(first, last)
        pattern = self._rng.pick(COMPANY_PATTERNS)
        firm = pattern.format(last=last, last2=self._rng.pick(LAST_NAMES), town=town)
        return firm, f"info@{_mail_name(firm)[:48]}.example"

    def role(self) -> str | None:
        return self._rng.pick(CONTACT_ROLES)
