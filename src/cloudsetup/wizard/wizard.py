"""The setup wizard: four pages walked with Weiter/Zurück, resuming where the cloud says.

Page ids are an ``IntEnum`` in the order of the steps. The side panel lists the steps with their
state and, in the demo, shows the demo access data in a banner.
"""

from __future__ import annotations

from enum import IntEnum
from pathlib import Path
from typing import Final

from PySide6.QtCore import QSize, Signal
from PySide6.QtWidgets import QWidget, QWizard

from cloudsetup.models import AccessState, Employee, ParsedDomainData, SetupState, SetupStep
from cloudsetup.services.access import AccessService
from cloudsetup.services.devices import DeviceService
from cloudsetup.services.employees import EmployeeService
from cloudsetup.services.ranges import RangeService
from cloudsetup.services.settings import LocalSettings, default_config_dir
from cloudsetup.services.setup import Connection, SetupService
from cloudsetup.wizard.pages.access import AccessPage
from cloudsetup.wizard.pages.credentials import CredentialsPage
from cloudsetup.wizard.pages.employees import EmployeesPage
from cloudsetup.wizard.pages.fill import FillPage
from cloudsetup.wizard.side_panel import SidePanel
from cloudsetup.wizard.worker import Worker, run_in_worker


class PageId(IntEnum):
    """The wizard's pages, in the order of the setup steps."""

    CREDENTIALS = 0
    EMPLOYEES = 1
    ACCESS = 2
    FILL = 3


PAGE_FOR_STEP: Final[dict[SetupStep, PageId]] = {
    SetupStep.CREDENTIALS: PageId.CREDENTIALS,
    SetupStep.EMPLOYEES: PageId.EMPLOYEES,
    SetupStep.ACCESS: PageId.ACCESS,
    SetupStep.FILL: PageId.FILL,
    # A finished setup opens at the last page, from where "Finish" closes the wizard.
    SetupStep.DONE: PageId.FILL,
}

STEP_FOR_PAGE: Final[dict[PageId, SetupStep]] = {
    PageId.CREDENTIALS: SetupStep.CREDENTIALS,
    PageId.EMPLOYEES: SetupStep.EMPLOYEES,
    PageId.ACCESS: SetupStep.ACCESS,
    PageId.FILL: SetupStep.FILL,
}


def page_for_step(step: SetupStep) -> PageId:
    return PAGE_FOR_STEP[step]


