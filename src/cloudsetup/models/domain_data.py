"""The "Domäne-Daten" block of the customer portal: parse a pasted block, print one.

The portal (and ``cloudsetup-server create-tenant``) shows the cloud access as labelled lines::

    Server:        https://cloud.example.de
    Domäne:        malerbetrieb-muster
    Benutzername:  admin
    Passwort:      Xq7-...

Customers copy that block from a web page or an e-mail, so the parser accepts German and English
labels, ``:``/``=``/tab separators, a label and its value on consecutive lines, and stray white
space or bullets. It never raises: what it cannot recognise it leaves out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from pydantic import BaseModel, ConfigDict

_LABELS: Final[dict[str, str]] = {
    "server": "server_url",
    "serverurl": "server_url",
    "serveradresse": "server_url",
    "cloudserver": "server_url",
    "url": "server_url",
    "adresse": "server_url",
    "address": "server_url",
    "domane": "domain",
    "domain": "domain",
    "domanenname": "domain",
    "domainname": "domain",
    "clouddomane": "domain",
    "clouddomain": "domain",
    "mandant": "domain",
    "tenant": "domain",
    "benutzername": "username",
    "benutzer": "username",
    "username": "username",
    "user": "username",
    "login": "username",
    "anmeldename": "username",
    "passwort": "password",
    "kennwort": "password",
    "password": "password",
    "initialpasswort": "password",
    "initialespasswort": "password",
    "initialpassword": "password",
    "einmalpasswort": "password",
}

_SEPARATED: Final = re.compile(r"^\s*[-*•·]?\s*([^:=\t]{2,40}?)\s*(?::|=|\t)\s*(.*?)\s*$")
_UMLAUTS: Final = str.maketrans({"ä": "a", "ö": "o", "ü": "u", "ß": "ss"})


@dataclass(frozen=True)
class ParsedDomainData:
    """What a pasted block contained; a field is ``None`` when the block did not name it."""

    server_url: str | None = None
    domain: str | None = None
    username: str | None = None
    password: str | None = None

    @property
    def found(self) -> int:
        """How many of the four fields the block contained."""
        fields = (self.server_url, self.domain, self.username, self.password)
        return sum(value is not None for value in fields)

    def __repr__(self) -> str:
        return (
            f"ParsedDomainData(server_url={self.server_url!r}, domain={self.domain!r}, "
            f"username={self.username!r}, password={'***' if self.password else None})"
        )


def _label_key(label: str) -> str | None:
    folded = label.strip().lower().translate(_UMLAUTS)
    return _LABELS.get(re.sub(r"[^a-z]", "", folded))


def parse_domain_data(text: str) -> ParsedDomainData:
    """Pick server URL, domain, user name and password out of a pasted block."""
    values: dict[str, str] = {}
    pending: str | None = None  # a label on its own line waits for the value on the next line
    for raw in text.splitlines():
        line = raw.strip()
        if not line:
            continue
        match = _SEPARATED.match(line)
        key = _label_key(match.group(1)) if match else None
        if match and key:
            value = match.group(2)
            if value:
                values.setdefault(key, value)
                pending = None
            else:
                pending = key
            continue
        bare_key = _label_key(line)
        if bare_key:
            pending = bare_key
            continue
        if pending:
            values.setdefault(pending, line)
            pending = None
    return ParsedDomainData(**values)


class DomainData(BaseModel):
    """A tenant's access data as the portal shows it once (the password is a one-time secret)."""

    model_config = ConfigDict(frozen=True)

    server_url: str
    domain: str
    username: str
    password: str

    def __repr__(self) -> str:
        return (
            f"DomainData(server_url={self.server_url!r}, domain={self.domain!r}, "
            f"username={self.username!r})"
        )

    __str__ = __repr__  # pydantic's own __str__ would list the password

    def as_block(self) -> str:
        """The block as the customer portal prints it (German labels, parseable by this module)."""
        rows = (
            ("Server", self.server_url),
            ("Domäne", self.domain),
            ("Benutzername", self.username),
            ("Passwort", self.password),
        )
        return "\n".join(f"{label + ':':<14}{value}" for label, value in rows)
