"""The client of an employee's device (the phone app, a second computer): what it asks the cloud.

A device signs in with the company's domain, the employee's e-mail address and password and its
own id; the cloud answers 202 while the office has not approved it (with the verification code
the approval dialog shows too) and 200 once it has, with a device token. The client keeps that
token and sends it with every later call: who the token stands for, the records the employee may
see page by page, and the invoices he writes.

The token and the password never appear in a ``repr``, a log line or an error message: they
are named as secrets to :class:`~cloudsetup.cloud.transport.Transport`, which blanks them out.
Retries follow :mod:`cloudsetup.cloud.retry`: reading is retried; pushing an invoice is too,
because the cloud answers the same invoice (same id, same content) again with the invoice it
holds; the sign-in is not (each approved sign-in issues a new token and counts toward the
throttle), so it is repeated only when the request provably never left this computer.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from pathlib import Path

import httpx

from cloudsetup.cloud.retry import DEFAULT_RETRY_POLICY, RetryPolicy
from cloudsetup.cloud.transport import TransportClient
from cloudsetup.models import (
    DeviceInvoice,
    DeviceInvoiceIn,
    DeviceMe,
    DevicePage,
    DeviceSignIn,
    DeviceSignInResult,
    paths,
)
from cloudsetup.models.sync import PAGE_DEFAULT_RECORDS

log = logging.getLogger(__name__)


class NotSignedIn(RuntimeError):  # noqa: N818 - a state, like the cloud's errors
    """A call that needs the device token was made before the device was approved."""


class DeviceClient(TransportClient):
    """The client of one device at one cloud server; a context manager.

    See :class:`~cloudsetup.cloud.transport.Transport` for ``http_client``, ``timeout`` and
    ``ca_file``, and :mod:`cloudsetup.cloud.retry` for ``retry_policy``. ``device_token``
    resumes a device that was approved before (the token from the device's safe). Errors are
    :class:`~cloudsetup.cloud.errors.CloudError`; a call that needs the token without one
    raises :class:`NotSignedIn`.
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
        device_token: str | None = None,
    ) -> None:
        super().__init__(
            base_url,
            http_client=http_client,
            timeout=timeout,
            ca_file=ca_file,
            retry_policy=retry_policy,
            sleep=sleep,
        )
        self._lock = threading.Lock()
        self._token = device_token or None

    # -- state ---------------------------------------------------------------------------------

    def __repr__(self) -> str:  # the token stays out, even in a debugger
        return f"DeviceClient({self._transport.base_url!r}, has_token={self.has_token})"

    @property
    def has_token(self) -> bool:
        return self._token is not None

    @property
    def device_token(self) -> str | None:
        """The token of the approved device, for the device's safe; ``None`` before approval."""
        return self._token

    def forget_token(self) -> None:
        """Drop the token (after the cloud refused it: revoked, or the employee is gone)."""
        with self._lock:
            self._token = None

    # -- endpoints ---------------------------------------------------------------------------

    def sign_in(self, request: DeviceSignIn) -> DeviceSignInResult:
        """``POST /device/signin``: pending (202, a verification code) or approved (200, token).

        An approved answer's token replaces the one held (the cloud ends the previous one).
        401 ``invalid_credentials``; 403 ``consent_missing``, ``device_rejected``,
        ``device_revoked``; 429 ``too_many_attempts``.
        """
        secrets = (request.password,)
        response = self._transport.send(
            "POST",
            paths.DEVICE_SIGNIN,
            json=request.model_dump(mode="json"),
            idempotent=False,
            secrets=secrets,
        )
        result = self._transport.parse(
            response, DeviceSignInResult, required=("state",), secrets=secrets
        )
        if result.device_token:
            with self._lock:
                self._token = result.device_token
            log.info("device %s approved; token kept", result.device_id)
        return result

    def me(self) -> DeviceMe:
        """``GET /device/me``: whose device this is and whether the cloud holds data yet."""
        token = self._require_token()
        response = self._transport.send("GET", paths.DEVICE_ME, token=token)
        return self._transport.parse(response, DeviceMe, secrets=(token,))

    def pull(self, *, cursor: str | None = None, limit: int = PAGE_DEFAULT_RECORDS) -> DevicePage:
        """``GET /device/records``: the next page of records after ``cursor`` (none: the start).

        409 ``not_filled`` (the office has not filled the cloud yet); 422 ``invalid_cursor``.
        """
        token = self._require_token()
        params: dict[str, str | int] = {"limit": int(limit)}
        if cursor is not None:
            params["cursor"] = cursor
        response = self._transport.send("GET", paths.DEVICE_RECORDS, params=params, token=token)
        return self._transport.parse(response, DevicePage, secrets=(token,))

    def push_invoice(self, invoice: DeviceInvoiceIn) -> DeviceInvoice:
        """``POST /device/invoices``: an invoice written here (201; 200 when pushed before).

        403 ``invoice_not_permitted``; 409 ``no_range``, ``number_used``, ``invoice_conflict``,
        ``not_filled``; 422 ``number_outside_range``, ``unknown_reference``. Retried after
        transient failures: the same invoice again is answered with the one the cloud holds.
        """
        token = self._require_token()
        response = self._transport.send(
            "POST",
            paths.DEVICE_INVOICES,
            content=invoice.model_dump_json().encode(),
            token=token,
            idempotent=True,
        )
        return self._transport.parse(response, DeviceInvoice, secrets=(token,))

    def _require_token(self) -> str:
        with self._lock:
            token = self._token
        if token is None:
            raise NotSignedIn("this device has no token yet: sign in and wait for the approval")
        return token
