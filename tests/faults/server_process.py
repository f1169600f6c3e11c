"""``cloudsetup-server run`` as a process the fault tests can kill and start again.

The server keeps its SQLite file and port across restarts, as a real one would after a crash.
Every wait is bounded.
"""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import Final

import httpx

from cloudsetup.models import DomainData, paths

BIN: Final = Path(sys.executable).parent
START_TIMEOUT: Final = 30.0


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class ServerProcess:
    """One cloud server on a fixed port and SQLite file; ``kill`` is SIGKILL."""

    def __init__(self, directory: Path) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.database = directory / "cloud.sqlite3"
        self.env = {
            **os.environ,
            "DATABASE_URL": f"sqlite:///{self.database}",
            "MAIL_URL": (directory / "outbox").as_uri(),
            "PUBLIC_URL": self.url,
        }
        self._process: subprocess.Popen[bytes] | None = None
        self.starts = 0

    def start(self) -> None:
        assert self._process is None, "already running"
        self._process = subprocess.Popen(
            [
                str(BIN / "cloudsetup-server"),
                "run",
                "--host",
                "127.0.0.1",
                "--port",
                str(self.port),
            ],
            env=self.env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        self.starts += 1
        deadline = time.monotonic() + START_TIMEOUT
        while True:
            try:
                if httpx.get(f"{self.url}{paths.HEALTH}", timeout=1).status_code == 200:
                    return
            except httpx.TransportError:
                pass
            assert self._process.poll() is None, "cloudsetup-server run exited"
            assert time.monotonic() < deadline, "cloudsetup-server run did not come up"
            time.sleep(0.05)

    def kill(self) -> None:
        """SIGKILL: no shutdown, no flush; what a power cut or the OOM killer does."""
        process, self._process = self._process, None
        assert process is not None, "not running"
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=10)

    def stop(self) -> None:
        process, self._process = self._process, None
        if process is None:
            return
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)

    def create_tenant(self) -> DomainData:
        result = subprocess.run(
            [
                str(BIN / "cloudsetup-server"),
                "create-tenant",
                "--name",
                "Malerbetrieb Muster GmbH",
                "--admin-email",
                "chef@malerbetrieb-muster.example",
                "--json",
            ],
            env=self.env,
            capture_output=True,
            text=True,
            timeout=60,
            check=True,
        )
        return DomainData.model_validate(json.loads(result.stdout))
