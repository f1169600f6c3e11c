"""The retry policy of the cloud client: which failures are tried again, how often, how long apart.

The policy, in full:

* **How many tries.** At most ``max_retries`` retries (default 2), so at most three tries of one
  call. More would keep a person staring at a busy indicator for a problem that does not pass.
* **Idempotent requests** (``GET``, ``PUT``, ``DELETE``, and ``logout``, which revokes and is a
  no-op the second time) are retried after connection failures, timeouts, and the statuses
  408, 429, 500, 502, 503 and 504: answering the same request twice does no harm.
* **Non-idempotent requests** (``login``, ``refresh``, later creates) are retried only when the
  request provably never reached the server: ``httpx.ConnectError`` (no connection was made),
  ``httpx.ConnectTimeout`` (the connection was never established) and ``httpx.PoolTimeout`` (no
  connection was free, nothing was sent). After a read timeout or a 5xx the server may well have
  acted: a repeated ``refresh`` would present an already used refresh token, which the server
  treats as theft and answers by revoking the whole session; a repeated ``login`` would count
  as a second failed attempt toward the account's throttle.
* **Never retried:** certificate failures (they do not fix themselves, and the user must decide),
  and any other status (401, 403, 404, 409, 422, … say something about the request itself).
* **Delay.** Exponential backoff: ``initial_delay * 2 ** (retry - 1)`` capped at ``max_delay``,
  shortened by a random jitter of up to ``jitter`` (a fraction), so that many clients which
  failed together do not come back together. A ``Retry-After`` header (seconds or an HTTP date)
  replaces the backoff when present; if it asks for more than ``retry_after_cap`` seconds the
  call is not retried at all and the error (e.g. :class:`~cloudsetup.cloud.errors.RateLimited`
  with its ``retry_after``) is raised at once, so the user sees how long to wait instead of a
  frozen window.

Every function here is pure (the clock and the random source are parameters), so the policy is
unit-tested without waiting.
"""

from __future__ import annotations

import math
import random
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Final

import httpx

from cloudsetup.cloud.tls import is_certificate_error

#: Statuses after which an idempotent request is tried again.
RETRYABLE_STATUSES: Final = frozenset({408, 429, 500, 502, 503, 504})

#: Transport failures that prove the request was never sent, so any request may be repeated.
NEVER_SENT: Final = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)

#: Transport failures after which an idempotent request is repeated.
TRANSIENT: Final = (httpx.TimeoutException, httpx.NetworkError, httpx.RemoteProtocolError)

#: What a try can end with when it did not succeed: an exception or an unsuccessful response.
Failure = httpx.HTTPError | httpx.Response


@dataclass(frozen=True)
class RetryPolicy:
    """How the client retries; see the module docstring for the rules."""

    max_retries: int = 2
    initial_delay: float = 0.5
    max_delay: float = 8.0
    retry_after_cap: float = 60.0
    jitter: float = 0.25

    def __post_init__(self) -> None:
        if self.max_retries < 0:
            raise ValueError("max_retries must not be negative")
        if self.initial_delay < 0 or self.max_delay < 0 or self.retry_after_cap < 0:
            raise ValueError("delays must not be negative")
        if not 0 <= self.jitter <= 1:
            raise ValueError("jitter is a fraction between 0 and 1")

    @property
    def max_attempts(self) -> int:
        """Tries of one call in total: the first one and the retries."""
        return self.max_retries + 1


DEFAULT_RETRY_POLICY: Final = RetryPolicy()

#: A policy that never retries (tests, and callers that retry on their own).
NO_RETRIES: Final = RetryPolicy(max_retries=0)


def is_retryable(failure: Failure, *, idempotent: bool) -> bool:
    """Whether a try that ended in ``failure`` may be repeated at all (ignoring the count)."""
    if isinstance(failure, httpx.Response):
        return idempotent and failure.status_code in RETRYABLE_STATUSES
    if is_certificate_error(failure):
        return False
    if isinstance(failure, NEVER_SENT):
        return True
    return idempotent and isinstance(failure, TRANSIENT)


def backoff_delay(
    policy: RetryPolicy, retry: int, *, rand: Callable[[], float] = random.random
) -> float:
    """Seconds to wait before retry number ``retry`` (1 for the first) without ``Retry-After``.

    ``rand`` returns a number in ``[0, 1)``; the result lies in ``[base * (1 - jitter), base]``
    with ``base = min(initial_delay * 2 ** (retry - 1), max_delay)``.
    """
    exponent = max(retry - 1, 0)
    # min() before the power would overflow for absurd retry numbers; cap the exponent instead.
    base = min(policy.initial_delay * 2.0 ** min(exponent, 64), policy.max_delay)
    return base * (1.0 - policy.jitter * rand())


def parse_retry_after(value: str | None, *, now: datetime | None = None) -> float | None:
    """Seconds from a ``Retry-After`` value (delay-seconds or an HTTP date); ``None`` if unusable.

    A date in the past gives 0; a negative or non-finite number is ignored.
    """
    if value is None:
        return None
    text = value.strip()
    if not text:
        return None
    try:
        seconds = float(text)
    except ValueError:
        pass
    else:
        return seconds if math.isfinite(seconds) and seconds >= 0 else None
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:  # "-0000" means UTC without saying so
        when = when.replace(tzinfo=UTC)
    current = now or datetime.now(UTC)
    return max((when - current).total_seconds(), 0.0)


def retry_after_of(headers: Mapping[str, str], *, now: datetime | None = None) -> float | None:
    """The ``Retry-After`` of a response's headers in seconds, if it has a usable one."""
    return parse_retry_after(headers.get("retry-after"), now=now)


def next_delay(
    policy: RetryPolicy,
    failure: Failure,
    *,
    retries_done: int,
    idempotent: bool,
    now: datetime | None = None,
    rand: Callable[[], float] = random.random,
) -> float | None:
    """Seconds to wait before trying again, or ``None`` when the failure is final.

    ``retries_done`` counts the retries already made for this call (0 after the first try).
    """
    if retries_done >= policy.max_retries or not is_retryable(failure, idempotent=idempotent):
        return None
    if isinstance(failure, httpx.Response):
        wait = retry_after_of(failure.headers, now=now)
        if wait is not None:
            return wait if wait <= policy.retry_after_cap else None
    return backoff_delay(policy, retries_done + 1, rand=rand)
