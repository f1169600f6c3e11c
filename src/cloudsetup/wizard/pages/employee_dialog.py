"""The add/edit dialog of page 2: one employee, with the messages at the fields.

The input is checked locally first (:func:`validate_employee_input`, the models' rules), then
sent to the cloud on a worker; an answer such as "e-mail already taken" comes back at its field.
The dialog stays open with everything typed until the cloud has accepted the employee.

For a new employee the entries are kept as a draft while typing (see
:class:`~cloudsetup.wizard.drafts.DraftKeeper`): closing the wizard keeps it for the next start,
"Speichern" in the cloud or "Abbrechen" drops it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from cloudsetup.models import Employee, EmployeeIn
from cloudsetup.services.drafts import DraftValues
from cloudsetup.services.entry_checks import validate_employee_input
from cloudsetup.services.errors import UserError
from cloudsetup.wizard.drafts import DraftKeeper
from cloudsetup.wizard.messages import describe, diagnostics
from cloudsetup.wizard.pages.dialogs import fit_to_content, size_by_content
from cloudsetup.wizard.widgets import BusyIndicator, FieldMessage, MessagePanel
from cloudsetup.wizard.worker import Worker, run_in_worker

SaveEmployee = Callable[[EmployeeIn], Employee]

#: The inputs a message can be shown at.
FIELDS = ("name", "email", "employee_number", "mobile")


class EmployeeDialog(QDialog):
    """Enter or change one employee; :attr:`saved` carries the cloud's answer."""

    saved = Signal(object)

    def __init__(
        self,
        save: SaveEmployee,
        employee: Employee | None = None,
        parent: QWidget | None = None,
        *,
        drafts: DraftKeeper | None = None,
        draft: DraftValues | None = None,
    ) -> None:
        """``drafts`` keeps a new employee's entries while typing; ``draft`` is what was kept
        at the last start, filled in again."""
        super().__init__(parent)
        self._save = save
        self._worker: Worker | None = None
        self._drafts = drafts
        self._leaving = False
        self.setObjectName("employeeDialog")
        self.setWindowTitle(
            self.tr("Add employee") if employee is None else self.tr("Edit employee")
        )

        why = QLabel(
            self.tr(
                "Each employee needs his OWN e-mail address that he can read: the cloud sends him "
                "a link there, and only after he agrees to receive company-internal data can he "
                "use the cloud. A shared office address does not work."
            )
        )
        why.setObjectName("ownEmailNote")
        why.setWordWrap(True)
        self.name = QLineEdit()
        self.name.setObjectName("nameEdit")
        self.name.setPlaceholderText(self.tr("e.g. Anna Becker"))
        self.email = QLineEdit()
        self.email.setObjectName("emailEdit")
        self.email.setPlaceholderText(self.tr("e.g. anna.becker@malerbetrieb-muster.de"))
        self.is_owner = QCheckBox(self.tr("&Boss/owner"))
        self.is_owner.setObjectName("ownerCheck")
        self.employee_number = QLineEdit()
        self.employee_number.setObjectName("employeeNumberEdit")
        self.mobile = QLineEdit()
        self.mobile.setObjectName("mobileEdit")
        self.language = QComboBox()
        self.language.setObjectName("languageCombo")
        self.language.addItem(self.tr("German"), "de")
        self.language.addItem(self.tr("English"), "en")
        self.messages = {name: FieldMessage(f"{name}Message") for name in FIELDS}
        self.panel = MessagePanel()
        self.busy = BusyIndicator()
        self.busy.cancel_button.setVisible(False)

        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        rows: list[tuple[str, QWidget, str | None]] = [
            (self.tr("&Name:"), self.name, "name"),
            (self.tr("&E-mail:"), self.email, "email"),
            ("", self.is_owner, None),
            (self.tr("Employee &no. (optional):"), self.employee_number, "employee_number"),
            (self.tr("&Mobile (optional):"), self.mobile, "mobile"),
            (self.tr("&Language of his mails:"), self.language, None),
        ]
        for row, (text, field, name) in enumerate(rows):
            if text:
                label = QLabel(text)
                label.setBuddy(field)
                grid.addWidget(label, row * 2, 0)
            grid.addWidget(field, row * 2, 1)
            if name is not None:
                grid.addWidget(self.messages[name], row * 2 + 1, 1)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(why)
        layout.addLayout(grid)
        layout.addWidget(self.panel)
        layout.addWidget(self.busy)
        layout.addWidget(self.buttons)
        size_by_content(self, 540)

        if employee is not None:
            self.name.setText(employee.name)
            self.email.setText(employee.email)
            self.is_owner.setChecked(employee.is_owner)
            self.employee_number.setText(employee.employee_number or "")
            self.mobile.setText(employee.mobile or "")
            self.language.setCurrentIndex(max(0, self.language.findData(employee.language.value)))
        for edit in (self.name, self.email, self.employee_number, self.mobile):
            edit.textEdited.connect(self._clear_messages)
        if draft is not None:
            self._restore(draft)
        if drafts is not None:
            for edit in (self.name, self.email, self.employee_number, self.mobile):
                edit.textEdited.connect(self._keep_draft)
            self.is_owner.toggled.connect(self._keep_draft)
            self.language.currentIndexChanged.connect(self._keep_draft)

    @property
    def is_saving(self) -> bool:
        return self._worker is not None

    def submit(self) -> Worker | None:
        """Check the input here, then send it to the cloud; ``None`` when a local check failed."""
        if self._worker is not None:
            return None
        self._clear_messages()
        try:
            entry = validate_employee_input(
                name=self.name.text(),
                email=self.email.text(),
                is_owner=self.is_owner.isChecked(),
                employee_number=self.employee_number.text(),
                mobile=self.mobile.text(),
                language=str(self.language.currentData()),
            )
        except UserError as exc:
            self.show_error(exc)
            return None
        self._set_busy(True)
        if self._drafts is not None:
            self._drafts.flush()  # on disk before it is sent: a crash meanwhile loses nothing
        self._worker = run_in_worker(
            self._save, entry, on_returned=self._on_saved, on_errored=self._on_failed
        )
        return self._worker

    def show_error(self, exc: BaseException) -> None:
        message, hint = describe(exc)
        field = exc.field if isinstance(exc, UserError) else None
        if field in self.messages:
            self.messages[field].show_text(message, hint)
            self._edit(field).setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.panel.show_message("error", message, hint, details=diagnostics(exc))
        fit_to_content(self)

    def reject(self) -> None:
        # A save still running finishes in the cloud; its answer must not reach a closed dialog.
        if self._worker is not None:
            self._worker.cancel()
            self._worker = None
        if self._drafts is not None:
            if self._leaving:
                self._drafts.flush()
            else:
                self._drafts.discard()  # "Abbrechen": the user threw the entries away
        super().reject()

    def leave(self) -> None:
        """Close because the wizard closes: the entries stay as a draft for the next start."""
        self._leaving = True
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self.reject()
        event.accept()

    def _on_saved(self, employee: Employee) -> None:
        self._worker = None
        self._set_busy(False)
        if self._drafts is not None:
            self._drafts.discard()
        self.saved.emit(employee)
        self.accept()

    def _on_failed(self, exc: BaseException) -> None:
        self._worker = None
        self._set_busy(False)
        self.show_error(exc)

    def _set_busy(self, busy: bool) -> None:
        for edit in (self.name, self.email, self.employee_number, self.mobile):
            edit.setReadOnly(busy)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(not busy)
        if busy:
            self.busy.start(self.tr("Saving in the cloud…"))
        else:
            self.busy.stop()
        fit_to_content(self)

    def draft_values(self) -> DraftValues:
        """The entries as a draft: everything typed, nothing secret (there is no secret here)."""
        return {
            "name": self.name.text(),
            "email": self.email.text(),
            "is_owner": self.is_owner.isChecked(),
            "employee_number": self.employee_number.text(),
            "mobile": self.mobile.text(),
            "language": str(self.language.currentData()),
        }

    def _keep_draft(self) -> None:
        if self._drafts is not None:
            self._drafts.changed(self.draft_values())

    def _restore(self, draft: DraftValues) -> None:
        for name, edit in (
            ("name", self.name),
            ("email", self.email),
            ("employee_number", self.employee_number),
            ("mobile", self.mobile),
        ):
            value = draft.get(name)
            if isinstance(value, str):
                edit.setText(value)
        self.is_owner.setChecked(draft.get("is_owner") is True)
        language = draft.get("language")
        if isinstance(language, str):
            self.language.setCurrentIndex(max(0, self.language.findData(language)))
        self.panel.show_message(
            "info",
            self.tr(
                "These are the entries you made last time; they are not saved in the cloud yet."
            ),
        )

    def _edit(self, field: str) -> QLineEdit:
        return {
            "name": self.name,
            "email": self.email,
            "employee_number": self.employee_number,
            "mobile": self.mobile,
        }[field]

    def _clear_messages(self) -> None:
        shown = self.panel.isVisible() or any(m.isVisible() for m in self.messages.values())
        for message in self.messages.values():
            message.clear_text()
        self.panel.clear()
        if shown:
            fit_to_content(self)
