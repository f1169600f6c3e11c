"""``cloudsetup device`` as a real process: the phone app's stand-in, for the tests.

One :class:`PhoneCli` is one device: a state folder, a token file (the tests' machines have no
keyring) and the employee it signs in as. Every call is a new process with a time limit, as an
app that is started, does one thing and is closed again.
"""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Final

COMMAND: Final = Path(sys.executable).parent / "cloudsetup"
TIMEOUT_SECONDS: Final = 60
#: ``signin`` exits with this while the device waits for the office's approval.
PENDING_EXIT: Final = 5


@dataclass(frozen=True)
class PhoneCli:
    """``cloudsetup device ACTION --state-dir … --token-file …`` for one device."""

    state_dir: Path
    server_url: str
    domain: str
    email: str
    password: str
    name: str = "Max' Laptop"

    @property
    def token_file(self) -> Path:
        return self.state_dir.parent / f"{self.state_dir.name}.token"

    def run(
        self, action: str, *args: str, password: str | None = None, token_file: bool = True
    ) -> subprocess.CompletedProcess[str]:
        env = {k: v for k, v in os.environ.items() if k not in {"DISPLAY", "WAYLAND_DISPLAY"}}
        env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"  # no keyring here
        argv = [str(COMMAND), "--lang", "en", "device", action, "--state-dir", str(self.state_dir)]
        if token_file:
            argv += ["--token-file", str(self.token_file)]
        return subprocess.run(
            [*argv, *args],
            input=None if password is None else password + "\n",
            capture_output=True,
            text=True,
            timeout=TIMEOUT_SECONDS,
            env=env,
            check=False,
        )

    def sign_in(
        self, *args: str, password: str | None = None, token_file: bool = True
    ) -> subprocess.CompletedProcess[str]:
        """``signin`` with the employee's access data; the password (his own unless another is
        given) through stdin."""
        return self.run(
            "signin",
            "--server",
            self.server_url,
            "--domain",
            self.domain,
            "--email",
            self.email,
            "--name",
            self.name,
            "--password-stdin",
            *args,
            password=self.password if password is None else password,
            token_file=token_file,
        )


def no_traceback(result: subprocess.CompletedProcess[str]) -> None:
    assert "Traceback" not in result.stderr + result.stdout
