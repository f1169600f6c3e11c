"""Maintain the UI translations: extract the strings into the .ts files, compile them, check them.

    python tools/i18n.py update     # pyside6-lupdate over src/cloudsetup -> assets/i18n/*.ts
    python tools/i18n.py compile    # lrelease assets/i18n/*.ts -> *.qm (next to them, or --out)
    python tools/i18n.py check      # fail if a .ts is out of date or German is unfinished

``update`` keeps every existing translation (lupdate merges) and drops strings that left the
code. The English file holds only the plural forms (the sources are English already); the German
file holds every string. Translate new strings with ``pyside6-linguist`` or by editing the XML.
The app itself does not need ``compile``: it builds the .qm from the .ts into its cache on first
use; ``compile`` is for packagers and for looking at lrelease's statistics.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "src" / "cloudsetup"
TS_DIR = ROOT / "assets" / "i18n"
LANGUAGES = ("de", "en")
SOURCE_LANGUAGE = "en"

sys.path.insert(0, str(ROOT / "src"))
from cloudsetup.wizard.qm_cache import find_qt_tool  # noqa: E402 - needs the path above


def _tool(name: str) -> str:
    path = find_qt_tool(name)
    if path is None:
        sys.exit(f"{name} not found: install PySide6 (pip install -e '.[test]')")
    return str(path)


def ts_path(language: str, ts_dir: Path = TS_DIR) -> Path:
    return ts_dir / f"cloudsetup_{language}.ts"


def update(ts_dir: Path = TS_DIR) -> None:
    """Run lupdate for every language into ``ts_dir``, keeping the translations there."""
    ts_dir.mkdir(parents=True, exist_ok=True)
    lupdate = _tool("lupdate")
    for language in LANGUAGES:
        argv = [
            lupdate,
            "-silent",
            "-extensions",
            "py",
            "-locations",
            "none",
            "-no-obsolete",
            "-source-language",
            SOURCE_LANGUAGE,
            "-target-language",
            language,
        ]
        if language == SOURCE_LANGUAGE:
            argv.append("-pluralonly")
        argv += [str(SOURCES), "-ts", str(ts_path(language, ts_dir))]
        subprocess.run(argv, check=True)  # noqa: S603 - our own PySide6's lupdate


def compile_all(out_dir: Path | None = None) -> list[Path]:
    """lrelease every .ts into ``out_dir`` (default: next to the .ts files)."""
    lrelease = _tool("lrelease")
    written = []
    for language in LANGUAGES:
        source = ts_path(language)
        target = (out_dir or TS_DIR) / f"cloudsetup_{language}.qm"
        target.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run([lrelease, str(source), "-qm", str(target)], check=True)  # noqa: S603
        written.append(target)
    return written


def messages(ts_file: Path) -> dict[tuple[str, str], ET.Element]:
    """``(context, source) -> <message>`` of a .ts file."""
    tree = ET.parse(ts_file)  # noqa: S314 - our own file from the repository
    found = {}
    for context in tree.getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            found[(name, message.findtext("source", ""))] = message
    return found


def problems(ts_dir: Path = TS_DIR) -> list[str]:
    """What is wrong with the .ts files in ``ts_dir``: out of date, unfinished, empty."""
    found: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        fresh_dir = Path(tmp)
        for language in LANGUAGES:
            shutil.copy(ts_path(language, ts_dir), ts_path(language, fresh_dir))
        update(fresh_dir)
        for language in LANGUAGES:
            before = set(messages(ts_path(language, ts_dir)))
            after = set(messages(ts_path(language, fresh_dir)))
            found += [f"{language}: not in the .ts yet: {key}" for key in sorted(after - before)]
            found += [f"{language}: no longer in the code: {key}" for key in sorted(before - after)]
    for language in LANGUAGES:
        for key, message in messages(ts_path(language, ts_dir)).items():
            translation = message.find("translation")
            if translation is None:
                found.append(f"{language}: no translation element: {key}")
                continue
            if translation.get("type") in {"unfinished", "obsolete", "vanished"}:
                found.append(f"{language}: {translation.get('type')}: {key}")
            forms = translation.findall("numerusform") or [translation]
            if any(not (form.text or "").strip() for form in forms):
                found.append(f"{language}: empty translation: {key}")
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    commands = parser.add_subparsers(dest="command", required=True)
    update_cmd = commands.add_parser("update", help="extract strings into the .ts files")
    update_cmd.add_argument("--ts-dir", type=Path, default=TS_DIR)
    compile_cmd = commands.add_parser("compile", help="compile the .ts files with lrelease")
    compile_cmd.add_argument("--out", type=Path, default=None)
    check_cmd = commands.add_parser("check", help="fail on out-of-date or unfinished .ts files")
    check_cmd.add_argument("--ts-dir", type=Path, default=TS_DIR)
    args = parser.parse_args(argv)
    if args.command == "update":
        update(args.ts_dir)
    elif args.command == "compile":
        for path in compile_all(args.out):
            print(path)
    else:
        found = problems(args.ts_dir)
        for line in found:
            print(line)
        return 1 if found else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
