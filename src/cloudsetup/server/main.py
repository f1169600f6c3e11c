"""The FastAPI app factory (``uvicorn --factory cloudsetup.server.main:create_app``)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI

import cloudsetup
from cloudsetup.server.api.routes import api_router
from cloudsetup.server.config import ServerSettings
from cloudsetup.server.consent.pages import router as consent_router
from cloudsetup.server.errors import install_error_handlers
from cloudsetup.server.invitations.pages import router as invitation_router
from cloudsetup.server.openapi import document_error_bodies
from cloudsetup.server.runtime import Runtime


def create_app(settings: ServerSettings | None = None) -> FastAPI:
    """Open (and migrate) the database, then wire routes and error handlers."""
    runtime = Runtime.open(settings or ServerSettings())

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        yield
        runtime.close()

    app = FastAPI(title="cloudsetup cloud", version=cloudsetup.__version__, lifespan=lifespan)
    app.state.runtime = runtime
    install_error_handlers(app)
    app.include_router(api_router)
    app.include_router(consent_router)
    app.include_router(invitation_router)
    document_error_bodies(app)
    return app
