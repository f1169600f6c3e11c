"""Network faults in the desktop app: real widgets offscreen, real servers on 127.0.0.1.

Page 1's "Verbindung testen" and page 2's "Mitarbeiter hinzufügen" meet a cloud that is gone,
that resets the connection mid-request, that never answers, that answers 500 with an HTML page,
a server whose certificate nobody trusts, and a proxy from the environment (working, and
refusing). Each case shows its own German message with a hint and keeps what was typed; no
visible text holds a traceback or HTML. :data:`FAULT_CASES` is the list bench/robustness.py counts.
"""

from __future__ import annotations

import ssl
import threading
from collections.abc import Iterator
from http import HTTPStatus
from pathlib import Path
from typing import Final
from urllib.parse import urlsplit

import httpx
import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from cloudsetup.cloud import CloudClient
from cloudsetup.cloud.tls import certificate_fingerprint
from cloudsetup.models import DomainData
from cloudsetup.server.embedded import EmbeddedServer
from cloudsetup.services.bootstrap import build_setup_service
from cloudsetup.services.employees import EmployeeService
from cloudsetup.services.ports import CloudApi, TokensChanged
from cloudsetup.services.secrets import KeyringSecretStore
from cloudsetup.services.settings import SettingsStore
from cloudsetup.services.setup import SetupService
from cloudsetup.wizard.pages.credentials import CredentialsPage
from gui.screen_texts import assert_nothing_technical_shown, visible_texts
from gui.wizard_pages import WAIT_MS, connect, new_wizard, open_wizard, wait_for
from support.certificates import (
    Certificate,
    issue_server_certificate,
    make_certificate_authority,
    make_self_signed_certificate,
)
from support.connect_proxy import ConnectProxy
from support.keyrings import MemoryKeyring
from support.local_servers import tls_server
from support.tcp_relay import Mode, TcpRelay

#: Every fault case of this module; the tests are parametrised by these names.
FAULT_CASES: Final = (
    "page1-unreachable",
    "page1-reset",
    "page1-timeout",
    "page1-html-500",
    "page1-tls-self-signed",
    "page1-tls-cancel",
    "page1-proxy",
    "page1-proxy-refused",
    "page2-unreachable",
    "page2-reset",
    "page2-timeout",
    "page2-html-500",
)

#: The relay's misbehaviour per fault (``None``: the relay is down), the German message and a
#: part of its hint.
RELAY_FAULTS: Final[dict[str, tuple[Mode | None, str, str]]] = {
    "unreachable": (None, "Der Cloud-Server ist nicht erreichbar.", "„Erweitert“"),
    "reset": (
        "reset",
        "Die Verbindung zum Cloud-Server ist abgebrochen, bevor er geantwortet hat.",
        "ob es in der Cloud angekommen ist",
    ),
    "timeout": ("silent", "Der Cloud-Server hat nicht rechtzeitig geantwortet.", "langsam"),
    "html-500": ("html_500", "Der Cloud-Server hat ein Problem (Fehler 500).", "Diagnosedaten"),
}

#: A read timeout short enough for a test, long enough for a sign-in on a busy machine.
SHORT_TIMEOUT: Final = httpx.Timeout(2.0, connect=2.0)
CLOUD_HOST: Final = "cloud.example.test"
PROXY_VARIABLES: Final = ("http_proxy", "https_proxy", "all_proxy", "no_proxy")


def _cases(page: str) -> list[str]:
    return [case for case in FAULT_CASES if case.startswith(f"{page}-")]


def _fault_of(case: str) -> tuple[Mode | None, str, str]:
    return RELAY_FAULTS[case.split("-", 1)[1]]


def _break(relay: TcpRelay, mode: Mode | None) -> None:
    if mode is None:
        relay.stop()
    else:
        relay.set_mode(mode)


def _heal(relay: TcpRelay, mode: Mode | None) -> None:
    if mode is None:
        relay.start()  # back at the same port
    else:
        relay.set_mode("forward")


@pytest.fixture
def relay(cloud_server: EmbeddedServer) -> Iterator[TcpRelay]:
    parts = urlsplit(cloud_server.url)
    assert parts.hostname is not None
    assert parts.port is not None
    with TcpRelay((parts.hostname, parts.port)) as running:
        yield running


