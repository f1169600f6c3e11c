"""The retry policy: what is retried, how often, and how long apart."""

from __future__ import annotations

import ssl
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

import httpx
import pytest

from cloudsetup.cloud.retry import (
    DEFAULT_RETRY_POLICY,
    Failure,
    RetryPolicy,
    backoff_delay,
    is_retryable,
    next_delay,
    parse_retry_after,
)

REQUEST = httpx.Request("GET", "https://cloud.test/api/v1/tenant")
NOW = datetime(2025, 3, 1, 12, 0, 0, tzinfo=UTC)


def _status(status: int, headers: dict[str, str] | None = None) -> httpx.Response:
    return httpx.Response(status, headers=headers, request=REQUEST)


def _transport(exc_type: type[httpx.TransportError]) -> httpx.TransportError:
    return exc_type("failed", request=REQUEST)


def _certificate_failure() -> httpx.ConnectError:
    try:
        try:
            raise ssl.SSLCertVerificationError(1, "certificate verify failed")
        except ssl.SSLCertVerificationError as cause:
            raise httpx.ConnectError("certificate verify failed", request=REQUEST) from cause
    except httpx.ConnectError as exc:
        return exc


# (failure, retried when idempotent, retried when not idempotent)
DECISIONS: list[tuple[str, Failure, bool, bool]] = [
    ("connect error", _transport(httpx.ConnectError), True, True),
    ("connect timeout", _transport(httpx.ConnectTimeout), True, True),
    ("pool timeout", _transport(httpx.PoolTimeout), True, True),
    ("read timeout", _transport(httpx.ReadTimeout), True, False),
    ("write timeout", _transport(httpx.WriteTimeout), True, False),
    ("read error", _transport(httpx.ReadError), True, False),
    ("write error", _transport(httpx.WriteError), True, False),
    ("connection dropped", _transport(httpx.RemoteProtocolError), True, False),
    ("certificate not trusted", _certificate_failure(), False, False),
    ("unsupported protocol", _transport(httpx.UnsupportedProtocol), False, False),
    ("proxy refused", _transport(httpx.ProxyError), False, False),
    ("408", _status(408), True, False),
    ("429", _status(429), True, False),
    ("500", _status(500), True, False),
    ("502", _status(502), True, False),
    ("503", _status(503), True, False),
    ("504", _status(504), True, False),
    ("400", _status(400), False, False),
    ("401", _status(401), False, False),
    ("403", _status(403), False, False),
    ("404", _status(404), False, False),
    ("409", _status(409), False, False),
    ("422", _status(422), False, False),
    ("501", _status(501), False, False),
]


@pytest.mark.parametrize(
    ("failure", "idempotent_retried", "other_retried"),
    [pytest.param(f, i, o, id=name) for name, f, i, o in DECISIONS],
)
def test_retry_decision_depends_on_failure_and_idempotency(
    failure: Failure, idempotent_retried: bool, other_retried: bool
) -> None:
    assert is_retryable(failure, idempotent=True) is idempotent_retried
    assert is_retryable(failure, idempotent=False) is other_retried


def test_default_policy_allows_three_tries() -> None:
    assert (
        RetryPolicy(
            max_retries=2, initial_delay=0.5, max_delay=8.0, retry_after_cap=60.0, jitter=0.25
        )
        == DEFAULT_RETRY_POLICY
    )
    assert DEFAULT_RETRY_POLICY.max_attempts == 3


def test_backoff_doubles_up_to_the_maximum_without_jitter() -> None:
    policy = RetryPolicy(initial_delay=0.5, max_delay=8.0, jitter=0.25)
    delays = [backoff_delay(policy, retry, rand=lambda: 0.0) for retry in range(1, 8)]
    assert delays == [0.5, 1.0, 2.0, 4.0, 8.0, 8.0, 8.0]


def test_backoff_of_an_absurd_retry_number_stays_at_the_maximum() -> None:
    assert backoff_delay(DEFAULT_RETRY_POLICY, 10_000, rand=lambda: 0.0) == 8.0


