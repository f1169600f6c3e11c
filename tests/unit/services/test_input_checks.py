"""The credentials page's local checks: one message at the right field per broken rule."""

from __future__ import annotations

import pytest

from cloudsetup.models import Credentials
from cloudsetup.services.errors import UserError, validate_credentials_input

GOOD = {
    "server_url": "https://cloud.example.de",
    "domain": "malerbetrieb-muster",
    "username": "admin",
    "password": "Xq7-geheim",
}


def _error_for(**changes: str) -> UserError:
    with pytest.raises(UserError) as caught:
        validate_credentials_input(**{**GOOD, **changes})
    return caught.value


def test_good_input_gives_normalised_credentials() -> None:
    credentials = validate_credentials_input(
        " https://cloud.example.de/ ", " Malerbetrieb-Muster ", "Admin", "Xq7-geheim"
    )
    assert isinstance(credentials, Credentials)
    assert credentials.server_url == "https://cloud.example.de"
    assert credentials.domain == "malerbetrieb-muster"
    assert credentials.username == "admin"
    assert credentials.password.get_secret_value() == "Xq7-geheim"


def test_loopback_http_is_accepted_for_the_local_demo_cloud() -> None:
    credentials = validate_credentials_input("http://127.0.0.1:8765", "demo", "admin", "pw")
    assert credentials.server_url == "http://127.0.0.1:8765"


@pytest.mark.parametrize(
    ("field", "value", "reason", "words"),
    [
        ("domain", "", "domain_empty", "enter the cloud domain"),
        ("domain", "   ", "domain_empty", "enter the cloud domain"),
        ("domain", "ab", "domain_length", "3 to 63 characters"),
        ("domain", "x" * 64, "domain_length", "3 to 63 characters"),
        ("domain", "maler betrieb", "domain_characters", "letters a–z"),
        ("domain", "-muster", "domain_characters", "hyphen"),
        ("username", "", "username_empty", "enter the user name"),
        ("username", "a" * 65, "username_length", "at most 64 characters"),
        ("username", "chef!", "username_characters", "letters a–z"),
        ("password", "", "password_empty", "enter the password"),
        ("password", "p" * 1025, "password_length", "at most 1024 characters"),
        ("server_url", "cloud.example.de", "url_scheme", "https://"),
        ("server_url", "https:///api", "url_host", "no host name"),
        ("server_url", "http://cloud.example.de", "url_insecure", "encrypted"),
        ("server_url", "https://a::", "url_invalid", "port number"),
        ("server_url", "https://cloud.example.de:8443x", "url_invalid", "port number"),
        ("server_url", "https://cloud.example.de:99999", "url_invalid", "port number"),
        ("server_url", "https://cloud example.de", "url_invalid", "host name"),
        ("server_url", "https://-\u00e4..de", "url_invalid", "not a valid web address"),
    ],
)
def test_each_broken_rule_gives_its_message_at_its_field(
    field: str, value: str, reason: str, words: str
) -> None:
    error = _error_for(**{field: value})
    assert error.field == field
    assert error.code == reason
    assert words in error.message.english()
    assert error.hint is not None
    assert "Kundenkonto → Domäne-Daten" in error.hint.english()


def test_first_broken_field_in_page_order_is_reported() -> None:
    error = _error_for(domain="", username="", password="")
    assert error.field == "domain"


def test_password_never_appears_in_the_technical_detail() -> None:
    secret = "s" * 1025
    error = _error_for(password=secret)
    assert secret not in error.technical
    assert secret not in str(error)
