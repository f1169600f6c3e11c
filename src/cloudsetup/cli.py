"""The ``cloudsetup`` command: the desktop app's entry point and composition root.

Arguments are parsed before Qt is imported, so ``cloudsetup --help`` works on a machine without
a display; each command imports what it needs only when it runs.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from cloudsetup import __version__


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="cloudsetup",
        description=(
            "Connect the office software to its cloud. Without a command, opens the setup "
            "wizard when the cloud is not set up yet, otherwise the cloud settings."
        ),
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--lang", choices=("de", "en"), help="language of the user interface (default: German)"
    )
    parser.add_argument(
        "--config-dir",
        type=Path,
        help="where local settings are kept (default: the user's config folder)",
    )
    parser.add_argument(
        "--ca-file",
        type=Path,
        help="an extra CA certificate (PEM) to trust for the cloud server, besides the OS store",
    )
    parser.add_argument(
        "--office-db",
        type=Path,
        default=_env_path("CLOUDSETUP_OFFICE_DB"),
        help="the office database that page 4 and 'fill' upload (default: $CLOUDSETUP_OFFICE_DB)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    demo = commands.add_parser(
        "demo", help="start an embedded local cloud with a demo company and open the wizard"
    )
    demo.add_argument(
        "--data-dir",
        type=Path,
        help="keep the demo cloud in this folder between runs (default: a temporary folder)",
    )
    commands.add_parser(
        "fill",
        help="upload the office database to the cloud (resumes an interrupted fill); "
        "needs --office-db and a connection set up with the wizard",
    )
    demo_data = commands.add_parser(
        "demo-data", help="write a realistic German demo office database of any size"
    )
    demo_data.add_argument(
        "--records", type=int, default=10_000, help="records across all collections (10000)"
    )
    demo_data.add_argument("--seed", type=int, default=2026, help="the same seed, the same data")
    demo_data.add_argument("--out", type=Path, required=True, metavar="FILE")
    shots = commands.add_parser(
        "screenshots", help="render every wizard page to PNG files (for docs and reviews)"
    )
    shots.add_argument("out_dir", type=Path, metavar="DIR")
    return parser


def _env_path(name: str) -> Path | None:
    value = os.environ.get(name)
    return Path(value) if value else None


def _demo_data(out: Path, *, records: int, seed: int) -> int:
    from cloudsetup.localdata import generate_demo_data

    if records < 1:
        print("cloudsetup demo-data: --records must be at least 1", file=sys.stderr)
        return 2
    if out.exists():
        print(f"cloudsetup demo-data: {out} exists; choose a new file", file=sys.stderr)
        return 2
    counts = generate_demo_data(out, records=records, seed=seed)
    for collection, count in counts.items():
        print(f"{collection.value}: {count}")
    print(f"{sum(counts.values())} records written to {out}")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Run ``cloudsetup``; returns the process exit code."""
    args = _parser().parse_args(argv)
    if args.config_dir is not None:
        os.environ["CLOUDSETUP_CONFIG_DIR"] = str(args.config_dir)
    if args.command == "demo":
        from cloudsetup.demo import run_demo

        return run_demo(data_dir=args.data_dir, lang=args.lang)
    if args.command == "fill":
        from cloudsetup.fill_command import run_fill_command

        if args.office_db is None:
            print("cloudsetup fill: name the office database with --office-db", file=sys.stderr)
            return 2
        return run_fill_command(
            config_dir=args.config_dir, office_db=args.office_db, ca_file=args.ca_file
        )
    if args.command == "demo-data":
        return _demo_data(args.out, records=args.records, seed=args.seed)
    if args.command == "screenshots":
        # Pages are rendered off screen: no window flashes up, and no display is needed.
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from cloudsetup.demo import render_demo_screenshots

        for path in render_demo_screenshots(args.out_dir, lang=args.lang):
            print(path)
        return 0
    from cloudsetup.services.bootstrap import build_setup_service
    from cloudsetup.wizard.launcher import run_gui

    service = build_setup_service(config_dir=args.config_dir, ca_file=args.ca_file)
    try:
        return run_gui(service, language=args.lang, office_db=args.office_db)
    finally:
        service.close()


if __name__ == "__main__":
    sys.exit(main())
