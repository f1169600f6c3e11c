"""The details panel of page 3 for the selected employee, in four tabs.

"Zugang": password and "Für die Cloud freischalten" / "Mail erneut senden"; "Rechnungen": the
invoice permission and his number range; "Einschränkungen": the rarely used restrictions;
"Geräte": his devices from the cloud (read-only here). Changes go to the cloud on workers;
the employee the cloud answers with is passed on by :attr:`employee_changed` so the table
shows it at once.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from cloudsetup.models import AccessState, Employee, NumberRange, Permissions, Restrictions
from cloudsetup.services.access import AccessService
from cloudsetup.services.devices import DeviceService
from cloudsetup.services.errors import UserError
from cloudsetup.services.ranges import RangeService
from cloudsetup.wizard.buttons import button_row
from cloudsetup.wizard.devices.employee_devices import EmployeeDevices
from cloudsetup.wizard.messages import describe, diagnostics
from cloudsetup.wizard.pages.access_texts import devices_note, state_explanation
from cloudsetup.wizard.pages.password_field import CheckResult, StrengthPasswordField
from cloudsetup.wizard.pages.range_editor import RangeEditor
from cloudsetup.wizard.widgets import ERROR_COLOR, MessagePanel
from cloudsetup.wizard.worker import Worker, run_in_worker

_CAN_RESEND = frozenset(
    {AccessState.MAIL_SENT, AccessState.OPENED, AccessState.EXPIRED, AccessState.MAIL_FAILED}
)


def _tab(*widgets: QWidget) -> QWidget:
    page = QWidget()
    layout = QVBoxLayout(page)
    for widget in widgets:
        layout.addWidget(widget)
    layout.addStretch(1)
    return page


class AccessDetails(QTabWidget):
    """Everything about one employee's cloud access; empty while nobody is selected."""

    employee_changed = Signal(object)
    range_saved = Signal(object)

    def __init__(
        self,
        access: AccessService,
        ranges: RangeService,
        devices: DeviceService,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("accessDetails")
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self._access = access
        self._company = ""
        self._employee: Employee | None = None
        self._worker: Worker | None = None
        self._permissions_worker: Worker | None = None
        self._permissions_pending = False

        # -- "Zugang" ----------------------------------------------------------------------
        self.who = QLabel()
        self.who.setObjectName("detailsWho")
        self.who.setTextFormat(Qt.TextFormat.PlainText)
        font = self.who.font()
        font.setBold(True)
        self.who.setFont(font)
        self.state_label = QLabel()
        self.state_label.setObjectName("detailsState")
        self.state_label.setWordWrap(True)
        self.password = StrengthPasswordField(access.generate_password)
        self.activate_button = QPushButton(self.tr("Activate for the &cloud"))
        self.activate_button.setObjectName("activateAccess")
        self.resend_button = QPushButton(self.tr("Send &mail again"))
        self.resend_button.setObjectName("resendMail")
        buttons = button_row(self.activate_button, self.resend_button)
        access_buttons = QWidget()
        access_buttons.setLayout(buttons)
        buttons.setContentsMargins(0, 0, 0, 0)
        self.panel = MessagePanel()
        self.addTab(
            _tab(self.who, self.state_label, self.password, access_buttons, self.panel),
            self.tr("Access"),
        )

        # -- "Rechnungen" ---------------------------------------------------------------------
        self.may_invoice = QCheckBox(self.tr("May write &invoices on the app/second computer"))
        self.may_invoice.setObjectName("mayCreateInvoices")
        self.range_editor = RangeEditor(ranges)
        self.invoice_status = QLabel()
        self.invoice_status.setObjectName("invoiceStatus")
        self.invoice_status.setWordWrap(True)
        self.addTab(
            _tab(self.may_invoice, self.range_editor, self.invoice_status),
            self.tr("Invoices"),
        )

        # -- "Einschränkungen" -------------------------------------------------------------------
        rarely = QLabel(
            self.tr(
                "Rarely used: limits what his devices receive from the cloud. Saved as soon as "
                "you tick a box."
            )
        )
        rarely.setWordWrap(True)
        self.no_purchase_prices = QCheckBox(self.tr("No &purchase prices"))
        self.no_purchase_prices.setObjectName("noPurchasePrices")
        self.own_projects_only = QCheckBox(self.tr("Only his &own projects/orders"))
        self.own_projects_only.setObjectName("ownProjectsOnly")
        self.no_revenue_figures = QCheckBox(self.tr("No re&venue figures"))
        self.no_revenue_figures.setObjectName("noRevenueFigures")
        self.restrictions_status = QLabel()
        self.restrictions_status.setObjectName("restrictionsStatus")
        self.restrictions_status.setWordWrap(True)
        self.addTab(
            _tab(
                rarely,
                self.no_purchase_prices,
                self.own_projects_only,
                self.no_revenue_figures,
                self.restrictions_status,
            ),
            self.tr("Restrictions"),
        )

        # -- "Geräte (max. 2)" ------------------------------------------------------------------
        self.devices = EmployeeDevices(devices)
        self.devices.setObjectName("deviceList")
        self.devices_note = QLabel(devices_note())
        self.devices_note.setObjectName("devicesNote")
        self.devices_note.setWordWrap(True)
        self.addTab(_tab(self.devices, self.devices_note), self.tr("Devices (max. 2)"))

        self.activate_button.clicked.connect(self.activate)
        self.resend_button.clicked.connect(self.resend)
        self.password.edit.textChanged.connect(lambda _text: self._update_buttons())
        self.password.edit.returnPressed.connect(self.activate)
        self.may_invoice.toggled.connect(self.range_editor.setEnabled)
        self.range_editor.saved.connect(self.range_saved)
        for box in self.permission_boxes:
            box.toggled.connect(lambda _checked: self.save_permissions())
        self.show_employee(None, None)

    # -- public ------------------------------------------------------------------------------

    @property
    def permission_boxes(self) -> tuple[QCheckBox, ...]:
        return (
            self.may_invoice,
            self.no_purchase_prices,
            self.own_projects_only,
            self.no_revenue_figures,
        )

    @property
    def employee(self) -> Employee | None:
        return self._employee

    @property
    def running(self) -> Worker | None:
        """The activation or resend on its way, if any."""
        return self._worker

    @property
    def is_busy(self) -> bool:
        return (
            self._worker is not None
            or self._permissions_worker is not None
            or self.range_editor.is_busy
        )

    def set_company(self, name: str) -> None:
        """The company's name: a password must not contain it."""
        self._company = name
        self._update_checker()

    def show_employee(
        self, employee: Employee | None, current_range: NumberRange | None, prefix: str = ""
    ) -> None:
        """Show ``employee`` from scratch (another one was selected, or the page was loaded)."""
        self.cancel()
        self._employee = employee
        self.password.clear()
        self.panel.clear()
        self.invoice_status.clear()
        self.restrictions_status.clear()
        self._set_permission_boxes(employee.permissions if employee else Permissions())
        self.range_editor.set_range(employee.id if employee else None, current_range, prefix)
        self.range_editor.setEnabled(employee is not None and self.may_invoice.isChecked())
        self.setEnabled(employee is not None)
        self._update_checker()
        self.update_employee(employee)
        self.devices.show_employee(employee.id if employee is not None else None)

    def update_employee(self, employee: Employee | None) -> None:
        """Show the state of ``employee`` (a fresher copy, e.g. from the poll); input stays."""
        if employee is not None and self._employee is not None:
            if employee.id != self._employee.id:
                return
            self._employee = employee
        if employee is None:
            self.who.setText(self.tr("Select an employee in the list above."))
            self.state_label.clear()
        else:
            self.who.setText(f"{employee.name} <{employee.email}>")
            self.state_label.setText(state_explanation(employee))
        self._update_buttons()

    def activate(self) -> Worker | None:
        """Set the typed password and have the cloud send the consent mail."""
        employee = self._employee
        password = self.password.text()
        if employee is None or self._worker is not None or not password:
            return None
        self.panel.clear()
        self.password.cancel()
        self.password.message.clear_text()
        return self._run(
            self.tr("Activating {name}…").format(name=employee.name),
            self._access.activate,
            employee.id,
            password,
        )

    def resend(self) -> Worker | None:
        """Send the consent mail again (a new link; the old one stops working)."""
        employee = self._employee
        if employee is None or self._worker is not None:
            return None
        self.panel.clear()
        return self._run(
            self.tr("Sending the mail to {name} again…").format(name=employee.name),
            self._access.resend,
            employee.id,
        )

    def save_permissions(self) -> Worker | None:
        """Store the ticked boxes; toggles made while a save runs follow right after it."""
        employee = self._employee
        if employee is None:
            return None
        if self._permissions_worker is not None:
            self._permissions_pending = True
            return None
        self._permissions_pending = False
        permissions = self.permissions()
        self._set_permission_status("", "")
        self._permissions_worker = run_in_worker(
            self._access.set_permissions,
            employee.id,
            permissions,
            on_returned=self._on_permissions_saved,
            on_errored=self._on_permissions_failed,
        )
        return self._permissions_worker

    def permissions(self) -> Permissions:
        return Permissions(
            may_create_invoices=self.may_invoice.isChecked(),
            restrictions=Restrictions(
                no_purchase_prices=self.no_purchase_prices.isChecked(),
                own_projects_only=self.own_projects_only.isChecked(),
                no_revenue_figures=self.no_revenue_figures.isChecked(),
            ),
        )

    def cancel(self) -> None:
        """Drop the answers of work still running (another employee, or the page is left)."""
        for worker in (self._worker, self._permissions_worker):
            if worker is not None:
                worker.cancel()
        self._worker = self._permissions_worker = None
        self._permissions_pending = False
        self.password.cancel()
        self.range_editor.cancel()
        self.devices.cancel()

    # -- internals ---------------------------------------------------------------------------------

    def _run(self, busy: str, fn: Callable[..., Employee], *args: object) -> Worker:
        self.panel.show_message("info", busy)
        self._worker = run_in_worker(
            fn,
            *args,
            on_returned=self._on_done,
            on_errored=self._on_failed,
        )
        self._update_buttons()
        return self._worker

    def _on_done(self, employee: Employee) -> None:
        self._worker = None
        self.password.clear()
        self.update_employee(employee)
        self.panel.show_message(
            "success",
            self.tr("The mail with the confirmation link was sent to {email}.").format(
                email=employee.email
            ),
            self.tr("{name} must open the link and agree; the status here follows.").format(
                name=employee.name
            ),
        )
        self.employee_changed.emit(employee)

    def _on_failed(self, exc: BaseException) -> None:
        self._worker = None
        self._update_buttons()
        message, hint = describe(exc)
        if isinstance(exc, UserError) and exc.field == "password":
            self.panel.clear()
            self.password.show_error(message, hint)
        else:
            self.panel.show_message("error", message, hint, details=diagnostics(exc))

    def _on_permissions_saved(self, employee: Employee) -> None:
        self._permissions_worker = None
        if self._permissions_pending:
            self.save_permissions()
            return
        self._employee = employee
        self._set_permission_status(self.tr("Saved."), "")
        self.employee_changed.emit(employee)

    def _on_permissions_failed(self, exc: BaseException) -> None:
        self._permissions_worker = None
        self._permissions_pending = False
        if self._employee is not None:
            self._set_permission_boxes(self._employee.permissions)
        message, hint = describe(exc)
        self._set_permission_status(message if hint is None else f"{message} {hint}", ERROR_COLOR)

    def _set_permission_status(self, text: str, color: str) -> None:
        for label in (self.invoice_status, self.restrictions_status):
            label.setText(text)
            label.setStyleSheet(f"color: {color};" if color else "")

    def _set_permission_boxes(self, permissions: Permissions) -> None:
        values = (
            permissions.may_create_invoices,
            permissions.restrictions.no_purchase_prices,
            permissions.restrictions.own_projects_only,
            permissions.restrictions.no_revenue_figures,
        )
        for box, value in zip(self.permission_boxes, values, strict=True):
            box.blockSignals(True)
            box.setChecked(value)
            box.blockSignals(False)
        self.range_editor.setEnabled(self._employee is not None and permissions.may_create_invoices)

    def _update_buttons(self) -> None:
        employee = self._employee
        idle = self._worker is None
        state = employee.access.state if employee is not None else None
        self.activate_button.setEnabled(
            idle
            and state is not None
            and state is not AccessState.CONFIRMED
            and bool(self.password.text())
        )
        self.resend_button.setEnabled(idle and state in _CAN_RESEND)
        self.password.setEnabled(state is not None and state is not AccessState.CONFIRMED)

    def _update_checker(self) -> None:
        employee = self._employee
        if employee is None:
            self.password.set_checker(None)
            return
        access, company = self._access, self._company

        def check(password: str) -> CheckResult:  # on the pool thread
            problem = access.check_password(password, employee=employee, company=company)
            inputs = [employee.name, employee.email, company]
            return problem, access.strength(password, inputs)

        self.password.set_checker(check)
