"""The "Cloud befüllen" section: what the cloud holds, and page 4's fill of the office data.

Loading reads what the cloud holds now (``/fill/status``: when it was filled, how many
records) and the office database's counts; "Jetzt neu befüllen" is page 4's fill
(:class:`~cloudsetup.wizard.pages.fill_panel.FillPanel`), with the confirmation before data in
the cloud is replaced, progress, cancel and resume.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QWidget

from cloudsetup.models import SetupState
from cloudsetup.models.fill import CloudData
from cloudsetup.services.fill import FillService
from cloudsetup.wizard.messages import describe
from cloudsetup.wizard.moments import local_time
from cloudsetup.wizard.pages.fill_panel import FillPanel
from cloudsetup.wizard.pages.fill_texts import number
from cloudsetup.wizard.settings.context import FILL, SettingsContext
from cloudsetup.wizard.settings.section import SettingsSection
from cloudsetup.wizard.settings.texts import value_label
from cloudsetup.wizard.widgets import ERROR_COLOR
from cloudsetup.wizard.worker import Worker, run_in_worker


class FillSettings(SettingsSection):
    """The cloud's data and "Jetzt neu befüllen"."""

    section_id = "fill"

    def __init__(
        self, context: SettingsContext, *, batch_size: int = 2000, parent: QWidget | None = None
    ) -> None:
        super().__init__(context, parent=parent)
        self._status_worker: Worker | None = None
        self._fill = FillService(context.service, state_dir=context.state_dir)
        self.cloud_status = value_label("cloudFillStatus")
        self.fill_panel = FillPanel(
            context.service,
            office_db=context.office_db,
            state_dir=context.state_dir,
            batch_size=batch_size,
            in_wizard=False,
        )
        self.content.addWidget(self.cloud_status)
        self.content.addWidget(self.fill_panel, 1)
        self.fill_panel.filled.connect(self._on_filled)

    def title(self) -> str:
        return self.tr("Fill the cloud")

    def intro_text(self) -> str:
        return self.tr(
            '"Fill now" sends all office data to the cloud again and replaces what it holds, '
            "in one step once the cloud has checked everything. Usually the sync keeps the "
            "cloud up to date; fill anew when support asks for it."
        )

    @property
    def is_busy(self) -> bool:
        return self._status_worker is not None or self.fill_panel.is_busy

    def load(self) -> Worker | None:
        """What the cloud holds (on a worker) and the office's counts (on another)."""
        if self.is_busy:
            return None
        self.fill_panel.set_state(self.context.connection.tenant.setup)
        self.fill_panel.load_counts()
        self.cloud_status.setText(self.tr("Asking the cloud what it holds…"))
        self.cloud_status.setStyleSheet("")
        self._status_worker = run_in_worker(
            self._fill.cloud_data, on_returned=self._on_status, on_errored=self._on_status_failed
        )
        return self._status_worker

    def shutdown(self) -> None:
        if self._status_worker is not None:
            self._status_worker.cancel()
            self._status_worker = None
        self.fill_panel.cancel()

    def _on_status(self, data: CloudData) -> None:
        self._status_worker = None
        records = sum(totals.count for totals in data.totals)
        if data.filled_at is None:
            self.cloud_status.setText(self.tr("The cloud has not been filled yet."))
        else:
            self.cloud_status.setText(
                self.tr("Filled last on {when}; the cloud holds {count} records.").format(
                    when=local_time(data.filled_at), count=number(records)
                )
            )

    def _on_status_failed(self, exc: BaseException) -> None:
        self._status_worker = None
        message, hint = describe(exc)
        self.cloud_status.setText(message if hint is None else f"{message} {hint}")
        self.cloud_status.setStyleSheet(f"color: {ERROR_COLOR};")

    def _on_filled(self, state: SetupState) -> None:
        connection = self.context.connection
        tenant = connection.tenant.model_copy(update={"setup": state})
        self.context.set_connection(replace(connection, tenant=tenant))
        self.announce(FILL)
        if self._status_worker is None:
            self._status_worker = run_in_worker(
                self._fill.cloud_data,
                on_returned=self._on_status,
                on_errored=self._on_status_failed,
            )
