"""The browser fixture drives Debian's Chromium against a real local page, next to Qt."""

from __future__ import annotations

import asyncio
import os
import threading
from collections.abc import Iterator
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs

import pytest
from playwright.sync_api import Page
from pytestqt.qtbot import QtBot

from support.browser import REQUIRE_VARIABLE, chromium, skip_or_fail

# Before the first QApplication exists: tests never open real windows.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

_FORM = b"""<!doctype html>
<html lang="de"><head><meta charset="utf-8"><title>Zustimmung</title></head>
<body><form method="post" action="/zustimmen">
<input type="hidden" name="token" value="abc123">
<button type="submit">Ich bin einverstanden</button>
</form></body></html>"""
_DONE = "<!doctype html><html><body><h1>Bestätigt</h1></body></html>".encode()


class _FormSite:
    """http.server on 127.0.0.1 with a consent-like form; it records what was posted."""

    def __init__(self) -> None:
        self.posted: list[dict[str, list[str]]] = []
        site = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                self._answer(_FORM)

            def do_POST(self) -> None:
                length = int(self.headers["Content-Length"])
                site.posted.append(parse_qs(self.rfile.read(length).decode()))
                self._answer(_DONE)

            def _answer(self, body: bytes) -> None:
                self.send_response(HTTPStatus.OK)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, format: str, *args: object) -> None:
                pass  # keep the test output clean

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self._server.server_address[1]}/"
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    def __enter__(self) -> _FormSite:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(5)


@pytest.fixture
def form_site() -> Iterator[_FormSite]:
    """A consent-like form page served from 127.0.0.1 for one test."""
    with _FormSite() as site:
        yield site


def test_clicking_the_button_posts_the_form_and_a_screenshot_is_written(
    browser_page: Page, form_site: _FormSite, tmp_path: Path
) -> None:
    browser_page.goto(form_site.url)
    browser_page.get_by_role("button", name="Ich bin einverstanden").click()
    browser_page.get_by_role("heading", name="Bestätigt").wait_for()
    screenshot = tmp_path / "bestaetigt.png"
    browser_page.screenshot(path=screenshot)

    assert form_site.posted == [{"token": ["abc123"]}]
    assert screenshot.read_bytes().startswith(b"\x89PNG\r\n\x1a\n")
    assert screenshot.stat().st_size > 1000


def test_page_asks_for_german_first(browser_page: Page, form_site: _FormSite) -> None:
    languages = browser_page.evaluate("navigator.languages")

    assert languages[0] == "de-DE"


def test_qt_and_the_browser_take_turns_in_one_test(
    qtbot: QtBot, browser_page: Page, form_site: _FormSite
) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QLabel

    label = QLabel("offen")
    qtbot.addWidget(label)
    QTimer.singleShot(0, lambda: label.setText("Qt läuft"))
    qtbot.waitUntil(lambda: label.text() == "Qt läuft", timeout=5000)

    browser_page.goto(form_site.url)
    browser_page.get_by_role("button").click()
    heading = browser_page.get_by_role("heading", name="Bestätigt")
    heading.wait_for()
    text = heading.inner_text()
    QTimer.singleShot(0, lambda: label.setText(text))
    qtbot.waitUntil(lambda: label.text() == "Bestätigt", timeout=5000)

    browser_page.goto(form_site.url)
    assert browser_page.get_by_role("button").inner_text() == "Ich bin einverstanden"
    assert len(form_site.posted) == 1


def test_asyncio_works_again_once_the_browser_is_closed() -> None:
    with chromium() as browser:
        assert browser.is_connected()

    async def answer() -> int:
        await asyncio.sleep(0)
        return 42

    assert asyncio.run(answer()) == 42


def test_missing_chromium_skips_by_default(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv(REQUIRE_VARIABLE, raising=False)

    with pytest.raises(pytest.skip.Exception, match="no browser"), chromium(tmp_path / "none"):
        pass


def test_missing_chromium_fails_when_it_is_required(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(REQUIRE_VARIABLE, "1")

    with pytest.raises(pytest.fail.Exception, match="a browser is required"):
        skip_or_fail("/usr/bin/chromium is missing")
