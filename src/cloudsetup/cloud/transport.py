"""One request to the cloud API: timeouts, TLS, headers, the retry loop, and reading the answer.

:class:`Transport` is the part of the client that knows HTTP; :class:`TransportClient` is
what both clients (:class:`~cloudsetup.cloud.CloudClient` for the office,
:class:`~cloudsetup.cloud.device_client.DeviceClient` for a device) build on: one transport,
closed with the client. They add the endpoints and their session on top. Every failure
leaves here as a :class:`~cloudsetup.cloud.errors.CloudError` built by
:func:`~cloudsetup.cloud.errors.map_error`.
"""

from __future__ import annotations

import ipaddress
import logging
import re
import time
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from types import TracebackType
from typing import Any, Final, Self, TypeVar

import httpx
from pydantic import BaseModel, TypeAdapter, ValidationError

from cloudsetup import __version__
from cloudsetup.cloud.errors import map_error
from cloudsetup.cloud.retry import DEFAULT_RETRY_POLICY, Failure, RetryPolicy, next_delay
from cloudsetup.cloud.tls import make_ssl_context

log = logging.getLogger(__name__)

#: Explicit limits for every phase; a read may take a while on a slow line, a connect may not.
DEFAULT_TIMEOUT: Final = httpx.Timeout(connect=5.0, read=20.0, write=20.0, pool=5.0)

USER_AGENT: Final = f"cloudsetup/{__version__}"

#: A host name as it goes on the wire (international names in their ``xn--`` form).
_HOST_NAME: Final = re.compile(rb"[A-Za-z0-9._-]+")

IDEMPOTENT_METHODS: Final = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})

ModelT = TypeVar("ModelT", bound=BaseModel)


