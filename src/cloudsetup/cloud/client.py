"""The cloud API client: one method per endpoint, typed in and out, with the admin session.

The session is a token pair: a short-lived access token sent as ``Authorization: Bearer`` and a
single-use refresh token that the server replaces on every refresh. The client keeps the pair,
refreshes once when a bearer call is answered 401, and reports every new pair to
``on_tokens_changed`` so the caller can keep the newest refresh token (in the keyring).

Several worker threads may share one client. A lock serialises log-in and refresh, and a thread
that was refused with an access token somebody else has already replaced just repeats its call
with the new one: the refresh token is presented once, never twice (a second use would look like
theft to the server and end the session).
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

import httpx

from cloudsetup.cloud._devices import DeviceAdminEndpoints
from cloudsetup.cloud._employees import EmployeeEndpoints
from cloudsetup.cloud._fill import FillEndpoints
from cloudsetup.cloud._notifications import NotificationEndpoints
from cloudsetup.cloud._ranges import RangeEndpoints
from cloudsetup.cloud._sync import SyncEndpoints
from cloudsetup.cloud._users import UserEndpoints
from cloudsetup.cloud.errors import Unauthorized
from cloudsetup.cloud.retry import DEFAULT_RETRY_POLICY, RetryPolicy
from cloudsetup.cloud.transport import TransportClient
from cloudsetup.models import (
    CurrentUser,
    LoginRequest,
    RefreshRequest,
    ServerInfo,
    Tenant,
    TokenPair,
    paths,
)

log = logging.getLogger(__name__)

TokensChanged = Callable[[TokenPair], None]


class CloudClient(
    TransportClient,
    EmployeeEndpoints,
    RangeEndpoints,
    FillEndpoints,
    DeviceAdminEndpoints,
    SyncEndpoints,
    UserEndpoints,
    NotificationEndpoints,
):
    """The client of one cloud server; a context manager that closes its ``httpx.Client``.

    The session and the sign-in calls are here; the endpoint groups are mixins
    (:mod:`cloudsetup.cloud._employees`, :mod:`cloudsetup.cloud._ranges`,
    :mod:`cloudsetup.cloud._fill`, :mod:`cloudsetup.cloud._devices`,
    :mod:`cloudsetup.cloud._sync`, :mod:`cloudsetup.cloud._users`,
    :mod:`cloudsetup.cloud._notifications`). What a device does is
    :class:`~cloudsetup.cloud.device_client.DeviceClient`.

    See :class:`~cloudsetup.cloud.transport.Transport` for ``http_client``, ``timeout`` and
    ``ca_file``, and :mod:`cloudsetup.cloud.retry` for ``retry_policy``. ``sleep`` is how the
    client waits between retries (tests pass one that does not wait). Errors are
    :class:`~cloudsetup.cloud.errors.CloudError`.
    """

    def __init__(
        self,
        base_url: str,
        *,
        http_client: httpx.Client | None = None,
        timeout: httpx.Timeout | None = None,
        ca_file: Path | None = None,
        retry_policy: RetryPolicy = DEFAULT_RETRY_POLICY,
        on_tokens_changed: TokensChanged | None = None,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        super().__init__(
            base_url,
            http_client=http_client,
            timeout=timeout,
            ca_file=ca_file,
            retry_policy=retry_policy,
            sleep=sleep,
        )
        self._on_tokens_changed = on_tokens_changed
        self._lock = threading.Lock()
        self._access_token: str | None = None
        self._refresh_token: str | None = None

    # -- state ---------------------------------------------------------------------------------

    def __repr__(self) -> str:  # the tokens stay out, even in a debugger
        return f"CloudClient({self._transport.base_url!r}, signed_in={self.signed_in})"

    @property
    def signed_in(self) -> bool:
        """Whether the client holds a session (a refresh token) for bearer calls."""
        return self._refresh_token is not None

    # -- endpoints ---------------------------------------------------------------------------

    def server_info(self) -> ServerInfo:
        """``GET /health``: who answers at this address (no sign-in needed)."""
        response = self._transport.send("GET", paths.HEALTH)
        return self._transport.parse(response, ServerInfo, required=("service", "version"))

    def login(self, *, domain: str, username: str, password: str) -> TokenPair:
        """Sign in as an admin of ``domain``; keeps the token pair and reports it."""
        # Built without validation: a validation message would quote the password. The server
        # applies the same model and answers 422 with the field names only.
        body = LoginRequest.model_construct(domain=domain, username=username, password=password)
        with self._lock:
            response = self._transport.send(
                "POST",
                paths.AUTH_LOGIN,
                json=body.model_dump(mode="json"),
                idempotent=False,
                secrets=(password,),
            )
            tokens = self._transport.parse(response, TokenPair, secrets=(password,))
            self._keep(tokens)
        return tokens

    def use_refresh_token(self, refresh_token: str) -> None:
        """Resume a stored session: the first bearer call (or :meth:`refresh`) refreshes."""
        with self._lock:
            self._access_token = None
            self._refresh_token = refresh_token

    def refresh(self) -> TokenPair:
        """Exchange the refresh token for a new pair (the old refresh token is used up)."""
        with self._lock:
            return self._refresh_locked()

    def logout(self) -> None:
        """End the session on the server and forget it here (no-op without a session)."""
        with self._lock:
            refresh_token = self._refresh_token
            self._access_token = self._refresh_token = None
        if refresh_token is None:
            return
        # Revoking twice is harmless and an unknown token is answered 204, so it may be retried.
        self._transport.send(
            "POST",
            paths.AUTH_LOGOUT,
            json=RefreshRequest.model_construct(refresh_token=refresh_token).model_dump(),
            idempotent=True,
            secrets=(refresh_token,),
        )

    def get_me(self) -> CurrentUser:
        """``GET /me``: the admin user who is signed in."""
        return self._call("GET", paths.ME, CurrentUser)

    def get_tenant(self) -> Tenant:
        """``GET /tenant``: the company's cloud and its setup state."""
        return self._call("GET", paths.TENANT, Tenant)

    # -- session -----------------------------------------------------------------------------

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
        """A call with the access token; on 401 refresh once and repeat the call.

        Repeating is safe for any method: a 401 means the server refused the request before
        acting on it. Returns the response and the secrets (``secrets`` and the access token)
        that must stay out of anything read from it.
        """
        token = self._access_token_for_call()
        options: dict[str, Any] = {
            "json": json,
            "content": content,
            "params": params,
            "idempotent": idempotent,
        }
        try:
            response = self._transport.send(method, path, token=token, secrets=secrets, **options)
        except Unauthorized:
            with self._lock:
                if self._access_token == token:  # nobody has replaced the refused token yet
                    if self._refresh_token is None:
                        raise
                    log.info("access token refused on %s %s; refreshing once", method, path)
                    self._refresh_locked()
                elif self._access_token is None:  # another thread's refresh failed meanwhile
                    raise
                token = self._access_token
            response = self._transport.send(method, path, token=token, secrets=secrets, **options)
        return response, (*secrets, token) if token else secrets

    def _access_token_for_call(self) -> str:
        """The access token, refreshed first when only a refresh token is held (resume)."""
        with self._lock:
            if self._access_token is not None:
                return self._access_token
            return self._refresh_locked().access_token

    def _refresh_locked(self) -> TokenPair:
        """Refresh with the stored refresh token; the caller holds ``self._lock``."""
        refresh_token = self._refresh_token
        if refresh_token is None:
            raise RuntimeError("not signed in: call login() or use_refresh_token() first")
        body = RefreshRequest.model_construct(refresh_token=refresh_token)
        try:
            response = self._transport.send(
                "POST",
                paths.AUTH_REFRESH,
                json=body.model_dump(),
                idempotent=False,
                secrets=(refresh_token,),
            )
        except Unauthorized:
            # Used, expired or revoked: this session is over, a new log-in is needed.
            self._access_token = self._refresh_token = None
            raise
        tokens = self._transport.parse(response, TokenPair, secrets=(refresh_token,))
        self._keep(tokens)
        return tokens

    def _keep(self, tokens: TokenPair) -> None:
        """Store a new pair and report it; called with ``self._lock`` held.

        Reporting under the lock keeps the reports in the order the pairs were issued, so the
        caller never stores an older refresh token over a newer one.
        """
        self._access_token = tokens.access_token
        self._refresh_token = tokens.refresh_token
        if self._on_tokens_changed is not None:
            self._on_tokens_changed(tokens)
