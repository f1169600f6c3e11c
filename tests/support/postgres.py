"""A real PostgreSQL server for the tests: a configured one, or a throw-away local cluster.

Where the server comes from, in this order:

1. ``CLOUDSETUP_TEST_POSTGRES_URL`` (a SQLAlchemy URL of a role that may create databases);
2. Debian's binaries (``/usr/lib/postgresql/<version>/bin``): a new cluster in a temporary
   folder, trust authentication on 127.0.0.1 only, durability switched off for speed, stopped
   and deleted when the test session ends;
3. nothing: the tests that need it skip with a message, unless ``CLOUDSETUP_REQUIRE_POSTGRES=1``
   (set by ``.ci/run``), which makes them fail instead.

initdb and the server refuse to run as root; as root the cluster belongs to the ``postgres``
system user (created by Debian's postgresql-common) and the binaries run via ``runuser``.
"""

from __future__ import annotations

import contextlib
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Final, NoReturn

import psycopg
import pytest
from psycopg import sql
from sqlalchemy import URL, make_url

URL_VARIABLE: Final = "CLOUDSETUP_TEST_POSTGRES_URL"
REQUIRE_VARIABLE: Final = "CLOUDSETUP_REQUIRE_POSTGRES"
BINARIES_GLOB: Final = "/usr/lib/postgresql/*/bin"
LOOPBACK: Final = "127.0.0.1"
SUPERUSER: Final = "postgres"
START_TIMEOUT_SECONDS: Final = 30
STOP_TIMEOUT_SECONDS: Final = 30
CONNECT_TIMEOUT_SECONDS: Final = 10
# Another process may take the free port between our probe and the server's bind.
START_ATTEMPTS: Final = 3

_SETTINGS: Final = f"""
listen_addresses = '{LOOPBACK}'
fsync = off
full_page_writes = off
synchronous_commit = off
max_connections = 100
"""
# Nothing but the loopback address and the cluster's own socket folder can log in.
_HBA: Final = f"""
local all all trust
host all all {LOOPBACK}/32 trust
"""


class PostgresUnavailableError(RuntimeError):
    """No PostgreSQL server is configured and this machine has none to start (a skip)."""


class PostgresStartError(RuntimeError):
    """A server is configured or installed, but does not work (always a failure)."""


def skip_or_fail(reason: str) -> NoReturn:
    """Skip the test with ``reason``; fail it instead when ``CLOUDSETUP_REQUIRE_POSTGRES=1``."""
    if os.environ.get(REQUIRE_VARIABLE) == "1":
        pytest.fail(f"PostgreSQL is required ({REQUIRE_VARIABLE}=1): {reason}", pytrace=False)
    pytest.skip(f"no PostgreSQL: {reason}")


def find_binaries(pattern: str = BINARIES_GLOB) -> Path | None:
    """The newest Debian PostgreSQL ``bin`` folder that has ``initdb`` and ``pg_ctl``."""
    candidates = [
        folder
        for folder in Path("/").glob(pattern.lstrip("/"))
        if (folder / "initdb").is_file() and (folder / "pg_ctl").is_file()
    ]

    def version(folder: Path) -> tuple[int, ...]:
        name = folder.parent.name
        return tuple(int(part) for part in name.split(".") if part.isdigit())

    return max(candidates, key=version, default=None)


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind((LOOPBACK, 0))
        port: int = probe.getsockname()[1]
        return port


@dataclass(frozen=True)
class PostgresServer:
    """A running server; ``admin_url`` belongs to a role that may create and drop databases."""

    admin_url: URL

    def url_for(self, database: str) -> str:
        """The SQLAlchemy URL (psycopg 3 driver, password included) of ``database``."""
        url = self.admin_url.set(drivername="postgresql+psycopg", database=database)
        return url.render_as_string(hide_password=False)

    def connect(self, database: str | None = None) -> psycopg.Connection[tuple[object, ...]]:
        """An autocommit psycopg connection as the admin role (to the admin database)."""
        url = self.admin_url
        return psycopg.connect(
            host=url.host,
            port=url.port,
            user=url.username,
            password=url.password,
            dbname=database or url.database or "postgres",
            connect_timeout=CONNECT_TIMEOUT_SECONDS,
            autocommit=True,
        )

    def create_database(self) -> str:
        """Create a new empty database ``test_<random>`` and return its name."""
        name = f"test_{uuid.uuid4().hex[:16]}"
        with self.connect() as connection:
            connection.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
        return name

    def drop_database(self, name: str) -> None:
        """Drop ``name``, ending connections a test left open (``WITH (FORCE)``, PG 13+)."""
        with self.connect() as connection:
            connection.execute(
                sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
            )

    @contextlib.contextmanager
    def database(self) -> Iterator[str]:
        """A fresh database for the block; yields its SQLAlchemy URL, drops it afterwards."""
        name = self.create_database()
        try:
            yield self.url_for(name)
        finally:
            self.drop_database(name)


def configured_server(url: str) -> PostgresServer:
    """The server that ``CLOUDSETUP_TEST_POSTGRES_URL`` names, checked by connecting once."""
    server = PostgresServer(make_url(url))
    try:
        with server.connect() as connection:
            connection.execute("SELECT 1")
    except psycopg.Error as exc:
        raise PostgresStartError(f"{URL_VARIABLE} is set, but: {exc}") from exc
    return server


