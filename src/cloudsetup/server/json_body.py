"""How the JSON API reads a request body: strictly, as RFC 8259 JSON in UTF-8.

Starlette's ``Request.json()`` is Python's ``json.loads``, which takes what JSON is not:
``NaN`` and ``Infinity``, and lone surrogates in ``\\u`` escapes (a ``str`` that cannot be
encoded: every database write or password hash of it fails with a 500). Bytes that are not
UTF-8 make FastAPI answer 400 instead of its usual 422. :class:`JsonBodyRoute` parses with
pydantic-core instead (what the fill's batch route does already), which refuses all of these,
and hands FastAPI a ``JSONDecodeError``, so every one is the usual 422 ``json_invalid``.

Every router of the JSON API is made with ``route_class=JsonBodyRoute``.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Coroutine
from typing import Any

import pydantic_core
from fastapi import Request, Response
from fastapi.routing import APIRoute


class JsonBodyRequest(Request):
    """A request whose ``json()`` accepts standard JSON in UTF-8 only."""

    async def json(self) -> Any:
        if not hasattr(self, "_json"):
            body = await self.body()
            try:
                self._json = pydantic_core.from_json(body, allow_inf_nan=False)
            except ValueError as exc:
                text = body.decode("utf-8", errors="replace")
                raise json.JSONDecodeError(str(exc), text, 0) from exc
        return self._json


class JsonBodyRoute(APIRoute):
    """An API route that reads its body with :class:`JsonBodyRequest`."""

    def get_route_handler(self) -> Callable[[Request], Coroutine[Any, Any, Response]]:
        handler = super().get_route_handler()

        async def strict_handler(request: Request) -> Response:
            return await handler(JsonBodyRequest(request.scope, request.receive))

        return strict_handler
