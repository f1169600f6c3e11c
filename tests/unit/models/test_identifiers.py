"""Cloud domain, user name and server URL: normalisation and every rejection reason."""

from __future__ import annotations

import string

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from cloudsetup.models import IdentifierError, check_domain, check_server_url, check_username
from cloudsetup.models.identifiers import DOMAIN_MAX_LENGTH, DOMAIN_MIN_LENGTH, USERNAME_MAX_LENGTH

PROPERTY = settings(max_examples=200, deadline=None)


def _reason(check: object, value: str) -> str:
    assert callable(check)
    with pytest.raises(IdentifierError) as caught:
        check(value)
    return caught.value.reason


# --- cloud domain -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "normalised"),
    [
        ("malerbetrieb-muster", "malerbetrieb-muster"),
        ("  Malerbetrieb-Muster\t", "malerbetrieb-muster"),
        ("DEMO", "demo"),
        ("abc", "abc"),
        ("a1-b2-c3", "a1-b2-c3"),
        ("123", "123"),
        ("a" * DOMAIN_MAX_LENGTH, "a" * DOMAIN_MAX_LENGTH),
    ],
)
def test_domain_is_stripped_and_lower_cased(typed: str, normalised: str) -> None:
    assert check_domain(typed) == normalised


@pytest.mark.parametrize(
    ("typed", "reason"),
    [
        ("", "domain_empty"),
        ("   \t ", "domain_empty"),
        ("ab", "domain_length"),
        ("a" * (DOMAIN_MAX_LENGTH + 1), "domain_length"),
        ("-abc", "domain_characters"),
        ("abc-", "domain_characters"),
        ("maler betrieb", "domain_characters"),
        ("maler_betrieb", "domain_characters"),
        ("maler.betrieb", "domain_characters"),
        ("bäckerei", "domain_characters"),
        ("abc/", "domain_characters"),
    ],
)
def test_domain_rejection_names_its_reason(typed: str, reason: str) -> None:
    assert _reason(check_domain, typed) == reason


def test_domain_length_counts_after_stripping() -> None:
    assert check_domain("  " + "a" * DOMAIN_MIN_LENGTH + "  ") == "a" * DOMAIN_MIN_LENGTH


@PROPERTY
@given(st.text())
def test_any_accepted_domain_is_a_fixed_point(typed: str) -> None:
    try:
        once = check_domain(typed)
    except IdentifierError:
        return
    assert check_domain(once) == once
    assert once == once.strip().lower()


@PROPERTY
@given(st.from_regex(r"\A[a-z0-9](?:[a-z0-9-]{1,61})[a-z0-9]\Z"), st.sampled_from([str.upper, str]))
def test_every_domain_by_the_rule_is_accepted_in_any_case(domain: str, case: object) -> None:
    assert callable(case)
    assert check_domain(f" {case(domain)} ") == domain


# --- user name ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "normalised"),
    [
        ("admin", "admin"),
        (" Admin ", "admin"),
        ("a", "a"),
        ("max.mustermann", "max.mustermann"),
        ("Chef@Malerbetrieb.de", "chef@malerbetrieb.de"),
        ("user_1+test-2", "user_1+test-2"),
        ("x" * USERNAME_MAX_LENGTH, "x" * USERNAME_MAX_LENGTH),
    ],
)
def test_username_is_stripped_and_lower_cased(typed: str, normalised: str) -> None:
    assert check_username(typed) == normalised


@pytest.mark.parametrize(
    ("typed", "reason"),
    [
        ("", "username_empty"),
        ("  ", "username_empty"),
        ("x" * (USERNAME_MAX_LENGTH + 1), "username_length"),
        (".admin", "username_characters"),
        ("admin.", "username_characters"),
        ("ad min", "username_characters"),
        ("müller", "username_characters"),
        ("admin!", "username_characters"),
    ],
)
def test_username_rejection_names_its_reason(typed: str, reason: str) -> None:
    assert _reason(check_username, typed) == reason


