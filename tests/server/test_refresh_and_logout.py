"""Refresh tokens rotate and are single use; reuse or log-out ends the whole session family."""

from __future__ import annotations

import httpx

from cloudsetup.models import DomainData, ErrorCode, TokenPair, paths
from support.cloud import assert_error, bearer, login


def _refresh(api: httpx.Client, refresh_token: str) -> httpx.Response:
    return api.post(paths.AUTH_REFRESH, json={"refresh_token": refresh_token})


def test_refresh_gives_a_new_pair_with_a_new_refresh_token(
    api: httpx.Client, tenant: DomainData
) -> None:
    first = login(api, tenant)

    response = _refresh(api, first.refresh_token)

    assert response.status_code == 200
    second = TokenPair.model_validate_json(response.content)
    assert second.refresh_token != first.refresh_token
    assert second.access_token != first.access_token
    assert api.get(paths.ME, headers=bearer(second)).status_code == 200


def test_each_refresh_token_of_a_chain_works_once(api: httpx.Client, tenant: DomainData) -> None:
    token = login(api, tenant).refresh_token
    for _ in range(3):
        response = _refresh(api, token)
        assert response.status_code == 200
        token = TokenPair.model_validate_json(response.content).refresh_token


def test_reusing_a_used_refresh_token_revokes_the_whole_family(
    api: httpx.Client, tenant: DomainData
) -> None:
    first = login(api, tenant)
    newest = TokenPair.model_validate_json(_refresh(api, first.refresh_token).content)

    reuse = _refresh(api, first.refresh_token)

    assert_error(reuse, 401, ErrorCode.INVALID_TOKEN)
    assert_error(_refresh(api, newest.refresh_token), 401, ErrorCode.INVALID_TOKEN)
    assert_error(api.get(paths.ME, headers=bearer(newest)), 401, ErrorCode.INVALID_TOKEN)


def test_revoking_one_family_leaves_other_sessions_of_the_user_alone(
    api: httpx.Client, tenant: DomainData
) -> None:
    stolen = login(api, tenant)
    other = login(api, tenant)
    _refresh(api, stolen.refresh_token)
    _refresh(api, stolen.refresh_token)  # reuse: ends the first family only

    assert _refresh(api, other.refresh_token).status_code == 200


def test_unknown_refresh_token_gives_401_invalid_token(api: httpx.Client) -> None:
    assert_error(_refresh(api, "nicht-ausgegeben"), 401, ErrorCode.INVALID_TOKEN)


def test_access_token_is_not_accepted_as_refresh_token(
    api: httpx.Client, tenant: DomainData
) -> None:
    pair = login(api, tenant)

    assert_error(_refresh(api, pair.access_token), 401, ErrorCode.INVALID_TOKEN)


def test_logout_ends_refresh_and_access_token_of_the_session(
    api: httpx.Client, tenant: DomainData
) -> None:
    pair = login(api, tenant)

    response = api.post(paths.AUTH_LOGOUT, json={"refresh_token": pair.refresh_token})

    assert response.status_code == 204
    assert response.content == b""
    assert_error(_refresh(api, pair.refresh_token), 401, ErrorCode.INVALID_TOKEN)
    assert_error(api.get(paths.ME, headers=bearer(pair)), 401, ErrorCode.INVALID_TOKEN)


def test_logout_with_unknown_token_is_204_too(api: httpx.Client) -> None:
    response = api.post(paths.AUTH_LOGOUT, json={"refresh_token": "unbekannt"})

    assert response.status_code == 204
