"""A TCP relay in front of the cloud that a test can take down, bring back, or make misbehave.

The embedded server cannot come back on its old port at once (the closed connections keep it
in TIME_WAIT); the relay listens with ``SO_REUSEADDR``, so "the cloud is gone" and "the cloud
is back" happen at the same address the client signed in to.

Besides forwarding, the relay plays the network faults of the robustness tests (see
:data:`Mode`); switching the mode cuts every open connection, so a kept-alive connection of the
client meets the new behaviour on its next request. With ``tls`` the relay terminates TLS
itself and forwards plain HTTP (the cloud "behind TLS" of the proxy test).
"""

from __future__ import annotations

import contextlib
import socket
import socketserver
import ssl
import struct
import threading
from typing import Any, Final, Literal

#: ``forward``: pass everything on. ``reset``: read the request, then close with a TCP reset.
#: ``silent``: read the request and never answer. ``html_500``: answer 500 with an HTML error
#: page (a broken gateway). ``swallow_reply``: pass the request on, keep the cloud's answer.
Mode = Literal["forward", "reset", "silent", "html_500", "swallow_reply"]

#: What a misconfigured gateway in front of a crashed app answers (HTML and a Python traceback).
HTML_500_BODY: Final = (
    b"<!DOCTYPE html><html><head><title>500 Internal Server Error</title></head><body>"
    b"<h1>Internal Server Error</h1><pre>Traceback (most recent call last):\n"
    b'  File "/srv/app/main.py", line 42, in handle\n'
    b"RuntimeError: database is locked</pre></body></html>"
)
_HTML_500: Final = (
    b"HTTP/1.1 500 Internal Server Error\r\nContent-Type: text/html; charset=utf-8\r\n"
    b"Content-Length: " + str(len(HTML_500_BODY)).encode() + b"\r\nConnection: close\r\n\r\n"
) + HTML_500_BODY
_IO_TIMEOUT: Final = 30.0


def pipe(source: socket.socket, target: socket.socket) -> None:
    """Copy ``source`` to ``target`` until ``source`` ends, then end ``target``'s sending side."""
    with contextlib.suppress(OSError):
        while data := source.recv(65536):
            target.sendall(data)
    with contextlib.suppress(OSError):
        target.shutdown(socket.SHUT_WR)


def reset_close(sock: socket.socket) -> None:
    """Close with a TCP reset (RST) instead of an orderly FIN: ``SO_LINGER`` on, timeout 0."""
    with contextlib.suppress(OSError):
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    sock.close()


def read_request(sock: socket.socket) -> bytes:
    """One HTTP request, head and ``Content-Length`` body (``b""`` if the peer went away)."""
    data = b""
    with contextlib.suppress(OSError):
        while b"\r\n\r\n" not in data:
            chunk = sock.recv(65536)
            if not chunk:
                return data
            data += chunk
        head, _, body = data.partition(b"\r\n\r\n")
        length = 0
        for line in head.split(b"\r\n")[1:]:
            name, _, value = line.partition(b":")
            if name.strip().lower() == b"content-length":
                length = int(value.strip())
        while len(body) < length:
            chunk = sock.recv(65536)
            if not chunk:
                break
            body += chunk
        data = head + b"\r\n\r\n" + body
    return data


class _Server(socketserver.ThreadingTCPServer):
    allow_reuse_address = True
    daemon_threads = True


class TcpRelay:
    """Forwards 127.0.0.1:``port`` to ``target``; :meth:`stop` drops it, :meth:`start` revives.

    :attr:`requests` holds the first line of every request the relay read in a fault mode.
    """

    def __init__(self, target: tuple[str, int], *, tls: ssl.SSLContext | None = None) -> None:
        self._target = target
        self._tls = tls
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None
        self._open: set[socket.socket] = set()
        self._lock = threading.Lock()
        self._cut = threading.Event()  # set when the open connections are cut
        self.mode: Mode = "forward"
        self.requests: list[str] = []
        self.port = 0

    @property
    def url(self) -> str:
        return f"{'https' if self._tls else 'http'}://127.0.0.1:{self.port}"

    def start(self) -> None:
        relay = self

        class Handler(socketserver.BaseRequestHandler):
            def handle(self) -> None:
                relay._handle(self.request)

        self._server = _Server(("127.0.0.1", self.port), Handler)
        self.port = self._server.server_address[1]
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()

    def set_mode(self, mode: Mode) -> None:
        """Behave as ``mode`` from now on; open connections are cut."""
        self.mode = mode
        self._cut_open()

    def stop(self) -> None:
        """Stop listening and cut every open connection."""
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
        self._cut_open()
        if self._thread is not None:
            self._thread.join(10)
        self._server = self._thread = None

    def __enter__(self) -> TcpRelay:
        self.start()
        return self

    def __exit__(self, *exc: Any) -> None:
        self.stop()

    # -- connections -------------------------------------------------------------------------

    def _cut_open(self) -> None:
        with self._lock:
            cut, self._cut = self._cut, threading.Event()
            sockets = list(self._open)
        cut.set()
        for sock in sockets:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)

    def _track(self, *sockets: socket.socket) -> threading.Event:
        with self._lock:
            self._open.update(sockets)
            return self._cut

    def _untrack(self, *sockets: socket.socket) -> None:
        with self._lock:
            self._open.difference_update(sockets)

    def _handle(self, client: socket.socket) -> None:
        client.settimeout(_IO_TIMEOUT)
        if self._tls is not None:
            try:
                client = self._tls.wrap_socket(client, server_side=True)
            except (OSError, ssl.SSLError):
                return  # a client that does not trust us: nothing to relay
        mode = self.mode
        cut = self._track(client)
        try:
            if mode == "forward":
                self._forward(client)
                return
            request = read_request(client)
            with self._lock:
                self.requests.append(request.split(b"\r\n", 1)[0].decode("latin-1"))
            if mode == "reset":
                reset_close(client)
            elif mode == "html_500":
                with contextlib.suppress(OSError):
                    client.sendall(_HTML_500)
            elif mode == "silent":
                cut.wait(_IO_TIMEOUT)
            else:  # swallow_reply
                with socket.create_connection(self._target, timeout=_IO_TIMEOUT) as upstream:
                    upstream.sendall(request)
                    cut.wait(_IO_TIMEOUT)
        finally:
            self._untrack(client)
            with contextlib.suppress(OSError):
                client.close()

    def _forward(self, client: socket.socket) -> None:
        upstream = socket.create_connection(self._target, timeout=_IO_TIMEOUT)
        self._track(upstream)
        try:
            back = threading.Thread(target=pipe, args=(upstream, client), daemon=True)
            back.start()
            pipe(client, upstream)
            back.join(_IO_TIMEOUT)
        finally:
            self._untrack(upstream)
            upstream.close()