@PROPERTY
@given(st.text())
def test_any_accepted_username_is_a_fixed_point(typed: str) -> None:
    try:
        once = check_username(typed)
    except IdentifierError:
        return
    assert check_username(once) == once


# --- server URL ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "normalised"),
    [
        ("https://cloud.example.de", "https://cloud.example.de"),
        (" https://cloud.example.de/ ", "https://cloud.example.de"),
        ("https://cloud.example.de//", "https://cloud.example.de"),
        ("https://cloud.example.de/ /", "https://cloud.example.de"),
        ("HTTPS://cloud.example.de", "https://cloud.example.de"),
        ("https://cloud.example.de:8443/api/", "https://cloud.example.de:8443/api"),
        ("https://10.0.0.5", "https://10.0.0.5"),
        ("http://localhost", "http://localhost"),
        ("http://localhost:8765/", "http://localhost:8765"),
        ("http://LOCALHOST:8765", "http://LOCALHOST:8765"),
        ("http://127.0.0.1:8765", "http://127.0.0.1:8765"),
        ("http://[::1]:8765/", "http://[::1]:8765"),
        ("http://[::1]", "http://[::1]"),
    ],
)
def test_server_url_is_accepted_and_loses_its_trailing_slash(typed: str, normalised: str) -> None:
    assert check_server_url(typed) == normalised


@pytest.mark.parametrize(
    ("typed", "reason"),
    [
        ("", "url_scheme"),
        ("cloud.example.de", "url_scheme"),
        ("ftp://cloud.example.de", "url_scheme"),
        ("https:/cloud.example.de", "url_scheme"),
        ("https://", "url_host"),
        ("https:///api", "url_host"),
        ("https://:8443", "url_host"),
        ("https://admin@", "url_host"),
        ("http://cloud.example.de", "url_insecure"),
        ("http://192.168.1.10:8765", "url_insecure"),
        ("http://localhost.example.de", "url_insecure"),
        ("http://127.0.0.1.example.de", "url_insecure"),
        ("http://127.0.0.1@cloud.example.de", "url_insecure"),
    ],
)
def test_server_url_rejection_names_its_reason(typed: str, reason: str) -> None:
    assert _reason(check_server_url, typed) == reason


@pytest.mark.parametrize(
    "typed",
    [
        "http://evil.example#@127.0.0.1",
        "http://evil.example?@localhost",
        "http://evil.example\\@[::1]",
        "http://evil.example/@127.0.0.1",
    ],
)
def test_http_to_another_host_disguised_as_loopback_is_insecure(typed: str) -> None:
    # The host ends at "/", "?" or "#": what follows an "@" there is not the host httpx calls.
    assert _reason(check_server_url, typed) == "url_insecure"


_HOST = st.from_regex(r"\A[a-z0-9](?:[a-z0-9-]{0,20}[a-z0-9])?(?:\.[a-z]{2,6}){1,2}\Z")
_PATH = st.text(alphabet=string.ascii_lowercase + "/", max_size=12)


@PROPERTY
@given(_HOST, st.one_of(st.none(), st.integers(1, 65535)), _PATH)
def test_https_is_accepted_for_any_host(host: str, port: int | None, path: str) -> None:
    authority = host if port is None else f"{host}:{port}"
    url = check_server_url(f"https://{authority}/{path}")
    assert url == f"https://{authority}/{path}".rstrip("/")
    assert not url.endswith("/")


@PROPERTY
@given(_HOST.filter(lambda host: host != "localhost"), st.integers(1, 65535))
def test_plain_http_is_refused_for_any_host_but_this_computer(host: str, port: int) -> None:
    assert _reason(check_server_url, f"http://{host}:{port}") == "url_insecure"


@PROPERTY
@given(st.sampled_from(["http://", "https://", "HTTPS://", " https://"]), st.text())
@example("https://", "cloud.example.de/ /")
def test_any_accepted_server_url_is_a_fixed_point(scheme: str, rest: str) -> None:
    try:
        once = check_server_url(scheme + rest)
    except IdentifierError:
        return
    assert check_server_url(once) == once
