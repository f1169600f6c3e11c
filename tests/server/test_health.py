"""``GET /health`` and the published OpenAPI document."""

from __future__ import annotations

import httpx

import cloudsetup
from cloudsetup.models import ServerInfo, paths


def test_health_answers_without_login_with_service_and_version(api: httpx.Client) -> None:
    response = api.get(paths.HEALTH)

    assert response.status_code == 200
    info = ServerInfo.model_validate_json(response.content)
    assert info == ServerInfo(version=cloudsetup.__version__, api_version=1)


def test_openapi_document_lists_every_api_path(api: httpx.Client) -> None:
    document = api.get("/openapi.json").json()

    expected = {paths.HEALTH, paths.AUTH_LOGIN, paths.AUTH_REFRESH, paths.AUTH_LOGOUT}
    assert expected | {paths.ME, paths.TENANT} <= set(document["paths"])
    assert "HTTPBearer" in document["components"]["securitySchemes"]
