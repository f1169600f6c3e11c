"""``cloudsetup demo``: the wizard against an embedded local cloud with a demo company.

This is a composition root like :mod:`cloudsetup.cli`: the one place where the desktop app and
the reference server meet in one process. The server listens on 127.0.0.1 only, keeps its
SQLite database and a ``file://`` mail outbox in the data folder, and the desktop side keeps its
settings there too, so a demo never touches the user's real cloud settings.

With ``--data-dir`` the demo is kept between runs: the same port is asked for again (so the
stored session still matches the server address), and the demo administrator gets a fresh
one-time password on every start instead of any password being written to disk.
"""

from __future__ import annotations

import json
import logging
import sys
import tempfile
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Final
from urllib.parse import urlsplit

import httpx

from cloudsetup.demo_partner import DemoPartner
from cloudsetup.demo_phones import DemoPhones
from cloudsetup.localdata import generate_demo_data
from cloudsetup.models import DomainData, ParsedDomainData
from cloudsetup.server.config import ServerSettings
from cloudsetup.server.embedded import EmbeddedServer
from cloudsetup.server.services.tenants import TenantInputError
from cloudsetup.services.bootstrap import build_setup_service
from cloudsetup.services.outbox import read_outbox
from cloudsetup.services.secrets import SecretStore, SessionSecretStore
from cloudsetup.services.settings import SettingsStore
from cloudsetup.services.setup import SetupService

DEMO_COMPANY: Final = "Malerbetrieb Muster GmbH"
DEMO_ADMIN_EMAIL: Final = "chef@malerbetrieb-muster.example"
#: Office records of the demo company: enough to watch the fill's progress, quick to send.
DEMO_RECORDS: Final = 20_000
_STATE_FILE: Final = "demo.json"  # port and domain only: nothing secret

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class DemoCloud:
    """A running demo: the embedded server, the demo tenant's access data and the folders."""

    server: EmbeddedServer
    access: DomainData
    data_dir: Path

    @property
    def config_dir(self) -> Path:
        return self.data_dir / "config"

    @property
    def outbox(self) -> Path:
        return self.data_dir / "outbox"

    @property
    def office_db(self) -> Path:
        """The demo company's office data that page 4 uploads."""
        return self.data_dir / "office.sqlite3"


def _read_state(path: Path) -> dict[str, object]:
    try:
        state = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return state if isinstance(state, dict) else {}


def _demo_access(server: EmbeddedServer, state: dict[str, object]) -> DomainData:
    domain = state.get("domain")
    if isinstance(domain, str):
        try:
            return server.reset_password(domain=domain)
        except TenantInputError:
            log.info("the demo tenant %s is gone; creating a new one", domain)
    return server.create_tenant(name=DEMO_COMPANY, admin_email=DEMO_ADMIN_EMAIL)


@contextmanager
def demo_cloud(data_dir: Path | None = None) -> Iterator[DemoCloud]:
    """Start the embedded demo cloud (in ``data_dir``, else a temporary folder) for the block."""
    with ExitStack() as stack:
        if data_dir is None:
            data_dir = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="cloudsetup-")))
        data_dir.mkdir(parents=True, exist_ok=True)
        state_path = data_dir / _STATE_FILE
        state = _read_state(state_path)
        settings = ServerSettings(
            database_url=f"sqlite:///{data_dir / 'cloud.sqlite3'}",
            mail_url=(data_dir / "outbox").as_uri(),
        )
        port = state.get("port")
        server = stack.enter_context(
            EmbeddedServer(settings, port=port if isinstance(port, int) else 0)
        )
        access = _demo_access(server, state)
        office_db = data_dir / "office.sqlite3"
        if not office_db.exists():
            generate_demo_data(office_db, records=DEMO_RECORDS)
        state_path.write_text(
            json.dumps({"port": urlsplit(server.url).port, "domain": access.domain}),
            encoding="utf-8",
        )
        yield DemoCloud(server=server, access=access, data_dir=data_dir)


