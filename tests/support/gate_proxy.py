"""An HTTP proxy on 127.0.0.1 in front of the cloud that can hold one request to a path.

A test puts it between a client process and the cloud to act at an exact moment: once the held
request has arrived (``arrived``), the test does what it wants to test (sends Ctrl-C, say) and
then lets the request through (``release``). Every other request is passed on at once.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Final

import httpx

#: Headers that belong to one connection and are not passed on.
_HOP: Final = frozenset({"connection", "keep-alive", "transfer-encoding", "content-length", "host"})
HOLD_TIMEOUT: Final = 30.0


class GateProxy:
    """Forwards to ``target``; holds the ``nth`` request to ``hold`` until released.

    The held request reaches the cloud only when released, and its answer goes back only if
    the client is still there to read it.
    """

    def __init__(self, target: str, *, hold: str, nth: int = 1) -> None:
        self.target = target
        self.hold = hold
        self.nth = nth
        self.seen = 0
        self._lock = threading.Lock()
        self.arrived = threading.Event()
        self.release = threading.Event()
        #: The held request has been answered by the cloud (whether the client still listens).
        self.forwarded = threading.Event()
        self.url = ""

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        gate = self
        upstream = httpx.Client(base_url=self.target, timeout=30)

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def _forward(self) -> None:
                length = int(self.headers.get("content-length") or 0)
                body = self.rfile.read(length) if length else b""
                held = self.path.split("?", 1)[0] == gate.hold and gate.count() == gate.nth
                if held:
                    gate.arrived.set()
                    gate.release.wait(HOLD_TIMEOUT)
                headers = {k: v for k, v in self.headers.items() if k.lower() not in _HOP}
                answer = upstream.request(self.command, self.path, headers=headers, content=body)
                if held:
                    gate.forwarded.set()
                try:
                    self._answer(answer)
                except OSError:  # the client is gone (killed while it waited)
                    self.close_connection = True

            def _answer(self, answer: httpx.Response) -> None:
                self.send_response(answer.status_code)
                for key, value in answer.headers.items():
                    if key.lower() not in _HOP:
                        self.send_header(key, value)
                self.send_header("Content-Length", str(len(answer.content)))
                self.end_headers()
                self.wfile.write(answer.content)

            do_GET = do_POST = do_PUT = do_DELETE = _forward  # noqa: N815

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self._upstream = upstream
        return Handler

    def count(self) -> int:
        with self._lock:
            self.seen += 1
            return self.seen

    @contextmanager
    def running(self) -> Iterator[GateProxy]:
        server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        server.daemon_threads = True
        thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
        thread.start()
        self.url = f"http://127.0.0.1:{server.server_address[1]}"
        try:
            yield self
        finally:
            self.release.set()
            server.shutdown()
            server.server_close()
            thread.join(5)
            self._upstream.close()
