"""``cloudsetup-server``: run the cloud service, migrate its database, create tenants.

Settings come from the environment (``DATABASE_URL``, ``MAIL_URL``, ``PUBLIC_URL``,
``SECRET_KEY``, ...); see :class:`cloudsetup.server.config.ServerSettings`.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence

from pydantic import ValidationError
from sqlalchemy import make_url
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from cloudsetup.models import DomainData, IdentifierError, check_domain, check_username
from cloudsetup.server.config import ServerSettings
from cloudsetup.server.db import make_engine, upgrade_schema
from cloudsetup.server.mail import MailConfigError
from cloudsetup.server.runtime import Runtime
from cloudsetup.server.services.tenants import (
    CreatedTenant,
    TenantInputError,
    create_partner_tenant,
    create_tenant,
    reset_admin_password,
)

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2

_HANDOVER_HINT = (
    "Vorbereitet für den Kunden; der erste Benutzer ist der Partner ({email}) mit der Rolle "
    "Verwaltung.\nÜbergabe: den Kunden als Benutzer mit der Rolle Verwaltung einladen, nach "
    "seiner Annahme die eigene Rolle auf Service Provider stellen und die "
    "Benachrichtigungsempfänger setzen."
)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="cloudsetup-server",
        description="The cloudsetup reference cloud service. Configure it with the environment "
        "variables DATABASE_URL, MAIL_URL, PUBLIC_URL and SECRET_KEY.",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    create = commands.add_parser(
        "create-tenant",
        help="create a tenant and print its Domäne-Daten (shown only once)",
        description="Create a tenant with its first administrator and print the access data "
        "as the customer portal shows them. The initial password is shown only now. With "
        "--for-customer a partner prepares the tenant of a customer: he is its first "
        "administrator until he has handed it over.",
    )
    company = create.add_mutually_exclusive_group(required=True)
    company.add_argument("--name", help='company name, e.g. "Malerbetrieb Muster GmbH"')
    company.add_argument(
        "--for-customer",
        metavar="NAME",
        help="company name of the customer a partner prepares the tenant for",
    )
    create.add_argument("--admin-email", help="e-mail address of the administrator (--name)")
    create.add_argument("--partner-email", help="e-mail address of the partner (--for-customer)")
    create.add_argument("--domain", help="cloud domain (default: derived from the name)")
    create.add_argument(
        "--username",
        help="first administrator's user name (admin; partner with --for-customer)",
    )
    create.add_argument(
        "--json",
        action="store_true",
        help="print one JSON object with server_url, domain, username, password",
    )

    reset = commands.add_parser(
        "reset-password",
        help="give an administrator a new one-time password and print the Domäne-Daten",
    )
    reset.add_argument("--domain", required=True, help="cloud domain of the tenant")
    reset.add_argument("--username", default="admin", help="administrator's user name (admin)")
    reset.add_argument("--json", action="store_true", help="print one JSON object")

    run = commands.add_parser("run", help="serve the API (applies migrations first)")
    run.add_argument("--host", default="127.0.0.1", help="address to listen on (127.0.0.1)")
    run.add_argument("--port", type=int, default=8000, help="port to listen on (8000)")

    commands.add_parser("migrate", help="bring the database schema up to date")
    return parser


def _print_domain_data(data: DomainData, *, as_json: bool, heading: str) -> None:
    if as_json:
        print(json.dumps(data.model_dump(), ensure_ascii=False))
        return
    print(heading)
    print()
    print(data.as_block())
    print()
    print("Das Passwort wird nur jetzt angezeigt; es ist nirgends im Klartext gespeichert.")


def _create(session: Session, args: argparse.Namespace) -> CreatedTenant:
    if args.for_customer is not None:
        return create_partner_tenant(
            session,
            customer_name=args.for_customer,
            partner_email=args.partner_email,
            domain=args.domain,
            username=args.username or "partner",
        )
    return create_tenant(
        session,
        name=args.name,
        admin_email=args.admin_email,
        domain=args.domain,
        username=args.username or "admin",
    )


def _create_tenant(settings: ServerSettings, args: argparse.Namespace) -> int:
    runtime = Runtime.open(settings)
    try:
        with runtime.sessions() as session:
            created = _create(session, args)
    except TenantInputError as exc:
        print(f"cloudsetup-server: {exc}", file=sys.stderr)
        return EXIT_USAGE
    finally:
        runtime.close()
    data = DomainData(
        server_url=settings.public_url.rstrip("/"),
        domain=created.tenant.domain,
        username=created.username,
        password=created.password,
    )
    _print_domain_data(data, as_json=args.json, heading=f"Domäne-Daten für {created.tenant.name}")
    if args.for_customer is not None and not args.json:
        print(_HANDOVER_HINT.format(email=args.partner_email))
    return EXIT_OK


def _reset_password(settings: ServerSettings, args: argparse.Namespace) -> int:
    runtime = Runtime.open(settings)
    try:
        with runtime.sessions() as session:
            password = reset_admin_password(session, domain=args.domain, username=args.username)
    except (TenantInputError, IdentifierError) as exc:
        print(f"cloudsetup-server: {exc}", file=sys.stderr)
        return EXIT_USAGE
    finally:
        runtime.close()
    data = DomainData(
        server_url=settings.public_url.rstrip("/"),
        domain=check_domain(args.domain),
        username=check_username(args.username),
        password=password,
    )
    _print_domain_data(data, as_json=args.json, heading="Neue Domäne-Daten")
    return EXIT_OK


def _migrate(settings: ServerSettings) -> int:
    engine = make_engine(settings.database_url)
    try:
        upgrade_schema(engine)
    finally:
        engine.dispose()
    shown = make_url(settings.database_url).render_as_string(hide_password=True)
    print(f"database schema is up to date: {shown}")
    return EXIT_OK


def _run(settings: ServerSettings, args: argparse.Namespace) -> int:
    import uvicorn  # only this command needs it

    from cloudsetup.server.main import create_app

    # No access log: the paths of consent and invitation links carry their secret tokens.
    uvicorn.run(
        create_app(settings),
        host=args.host,
        port=args.port,
        proxy_headers=True,
        access_log=False,
    )
    return EXIT_OK


def _check_emails(parser: argparse.ArgumentParser, args: argparse.Namespace) -> None:
    """--name goes with --admin-email, --for-customer with --partner-email (exits if not)."""
    if args.for_customer is not None:
        if not args.partner_email or args.admin_email:
            parser.error("--for-customer needs --partner-email (and no --admin-email)")
    elif not args.admin_email or args.partner_email:
        parser.error("--name needs --admin-email (and no --partner-email)")


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of ``cloudsetup-server``; returns the exit status."""
    parser = _parser()
    args = parser.parse_args(argv)
    if args.command == "create-tenant":
        _check_emails(parser, args)
    try:
        settings = ServerSettings()
        if args.command == "create-tenant":
            return _create_tenant(settings, args)
        if args.command == "reset-password":
            return _reset_password(settings, args)
        if args.command == "migrate":
            return _migrate(settings)
        return _run(settings, args)
    except (ValidationError, MailConfigError) as exc:
        print(f"cloudsetup-server: invalid configuration: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except SQLAlchemyError as exc:
        print(f"cloudsetup-server: database error: {exc}", file=sys.stderr)
        return EXIT_FAILED