@pytest.mark.parametrize("retry", [1, 2, 3, 4, 5, 6])
@pytest.mark.parametrize("rand", [0.0, 0.3, 0.5, 0.999999])
def test_jitter_shortens_the_delay_by_at_most_its_fraction(retry: int, rand: float) -> None:
    policy = RetryPolicy(jitter=0.25)
    full = backoff_delay(policy, retry, rand=lambda: 0.0)
    delay = backoff_delay(policy, retry, rand=lambda: rand)
    assert full * 0.75 <= delay <= full
    assert delay == pytest.approx(full * (1 - 0.25 * rand))


def test_jitter_with_the_real_random_source_stays_in_bounds() -> None:
    for _ in range(200):
        assert 1.5 <= backoff_delay(DEFAULT_RETRY_POLICY, 3) <= 2.0


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("0", 0.0),
        ("7", 7.0),
        (" 120 ", 120.0),
        ("1.5", 1.5),
        (format_datetime(NOW + timedelta(seconds=90), usegmt=True), 90.0),
        (format_datetime(NOW - timedelta(seconds=90), usegmt=True), 0.0),
        ("Sat, 01 Mar 2025 12:00:30 -0000", 30.0),
        (None, None),
        ("", None),
        ("-5", None),
        ("nan", None),
        ("inf", None),
        ("soon", None),
    ],
)
def test_retry_after_is_read_as_seconds_or_http_date(
    value: str | None, expected: float | None
) -> None:
    assert parse_retry_after(value, now=NOW) == expected


def test_retry_after_within_the_cap_replaces_the_backoff() -> None:
    failure = _status(503, {"retry-after": "12"})
    delay = next_delay(DEFAULT_RETRY_POLICY, failure, retries_done=0, idempotent=True)
    assert delay == 12.0


def test_retry_after_as_date_is_honoured() -> None:
    when = format_datetime(NOW + timedelta(seconds=20), usegmt=True)
    failure = _status(429, {"retry-after": when})
    delay = next_delay(DEFAULT_RETRY_POLICY, failure, retries_done=1, idempotent=True, now=NOW)
    assert delay == 20.0


def test_429_with_retry_after_above_the_cap_is_not_retried() -> None:
    failure = _status(429, {"retry-after": "61"})
    assert next_delay(DEFAULT_RETRY_POLICY, failure, retries_done=0, idempotent=True) is None


def test_retry_after_exactly_at_the_cap_is_still_waited_for() -> None:
    failure = _status(429, {"retry-after": "60"})
    assert next_delay(DEFAULT_RETRY_POLICY, failure, retries_done=0, idempotent=True) == 60.0


def test_unusable_retry_after_falls_back_to_backoff() -> None:
    failure = _status(503, {"retry-after": "later"})
    delay = next_delay(
        DEFAULT_RETRY_POLICY, failure, retries_done=1, idempotent=True, rand=lambda: 0.0
    )
    assert delay == 1.0


def test_no_delay_once_the_retries_are_used_up() -> None:
    failure = _status(503)
    policy = RetryPolicy(max_retries=2)
    delays = [
        next_delay(policy, failure, retries_done=n, idempotent=True, rand=lambda: 0.0)
        for n in range(4)
    ]
    assert delays == [0.5, 1.0, None, None]


def test_non_idempotent_request_is_not_retried_after_a_server_error() -> None:
    assert next_delay(DEFAULT_RETRY_POLICY, _status(500), retries_done=0, idempotent=False) is None


def test_non_idempotent_request_is_retried_when_it_never_left() -> None:
    failure = _transport(httpx.ConnectError)
    delay = next_delay(
        DEFAULT_RETRY_POLICY, failure, retries_done=0, idempotent=False, rand=lambda: 0.0
    )
    assert delay == 0.5


def test_zero_retries_policy_never_retries() -> None:
    policy = RetryPolicy(max_retries=0)
    failure = _transport(httpx.ConnectError)
    assert next_delay(policy, failure, retries_done=0, idempotent=True) is None


@pytest.mark.parametrize(
    "make",
    [
        lambda: RetryPolicy(max_retries=-1),
        lambda: RetryPolicy(initial_delay=-0.1),
        lambda: RetryPolicy(retry_after_cap=-1),
        lambda: RetryPolicy(jitter=1.5),
    ],
)
def test_policy_rejects_nonsense_values(make: Callable[[], RetryPolicy]) -> None:
    with pytest.raises(ValueError, match=r"must|fraction"):
        make()
