"""``cloudsetup`` in a process of its own whose OS keyring is the test's file keyring.

Run as ``python -m support.keyring_cli KEYRING_FILE ARGS…`` with ``tests`` on ``PYTHONPATH``:
the test process signs in as the wizard would and stores the refresh token in the file; the
command started here finds it there, as it would in the real keyring.
"""

from __future__ import annotations

import sys
from pathlib import Path

import keyring

from cloudsetup.cli import main as cloudsetup_main
from faults.file_keyring import FileKeyring


def main(argv: list[str]) -> int:
    keyring_file, *args = argv
    keyring.set_keyring(FileKeyring(Path(keyring_file)))
    return cloudsetup_main(args)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
