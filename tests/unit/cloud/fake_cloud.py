"""A scripted cloud for the client's unit tests, on ``httpx.MockTransport``.

Answers are queued per ``METHOD path``; each request takes the next one, and the last one keeps
being given. An answer is a response, or a function of the request (to raise a transport error
or to look at what was sent). Every request is logged. The client's ``sleep`` only records the
delays, so retries do not wait.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Final

import httpx

from cloudsetup.cloud import NO_RETRIES, CloudClient, RetryPolicy
from cloudsetup.models import paths

BASE_URL: Final = "https://cloud.test"

Answer = httpx.Response | Callable[[httpx.Request], httpx.Response]

SERVER_INFO: Final = {"service": "cloudsetup", "version": "0.1.0", "api_version": 1}
ME: Final = {
    "username": "admin",
    "email": "admin@example.de",
    "role": "administration",
    "domain": "muster",
}
TENANT: Final = {
    "name": "Malerbetrieb Muster GmbH",
    "domain": "muster",
    "created_at": "2025-01-02T03:04:05Z",
    "setup": {
        "credentials_ok": True,
        "employees": 0,
        "employees_activated": 0,
        "employees_confirmed": 0,
        "filled": False,
    },
}


def tokens(n: int) -> dict[str, Any]:
    """The ``n``-th token pair the fake hands out."""
    return {
        "access_token": f"access-{n}",
        "refresh_token": f"refresh-{n}",
        "token_type": "bearer",
        "expires_in": 900,
        "refresh_expires_in": 2_592_000,
    }


def error(
    status: int,
    code: str,
    detail: str = "detail",
    *,
    retry_after: int | None = None,
    fields: tuple[dict[str, str], ...] = (),
    headers: dict[str, str] | None = None,
) -> httpx.Response:
    """An ``ErrorBody`` answer as the real server sends it."""
    body: dict[str, Any] = {"code": code, "detail": detail, "fields": list(fields)}
    if retry_after is not None:
        body["retry_after"] = retry_after
    return httpx.Response(status, json=body, headers=headers)


def raises(exc_type: type[httpx.TransportError], message: str = "failed") -> Answer:
    """An answer that fails the way the network does."""

    def answer(request: httpx.Request) -> httpx.Response:
        raise exc_type(message, request=request)

    return answer


class FakeCloud:
    """Queued answers per route, a request log, and the delays the client slept."""

    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []
        self.sleeps: list[float] = []
        self._answers: dict[tuple[str, str], list[Answer]] = {}
        self._http_clients: list[httpx.Client] = []

    def on(self, method: str, path: str, *answers: Answer) -> None:
        self._answers[(method, path)] = list(answers)

    def calls(self, method: str, path: str) -> list[httpx.Request]:
        return [r for r in self.requests if r.method == method and r.url.path == path]

    def handle(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        queue = self._answers.get((request.method, request.url.path))
        if not queue:
            return error(404, "not_found", f"no route {request.method} {request.url.path}")
        answer = queue.pop(0) if len(queue) > 1 else queue[0]
        return answer(request) if callable(answer) else answer

    def http_client(self) -> httpx.Client:
        http_client = httpx.Client(transport=httpx.MockTransport(self.handle))
        self._http_clients.append(http_client)
        return http_client

    def close(self) -> None:
        """Close the injected httpx clients (the CloudClient leaves them to their owner)."""
        for http_client in self._http_clients:
            http_client.close()

    def client(self, *, retry_policy: RetryPolicy = NO_RETRIES, **kwargs: Any) -> CloudClient:
        return CloudClient(
            BASE_URL,
            http_client=self.http_client(),
            retry_policy=retry_policy,
            sleep=self.sleeps.append,
            **kwargs,
        )

    def signed_in_client(self, **kwargs: Any) -> CloudClient:
        """A client that has logged in and holds ``tokens(1)``."""
        self.on("POST", paths.AUTH_LOGIN, httpx.Response(200, json=tokens(1)))
        client = self.client(**kwargs)
        client.login(domain="muster", username="admin", password="pw-Geheim-123")
        return client
