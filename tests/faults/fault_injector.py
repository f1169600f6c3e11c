"""An ASGI middleware that fails requests of a fill on purpose, deterministically.

The first try of every ``every``-th batch (by its number) fails, in turn with: 429 before the
server sees it (``Retry-After: 0``, once ``1``), 503 after the server has stored it, and a
dropped answer (the server stores the batch, sends the status line and headers, and closes the
connection before the body). The first commit's answer is dropped too, after the commit. A
retry of the same request always passes, so the client's retry policy can finish the fill.
"""

from __future__ import annotations

import json
from collections import Counter
from typing import Any, Final

from starlette.types import ASGIApp, Message, Receive, Scope, Send

KINDS: Final = ("429", "503", "drop")


class ConnectionDroppedError(Exception):
    """Raised after the answer has started: the server closes the connection."""


class Injected:
    """What the injector did, shared with the test (Starlette builds the middleware itself)."""

    def __init__(self) -> None:
        self.failed: set[tuple[str, str]] = set()
        self.kinds: Counter[str] = Counter()


class FaultInjector:
    def __init__(self, app: ASGIApp, *, every: int, injected: Injected) -> None:
        self.app = app
        self.every = every
        self.failed = injected.failed
        self.injected = injected.kinds

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        kind = self._kind(scope) if scope["type"] == "http" else None
        if kind is None:
            await self.app(scope, receive, send)
            return
        self.failed.add((scope["method"], scope["path"]))
        self.injected[kind] += 1
        if kind.startswith("429"):
            while (await receive()).get("more_body"):
                pass
            await _error(send, 429, "too_many_requests", retry_after=kind.removeprefix("429/"))
            return
        answer: list[Message] = []

        async def keep(message: Message) -> None:
            answer.append(message)

        await self.app(scope, receive, keep)  # the server does the work ...
        if kind == "503":
            await _error(send, 503, "unavailable")
            return
        await send(answer[0])  # ... and the answer is cut off after its headers
        raise ConnectionDroppedError(scope["path"])

    def _kind(self, scope: Scope) -> str | None:
        method, path = scope["method"], scope["path"]
        if (method, path) in self.failed:
            return None
        if method == "POST" and path.endswith("/commit"):
            return "drop"
        if method != "PUT" or "/batches/" not in path:
            return None
        seq = int(path.rsplit("/", 1)[1])
        if seq % self.every:
            return None
        kind = KINDS[(seq // self.every) % len(KINDS)]
        if kind == "429":
            return "429/1" if seq == self.every * 3 else "429/0"
        return kind


async def _error(send: Send, status: int, code: str, *, retry_after: str | None = None) -> None:
    body: dict[str, Any] = {"code": code, "detail": "injected by the test", "fields": []}
    headers = [(b"content-type", b"application/json")]
    if retry_after is not None:
        headers.append((b"retry-after", retry_after.encode()))
    payload = json.dumps(body).encode()
    headers.append((b"content-length", str(len(payload)).encode()))
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": payload})
