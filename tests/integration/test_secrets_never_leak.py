"""The admin password and the session's tokens never leave the places meant for them.

A whole desktop session against the real cloud, with every logger at DEBUG (httpx and httpcore
included): a failed sign-in, a sign-in, work with the session, a restart that resumes from the
keyring and rotates the refresh token, a restart with a refused token, a keyring that repeats
what it was given in its error, and a cloud error on a bearer call. Then none of the secrets is
in any log record, in any file of the config folder (the log file, written at DEBUG, among
them), in ``messages.diagnostics()`` of any error, in the support section's diagnostics copy,
or in the message, repr, attributes or traceback of any exception on the way.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Iterator
from pathlib import Path

import pytest
from keyring.backend import KeyringBackend
from pydantic import SecretStr

from cloudsetup.models import Credentials, DomainData
from cloudsetup.server.embedded import EmbeddedServer
from cloudsetup.services import EmployeeService, KeyringSecretStore, SettingsStore, SetupService
from cloudsetup.services.errors import UserError
from cloudsetup.services.logging_setup import install_file_logging
from cloudsetup.services.secrets import SERVICE_NAME, SecretKey
from cloudsetup.services.setup import Connection
from cloudsetup.services.support import SupportService, Versions, diagnostics_text
from cloudsetup.wizard.messages import diagnostics
from support.keyrings import LockedKeyring, MemoryKeyring
from support.leaks import files_containing
from support.token_recorder import TokenRecorder

WRONG_PASSWORD = "Falsch-Geraten-4711"
REVOKED_TOKEN = "ein-laengst-widerrufenes-refresh-token-0815"


class Session:
    """Builds services on one config folder and keeps every error and connection they gave."""

    def __init__(self, config_dir: Path, server: EmbeddedServer, tenant: DomainData) -> None:
        self.config_dir = config_dir
        self.server, self.tenant = server, tenant
        self.recorder = TokenRecorder()
        self.keyring = MemoryKeyring()
        self.errors: list[BaseException] = []
        self.seen: list[object] = []
        self._services: list[SetupService] = []

    def service(self, backend: KeyringBackend | None = None) -> SetupService:
        built = SetupService(
            client_factory=self.recorder.factory,
            secrets=KeyringSecretStore(backend=backend or self.keyring, timeout=2.0),
            settings=SettingsStore.in_dir(self.config_dir),
        )
        self._services.append(built)
        return built

    def credentials(self, password: str) -> Credentials:
        return Credentials(
            server_url=self.server.url,
            domain=self.tenant.domain,
            username=self.tenant.username,
            password=SecretStr(password),
        )

    def expect_error(self, call: object) -> None:
        assert callable(call)
        with pytest.raises(UserError) as caught:
            call()
        self.errors.append(caught.value)

    def close(self) -> None:
        for service in self._services:
            self.seen.append(service)
            service.close()

    def secrets(self) -> list[str]:
        return [self.tenant.password, WRONG_PASSWORD, REVOKED_TOKEN, *self.recorder.secrets()]


def _chain(exc: BaseException) -> Iterator[BaseException]:
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        yield current
        current = current.__cause__ or current.__context__


def _texts_of(exc: BaseException) -> Iterator[str]:
    yield diagnostics(exc)
    yield "".join(traceback.format_exception(exc))
    for link in _chain(exc):
        yield str(link)
        yield repr(link)
        yield repr(link.args)
        yield repr(vars(link))
        if isinstance(link, UserError):
            yield link.technical
            yield link.message.english()
            yield link.hint.english() if link.hint is not None else ""


@pytest.fixture
def session(tmp_path: Path, cloud_server: EmbeddedServer, tenant: DomainData) -> Iterator[Session]:
    running = Session(tmp_path / "config", cloud_server, tenant)
    yield running
    running.close()


def test_no_secret_reaches_a_log_a_file_a_diagnostics_copy_or_an_exception(
    session: Session, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)  # the root logger: httpx and httpcore log at DEBUG too
    # The log file of the desktop app, at DEBUG too, inside the config folder checked below.
    log_file = install_file_logging(session.config_dir / "logs", level=logging.DEBUG)
    assert log_file is not None
    try:
        _a_whole_session(session, caplog, log_file.path)
    finally:
        log_file.close()


def _a_whole_session(session: Session, caplog: pytest.LogCaptureFixture, log_path: Path) -> None:
    first = session.service()
    session.expect_error(lambda: first.test_connection(session.credentials(WRONG_PASSWORD)))
    connection = first.test_connection(session.credentials(session.tenant.password))
    assert connection.secret_stored
    session.seen.append(connection)
    EmployeeService(first).list()
    session.expect_error(lambda: EmployeeService(first).remove(987_654))  # a 404 from the cloud

    restarted = session.service()  # the next start: resume from the keyring, rotate
    resumed = restarted.resume()
    assert resumed is not None
    restarted.client.refresh()
    EmployeeService(restarted).list()
    session.seen.extend([resumed, restarted.client])

    key = SecretKey(session.server.url, session.tenant.domain, session.tenant.username)
    session.keyring.entries[(SERVICE_NAME, key.keyring_username)] = REVOKED_TOKEN
    refused = session.service()
    assert refused.resume() is None  # the cloud refused it: sign in again

    locked = session.service(LockedKeyring())  # its errors repeat the secret they were given
    kept: Connection = locked.test_connection(session.credentials(session.tenant.password))
    assert kept.secret_problem is not None
    session.errors.append(kept.secret_problem)
    session.seen.append(kept)
    support = SupportService(locked, state_dir=session.config_dir, log_file=log_path)
    copied = diagnostics_text(support.facts(Versions.here(qt="6", pyside="6")))
    assert session.tenant.domain in copied
    session.close()

    secrets = session.secrets()
    assert len(session.recorder.pairs) >= 4  # two sign-ins, a resume and a refresh at least
    assert len(session.errors) == 3
    records = caplog.records
    assert any(r.name.startswith("httpcore") for r in records), "DEBUG logging was not on"
    logged = [caplog.text, *(r.getMessage() for r in records), *(repr(r.args) for r in records)]
    texts = [text for error in session.errors for text in _texts_of(error)]
    texts += [repr(thing) for thing in session.seen]
    texts.append(copied)  # "In Zwischenablage kopieren" of the support section
    for secret in secrets:
        assert not [line for line in logged if secret in line], f"logged: {secret[:6]}…"
        assert not [text for text in texts if secret in text], f"in an error: {secret[:6]}…"
    assert files_containing(session.config_dir, secrets) == []  # the log file among them
    assert (session.config_dir / "settings.json").exists()
    assert "httpcore" in log_path.read_text(encoding="utf-8")  # it did log at DEBUG
