"""Real servers on 127.0.0.1 for the network tests: a TLS server with a certificate made on the
spot (optionally holding every handshake until the test lets it go), a socket that accepts
connections but never answers, and a port nothing listens on.
"""

from __future__ import annotations

import json
import socket
import ssl
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Final

from support.certificates import Certificate, make_self_signed_certificate

#: What ``GET /api/v1/health`` of the cloud answers (the client checks these keys).
SERVER_INFO: Final = {"service": "cloudsetup", "version": "0.1.0", "api_version": 1}

__all__ = [
    "SERVER_INFO",
    "Certificate",
    "closed_port_url",
    "make_self_signed_certificate",
    "silent_server",
    "tls_server",
]


class _HealthHandler(BaseHTTPRequestHandler):
    """Answers ``GET /api/v1/health`` like the cloud does; 404 for anything else."""

    server: _TLSServer

    def setup(self) -> None:
        # Before the handshake: a test holding the gate sees the client stuck in it.
        self.server.arrived.set()
        if self.server.gate is not None:
            self.server.gate.wait(30)
        super().setup()

    def do_GET(self) -> None:
        if self.path == "/api/v1/health":
            body = json.dumps(SERVER_INFO).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
        else:
            body = b'{"code": "not_found", "detail": "no such route"}'
            self.send_response(404)
            self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        pass  # keep the test output clean


class _TLSServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, context: ssl.SSLContext, gate: threading.Event | None) -> None:
        super().__init__(("127.0.0.1", 0), _HealthHandler)
        self._context = context
        self.gate = gate
        self.arrived = threading.Event()

    def get_request(self) -> tuple[socket.socket, Any]:
        sock, address = super().get_request()
        # The handshake happens in the handler thread, so a client that rejects the
        # certificate never blocks the accept loop.
        return self._context.wrap_socket(
            sock, server_side=True, do_handshake_on_connect=False
        ), address

    def handle_error(self, request: Any, client_address: Any) -> None:
        pass  # a client that rejects our certificate is what the tests expect


@contextmanager
def tls_server(
    certificate: Certificate,
    *,
    gate: threading.Event | None = None,
    arrived: threading.Event | None = None,
) -> Iterator[str]:
    """Serve HTTPS with ``certificate`` on a free loopback port; yields the base URL.

    With ``gate``, every connection waits (at most 30 s) before its handshake until the gate is
    set; ``arrived`` is set once the first connection has come in.
    """
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(certificate.cert_file, certificate.key_file)
    server = _TLSServer(context, gate)
    if arrived is not None:
        server.arrived = arrived
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
    thread.start()
    try:
        yield f"https://127.0.0.1:{server.server_address[1]}"
    finally:
        if gate is not None:
            gate.set()  # no handler may stay stuck after the test
        server.shutdown()
        server.server_close()
        thread.join(5)


@contextmanager
def silent_server() -> Iterator[str]:
    """A socket that takes connections (in its backlog) and never answers; yields the URL."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(8)
        yield f"http://127.0.0.1:{listener.getsockname()[1]}"


def closed_port_url() -> str:
    """A loopback URL on a port nothing listens on (bound once, then released)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return f"http://127.0.0.1:{port}"
