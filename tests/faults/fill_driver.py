"""``cloudsetup fill`` in a process of its own, with the test's file keyring.

Run as ``python -m faults.fill_driver KEYRING_FILE CONFIG_DIR OFFICE_DB BATCH_SIZE`` (with
``tests`` on ``PYTHONPATH``); exits with ``run_fill_command``'s exit code.
"""

from __future__ import annotations

import sys
from pathlib import Path

import keyring

from cloudsetup.fill_command import run_fill_command
from faults.file_keyring import FileKeyring


def main(argv: list[str]) -> int:
    keyring_file, config_dir, office_db, batch_size = argv
    keyring.set_keyring(FileKeyring(Path(keyring_file)))
    return run_fill_command(
        config_dir=Path(config_dir),
        office_db=Path(office_db),
        ca_file=None,
        batch_size=int(batch_size),
    )


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
