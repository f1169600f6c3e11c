"""The pasted "Domäne-Daten" block: every format customers copy it in, and the round trip."""

from __future__ import annotations

import string

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cloudsetup.models import DomainData, ParsedDomainData, parse_domain_data

PROPERTY = settings(max_examples=200, deadline=None)

EXPECTED = ParsedDomainData(
    server_url="https://cloud.example.de",
    domain="malerbetrieb-muster",
    username="admin",
    password="Xq7 geheim:=ä",
)


@pytest.mark.parametrize(
    "block",
    [
        pytest.param(
            "Server:        https://cloud.example.de\n"
            "Domäne:        malerbetrieb-muster\n"
            "Benutzername:  admin\n"
            "Passwort:      Xq7 geheim:=ä\n",
            id="german-colon",
        ),
        pytest.param(
            "Server URL: https://cloud.example.de\n"
            "Domain: malerbetrieb-muster\n"
            "Username: admin\n"
            "Password: Xq7 geheim:=ä\n",
            id="english-colon",
        ),
        pytest.param(
            "Server = https://cloud.example.de\n"
            "Domäne = malerbetrieb-muster\n"
            "Benutzer = admin\n"
            "Kennwort = Xq7 geheim:=ä\n",
            id="equals",
        ),
        pytest.param(
            "Serveradresse\thttps://cloud.example.de\n"
            "Domänenname\tmalerbetrieb-muster\n"
            "Anmeldename\tadmin\n"
            "Initial-Passwort\tXq7 geheim:=ä\n",
            id="tab-from-a-table",
        ),
        pytest.param(
            "Server\nhttps://cloud.example.de\n"
            "Domäne:\nmalerbetrieb-muster\n"
            "Benutzername\n  admin  \n"
            "Passwort:\nXq7 geheim:=ä\n",
            id="label-then-value-on-next-line",
        ),
        pytest.param(
            "\n\n  • Server: https://cloud.example.de\n\n"
            "  - Domäne: malerbetrieb-muster\n\n\n"
            "  * Benutzername: admin\n"
            "  · Passwort: Xq7 geheim:=ä   \n\n",
            id="bullets-and-blank-lines",
        ),
        pytest.param(
            "Server:\u00a0https://cloud.example.de\u00a0\r\n"
            "\u00a0Domäne:\u00a0\u00a0malerbetrieb-muster\r\n"
            "Benutzername\u00a0:\u00a0admin\r\n"
            "Passwort:\u00a0\r\n\u00a0Xq7 geheim:=ä\u00a0\r\n",
            id="html-copy-with-non-breaking-spaces",
        ),
        pytest.param(
            "Guten Tag Herr Muster,\n"
            "hier Ihre Zugangsdaten für die Cloud.\n"
            "Telefon: 0123 456789\n"
            "SERVER: https://cloud.example.de\n"
            "DOMÄNE: malerbetrieb-muster\n"
            "BENUTZERNAME: admin\n"
            "PASSWORT: Xq7 geheim:=ä\n"
            "Mit freundlichen Grüßen\n",
            id="mail-with-unknown-lines-and-capitals",
        ),
        pytest.param(
            "Domane: malerbetrieb-muster\n"
            "Server: https://cloud.example.de\n"
            "Login: admin\n"
            "Einmalpasswort: Xq7 geheim:=ä\n",
            id="other-order-without-umlaut",
        ),
    ],
)
def test_block_is_parsed_in_every_format(block: str) -> None:
    parsed = parse_domain_data(block)
    assert parsed == EXPECTED
    assert parsed.found == 4


def test_the_first_value_wins_when_a_label_repeats() -> None:
    parsed = parse_domain_data(
        "Domäne: erste\nDomain: zweite\nPasswort: eins\nPasswort:\nzwei\nUser: a\nLogin: b\n"
    )
    assert (parsed.domain, parsed.password, parsed.username) == ("erste", "eins", "a")


def test_a_partial_block_names_only_what_it_contains() -> None:
    parsed = parse_domain_data("Domäne: demo\nBenutzername: admin")
    assert parsed == ParsedDomainData(domain="demo", username="admin")
    assert parsed.found == 2


@pytest.mark.parametrize("text", ["", "\n\n", "   ", "Hallo\nwie geht's?", "Passwort:"])
def test_text_without_values_finds_nothing(text: str) -> None:
    parsed = parse_domain_data(text)
    assert parsed == ParsedDomainData()
    assert parsed.found == 0


@PROPERTY
@given(st.text())
def test_parser_never_raises_on_arbitrary_text(text: str) -> None:
    parsed = parse_domain_data(text)
    assert 0 <= parsed.found <= 4


_DOMAIN = st.from_regex(r"\A[a-z0-9][a-z0-9-]{1,30}[a-z0-9]\Z")
_USERNAME = st.from_regex(r"\A[a-z0-9](?:[a-z0-9._@+-]{0,30}[a-z0-9])?\Z")
_PASSWORD_CHARS = string.ascii_letters + string.digits + string.punctuation + " äöüÄÖÜß€"
# A password as the portal could print it: one line, no blanks at either end.
_PASSWORD = st.text(alphabet=_PASSWORD_CHARS, min_size=1, max_size=40).map(str.strip).filter(bool)


@PROPERTY
@given(_DOMAIN, _USERNAME, _PASSWORD, st.sampled_from(["https://", "http://127.0.0.1:"]))
def test_printed_block_parses_back_to_the_same_values(
    domain: str, username: str, password: str, prefix: str
) -> None:
    server_url = f"{prefix}8443" if prefix.startswith("http:") else f"{prefix}{domain}.example.de"
    data = DomainData(server_url=server_url, domain=domain, username=username, password=password)
    parsed = parse_domain_data(data.as_block())
    assert parsed == ParsedDomainData(
        server_url=server_url, domain=domain, username=username, password=password
    )


@pytest.mark.parametrize("password", ["Xq7-geheim", "a b:c=d", "Pässwörd ß"])
def test_parsed_repr_never_shows_the_password(password: str) -> None:
    parsed = parse_domain_data(f"Domäne: demo\nPasswort: {password}")
    assert parsed.password == password
    assert password not in repr(parsed)
    assert password not in str(parsed)
    assert "password=***" in repr(parsed)


def test_parsed_repr_says_when_no_password_was_found() -> None:
    assert "password=None" in repr(parse_domain_data("Domäne: demo"))
