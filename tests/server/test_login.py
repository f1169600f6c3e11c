"""``POST /auth/login``: success, the one answer for every kind of wrong input, validation."""

from __future__ import annotations

import httpx

from cloudsetup.models import DomainData, ErrorCode, Tenant, TokenPair, paths
from support.cloud import assert_error, bearer, login, login_body


def test_login_with_initial_password_gives_token_pair(
    api: httpx.Client, tenant: DomainData
) -> None:
    response = api.post(paths.AUTH_LOGIN, json=login_body(tenant))

    assert response.status_code == 200
    pair = TokenPair.model_validate_json(response.content)
    assert pair.token_type == "bearer"
    assert pair.expires_in == 15 * 60
    assert pair.refresh_expires_in == 30 * 24 * 3600
    assert pair.access_token != pair.refresh_token


def test_login_ignores_case_and_white_space_of_domain_and_user(
    api: httpx.Client, tenant: DomainData
) -> None:
    body = login_body(tenant) | {
        "domain": f"  {tenant.domain.upper()} ",
        "username": tenant.username.upper(),
    }

    assert api.post(paths.AUTH_LOGIN, json=body).status_code == 200


def test_successful_login_marks_credentials_ok_in_setup_state(
    api: httpx.Client, tenant: DomainData
) -> None:
    pair = login(api, tenant)

    state = Tenant.model_validate(api.get(paths.TENANT, headers=bearer(pair)).json()).setup
    assert state.credentials_ok is True


def test_wrong_password_unknown_user_and_unknown_domain_give_identical_401(
    api: httpx.Client, tenant: DomainData
) -> None:
    attempts = [
        login_body(tenant, password="Falsches-Passwort-1"),
        login_body(tenant) | {"username": "niemand"},
        login_body(tenant) | {"domain": f"{tenant.domain}-gibt-es-nicht"},
    ]

    responses = [api.post(paths.AUTH_LOGIN, json=body) for body in attempts]

    for response in responses:
        assert_error(response, 401, ErrorCode.INVALID_CREDENTIALS)
    assert len({response.content for response in responses}) == 1
    headers = [
        sorted((name, value) for name, value in r.headers.items() if name != "date")
        for r in responses
    ]
    assert headers[0] == headers[1] == headers[2]


def test_invalid_login_body_gives_422_with_field_errors(api: httpx.Client) -> None:
    response = api.post(
        paths.AUTH_LOGIN, json={"domain": "kein domain!", "username": "", "password": ""}
    )

    body = assert_error(response, 422, ErrorCode.VALIDATION_FAILED)
    codes = {error.field: error.code for error in body.fields}
    assert codes == {
        "domain": "domain_characters",
        "username": "username_empty",
        "password": "string_too_short",
    }


def test_login_body_that_is_not_json_gives_422(api: httpx.Client) -> None:
    response = api.post(
        paths.AUTH_LOGIN, content=b"domain=x", headers={"content-type": "application/json"}
    )

    assert_error(response, 422, ErrorCode.VALIDATION_FAILED)
