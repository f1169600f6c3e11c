"""Atomic writes: the new content or the old, never half, and no temporary files left."""

from __future__ import annotations

from pathlib import Path

import pytest

from cloudsetup.services.atomic_file import write_atomically


def test_the_file_and_its_folder_are_created_with_the_content(tmp_path: Path) -> None:
    target = tmp_path / "new" / "settings.json"

    write_atomically(target, b'{"a": 1}')

    assert target.read_bytes() == b'{"a": 1}'
    assert [p.name for p in target.parent.iterdir()] == ["settings.json"]


def test_a_failed_write_keeps_the_old_content_and_leaves_no_temporary_file(
    tmp_path: Path,
) -> None:
    target = tmp_path / "settings.json"
    target.write_bytes(b"old")

    def refuse(*_args: object) -> int:  # the disk fails between writing and renaming
        raise OSError(28, "No space left on device")

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("os.fsync", refuse)
        with pytest.raises(OSError, match="No space"):
            write_atomically(target, b"new")

    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["settings.json"]
