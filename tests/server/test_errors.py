"""Every error the service sends is an ErrorBody: own errors, FastAPI's, and unexpected ones."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest

from cloudsetup.models import ErrorCode, paths
from cloudsetup.server.embedded import EmbeddedServer
from cloudsetup.server.main import create_app
from support.cloud import assert_error, server_settings


def test_unknown_route_gives_404_error_body(api: httpx.Client) -> None:
    assert_error(api.get("/api/v1/gibt-es-nicht"), 404, ErrorCode.NOT_FOUND)


def test_wrong_method_gives_405_error_body(api: httpx.Client) -> None:
    assert_error(api.delete(paths.HEALTH), 405, "method_not_allowed")


def test_missing_body_gives_422_error_body(api: httpx.Client) -> None:
    body = assert_error(api.post(paths.AUTH_REFRESH), 422, ErrorCode.VALIDATION_FAILED)

    assert [error.field for error in body.fields] == ["body"]


def test_missing_token_gives_401_error_body_with_bearer_challenge(api: httpx.Client) -> None:
    assert_error(api.get(paths.ME), 401, ErrorCode.INVALID_TOKEN)


def test_unexpected_exception_gives_500_error_body_without_details(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    settings = server_settings(tmp_path)
    app = create_app(settings)

    @app.get("/api/v1/kaputt")
    def broken() -> None:
        raise RuntimeError("geheimes Detail")

    with (
        EmbeddedServer(settings, app=app) as server,
        httpx.Client(base_url=server.url, timeout=10) as client,
    ):
        response = client.get("/api/v1/kaputt")

    body = assert_error(response, 500, ErrorCode.INTERNAL_ERROR)
    assert "geheimes" not in response.text
    assert body.detail == "internal server error"
    assert "geheimes Detail" in caplog.text  # the operator's log has it
