"""Run the cloud service inside this process, on 127.0.0.1, for the demo and the tests.

The socket is bound before the server thread starts, so the port (picked by the OS) is known
and connectable as soon as :meth:`EmbeddedServer.start` returns.
"""

from __future__ import annotations

import socket
import threading
import time
from types import TracebackType
from typing import Final, Self

import uvicorn
from fastapi import FastAPI

from cloudsetup.models import DomainData
from cloudsetup.server.config import ServerSettings
from cloudsetup.server.main import create_app
from cloudsetup.server.runtime import Runtime
from cloudsetup.server.services.tenants import (
    create_partner_tenant,
    create_tenant,
    reset_admin_password,
)

LOOPBACK: Final = "127.0.0.1"
START_TIMEOUT_SECONDS: Final = 15.0
STOP_TIMEOUT_SECONDS: Final = 5.0


class EmbeddedServerError(RuntimeError):
    """The embedded server did not start (or is not running)."""


class EmbeddedServer:
    """The service on a free loopback port in a background thread; a context manager.

    ``settings.public_url`` is replaced by the address the server really listens on, so links
    in mails point back to it. ``app`` serves a prebuilt app (from ``create_app(settings)``)
    instead, e.g. one a test has added a route to. ``port`` asks for a fixed port (the demo
    keeps its address between runs); when that port is taken, the OS picks a free one.
    """

    def __init__(
        self, settings: ServerSettings, *, app: FastAPI | None = None, port: int = 0
    ) -> None:
        self._settings = settings
        self._port = port
        self._app = app
        self._owns_app = app is None
        self._socket: socket.socket | None = None
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None
        self._url: str | None = None

    @property
    def url(self) -> str:
        """Base URL, e.g. ``http://127.0.0.1:49152`` (without a trailing slash)."""
        if self._url is None:
            raise EmbeddedServerError("the embedded server is not running")
        return self._url

    @property
    def settings(self) -> ServerSettings:
        """The settings in effect (with ``public_url`` set to :attr:`url` once started)."""
        return self._settings

    @property
    def app(self) -> FastAPI:
        """The app being served (its routes, its OpenAPI document)."""
        if self._app is None or self._server is None:
            raise EmbeddedServerError("the embedded server is not running")
        return self._app

    @property
    def runtime(self) -> Runtime:
        if self._app is None or self._server is None:
            raise EmbeddedServerError("the embedded server is not running")
        runtime: Runtime = self._app.state.runtime
        return runtime

    def start(self) -> None:
        """Bind a free port, open the database and serve until :meth:`stop`."""
        if self._thread is not None:
            raise EmbeddedServerError("the embedded server is already running")
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        try:
            try:
                sock.bind((LOOPBACK, self._port))
            except OSError:
                if not self._port:
                    raise
                sock.bind((LOOPBACK, 0))
            sock.listen(128)
            url = f"http://{LOOPBACK}:{sock.getsockname()[1]}"
            if self._app is None:
                self._settings = self._settings.model_copy(update={"public_url": url})
                self._app = create_app(self._settings)
            config = uvicorn.Config(
                self._app,
                lifespan="on",
                log_config=None,  # leave the host program's logging alone
                log_level="warning",
                access_log=False,
                http="h11",
                ws="none",
                timeout_graceful_shutdown=int(STOP_TIMEOUT_SECONDS),
            )
            server = uvicorn.Server(config)
            thread = threading.Thread(
                target=server.run, kwargs={"sockets": [sock]}, name="cloudsetup-server", daemon=True
            )
            thread.start()
        except BaseException:
            sock.close()
            raise
        self._socket, self._server, self._thread, self._url = sock, server, thread, url
        deadline = time.monotonic() + START_TIMEOUT_SECONDS
        while not server.started:
            if not thread.is_alive() or time.monotonic() > deadline:
                self.stop()
                raise EmbeddedServerError("the embedded cloud server did not start")
            time.sleep(0.01)

    def stop(self) -> None:
        """Finish open requests (bounded), then end the thread and close the database."""
        server, thread, sock = self._server, self._thread, self._socket
        if server is not None and thread is not None:
            server.should_exit = True
            thread.join(STOP_TIMEOUT_SECONDS + 1)
            if thread.is_alive():
                server.force_exit = True
                thread.join(STOP_TIMEOUT_SECONDS)
        if sock is not None:
            sock.close()
        if self._owns_app and self._app is not None:
            # Normally the lifespan has closed it already; not after a failed or forced stop.
            runtime: Runtime = self._app.state.runtime
            runtime.close()
            self._app = None
        self._server = self._thread = self._socket = None
        self._url = None

    def create_tenant(
        self,
        *,
        name: str,
        admin_email: str,
        domain: str | None = None,
        username: str = "admin",
    ) -> DomainData:
        """Create a tenant in this server's database and return its one-time access data."""
        with self.runtime.sessions() as session:
            created = create_tenant(
                session, name=name, admin_email=admin_email, domain=domain, username=username
            )
        return DomainData(
            server_url=self.url,
            domain=created.tenant.domain,
            username=created.username,
            password=created.password,
        )

    def create_partner_tenant(
        self,
        *,
        customer_name: str,
        partner_email: str,
        domain: str | None = None,
        username: str = "partner",
    ) -> DomainData:
        """Create a tenant a partner prepares for a customer; the partner's access data."""
        with self.runtime.sessions() as session:
            created = create_partner_tenant(
                session,
                customer_name=customer_name,
                partner_email=partner_email,
                domain=domain,
                username=username,
            )
        return DomainData(
            server_url=self.url,
            domain=created.tenant.domain,
            username=created.username,
            password=created.password,
        )

    def reset_password(self, *, domain: str, username: str = "admin") -> DomainData:
        """Give an admin user a new one-time password (sessions stay valid) and return it."""
        with self.runtime.sessions() as session:
            password = reset_admin_password(session, domain=domain, username=username)
        return DomainData(server_url=self.url, domain=domain, username=username, password=password)

    def __enter__(self) -> Self:
        self.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.stop()
