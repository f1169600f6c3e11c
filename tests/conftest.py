"""Fixtures for every test folder: the reference cloud, tenants, PostgreSQL, SMTP and a browser."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator

import pytest
from playwright.sync_api import Page

from cloudsetup.models import DomainData
from cloudsetup.server.embedded import EmbeddedServer
from cloudsetup.services.logging_setup import LOG_DIR_ENV
from support.browser import DEFAULT_TIMEOUT_MS as BROWSER_TIMEOUT_MS
from support.browser import chromium
from support.cloud import new_tenant, running_server
from support.postgres import PostgresServer, PostgresUnavailableError, open_postgres_server
from support.postgres import skip_or_fail as skip_postgres
from support.smtp import SmtpServer


@pytest.fixture(scope="session", autouse=True)
def _log_dir(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Commands the tests start write their log file here, never into the user's log folder."""
    previous = os.environ.get(LOG_DIR_ENV)
    os.environ[LOG_DIR_ENV] = str(tmp_path_factory.mktemp("logs"))
    yield
    if previous is None:
        os.environ.pop(LOG_DIR_ENV, None)
    else:
        os.environ[LOG_DIR_ENV] = previous


@pytest.fixture(scope="session")
def cloud_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[EmbeddedServer]:
    """The reference cloud on 127.0.0.1 with its own SQLite file and file:// outbox."""
    with running_server(tmp_path_factory.mktemp("cloud")) as server:
        yield server


@pytest.fixture
def tenant(cloud_server: EmbeddedServer) -> DomainData:
    """A new tenant (unique name and domain) in ``cloud_server``, with its initial password."""
    return new_tenant(cloud_server)


# --- Real PostgreSQL, SMTP and browser (issue 3); see tests/support/{postgres,smtp,browser}.py.


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    """A real PostgreSQL server for the session (configured, or a throw-away local cluster).

    Skips when there is none, fails instead with ``CLOUDSETUP_REQUIRE_POSTGRES=1``; a server
    that is there but does not start always fails. A local cluster is stopped at the end.
    """
    with contextlib.ExitStack() as stack:
        try:
            server = stack.enter_context(open_postgres_server())
        except PostgresUnavailableError as exc:
            skip_postgres(str(exc))
        yield server


@pytest.fixture
def postgres_url(postgres_server: PostgresServer) -> Iterator[str]:
    """A new empty database for one test: ``postgresql+psycopg://...@127.0.0.1:PORT/test_...``.

    Use it as ``DATABASE_URL``; it is dropped (open connections ended) after the test.
    """
    with postgres_server.database() as url:
        yield url


@pytest.fixture
def smtp_server() -> Iterator[SmtpServer]:
    """A real SMTP server (aiosmtpd) on 127.0.0.1 that keeps what it receives.

    ``.url`` is the ``MAIL_URL``; ``.wait_for(count, timeout)`` returns the
    :class:`support.smtp.ReceivedMail` list once ``count`` have arrived; ``.stop()`` and
    ``.start()`` take it down and back up on the same port.
    """
    with SmtpServer() as server:
        yield server


@pytest.fixture
def browser_page() -> Iterator[Page]:
    """A page in a fresh context of headless Debian Chromium (Playwright sync API), German.

    Skips when /usr/bin/chromium is missing, fails instead with ``CLOUDSETUP_REQUIRE_BROWSER=1``.
    Browser and Playwright last one test (see support/browser.py for why); use it in plain test
    functions, never inside a running asyncio loop.
    """
    with chromium() as browser:
        context = browser.new_context(locale="de-DE", viewport={"width": 1024, "height": 768})
        try:
            context.set_default_timeout(BROWSER_TIMEOUT_MS)
            yield context.new_page()
        finally:
            context.close()
