"""A small HTTP CONNECT proxy on 127.0.0.1, as office networks put in front of the internet.

It knows its own host names (``cloud.example.test`` → ``127.0.0.1``), so a client can only reach
such a host through the proxy: nothing else resolves it. :attr:`ConnectProxy.connects` records
every tunnel asked for; with ``refuse`` the proxy answers every CONNECT with that status, like
one that wants a sign-in (407) or blocks the site (403).
"""

from __future__ import annotations

import contextlib
import socket
import socketserver
import threading
from collections.abc import Mapping
from http import HTTPStatus
from typing import Any

from support.tcp_relay import pipe, read_request


class _Server(socketserver.ThreadingTCPServer):
    allow_reuse_address = True
    daemon_threads = True


class ConnectProxy:
    """``HTTPS_PROXY=<url>``: tunnels to the hosts in ``hosts`` (name → address)."""

    def __init__(self, hosts: Mapping[str, str], *, refuse: HTTPStatus | None = None) -> None:
        self._hosts = dict(hosts)
        self._refuse = refuse
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None
        self.connects: list[str] = []

    @property
    def url(self) -> str:
        assert self._server is not None, "not started"
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    def __enter__(self) -> ConnectProxy:
        proxy = self

        class Handler(socketserver.BaseRequestHandler):
            def handle(self) -> None:
                proxy._handle(self.request)

        self._server = _Server(("127.0.0.1", 0), Handler)
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()
        return self

    def __exit__(self, *exc: Any) -> None:
        assert self._server is not None
        assert self._thread is not None
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(10)

    def _answer(self, client: socket.socket, status: HTTPStatus) -> None:
        # A tunnel's 200 has no body length: the bytes after it belong to the tunnel.
        length = "" if status is HTTPStatus.OK else "Content-Length: 0\r\n"
        line = f"HTTP/1.1 {status.value} {status.phrase}\r\n{length}\r\n"
        with contextlib.suppress(OSError):
            client.sendall(line.encode("ascii"))

    def _handle(self, client: socket.socket) -> None:
        client.settimeout(30)
        method, _, rest = read_request(client).partition(b" ")
        if method != b"CONNECT":
            self._answer(client, HTTPStatus.METHOD_NOT_ALLOWED)
            return
        target = rest.split(b" ", 1)[0].decode("latin-1")
        self.connects.append(target)
        if self._refuse is not None:
            self._answer(client, self._refuse)
            return
        host, _, port = target.rpartition(":")
        address = self._hosts.get(host)
        if address is None or not port.isdigit():
            self._answer(client, HTTPStatus.BAD_GATEWAY)
            return
        try:
            upstream = socket.create_connection((address, int(port)), timeout=30)
        except OSError:
            self._answer(client, HTTPStatus.BAD_GATEWAY)
            return
        with upstream:
            self._answer(client, HTTPStatus.OK)
            back = threading.Thread(target=pipe, args=(upstream, client), daemon=True)
            back.start()
            pipe(client, upstream)
            back.join(30)