class Transport:
    """Sends requests to one cloud server through one ``httpx.Client``.

    Without ``http_client`` it builds and owns one: explicit timeouts, TLS verification on the OS
    trust store plus ``ca_file``, proxies from the environment, no redirects (a redirect is an
    answer of something other than the API, and following one could carry a password to it).
    A server on this machine (the embedded demo cloud) is reached without the environment's
    proxy: a proxy would take ``127.0.0.1`` for itself, and office PCs often have
    ``HTTP_PROXY`` set without a ``NO_PROXY`` for loopback.
    An injected client is used as it is and never closed here; ``timeout`` then applies per
    request, and ``ca_file`` is refused because it cannot be added to a finished client.
    """

    def __init__(
        self,
        base_url: str,
        *,
        http_client: httpx.Client | None = None,
        timeout: httpx.Timeout | None = None,
        ca_file: Path | None = None,
        retry_policy: RetryPolicy = DEFAULT_RETRY_POLICY,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        check_base_url(base_url)  # a ValueError here, not an httpx error at the first call
        self.base_url = base_url.rstrip("/")
        self._retry_policy = retry_policy
        self._sleep = sleep
        if http_client is None:
            self._http = httpx.Client(
                timeout=timeout or DEFAULT_TIMEOUT,
                verify=make_ssl_context(ca_file),
                trust_env=not is_loopback(self.base_url),
                follow_redirects=False,
            )
            self._owns_http = True
            self._timeout: httpx.Timeout | None = None
        else:
            if ca_file is not None:
                raise ValueError("ca_file cannot be applied to an injected http_client")
            self._http = http_client
            self._owns_http = False
            self._timeout = timeout

    def close(self) -> None:
        """Close the owned ``httpx.Client``; an injected one stays open for its owner."""
        if self._owns_http:
            self._http.close()

    def send(
        self,
        method: str,
        path: str,
        *,
        json: Any = None,
        content: bytes | None = None,
        params: Mapping[str, str | int] | None = None,
        token: str | None = None,
        idempotent: bool | None = None,
        secrets: Iterable[str] = (),
    ) -> httpx.Response:
        """Send ``method path`` with retries per the policy; return the 2xx response.

        ``content`` is a body already serialised to JSON (sent as it is, on every try);
        ``params`` is the query string; ``idempotent`` defaults to what the method says;
        ``secrets`` are blanked out of errors.
        """
        repeatable = method in IDEMPOTENT_METHODS if idempotent is None else idempotent
        hidden = (*secrets, token) if token else tuple(secrets)
        headers = {"User-Agent": USER_AGENT, "Accept": "application/json"}
        if content is not None:
            headers["Content-Type"] = "application/json"
        if token:
            headers["Authorization"] = f"Bearer {token}"
        retries = 0
        while True:
            failure = self._try_once(
                method, path, json=json, content=content, params=params, headers=headers
            )
            if isinstance(failure, httpx.Response) and failure.is_success:
                return failure
            delay = next_delay(
                self._retry_policy, failure, retries_done=retries, idempotent=repeatable
            )
            if delay is None:
                if isinstance(failure, httpx.HTTPError):
                    raise map_error(failure, secrets=hidden) from failure
                raise map_error(failure, secrets=hidden)
            retries += 1
            log.info(
                "%s %s failed (%s); retry %d of %d in %.2f s",
                method,
                path,
                _summary(failure),
                retries,
                self._retry_policy.max_retries,
                delay,
            )
            self._sleep(delay)

    def _try_once(
        self,
        method: str,
        path: str,
        *,
        json: Any,
        content: bytes | None,
        params: Mapping[str, str | int] | None,
        headers: dict[str, str],
    ) -> httpx.Response | httpx.HTTPError:
        try:
            return self._http.request(
                method,
                f"{self.base_url}{path}",
                json=json,
                content=content,
                params=params,
                headers=headers,
                timeout=self._timeout if self._timeout is not None else httpx.USE_CLIENT_DEFAULT,
            )
        except httpx.HTTPError as exc:
            return exc

    @staticmethod
    def parse(
        response: httpx.Response,
        model: type[ModelT],
        *,
        required: Iterable[str] = (),
        secrets: Iterable[str] = (),
    ) -> ModelT:
        """The response body as ``model``; :class:`UnexpectedResponse` if it is anything else.

        ``required`` names keys that must be present even where the model has a default, to
        tell the API from another JSON service. Validation details are dropped on purpose:
        they quote the body, and a body may hold tokens.
        """
        try:
            data = response.json()
        except (ValueError, RecursionError):  # bad UTF-8, not JSON, absurdly deep JSON
            raise map_error(response, secrets=secrets) from None
        if not isinstance(data, dict) or any(key not in data for key in required):
            raise map_error(response, secrets=secrets)
        try:
            return model.model_validate(data)
        except ValidationError:
            raise map_error(response, secrets=secrets) from None

    @staticmethod
    def parse_list(
        response: httpx.Response, model: type[ModelT], *, secrets: Iterable[str] = ()
    ) -> list[ModelT]:
        """The response body as a JSON array of ``model``; see :meth:`parse` for the rest."""
        try:
            data = response.json()
        except (ValueError, RecursionError):
            raise map_error(response, secrets=secrets) from None
        if not isinstance(data, list):
            raise map_error(response, secrets=secrets)
        try:
            return TypeAdapter(list[model]).validate_python(data)  # type: ignore[valid-type]
        except ValidationError:
            raise map_error(response, secrets=secrets) from None


def check_base_url(url: str) -> None:
    """Raise ``ValueError`` (with the reason) when ``url`` cannot be a cloud server's address.

    The same parser the requests use decides (port, host name and its IDNA form, characters),
    so an address that passes here never fails later inside httpx with an error of its own.
    """
    try:
        parsed = httpx.URL(url)
    except httpx.InvalidURL as exc:
        raise ValueError(str(exc)) from None
    if parsed.scheme not in {"http", "https"} or not parsed.host:
        raise ValueError("an http(s) address with a host name is needed")
    # httpx percent-encodes what no host name may hold (blanks, control characters); IPv6
    # literals have their colons.
    if b":" not in parsed.raw_host and not _HOST_NAME.fullmatch(parsed.raw_host):
        raise ValueError("the host name holds characters no host name may have")
    if parsed.port is not None and not 0 < parsed.port < 65536:  # httpx takes any number
        raise ValueError(f"the port {parsed.port} is not 1 to 65535")


def is_loopback(url: str) -> bool:
    """Whether ``url`` points at this machine (``localhost``, ``127.0.0.0/8``, ``::1``)."""
    host = httpx.URL(url).host
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _summary(failure: Failure) -> str:
    """For the log: the status or the exception class, never a body."""
    if isinstance(failure, httpx.Response):
        return f"HTTP {failure.status_code}"
    return type(failure).__name__


class TransportClient:
    """A client of one cloud server on one :class:`Transport`; a context manager.

    The arguments are :class:`Transport`'s. Closing the client closes the ``httpx.Client`` it
    built (an injected one is left to its owner).
    """

    def __init__(
        self,
        base_url: str,
        *,
        http_client: httpx.Client | None,
        timeout: httpx.Timeout | None,
        ca_file: Path | None,
        retry_policy: RetryPolicy,
        sleep: Callable[[float], None],
    ) -> None:
        self._transport = Transport(
            base_url,
            http_client=http_client,
            timeout=timeout,
            ca_file=ca_file,
            retry_policy=retry_policy,
            sleep=sleep,
        )

    def close(self) -> None:
        """Close the connections (an injected ``httpx.Client`` is left to its owner)."""
        self._transport.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    @property
    def base_url(self) -> str:
        return self._transport.base_url