class SetupWizard(QWizard):
    """The cloud setup wizard ("Cloudeinrichtungsassistent")."""

    #: Page 1 signed in to a cloud whose setup is complete already (e.g. prepared by a
    #: partner): the launcher opens the settings instead (the :class:`Connection`).
    setup_complete = Signal(object)

    def __init__(
        self,
        service: SetupService,
        *,
        portal_url: str,
        server_url: str = "",
        domain: str = "",
        username: str = "",
        banner: str | None = None,
        office_db: Path | None = None,
        fill_state_dir: Path | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """``office_db`` is the office database page 4 uploads (``None``: page 4 says that it
        is missing); ``fill_state_dir`` keeps the fill's progress for resuming (default: the
        config folder).
        """
        super().__init__(parent)
        self._service = service
        self._resume_worker: Worker | None = None
        self._state: SetupState | None = None
        self._complete_connection: Connection | None = None
        self.setObjectName("setupWizard")
        self.setWindowTitle(self.tr("Cloud setup"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, False)
        self.setMinimumSize(QSize(860, 660))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Next >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< &Back"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Close"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Finish"))

        self.credentials = CredentialsPage(service, portal_url=portal_url)
        self.credentials.set_values(server_url=server_url, domain=domain, username=username)
        employees = EmployeeService(service)
        self.employees = EmployeesPage(employees)
        self.access = AccessPage(
            employees, AccessService(service), RangeService(service), DeviceService(service)
        )
        self.fill = FillPage(
            service,
            office_db=office_db,
            state_dir=fill_state_dir if fill_state_dir is not None else default_config_dir(),
        )
        self.setPage(PageId.CREDENTIALS, self.credentials)
        self.setPage(PageId.EMPLOYEES, self.employees)
        self.setPage(PageId.ACCESS, self.access)
        self.setPage(PageId.FILL, self.fill)
        self.setStartId(PageId.CREDENTIALS)

        self.side_panel = SidePanel([(page_id, self.page(page_id).title()) for page_id in PageId])
        self.setSideWidget(self.side_panel)
        self.set_banner(banner)

        self.side_panel.banner_fill_requested.connect(self.credentials.fill_from_block)
        self.credentials.connected.connect(self._on_connected)
        self.credentials.completeChanged.connect(self._check_setup_complete)
        self.employees.employees_changed.connect(self._on_employees_changed)
        self.access.employees_changed.connect(self._on_employees_changed)
        self.fill.filled.connect(self.set_setup_state)
        self.currentIdChanged.connect(self._on_page_changed)
        self._on_page_changed(PageId.CREDENTIALS)

    # -- public ------------------------------------------------------------------------------

    def set_banner(self, text: str | None) -> None:
        """Show ``text`` in a framed banner (the demo's access data); ``None`` hides it."""
        self.side_panel.set_banner(text)

    def prefill(self, data: ParsedDomainData) -> None:
        """Put pasted or handed-over domain data into page 1 (the demo does this)."""
        self.credentials.apply_domain_data(data)

    def set_setup_state(self, state: SetupState | None) -> None:
        """What the cloud says about the steps; pages 2–4 and the side panel follow it."""
        self._state = state
        self.employees.set_state(state)
        self.access.set_state(state)
        self.fill.set_state(state)
        self.side_panel.set_done({page_id for page_id in PageId if self._is_done(page_id, state)})

    def open_at(self, connection: Connection, *, server_url: str, username: str) -> PageId:
        """Show the resumed ``connection`` and walk forward to its first unfinished step.

        Walking (instead of starting at that page) keeps the earlier pages in the history, so
        "Back" leads to them.
        """
        self.set_setup_state(connection.tenant.setup)
        self.credentials.accept_resumed(connection, server_url=server_url, username=username)
        target = page_for_step(connection.tenant.setup.first_unfinished_step)
        if self.currentId() < 0:
            self.restart()  # not shown yet: enter the start page first (show() keeps it)
        while self.currentId() < target and self.currentPage().isComplete():
            self.next()
        return PageId(self.currentId())

    def resume(self) -> Worker:
        """Ask the cloud for the stored session on a worker, then :meth:`open_at` its step."""
        service = self._service

        def work() -> tuple[LocalSettings, Connection | None]:  # on the pool thread
            return service.local_settings(), service.resume()

        self._resume_worker = run_in_worker(
            work, on_returned=self._on_resumed, on_errored=self._on_resume_failed
        )
        return self._resume_worker

    @property
    def connection(self) -> Connection | None:
        return self.credentials.connection

    def done(self, result: int) -> None:
        # What was typed and not sent yet is written now; it comes back at the next start.
        self.credentials.drafts.flush()
        # Results of work still running must not reach pages that are going away.
        self.credentials.cancel_test()
        self.employees.cancel()
        self.access.cancel()
        self.fill.cancel()
        if self._resume_worker is not None:
            self._resume_worker.cancel()
        super().done(result)

    # -- internals ---------------------------------------------------------------------------

    def _on_resumed(self, outcome: tuple[LocalSettings, Connection | None]) -> None:
        self._resume_worker = None
        settings, connection = outcome
        if connection is not None:
            self.open_at(
                connection, server_url=settings.server_url or "", username=settings.username or ""
            )

    def _on_resume_failed(self, exc: BaseException) -> None:
        self._resume_worker = None
        self.credentials.show_error(exc)

    def _on_connected(self, connection: Connection) -> None:
        self.access.set_company(connection.tenant.name)
        self.set_setup_state(connection.tenant.setup)
        self._check_setup_complete()

    def _check_setup_complete(self) -> None:
        """Say once per connection that page 1 found the setup complete (and usable)."""
        connection = self.credentials.connection  # only while page 1 is complete
        if connection is None or not connection.tenant.setup.is_complete:
            return
        if connection is self._complete_connection:
            return
        self._complete_connection = connection
        self.setup_complete.emit(connection)

    def _on_employees_changed(self, employees: list[Employee]) -> None:
        """A page loaded or changed the employees: the step marks follow without a request."""
        if self._state is None:
            return
        self.set_setup_state(
            self._state.model_copy(
                update={
                    "employees": len(employees),
                    "employees_activated": sum(e.access.state.mail_was_sent for e in employees),
                    "employees_confirmed": sum(
                        e.access.state is AccessState.CONFIRMED for e in employees
                    ),
                }
            )
        )

    def _on_page_changed(self, page_id: int) -> None:
        if page_id >= 0:
            self.side_panel.set_current(PageId(page_id))

    @staticmethod
    def _is_done(page_id: PageId, state: SetupState | None) -> bool:
        return state is not None and state.first_unfinished_step > STEP_FOR_PAGE[page_id]