def demo_service(demo: DemoCloud, *, secrets: SecretStore | None = None) -> SetupService:
    """The real setup service, with its settings in the demo folder, pointed at the demo cloud.

    A stored server address from an earlier run on another port is replaced, so page 1 shows
    the address the demo cloud listens on now.
    """
    store = SettingsStore.in_dir(demo.config_dir)
    settings = store.load()
    if settings.server_url != demo.access.server_url:
        store.save(settings.model_copy(update={"server_url": demo.access.server_url}))
    return build_setup_service(config_dir=demo.config_dir, secrets=secrets)


def _command() -> str:
    """How to call ``cloudsetup`` from a shell: the one beside this Python (a venv's), if any."""
    beside = Path(sys.executable).parent / "cloudsetup"
    return str(beside) if beside.is_file() else "cloudsetup"


def phone_instructions(demo: DemoCloud) -> str:
    """How to sign in an employee's phone to the demo cloud (the phone app's stand-in)."""
    phone = demo.data_dir / "phone"
    command = _command()
    return (
        "An employee's phone, once he confirmed his consent mail (the password is his, from "
        "page 3):\n"
        f"  {command} device signin --state-dir {phone} --token-file {phone}.token "
        f"--server {demo.server.url} --domain {demo.access.domain} --email EMAIL "
        '--name "Demo-Handy" --wait 600\n'
        "then approve it in the settings (Abgleich → Jetzt synchronisieren → Neue Geräte "
        f"zulassen), and: {command} device pull --state-dir {phone} --token-file {phone}.token"
    )


def run_demo(*, data_dir: Path | None = None, lang: str | None = None) -> int:
    """Run the wizard against the embedded demo cloud until the window is closed."""
    from cloudsetup.wizard.launcher import run_gui

    with demo_cloud(data_dir) as demo:
        print(f"Demo cloud: {demo.server.url}  (data: {demo.data_dir})")
        print(demo.access.as_block())
        print(phone_instructions(demo))
        service = demo_service(demo)
        try:
            initial = ParsedDomainData(
                server_url=demo.access.server_url,
                domain=demo.access.domain,
                username=demo.access.username,
            )
            return run_gui(
                service,
                banner=demo.access.as_block(),
                initial=initial,
                language=lang,
                mailbox=demo.outbox,
                office_db=demo.office_db,
                fill_state_dir=demo.config_dir,
            )
        finally:
            service.close()


def agree_in_the_name_of(demo: DemoCloud, email: str) -> None:
    """Do what the employee does with his consent mail: open the newest link, agree.

    The screenshots use it to show an employee as "Bestätigt"; it goes through the real
    consent page over HTTP, exactly as the employee's browser would.
    """
    for message in read_outbox(demo.outbox):
        if email.casefold() not in message.recipients.casefold():
            continue
        for link in message.links:
            if "/consent/" in link:
                response = httpx.post(link, timeout=10)
                response.raise_for_status()
                return
    raise LookupError(f"no consent mail to {email} in the demo outbox")


def render_demo_screenshots(out_dir: Path, *, lang: str | None = None) -> list[Path]:
    """Render every page against a throw-away demo cloud; the session stays in memory.

    The demo's employees sign in with phones (:class:`DemoPhones`) for the approval dialog;
    a partner prepares a second tenant for a customer (:class:`DemoPartner`) for the handover.
    """
    from cloudsetup.wizard.screenshots import render_screenshots

    with demo_cloud() as demo, DemoPhones(demo.server.url, demo.access.domain) as phones:
        service = demo_service(demo, secrets=SessionSecretStore())
        try:
            return render_screenshots(
                out_dir,
                service=service,
                domain_data=demo.access,
                banner=demo.access.as_block(),
                language=lang or "de",
                confirm_consent=lambda email: agree_in_the_name_of(demo, email),
                office_db=demo.office_db,
                phones=phones,
                partner=DemoPartner(demo.server, demo.outbox),
            )
        finally:
            service.close()
