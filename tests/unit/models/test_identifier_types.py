"""The annotated types ``Domain``, ``Username`` and ``ServerUrl`` apply the rules inside a model."""

from __future__ import annotations

from typing import Any

import pytest
from pydantic import ValidationError

from cloudsetup.models import Credentials, IdentifierError, LoginRequest

GOOD_LOGIN = {"domain": "malerbetrieb-muster", "username": "admin", "password": "Xq7-geheim"}
GOOD_CREDENTIALS = {**GOOD_LOGIN, "server_url": "https://cloud.example.de"}


def _rejection(model: type[LoginRequest | Credentials], data: dict[str, Any]) -> tuple[str, str]:
    """The one rejected field of a validation and the reason code its IdentifierError gave."""
    with pytest.raises(ValidationError) as caught:
        model.model_validate(data)
    (error,) = caught.value.errors()
    cause = error["ctx"]["error"]
    assert isinstance(cause, IdentifierError)
    return str(error["loc"][0]), cause.reason


def test_login_request_normalises_domain_and_username() -> None:
    login = LoginRequest.model_validate(
        {**GOOD_LOGIN, "domain": " Malerbetrieb-Muster ", "username": "ADMIN "}
    )
    assert login.domain == "malerbetrieb-muster"
    assert login.username == "admin"


def test_credentials_normalise_every_identifier() -> None:
    credentials = Credentials.model_validate(
        {
            "server_url": " https://cloud.example.de/ ",
            "domain": "DEMO",
            "username": " Chef@Example.de",
            "password": "Xq7-geheim",
        }
    )
    assert credentials.server_url == "https://cloud.example.de"
    assert credentials.domain == "demo"
    assert credentials.username == "chef@example.de"
    assert credentials.password.get_secret_value() == "Xq7-geheim"


@pytest.mark.parametrize(
    ("field", "value", "reason"),
    [
        ("domain", "", "domain_empty"),
        ("domain", "ab", "domain_length"),
        ("domain", "maler_betrieb", "domain_characters"),
        ("username", " ", "username_empty"),
        ("username", "x" * 65, "username_length"),
        ("username", "ad min", "username_characters"),
    ],
)
def test_login_request_rejection_carries_the_reason(field: str, value: str, reason: str) -> None:
    assert _rejection(LoginRequest, {**GOOD_LOGIN, field: value}) == (field, reason)


@pytest.mark.parametrize(
    ("field", "value", "reason"),
    [
        ("server_url", "cloud.example.de", "url_scheme"),
        ("server_url", "https://", "url_host"),
        ("server_url", "http://cloud.example.de", "url_insecure"),
        ("domain", "-demo", "domain_characters"),
        ("username", "", "username_empty"),
    ],
)
def test_credentials_rejection_carries_the_reason(field: str, value: str, reason: str) -> None:
    assert _rejection(Credentials, {**GOOD_CREDENTIALS, field: value}) == (field, reason)


def test_credentials_accept_plain_http_for_the_local_demo_cloud() -> None:
    credentials = Credentials.model_validate(
        {**GOOD_CREDENTIALS, "server_url": "http://127.0.0.1:8765/"}
    )
    assert credentials.server_url == "http://127.0.0.1:8765"


@pytest.mark.parametrize("model", [LoginRequest, Credentials])
def test_empty_password_is_rejected(model: type[LoginRequest | Credentials]) -> None:
    with pytest.raises(ValidationError) as caught:
        model.model_validate({**GOOD_CREDENTIALS, "password": ""})
    assert [error["loc"] for error in caught.value.errors()] == [("password",)]
