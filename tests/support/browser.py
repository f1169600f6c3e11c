"""Headless Chromium for the tests: Debian's ``/usr/bin/chromium`` driven by Playwright (sync).

Playwright never downloads a browser here; it drives the system one. When that is missing, the
tests that need it skip with a message, unless ``CLOUDSETUP_REQUIRE_BROWSER=1`` (set by
``.ci/run``), which makes them fail instead.

Playwright's sync API runs an asyncio loop of its own in the calling thread and, between its
calls, marks that loop as running there. So it lives exactly as long as one test: a browser kept
for the whole session would make every later ``asyncio.run()`` in the same thread fail. Qt
(pytest-qt) does not use asyncio and takes turns with Playwright's blocking calls, so a test may
drive the wizard with ``qtbot`` and a page with Playwright one after the other.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Final, NoReturn

import pytest
from playwright.sync_api import Browser, sync_playwright

CHROMIUM: Final = Path("/usr/bin/chromium")
REQUIRE_VARIABLE: Final = "CLOUDSETUP_REQUIRE_BROWSER"
LAUNCH_TIMEOUT_MS: Final = 30_000
# Each action or navigation; a test that waits longer on a local page has a bug.
DEFAULT_TIMEOUT_MS: Final = 15_000
CHROMIUM_ARGS: Final = (
    "--no-sandbox",  # root in CI, and no user namespaces in containers
    "--disable-gpu",
    "--disable-dev-shm-usage",  # small /dev/shm in containers
    "--disable-background-networking",  # no network here: no update or safe-browsing calls
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
)


def skip_or_fail(reason: str) -> NoReturn:
    """Skip the test with ``reason``; fail it instead when ``CLOUDSETUP_REQUIRE_BROWSER=1``."""
    if os.environ.get(REQUIRE_VARIABLE) == "1":
        pytest.fail(f"a browser is required ({REQUIRE_VARIABLE}=1): {reason}", pytrace=False)
    pytest.skip(f"no browser: {reason}")


@contextlib.contextmanager
def chromium(executable: Path = CHROMIUM) -> Iterator[Browser]:
    """Playwright and a headless Chromium for the block; both are closed afterwards."""
    if not executable.is_file():
        skip_or_fail(f"{executable} is missing (Debian package 'chromium')")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(executable),
            headless=True,
            args=list(CHROMIUM_ARGS),
            timeout=LAUNCH_TIMEOUT_MS,
        )
        try:
            yield browser
        finally:
            browser.close()
