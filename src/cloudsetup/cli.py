"""The ``cloudsetup`` command: the desktop app's entry point and composition root.

Arguments are parsed before Qt is imported, so ``cloudsetup --help`` works on a machine without
a display; each command imports what it needs only when it runs.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Final

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
    commands.add_parser(
        "sync",
        help="synchronise the office database with the cloud: invoices from devices in, the "
        "office's changes out; needs --office-db and a connection set up with the wizard",
    )
    _device_parser(commands)
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


def _device_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """``cloudsetup device …``: the phone app's stand-in."""
    from cloudsetup.models import Platform

    device = commands.add_parser(
        "device",
        help="stand in for an employee's phone app (demo, tests): sign in, pull the company "
        "data, push invoices",
    )
    actions = device.add_subparsers(dest="device_action", metavar="ACTION", required=True)
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--state-dir",
        type=Path,
        required=True,
        metavar="DIR",
        help="where this device keeps device.json and its copy of the records",
    )
    common.add_argument(
        "--token-file",
        type=Path,
        metavar="FILE",
        help="keep the device token in FILE (readable by you only) instead of the OS keyring",
    )
    signin = actions.add_parser(
        "signin", parents=[common], help="sign in; pending until the office approves the device"
    )
    signin.add_argument("--server", help="the cloud's address, e.g. https://cloud.example.de")
    signin.add_argument("--domain", help="the company's cloud domain")
    signin.add_argument("--email", help="the employee's e-mail address")
    signin.add_argument("--name", help="what the office sees as this device's name")
    signin.add_argument("--platform", choices=[p.value for p in Platform])
    signin.add_argument(
        "--password-stdin", action="store_true", help="read the password from one line of stdin"
    )
    signin.add_argument(
        "--wait",
        type=float,
        default=0.0,
        metavar="SECONDS",
        help="while pending, keep asking (as often as the cloud says) for at most SECONDS",
    )
    actions.add_parser("status", parents=[common], help="who this device is and what it holds")
    pull = actions.add_parser(
        "pull", parents=[common], help="fetch what changed since the last pull"
    )
    pull.add_argument("--reset", action="store_true", help="empty the local copy first")
    pull.add_argument("--limit", type=int, default=500, help="records per page (500)")
    push = actions.add_parser(
        "push-invoice", parents=[common], help="send an invoice written on this device"
    )
    push.add_argument("--customer", required=True, metavar="ID", help="the customer's record id")
    push.add_argument("--project", metavar="ID", help="the project's record id")
    push.add_argument("--number", required=True, help="a number of the employee's own range")
    push.add_argument("--date", help="the invoice date, YYYY-MM-DD or TT.MM.JJJJ (today)")
    push.add_argument(
        "--line",
        action="append",
        required=True,
        metavar='"TEXT;QUANTITY;UNIT;UNIT PRICE;VAT"',
        help='a line, e.g. "Wand streichen;12,5;m²;18,90;19" (repeat for more lines)',
    )
    actions.add_parser(
        "reset", parents=[common], help="empty the local copy; the next pull fetches everything"
    )


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


#: The commands that write the log file (the desktop app without a command is ``None``).
_LOGGED_COMMANDS: Final = (None, "demo", "fill", "sync")


def main(argv: Sequence[str] | None = None) -> int:
    """Run ``cloudsetup``; returns the process exit code."""
    args = _parser().parse_args(argv)
    if args.config_dir is not None:
        os.environ["CLOUDSETUP_CONFIG_DIR"] = str(args.config_dir)
    if args.command not in _LOGGED_COMMANDS:
        return _run(args)
    from cloudsetup.services.logging_setup import default_log_dir, install_file_logging

    log_file = install_file_logging(default_log_dir(args.config_dir))
    logging.getLogger("cloudsetup").info(
        "cloudsetup %s: %s", __version__, args.command or "the desktop app"
    )
    try:
        return _run(args)
    finally:
        if log_file is not None:
            log_file.close()


def _run(args: argparse.Namespace) -> int:
    if args.command == "demo":
        from cloudsetup.demo import run_demo

        return run_demo(data_dir=args.data_dir, lang=args.lang)
    if args.command == "fill":
        from cloudsetup.fill_command import run_fill_command

        if args.office_db is None:
            print("cloudsetup fill: name the office database with --office-db", file=sys.stderr)
            return 2
        return run_fill_command(
            config_dir=args.config_dir,
            office_db=args.office_db,
            ca_file=args.ca_file,
            lang=args.lang,
        )
    if args.command == "sync":
        from cloudsetup.sync_command import run_sync_command

        if args.office_db is None:
            print("cloudsetup sync: name the office database with --office-db", file=sys.stderr)
            return 2
        return run_sync_command(
            config_dir=args.config_dir,
            office_db=args.office_db,
            ca_file=args.ca_file,
            lang=args.lang,
        )
    if args.command == "device":
        from cloudsetup.command_support import qt_output
        from cloudsetup.device_command import run_device_command

        return run_device_command(args, qt_output(args.config_dir, args.lang))
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
