"""Page 3, "Benutzerzugänge": per employee a password, activation and his settings.

The table, its live states and the details are the
:class:`~cloudsetup.wizard.pages.access_editor.AccessEditor` (the settings' "Benutzerzugänge"
section shows the same widget); the page loads it when it is entered and adds the wizard's rule:
"Weiter" is allowed once every employee has at least been sent his mail.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget, QWizardPage

from cloudsetup.models import Employee, SetupState
from cloudsetup.services.access import AccessService
from cloudsetup.services.devices import DeviceService
from cloudsetup.services.employees import EmployeeService
from cloudsetup.services.ranges import RangeService
from cloudsetup.wizard.pages.access_editor import AccessEditor
from cloudsetup.wizard.worker import Worker


class AccessPage(QWizardPage):
    """Activate every employee for the cloud and watch his consent arrive."""

    #: The employees as the cloud holds them now (after a load, a poll or a change).
    employees_changed = Signal(list)

    def __init__(
        self,
        employees: EmployeeService,
        access: AccessService,
        ranges: RangeService,
        devices: DeviceService,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._state: SetupState | None = None
        self.setTitle(self.tr("User access"))
        self.setSubTitle(
            self.tr(
                "Step 3 of 4: give each employee a password (at least 8 characters) and click "
                '"Activate for the cloud". The cloud mails him a link to agree.'
            )
        )
        self.editor = AccessEditor(employees, access, ranges, devices)
        # The editor's parts, under the names the page always had (tests, screenshots).
        self.model = self.editor.model
        self.table = self.editor.table
        self.details = self.editor.details
        self.busy = self.editor.busy
        self.panel = self.editor.panel
        self.poll_timer = self.editor.poll_timer
        self.consent_note = QLabel(
            self.tr(
                "Employees who have not confirmed yet cannot use the cloud. You may go on "
                "anyway; the status is kept up to date here and in the cloud settings."
            )
        )
        self.consent_note.setObjectName("consentNote")
        self.consent_note.setWordWrap(True)
        self.next_note = QLabel()
        self.next_note.setObjectName("nextNote")
        self.next_note.setWordWrap(True)
        self.next_note.setStyleSheet("font-weight: bold;")

        layout = QVBoxLayout(self)
        layout.addWidget(self.editor, 1)
        layout.addWidget(self.next_note)
        layout.addWidget(self.consent_note)
        self.editor.employees_changed.connect(self._on_employees_changed)
        self._update_complete()

    # -- state ---------------------------------------------------------------------------------

    @property
    def employees(self) -> list[Employee]:
        return self.editor.employees

    @property
    def polling(self) -> Worker | None:
        """The poll on its way, if any."""
        return self.editor.polling

    @property
    def loading(self) -> Worker | None:
        """The load on its way, if any (entering the page starts one)."""
        return self.editor.loading

    def set_company(self, name: str) -> None:
        self.editor.set_company(name)

    def set_state(self, state: SetupState | None) -> None:
        """The cloud's setup state: stands in for the list until the list is loaded."""
        self._state = state
        self._update_complete()

    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        if self.editor.loaded:
            employees = self.model.employees
            return bool(employees) and all(e.access.state.mail_was_sent for e in employees)
        state = self._state
        return state is not None and 0 < state.employees <= state.employees_activated

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        self.load()

    # -- what the editor does ------------------------------------------------------------------

    def selected(self) -> Employee | None:
        return self.editor.selected()

    def select(self, employee_id: int) -> None:
        self.editor.select(employee_id)

    def load(self) -> Worker | None:
        return self.editor.load()

    def poll(self) -> Worker | None:
        return self.editor.poll()

    def cancel(self) -> None:
        """Stop polling and drop the answers of work still running (the wizard is closing)."""
        self.editor.cancel()

    def _on_employees_changed(self, employees: list[Employee]) -> None:
        self._update_complete()
        self.employees_changed.emit(employees)

    def _update_complete(self) -> None:
        waiting = [e for e in self.model.employees if not e.access.state.mail_was_sent]
        if self.isComplete():
            self.next_note.setText("")
        elif self.editor.loaded and not self.model.employees:
            self.next_note.setText(self.tr('Add employees on the previous page first ("Back").'))
        else:
            self.next_note.setText(
                self.tr(
                    '"Next" becomes possible as soon as every employee has been sent his mail '
                    "(still without mail: {count})."
                ).format(count=len(waiting))
            )
        self.next_note.setVisible(bool(self.next_note.text()))
        self.completeChanged.emit()
