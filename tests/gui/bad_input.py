"""What the bad-input tests type and check: Hypothesis strategies of nasty text and the
checks that nothing crashed, nothing technical shows and typed text stays plain text."""

from __future__ import annotations

import ipaddress
import logging
import socket
import unicodedata
from collections.abc import Callable
from typing import Any, Final

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from PySide6.QtGui import Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit

from gui.screen_texts import TECHNICAL_MARKERS, visible_texts

#: Small, fixed and derandomised: the whole module runs in well under a minute.
FUZZ: Final = settings(
    max_examples=15,
    derandomize=True,
    database=None,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

NASTY: Final = (
    "",
    " ",
    "\t \n ",
    "\u00a0\u2003",
    "\u200b",
    "x" * 200,
    "ä" * 5000,
    "\u202egnilleps\u202c",
    "שלום עולם",
    "مرحبا بالعالم",
    "😀👍🏽🇩🇪",
    "\x00",
    "Anna\x00Becker",
    "\x1b[31mrot\x1b[0m",
    "\x07\x08\x7f",
    "'; DROP TABLE employees; --",
    "Robert'); DELETE FROM tenants;--",
    "<script>alert(1)</script>",
    "<b>fett</b> &amp; <img src=x>",
    "a\ud800b",
    "\udfff",
    "${jndi:ldap://x}",
    "%s%n%x",
    "../../etc/passwd",
    "NULL",
)
TEXT: Final = st.one_of(
    st.sampled_from(NASTY),
    st.text(max_size=40),
    st.text(st.characters(categories=["Cc", "Cf", "Zs", "Zl", "Zp", "Mn", "So"]), max_size=12),
    st.builds(lambda a, b: a + b, st.sampled_from(NASTY), st.text(max_size=10)),
)
_LOCAL_PART = st.text(st.characters(codec="utf-8"), min_size=0, max_size=12)
EMAILS: Final = st.one_of(
    TEXT,
    st.emails(),
    st.builds(
        lambda local, domain: f"{local}@{domain}",
        _LOCAL_PART,
        st.sampled_from(["example.de", "BÜRO.de", "a..de", "localhost", "[127.0.0.1]", "x"]),
    ),
)
URLS: Final = st.one_of(
    TEXT,
    st.builds(
        lambda scheme, rest: scheme + rest,
        st.sampled_from(["https://", "http://", "HTTPS://", "ftp://", "https:/", ""]),
        st.one_of(TEXT, st.sampled_from(["127.0.0.1:1", "exa mple.de", "[::1", "a:b:c", "ü.de"])),
    ),
)
#: The generic message of an error nobody expected (messages.describe): a crash, for us.
UNEXPECTED: Final = "Ein unerwarteter Fehler ist aufgetreten."


def loopback_only(real: Callable[..., Any]) -> Callable[..., Any]:
    """``socket.getaddrinfo`` that resolves this machine only: no fuzzed host leaves the test."""

    def getaddrinfo(host: Any, *args: Any, **kwargs: Any) -> Any:
        name = host.decode("ascii", "replace") if isinstance(host, bytes) else str(host)
        try:
            local = name == "localhost" or ipaddress.ip_address(name).is_loopback
        except ValueError:
            local = False
        if not local:
            raise socket.gaierror(socket.EAI_NONAME, f"{name}: the tests reach no other host")
        return real(host, *args, **kwargs)

    return getaddrinfo


def assert_nothing_unexpected(caplog: pytest.LogCaptureFixture) -> None:
    """No exception reached Qt or the generic message; caplog holds this example's records."""
    errors = [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert errors == [], [r.getMessage() for r in errors]
    assert UNEXPECTED not in " ".join(visible_texts())


def assert_calm(value: str) -> None:
    """No visible text holds technical detail, except what the user typed himself."""
    for text in visible_texts():
        for marker in TECHNICAL_MARKERS:
            if marker in text:
                assert marker in value, f"{marker!r} shown to the user: {text!r}"


def assert_plain_wherever_shown(value: str) -> None:
    """A label that shows typed text never renders it as rich text (no HTML injection)."""
    shown = value.strip()
    if len(shown) < 3:
        return
    for window in QApplication.topLevelWidgets():
        for label in window.findChildren(QLabel):
            if label.isVisible() and shown in label.text():
                rich = label.textFormat() == Qt.TextFormat.RichText or (
                    label.textFormat() == Qt.TextFormat.AutoText
                    and Qt.mightBeRichText(label.text())
                )
                assert not rich, f"{label.objectName() or label!r} renders {label.text()!r}"


def control_characters(text: str) -> list[str]:
    return [ch for ch in text if unicodedata.category(ch) in {"Cc", "Cs"}]


def visible(text: str) -> bool:
    return any(unicodedata.category(ch)[0] not in "CZ" for ch in text)


def type_into(edit: QLineEdit, value: str) -> str:
    """Replace the field's text as typing does (``textEdited`` fires); returns what it holds."""
    edit.selectAll()
    edit.insert(value)
    return edit.text()