@pytest.fixture
def impatient_service(config_dir: Path, memory_keyring: MemoryKeyring) -> Iterator[SetupService]:
    """The real service whose client gives up reading after two seconds (injected factory)."""

    def client_factory(base_url: str, /, *, on_tokens_changed: TokensChanged) -> CloudApi:
        return CloudClient(base_url, timeout=SHORT_TIMEOUT, on_tokens_changed=on_tokens_changed)

    built = SetupService(
        client_factory=client_factory,
        secrets=KeyringSecretStore(backend=memory_keyring),
        settings=SettingsStore.in_dir(config_dir),
    )
    yield built
    built.close()


@pytest.fixture(scope="module")
def certificate(tmp_path_factory: pytest.TempPathFactory) -> Certificate:
    return make_self_signed_certificate(tmp_path_factory.mktemp("tls"))


def _fill(page: CredentialsPage, data: DomainData, server_url: str) -> None:
    page.set_values(
        server_url=server_url, domain=data.domain, username=data.username, password=data.password
    )


def _test(qtbot: QtBot, page: CredentialsPage) -> None:
    wait_for(qtbot, page.start_test())


def _assert_error_shown(page: CredentialsPage, message: str, hint: str) -> None:
    assert page.panel.kind == "error"
    assert page.panel.message_label.text() == message
    assert hint in page.panel.hint_label.text()
    assert not page.isComplete()
    assert_nothing_technical_shown()


@pytest.mark.parametrize("case", [c for c in _cases("page1") if c[6:] in RELAY_FAULTS])
def test_page_one_shows_the_german_message_of_each_network_fault_and_keeps_the_input(
    case: str,
    qtbot: QtBot,
    impatient_service: SetupService,
    tenant: DomainData,
    relay: TcpRelay,
) -> None:
    mode, message, hint = _fault_of(case)
    wizard = new_wizard(qtbot, impatient_service)
    page = wizard.credentials
    _fill(page, tenant, relay.url)
    _break(relay, mode)

    _test(qtbot, page)

    _assert_error_shown(page, message, hint)
    assert page.values() == (relay.url, tenant.domain, tenant.username, tenant.password)
    assert page.test_button.isEnabled()
    _heal(relay, mode)
    _test(qtbot, page)
    assert page.isComplete()


@pytest.mark.parametrize("case", ["page1-tls-self-signed"])
def test_untrusted_certificate_shows_the_fingerprint_of_that_certificate(
    case: str, qtbot: QtBot, service: SetupService, tenant: DomainData, certificate: Certificate
) -> None:
    fingerprint = certificate_fingerprint(certificate.der)
    wizard = new_wizard(qtbot, service)
    page = wizard.credentials
    with tls_server(certificate) as url:
        _fill(page, tenant, url)
        _test(qtbot, page)

    _assert_error_shown(
        page,
        "Die Identität des Servers 127.0.0.1 konnte nicht bestätigt werden: Seinem Zertifikat "
        f"wird nicht vertraut. Fingerabdruck des Zertifikats (SHA-256): {fingerprint}",
        "öffentlichen Netz",
    )


@pytest.mark.parametrize("case", ["page1-tls-cancel"])
def test_cancel_during_a_stuck_handshake_resets_at_once_and_the_late_failure_changes_nothing(
    case: str, qtbot: QtBot, service: SetupService, tenant: DomainData, certificate: Certificate
) -> None:
    gate, arrived = threading.Event(), threading.Event()
    wizard = new_wizard(qtbot, service)
    page = wizard.credentials
    with tls_server(certificate, gate=gate, arrived=arrived) as url:
        _fill(page, tenant, url)
        worker = page.start_test()
        assert worker is not None
        qtbot.waitUntil(arrived.is_set, timeout=WAIT_MS)  # the client waits in the handshake
        assert page.busy.isVisible()

        qtbot.mouseClick(page.busy.cancel_button, Qt.MouseButton.LeftButton)

        assert not page.busy.isVisible()
        assert page.test_button.isEnabled()
        assert not page.form.domain.isReadOnly()
        assert page.values() == (url, tenant.domain, tenant.username, tenant.password)
        assert page.panel.kind == "info"
        assert "abgebrochen" in page.panel.message_label.text()
        shown = visible_texts()
        gate.set()  # the handshake goes on and fails, after the user has moved on
        qtbot.waitUntil(lambda: not worker.is_running, timeout=WAIT_MS)

    assert visible_texts() == shown
    assert page.panel.kind == "info"
    assert not page.isComplete()
    assert certificate_fingerprint(certificate.der) not in " ".join(visible_texts())
    assert_nothing_technical_shown()


