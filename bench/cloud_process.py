"""The benchmarks' cloud: ``cloudsetup-server run`` in its own process on a fresh SQLite file.

A separate process, so the client's and the server's peak memory are measured apart (each
from ``VmHWM`` in ``/proc/<pid>/status``) and the server does not compete with the client for
one interpreter lock. The tenant is created with ``cloudsetup-server create-tenant`` first.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx

from cloudsetup.models import DomainData, paths

START_TIMEOUT_SECONDS = 60.0


@dataclass(frozen=True)
class CloudProcess:
    process: subprocess.Popen[bytes]
    access: DomainData
    database: Path

    def peak_rss_mb(self) -> float:
        return peak_rss_mb(self.process.pid)

    def cpu_seconds(self) -> float:
        """User + system CPU time the server process has used so far."""
        fields = Path(f"/proc/{self.process.pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def peak_rss_mb(pid: int) -> float:
    """The peak resident set size (``VmHWM``) of process ``pid`` in MB."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError(f"no VmHWM for process {pid}")


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _server_command() -> str:
    beside = Path(sys.executable).with_name("cloudsetup-server")
    return str(beside) if beside.exists() else "cloudsetup-server"


def _wait_until_healthy(url: str, process: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + START_TIMEOUT_SECONDS
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"cloudsetup-server ended with {process.returncode}")
        try:
            if httpx.get(url + paths.HEALTH, timeout=2).status_code == 200:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.1)
    raise RuntimeError("cloudsetup-server did not answer in time")


@contextmanager
def cloud_process(directory: Path) -> Iterator[CloudProcess]:
    """A fresh cloud in ``directory`` with one tenant, served on 127.0.0.1 until the block ends."""
    directory.mkdir(parents=True, exist_ok=True)
    database = directory / "cloud.sqlite3"
    port = _free_port()
    env = {
        **os.environ,
        "DATABASE_URL": f"sqlite:///{database}",
        "MAIL_URL": (directory / "outbox").as_uri(),
        "PUBLIC_URL": f"http://127.0.0.1:{port}",
    }
    server = _server_command()
    tenant = ["--name", "Malerbetrieb Benchmark GmbH", "--admin-email", "chef@benchmark-maler.de"]
    created = subprocess.run(  # noqa: S603 - our own server command, fixed arguments
        [server, "create-tenant", *tenant, "--json"],
        env=env,
        check=True,
        capture_output=True,
    )
    access = DomainData.model_validate_json(created.stdout)
    log = (directory / "server.log").open("wb")
    process = subprocess.Popen(  # noqa: S603 - our own server command, fixed arguments
        [server, "run", "--host", "127.0.0.1", "--port", str(port)],
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    try:
        _wait_until_healthy(access.server_url, process)
        yield CloudProcess(process=process, access=access, database=database)
    finally:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=15)
        log.close()
