"""A TCP relay in front of the cloud that a test can take down and bring back on the same port.

The embedded server cannot come back on its old port at once (the closed connections keep it
in TIME_WAIT); the relay listens with ``SO_REUSEADDR``, so "the cloud is gone" and "the cloud
is back" happen at the same address the client signed in to.
"""

from __future__ import annotations

import contextlib
import socket
import socketserver
import threading
from typing import Any


def _pipe(source: socket.socket, target: socket.socket) -> None:
    with contextlib.suppress(OSError):
        while data := source.recv(65536):
            target.sendall(data)
    with contextlib.suppress(OSError):
        target.shutdown(socket.SHUT_WR)


class _Server(socketserver.ThreadingTCPServer):
    allow_reuse_address = True
    daemon_threads = True


class TcpRelay:
    """Forwards 127.0.0.1:``port`` to ``target``; :meth:`stop` drops it, :meth:`start` revives."""

    def __init__(self, target: tuple[str, int]) -> None:
        self._target = target
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None
        self._open: set[socket.socket] = set()
        self.port = 0

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> None:
        relay = self

        class Handler(socketserver.BaseRequestHandler):
            def handle(self) -> None:
                client: socket.socket = self.request
                upstream = socket.create_connection(relay._target, timeout=30)
                relay._open.update((client, upstream))
                back = threading.Thread(target=_pipe, args=(upstream, client), daemon=True)
                back.start()
                _pipe(client, upstream)
                back.join(30)
                for sock in (client, upstream):
                    relay._open.discard(sock)
                upstream.close()

        self._server = _Server(("127.0.0.1", self.port), Handler)
        self.port = self._server.server_address[1]
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()

    def stop(self) -> None:
        """Stop listening and cut every open connection."""
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
        for sock in list(self._open):
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
        if self._thread is not None:
            self._thread.join(10)
        self._server = self._thread = None

    def __enter__(self) -> TcpRelay:
        self.start()
        return self

    def __exit__(self, *exc: Any) -> None:
        self.stop()