@pytest.fixture
def tls_cloud(tmp_path: Path, cloud_server: EmbeddedServer) -> Iterator[tuple[Path, TcpRelay]]:
    """The cloud behind TLS for ``cloud.example.test`` (a test CA signed it): (CA file, relay)."""
    authority = make_certificate_authority(tmp_path)
    server_cert = issue_server_certificate(authority, tmp_path, CLOUD_HOST)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(server_cert.cert_file, server_cert.key_file)
    parts = urlsplit(cloud_server.url)
    assert parts.hostname is not None
    assert parts.port is not None
    with TcpRelay((parts.hostname, parts.port), tls=context) as relay:
        yield authority.certificate.cert_file, relay


def _use_proxy(monkeypatch: pytest.MonkeyPatch, proxy: ConnectProxy) -> None:
    for name in PROXY_VARIABLES:
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.upper(), raising=False)
    monkeypatch.setenv("HTTPS_PROXY", proxy.url)


@pytest.mark.parametrize("case", ["page1-proxy", "page1-proxy-refused"])
def test_the_proxy_from_the_environment_carries_the_connection_test_or_says_it_refused(
    case: str,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    config_dir: Path,
    memory_keyring: MemoryKeyring,
    tenant: DomainData,
    tls_cloud: tuple[Path, TcpRelay],
) -> None:
    ca_file, relay = tls_cloud
    refuse = HTTPStatus.PROXY_AUTHENTICATION_REQUIRED if case.endswith("refused") else None
    url = f"https://{CLOUD_HOST}:{relay.port}"
    with ConnectProxy({CLOUD_HOST: "127.0.0.1"}, refuse=refuse) as proxy:
        _use_proxy(monkeypatch, proxy)
        service = build_setup_service(
            config_dir=config_dir, ca_file=ca_file, keyring_backend=memory_keyring
        )
        try:
            wizard = new_wizard(qtbot, service)
            page = wizard.credentials
            _fill(page, tenant, url)
            _test(qtbot, page)
        finally:
            service.close()

    assert proxy.connects, "the connection did not go through the proxy"
    assert set(proxy.connects) == {f"{CLOUD_HOST}:{relay.port}"}
    if refuse is None:
        assert page.isComplete(), page.panel.message_label.text()
        assert page.panel.kind == "success"
        assert_nothing_technical_shown()
    else:
        _assert_error_shown(
            page,
            "Der Proxy-Server dieses Netzes hat die Verbindung zur Cloud abgelehnt.",
            "HTTPS_PROXY",
        )


@pytest.mark.parametrize("case", _cases("page2"))
def test_adding_an_employee_meets_each_network_fault_keeps_the_dialog_and_saves_once_after(
    case: str,
    qtbot: QtBot,
    impatient_service: SetupService,
    tenant: DomainData,
    relay: TcpRelay,
    tmp_path: Path,
) -> None:
    mode, message, hint = _fault_of(case)
    wizard = open_wizard(
        qtbot, impatient_service, tenant.model_copy(update={"server_url": relay.url})
    )
    page = wizard.employees
    qtbot.waitUntil(lambda: not page.is_busy, timeout=WAIT_MS)
    dialog = page.add_employee()
    qtbot.keyClicks(dialog.name, "Anna Becker")
    qtbot.keyClicks(dialog.email, "anna.becker@example.de")
    _break(relay, mode)

    wait_for(qtbot, dialog.submit())

    assert dialog.isVisible()
    assert dialog.panel.message_label.text() == message
    assert hint in dialog.panel.hint_label.text()
    assert (dialog.name.text(), dialog.email.text()) == ("Anna Becker", "anna.becker@example.de")
    assert not dialog.name.isReadOnly()
    assert_nothing_technical_shown()

    _heal(relay, mode)
    wait_for(qtbot, dialog.submit())
    assert page.dialog is None
    direct = build_setup_service(config_dir=tmp_path / "direct", keyring_backend=MemoryKeyring())
    try:
        connect(direct, tenant)
        stored = [e.email for e in EmployeeService(direct).list()]
    finally:
        direct.close()
    assert stored == ["anna.becker@example.de"]
    assert [e.email for e in page.employees] == stored
