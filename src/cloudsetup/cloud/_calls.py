"""The bearer-call helpers the endpoint groups of :class:`~cloudsetup.cloud.CloudClient` share.

An endpoint group (employees, ranges, fill, devices, sync) is a mixin on :class:`BearerCalls`:
it names the path, the body and the result model; the client supplies
:meth:`BearerCalls._bearer_send`, which holds the session (the access token and the one
transparent refresh on a 401).
"""

from __future__ import annotations

import operator
from abc import ABC, abstractmethod
from collections.abc import Mapping
from typing import Any, TypeVar

import httpx
from pydantic import BaseModel

from cloudsetup.cloud.transport import Transport

ModelT = TypeVar("ModelT", bound=BaseModel)


def employee_path(template: str, employee_id: int) -> str:
    """``template`` with the employee's id filled in; only a real integer gets into the path."""
    return template.format(employee_id=operator.index(employee_id))


def id_path(template: str, **ids: int) -> str:
    """``template`` with the named ids filled in (``user_id=7``); only real integers get in."""
    return template.format(**{name: operator.index(value) for name, value in ids.items()})


class BearerCalls(ABC):
    """Typed bearer calls on top of :meth:`_bearer_send`."""

    @abstractmethod
    def _bearer_send(
        self,
        method: str,
        path: str,
        *,
        json: Any = None,
        content: bytes | None = None,
        params: Mapping[str, str | int] | None = None,
        idempotent: bool | None = None,
        secrets: tuple[str, ...] = (),
    ) -> tuple[httpx.Response, tuple[str, ...]]:
        """Send with the access token; return the 2xx response and the secrets to keep hidden.

        ``content`` is a body already serialised to JSON, sent instead of ``json``.
        """

    def _call(
        self,
        method: str,
        path: str,
        model: type[ModelT],
        *,
        json: Any = None,
        content: bytes | None = None,
        params: Mapping[str, str | int] | None = None,
        idempotent: bool | None = None,
        secrets: tuple[str, ...] = (),
    ) -> ModelT:
        """A bearer call whose answer is one ``model``."""
        response, hidden = self._bearer_send(
            method,
            path,
            json=json,
            content=content,
            params=params,
            idempotent=idempotent,
            secrets=secrets,
        )
        return Transport.parse(response, model, secrets=hidden)

    def _call_list(
        self, path: str, model: type[ModelT], *, params: Mapping[str, str | int] | None = None
    ) -> list[ModelT]:
        """A bearer ``GET`` whose answer is a JSON array of ``model``."""
        response, hidden = self._bearer_send("GET", path, params=params)
        return Transport.parse_list(response, model, secrets=hidden)

    def _call_no_content(self, method: str, path: str, *, idempotent: bool | None = None) -> None:
        """A bearer call answered without a body (``204``); any 2xx counts as done."""
        self._bearer_send(method, path, idempotent=idempotent)
