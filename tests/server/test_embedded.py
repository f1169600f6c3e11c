"""The embedded server: loopback only, a known URL at once, a bounded stop that frees the port."""

from __future__ import annotations

import socket
import time
from pathlib import Path
from urllib.parse import urlsplit

import httpx
import pytest

from cloudsetup.models import paths
from cloudsetup.server.embedded import EmbeddedServer, EmbeddedServerError
from support.cloud import server_settings


def test_serves_on_loopback_and_uses_its_url_as_public_url(tmp_path: Path) -> None:
    with EmbeddedServer(server_settings(tmp_path)) as server:
        address = urlsplit(server.url)
        response = httpx.get(f"{server.url}{paths.HEALTH}", timeout=10)

        assert address.hostname == "127.0.0.1"
        assert address.port
        assert response.status_code == 200
        assert server.settings.public_url == server.url


def test_stop_is_quick_and_frees_the_port(tmp_path: Path) -> None:
    server = EmbeddedServer(server_settings(tmp_path))
    server.start()
    port = urlsplit(server.url).port
    assert port is not None

    started = time.monotonic()
    server.stop()

    assert time.monotonic() - started < 3
    with socket.socket() as probe, pytest.raises(ConnectionRefusedError):
        probe.connect(("127.0.0.1", port))
    with pytest.raises(EmbeddedServerError):
        _ = server.url


def test_can_start_again_after_stop_with_the_same_data(tmp_path: Path) -> None:
    server = EmbeddedServer(server_settings(tmp_path))
    with server:
        created = server.create_tenant(name="Wiederkehr GmbH", admin_email="w@example.de")
    with server:
        again = server.create_tenant(name="Wiederkehr GmbH", admin_email="w@example.de")

    assert (created.domain, again.domain) == ("wiederkehr", "wiederkehr-2")


def test_create_tenant_needs_a_running_server(tmp_path: Path) -> None:
    server = EmbeddedServer(server_settings(tmp_path))

    with pytest.raises(EmbeddedServerError):
        server.create_tenant(name="Zu früh GmbH", admin_email="z@example.de")


def test_a_requested_port_is_used_again_after_a_restart(tmp_path: Path) -> None:
    with EmbeddedServer(server_settings(tmp_path)) as first:
        port = urlsplit(first.url).port
    assert port is not None

    with EmbeddedServer(server_settings(tmp_path), port=port) as second:
        assert urlsplit(second.url).port == port


def test_a_taken_port_falls_back_to_a_free_one(tmp_path: Path) -> None:
    with socket.socket() as blocker:
        blocker.bind(("127.0.0.1", 0))
        blocker.listen(1)
        taken = blocker.getsockname()[1]

        with EmbeddedServer(server_settings(tmp_path), port=taken) as server:
            assert urlsplit(server.url).port not in (None, taken)
            assert httpx.get(f"{server.url}{paths.HEALTH}", timeout=10).status_code == 200


def test_reset_password_keeps_the_tenant_and_returns_working_access_data(tmp_path: Path) -> None:
    with EmbeddedServer(server_settings(tmp_path)) as server:
        created = server.create_tenant(name="Dachdecker Hoch GmbH", admin_email="d@x.de")

        renewed = server.reset_password(domain=created.domain)

        body = {"domain": renewed.domain, "username": "admin", "password": renewed.password}
        response = httpx.post(f"{server.url}{paths.AUTH_LOGIN}", json=body, timeout=10)
        assert response.status_code == 200
        assert renewed.password != created.password
