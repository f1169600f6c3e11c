"""Passwords and tokens never appear in a model's repr or str (logs, tracebacks, debuggers)."""

from __future__ import annotations

import pytest
from pydantic import BaseModel

from cloudsetup.models import Credentials, DomainData, LoginRequest, RefreshRequest, TokenPair

PASSWORD = "Xq7-geheim-4711"
ACCESS_TOKEN = "eyJhbGciOiJIUzI1NiJ9.access-4711"
REFRESH_TOKEN = "refresh-token-4711"


def _models() -> list[tuple[BaseModel, tuple[str, ...]]]:
    """Each model with a secret, and the secrets it holds."""
    return [
        (
            LoginRequest(domain="demo", username="admin", password=PASSWORD),
            (PASSWORD,),
        ),
        (RefreshRequest(refresh_token=REFRESH_TOKEN), (REFRESH_TOKEN,)),
        (
            TokenPair(
                access_token=ACCESS_TOKEN,
                refresh_token=REFRESH_TOKEN,
                expires_in=900,
                refresh_expires_in=86400,
            ),
            (ACCESS_TOKEN, REFRESH_TOKEN),
        ),
        (
            DomainData(
                server_url="https://cloud.example.de",
                domain="demo",
                username="admin",
                password=PASSWORD,
            ),
            (PASSWORD,),
        ),
        (
            Credentials.model_validate(
                {
                    "server_url": "https://cloud.example.de",
                    "domain": "demo",
                    "username": "admin",
                    "password": PASSWORD,
                }
            ),
            (PASSWORD,),
        ),
    ]


@pytest.mark.parametrize(("model", "secrets"), _models(), ids=lambda value: type(value).__name__)
def test_repr_and_str_never_show_a_secret(model: BaseModel, secrets: tuple[str, ...]) -> None:
    for text in (repr(model), str(model), f"{model}", f"{model!r}", repr([model])):
        for secret in secrets:
            assert secret not in text


@pytest.mark.parametrize(("model", "secrets"), _models(), ids=lambda value: type(value).__name__)
def test_the_secret_stays_readable_for_the_code_that_needs_it(
    model: BaseModel, secrets: tuple[str, ...]
) -> None:
    # Hiding a secret from repr must not lose it: the request body still carries it.
    if isinstance(model, Credentials):
        readable = model.password.get_secret_value()
    else:
        readable = model.model_dump_json()
    for secret in secrets:
        assert secret in readable


def test_repr_still_names_the_non_secret_fields() -> None:
    login = LoginRequest(domain="demo", username="admin", password=PASSWORD)
    assert repr(login) == "LoginRequest(domain='demo', username='admin')"
    pair = TokenPair(access_token="a", refresh_token="r", expires_in=900, refresh_expires_in=60)
    assert repr(pair) == "TokenPair(expires_in=900, refresh_expires_in=60)"


def test_passwords_keep_white_space_at_their_ends_unlike_other_fields() -> None:
    from cloudsetup.models import ActivationRequest, LoginRequest

    login = LoginRequest(domain=" firma ", username=" admin ", password="  geheim mit Leerzeichen ")
    activation = ActivationRequest(password=" Leerzeichen zählen mit ")

    assert login.password == "  geheim mit Leerzeichen "
    assert login.domain == "firma"
    assert activation.password == " Leerzeichen zählen mit "
