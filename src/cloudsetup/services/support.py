"""What support staff need in a ticket: versions, the cloud, who is signed in, sync, fill, log.

:meth:`SupportService.facts` gathers them on a worker (it asks the cloud for ``/me``,
``/tenant`` and ``/fill/status``; a cloud that does not answer is a fact too, not a failure:
the diagnostics matter most when something is wrong). :func:`diagnostics_text` turns them
into the plain-text block "In Zwischenablage kopieren" copies. That block is English, like the
details of an error (:func:`cloudsetup.wizard.messages.diagnostics`), because it is read by the
vendor's support and developers; it holds no password and no token: the facts hold none, and
the whole text passes :func:`~cloudsetup.services.logging_setup.redact` before it leaves.
"""

from __future__ import annotations

import platform
import sys
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Final

from cloudsetup import __version__
from cloudsetup.cloud.errors import CloudError
from cloudsetup.models import CurrentUser, Role, SetupState, Tenant
from cloudsetup.models.fill import CloudData
from cloudsetup.services.errors import user_error_from
from cloudsetup.services.fill import FillService
from cloudsetup.services.logging_setup import last_lines, redact
from cloudsetup.services.setup import SetupService
from cloudsetup.services.sync import SyncService
from cloudsetup.services.user_error import UserError

#: Log lines shown in the section and copied into the diagnostics.
LOG_LINES: Final = 50

ROLE_NAMES: Final = {
    Role.ADMINISTRATION: "Administration",
    Role.SERVICE_PROVIDER: "Service Provider",
}


@dataclass(frozen=True)
class Versions:
    """The versions of the program and what it runs on."""

    cloudsetup: str
    python: str
    qt: str
    pyside: str
    system: str

    @classmethod
    def here(cls, *, qt: str, pyside: str) -> Versions:
        """This process's versions; Qt's are handed in (the service layer never imports Qt)."""
        return cls(
            cloudsetup=__version__,
            python=platform.python_version(),
            qt=qt,
            pyside=pyside,
            system=platform.platform(),
        )


@dataclass(frozen=True)
class SupportFacts:
    """Everything the support section shows, as gathered at ``collected_at``."""

    versions: Versions
    server_url: str
    collected_at: datetime
    tenant: Tenant | None = None
    user: CurrentUser | None = None
    cloud_data: CloudData | None = None
    last_sync_at: datetime | None = None
    log_file: Path | None = None
    log_lines: list[str] = field(default_factory=list)
    #: Why the cloud gave no answer (``None`` when it did).
    cloud_problem: UserError | None = None

    @property
    def domain(self) -> str:
        return self.tenant.domain if self.tenant is not None else ""

    @property
    def setup(self) -> SetupState | None:
        return self.tenant.setup if self.tenant is not None else None

    @property
    def filled_at(self) -> datetime | None:
        return self.cloud_data.filled_at if self.cloud_data is not None else None

    @property
    def cloud_records(self) -> int | None:
        """Records the cloud holds now (``None`` when it did not say)."""
        if self.cloud_data is None:
            return None
        return sum(totals.count for totals in self.cloud_data.totals)


class SupportService:
    """Gathers the :class:`SupportFacts` of this computer and its cloud."""

    def __init__(
        self,
        setup: SetupService,
        *,
        state_dir: Path,
        log_file: Path | None,
        log_lines: int = LOG_LINES,
    ) -> None:
        """``state_dir`` is where the sync and the fill keep their local state; ``log_file``
        the file :func:`~cloudsetup.services.logging_setup.install_file_logging` writes."""
        self._setup = setup
        self._sync = SyncService(setup, state_dir=state_dir)
        self._fill = FillService(setup, state_dir=state_dir)
        self._log_file = log_file
        self._log_lines = log_lines

    @property
    def log_file(self) -> Path | None:
        return self._log_file

    def facts(self, versions: Versions) -> SupportFacts:
        """Ask the cloud and read the local state (blocking: run it on a worker)."""
        settings = self._setup.local_settings()
        tenant = user = cloud_data = None
        problem: UserError | None = None
        try:
            client = self._setup.client
            user = client.get_me()
            tenant = client.get_tenant()
            cloud_data = self._fill.cloud_data()
        except CloudError as exc:
            problem = user_error_from(exc)
        except UserError as exc:
            problem = exc
        return SupportFacts(
            versions=versions,
            server_url=settings.server_url or "",
            collected_at=datetime.now(UTC),
            tenant=tenant,
            user=user,
            cloud_data=cloud_data,
            last_sync_at=self._sync.last_sync_at(),
            log_file=self._log_file,
            log_lines=last_lines(self._log_file, self._log_lines),
            cloud_problem=problem,
        )


def _when(moment: datetime | None, never: str = "never") -> str:
    if moment is None:
        return never
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S UTC")


def _setup_line(state: SetupState) -> str:
    return (
        f"{state.employees} employees, {state.employees_activated} activated, "
        f"{state.employees_confirmed} confirmed; first fill {'done' if state.filled else 'not yet'}"
    )


def diagnostics_text(facts: SupportFacts) -> str:
    """The plain-text block for a support ticket (English, no secret; see the module doc)."""
    v = facts.versions
    lines = [
        f"cloudsetup diagnostics of {_when(facts.collected_at)}",
        f"Versions: cloudsetup {v.cloudsetup}, Python {v.python}, Qt {v.qt}, PySide6 {v.pyside}",
        f"System: {v.system} ({sys.platform})",
        f"Server: {facts.server_url or 'not set'}",
    ]
    if facts.tenant is not None:
        lines.append(f"Tenant: {facts.tenant.domain} ({facts.tenant.name})")
        lines.append(f"Setup: {_setup_line(facts.tenant.setup)}")
    if facts.user is not None:
        role = ROLE_NAMES.get(facts.user.role, str(facts.user.role))
        lines.append(f"User: {facts.user.username} <{facts.user.email}>, role {role}")
    if facts.cloud_problem is not None:
        problem = facts.cloud_problem
        lines.append(f"Cloud: no answer ({problem.code}: {problem.message.english()})")
        if problem.technical:
            lines.append(f"  {problem.technical}")
    lines.append(f"Last sync: {_when(facts.last_sync_at)}")
    if facts.cloud_data is not None:
        lines.append(
            f"Last fill: {_when(facts.filled_at)}, the cloud holds {facts.cloud_records} records"
        )
    else:
        lines.append("Last fill: unknown")
    lines.append(f"Log file: {facts.log_file if facts.log_file is not None else 'none'}")
    lines.append(f"--- the last {len(facts.log_lines)} log lines ---")
    lines.extend(facts.log_lines)
    return redact("\n".join(lines)) + "\n"
