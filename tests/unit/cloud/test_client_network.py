"""CloudClient over real sockets on 127.0.0.1: TLS trust, refused connections, silent servers."""

from __future__ import annotations

import re
import time
from collections.abc import Iterator

import httpx
import pytest

from cloudsetup.cloud import (
    DEFAULT_RETRY_POLICY,
    NO_RETRIES,
    CloudClient,
    ConnectionFailed,
    RequestTimedOut,
    TLSVerificationFailed,
)
from cloudsetup.cloud.tls import certificate_fingerprint, fetch_certificate_fingerprint
from support.local_servers import (
    Certificate,
    closed_port_url,
    make_self_signed_certificate,
    silent_server,
    tls_server,
)

FINGERPRINT_FORMAT = re.compile(r"(?:[0-9A-F]{2}:){31}[0-9A-F]{2}")


@pytest.fixture(scope="module")
def certificate(tmp_path_factory: pytest.TempPathFactory) -> Certificate:
    return make_self_signed_certificate(tmp_path_factory.mktemp("tls"))


@pytest.fixture
def https_url(certificate: Certificate) -> Iterator[str]:
    with tls_server(certificate) as url:
        yield url


def test_self_signed_server_fails_verification_with_host_and_fingerprint(
    https_url: str, certificate: Certificate
) -> None:
    sleeps: list[float] = []
    with (
        CloudClient(https_url, retry_policy=DEFAULT_RETRY_POLICY, sleep=sleeps.append) as client,
        pytest.raises(TLSVerificationFailed) as caught,
    ):
        client.server_info()
    assert caught.value.host == "127.0.0.1"
    assert caught.value.fingerprint_sha256 == certificate_fingerprint(certificate.der)
    assert FINGERPRINT_FORMAT.fullmatch(caught.value.fingerprint_sha256 or "")
    assert "CERTIFICATE_VERIFY_FAILED" in str(caught.value)
    assert sleeps == []  # a certificate problem is never retried


def test_self_signed_server_is_trusted_through_the_ca_file(
    https_url: str, certificate: Certificate
) -> None:
    with CloudClient(https_url, ca_file=certificate.cert_file) as client:
        assert client.server_info().service == "cloudsetup"


def test_fingerprint_is_read_from_the_server_certificate(
    https_url: str, certificate: Certificate
) -> None:
    port = int(https_url.rsplit(":", 1)[1])
    assert fetch_certificate_fingerprint("127.0.0.1", port) == certificate_fingerprint(
        certificate.der
    )


def test_fingerprint_is_none_when_nothing_listens() -> None:
    port = int(closed_port_url().rsplit(":", 1)[1])
    assert fetch_certificate_fingerprint("127.0.0.1", port) is None


def test_fingerprint_is_none_within_its_timeout_when_the_server_is_silent() -> None:
    with silent_server() as url:
        port = int(url.rsplit(":", 1)[1])
        started = time.monotonic()
        assert fetch_certificate_fingerprint("127.0.0.1", port, timeout=0.2) is None
        assert time.monotonic() - started < 2


def test_certificate_fingerprint_is_colon_separated_upper_case_sha256() -> None:
    assert certificate_fingerprint(b"") == (
        "E3:B0:C4:42:98:FC:1C:14:9A:FB:F4:C8:99:6F:B9:24:"
        "27:AE:41:E4:64:9B:93:4C:A4:95:99:1B:78:52:B8:55"
    )


def test_refused_connection_is_connection_failed_after_the_retries() -> None:
    sleeps: list[float] = []
    with (
        CloudClient(closed_port_url(), sleep=sleeps.append) as client,
        pytest.raises(ConnectionFailed) as caught,
    ):
        client.server_info()
    assert "ConnectError" in str(caught.value)
    assert len(sleeps) == DEFAULT_RETRY_POLICY.max_retries


def test_server_that_never_answers_gives_request_timed_out() -> None:
    timeout = httpx.Timeout(0.3, connect=2.0)
    with silent_server() as url:
        client = CloudClient(url, timeout=timeout, retry_policy=NO_RETRIES)
        started = time.monotonic()
        with client, pytest.raises(RequestTimedOut) as caught:
            client.login(domain="muster", username="admin", password="irrelevant")
        assert time.monotonic() - started < 5
    assert "ReadTimeout" in str(caught.value)