class LocalCluster:
    """A throw-away cluster in a temporary folder; :meth:`start` and :meth:`stop` are bounded."""

    def __init__(self, binaries: Path) -> None:
        self._binaries = binaries
        self._owner: pwd.struct_passwd | None = None
        if os.geteuid() == 0:
            try:
                self._owner = pwd.getpwnam(SUPERUSER)
            except KeyError as exc:
                raise PostgresUnavailableError(
                    "running as root, but there is no 'postgres' system user to own the cluster"
                ) from exc
            if shutil.which("runuser") is None:
                raise PostgresUnavailableError("running as root, but 'runuser' is missing")
        # Short path: the socket path must fit into sun_path (about 107 bytes).
        self.directory = Path(tempfile.mkdtemp(prefix="cs-pg-"))
        self.data = self.directory / "data"
        self.sockets = self.directory / "sockets"
        self.log = self.directory / "server.log"
        self.port = 0

    def _run(self, *argv: str, timeout: float) -> subprocess.CompletedProcess[str]:
        command = [str(self._binaries / argv[0]), *argv[1:]]
        if self._owner is not None:
            command = ["runuser", "-u", self._owner.pw_name, "--", *command]
        return subprocess.run(
            command,
            cwd=self.directory,  # the postgres user cannot read the test's working folder
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )

    def _check(self, result: subprocess.CompletedProcess[str], what: str) -> None:
        if result.returncode != 0:
            log = self.log.read_text(errors="replace")[-2000:] if self.log.exists() else ""
            raise PostgresStartError(
                f"{what} failed ({result.returncode}):\n{result.stdout}\n{result.stderr}\n{log}"
            )

    def initialise(self) -> None:
        """initdb with trust auth, then the loopback-only, no-durability settings."""
        self.sockets.mkdir()
        if self._owner is not None:
            for path in (self.directory, self.sockets):
                os.chown(path, self._owner.pw_uid, self._owner.pw_gid)
        result = self._run(
            "initdb",
            f"--pgdata={self.data}",
            f"--username={SUPERUSER}",
            "--auth=trust",
            "--encoding=UTF8",
            "--no-locale",
            "--no-sync",
            timeout=START_TIMEOUT_SECONDS * 2,
        )
        self._check(result, "initdb")
        with (self.data / "postgresql.conf").open("a", encoding="utf-8") as conf:
            conf.write(_SETTINGS)
            conf.write(f"unix_socket_directories = '{self.sockets}'\n")
        (self.data / "pg_hba.conf").write_text(_HBA, encoding="utf-8")

    def start(self) -> None:
        """Start on a free loopback port and wait (bounded) until it accepts connections."""
        failure: PostgresStartError | None = None
        for _ in range(START_ATTEMPTS):
            self.port = free_port()
            result = self._run(
                "pg_ctl",
                "start",
                f"--pgdata={self.data}",
                f"--log={self.log}",
                f"--options=-p {self.port}",
                "--wait",
                f"--timeout={START_TIMEOUT_SECONDS}",
                timeout=START_TIMEOUT_SECONDS + 10,
            )
            try:
                self._check(result, "pg_ctl start")
            except PostgresStartError as exc:
                failure = exc
                self.stop()  # a half-started server must not linger
                continue
            return
        assert failure is not None
        raise failure

    def stop(self) -> None:
        """Fast shutdown (bounded); an immediate one when that does not finish in time."""
        if not (self.data / "postmaster.pid").exists():
            return
        for mode in ("fast", "immediate"):
            try:
                result = self._run(
                    "pg_ctl",
                    "stop",
                    f"--pgdata={self.data}",
                    f"--mode={mode}",
                    "--wait",
                    f"--timeout={STOP_TIMEOUT_SECONDS}",
                    timeout=STOP_TIMEOUT_SECONDS + 10,
                )
            except subprocess.TimeoutExpired:
                continue
            if result.returncode == 0 or not (self.data / "postmaster.pid").exists():
                break

    def remove(self) -> None:
        shutil.rmtree(self.directory, ignore_errors=True)

    @property
    def server(self) -> PostgresServer:
        url = URL.create(
            "postgresql+psycopg",
            username=SUPERUSER,
            host=LOOPBACK,
            port=self.port,
            database="postgres",
        )
        return PostgresServer(url)


@contextlib.contextmanager
def open_postgres_server() -> Iterator[PostgresServer]:
    """The configured server, or a local cluster for the block.

    Raises :class:`PostgresUnavailableError` when there is neither, and
    :class:`PostgresStartError` when the one there is does not work.
    """
    configured = os.environ.get(URL_VARIABLE)
    if configured:
        yield configured_server(configured)
        return
    binaries = find_binaries()
    if binaries is None:
        raise PostgresUnavailableError(
            f"set {URL_VARIABLE} or install Debian's postgresql package "
            f"(no initdb/pg_ctl under {BINARIES_GLOB})"
        )
    cluster = LocalCluster(binaries)
    try:
        cluster.initialise()
        cluster.start()
        yield cluster.server
    finally:
        cluster.stop()
        cluster.remove()
