"""Where a secret might end up on disk by mistake: every file below a folder, read as bytes."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path


def files_containing(folder: Path, secrets: Iterable[str]) -> list[tuple[Path, str]]:
    """Each ``(file, secret)`` where a file below ``folder`` holds a secret (UTF-8, UTF-16 or
    JSON-escaped); empty when none does, or when ``folder`` does not exist."""
    wanted = [secret for secret in secrets if secret]
    assert wanted, "no secrets to look for"
    found: list[tuple[Path, str]] = []
    if not folder.exists():
        return found
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        data = path.read_bytes()
        for secret in wanted:
            forms = {
                secret.encode("utf-8"),
                secret.encode("utf-16-le"),
                secret.encode("unicode_escape"),
            }
            if any(form in data for form in forms):
                found.append((path, secret))
    return found
