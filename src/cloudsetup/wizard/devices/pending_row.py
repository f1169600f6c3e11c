"""The pending devices in the approval dialog: one row each, with who, which device, since
when, its code and the buttons; and the scrolling list of those rows.

The verification code is shown large and in a fixed-width font, so the admin can compare it
letter by letter with the code on the employee's phone. For an employee who already has his
two approved devices the row says which ones, and "Zulassen" becomes "Ersetzen…".
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from cloudsetup.models import MAX_APPROVED_DEVICES, Device
from cloudsetup.wizard.devices.texts import device_line, grouped_code, platform_text
from cloudsetup.wizard.moments import local_time

_ROW_STYLE = (
    "QFrame#pendingDevice { border: 1px solid #c9ced6; border-radius: 4px; background: #fbfbfc; }"
)


def _label(object_name: str, text: str = "") -> QLabel:
    label = QLabel(text)
    label.setObjectName(object_name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setStyleSheet("border: none; background: transparent;")
    return label


class PendingDeviceRow(QFrame):
    """A pending device with its "Zulassen"/"Ersetzen…" and "Ablehnen" buttons."""

    approve_clicked = Signal(object)
    reject_clicked = Signal(object)

    def __init__(
        self, device: Device, approved: Sequence[Device], parent: QWidget | None = None
    ) -> None:
        """``approved``: the employee's approved devices now (two: approving means replacing)."""
        super().__init__(parent)
        self.device = device
        self.approved = list(approved)
        self.setObjectName("pendingDevice")
        self.setProperty("deviceId", device.id)
        self.setStyleSheet(_ROW_STYLE)

        self.employee_label = _label("pendingEmployee", device.employee_name)
        font = self.employee_label.font()
        font.setBold(True)
        self.employee_label.setFont(font)
        self.name_label = _label("pendingName", device.name)
        self.details_label = _label(
            "pendingDetails",
            self.tr("{platform} · signed in on {when}").format(
                platform=platform_text(device.platform), when=local_time(device.requested_at)
            ),
        )
        self.details_label.setStyleSheet("border: none; background: transparent; color: #5f6368;")
        code_caption = _label("codeCaption", self.tr("Code on the device:"))
        code_caption.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom)
        self.code_label = _label("verificationCode", grouped_code(device.verification_code))
        code_font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        code_font.setPointSizeF(max(code_font.pointSizeF(), 9.0) * 1.9)
        code_font.setBold(True)
        code_font.setLetterSpacing(code_font.SpacingType.AbsoluteSpacing, 2.0)
        self.code_label.setFont(code_font)
        self.code_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.code_label.setAccessibleName(self.tr("Verification code"))

        self.replace_note = _label("replaceNote")
        self.replace_note.setWordWrap(True)
        if self.needs_replace:
            self.replace_note.setText(
                self.tr(
                    "{employee} already has {count} approved devices: {devices}. The new one "
                    "can only replace one of them."
                ).format(
                    employee=device.employee_name,
                    count=len(self.approved),
                    devices=", ".join(d.name for d in self.approved),
                )
            )
        self.replace_note.setVisible(self.needs_replace)

        self.approve_button = QPushButton(
            self.tr("Replace…") if self.needs_replace else self.tr("Approve")
        )
        self.approve_button.setObjectName("approveDevice")
        self.reject_button = QPushButton(self.tr("Reject"))
        self.reject_button.setObjectName("rejectDevice")
        described = self.tr("{device} of {employee}").format(
            device=device_line(device), employee=device.employee_name
        )
        for button in (self.approve_button, self.reject_button):
            button.setAccessibleDescription(described)  # screen readers name the row's device
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 4, 0, 0)
        buttons.setSpacing(8)
        buttons.addWidget(self.approve_button)
        buttons.addWidget(self.reject_button)
        buttons.addStretch(1)

        grid = QGridLayout(self)
        grid.setContentsMargins(10, 8, 10, 8)
        grid.setHorizontalSpacing(16)
        grid.addWidget(self.employee_label, 0, 0)
        grid.addWidget(code_caption, 0, 1)
        grid.addWidget(self.name_label, 1, 0)
        grid.addWidget(self.code_label, 1, 1, 2, 1)
        grid.addWidget(self.details_label, 2, 0)
        grid.addWidget(self.replace_note, 3, 0, 1, 2)
        grid.addLayout(buttons, 4, 0, 1, 2)
        grid.setColumnStretch(0, 1)

        self.approve_button.clicked.connect(lambda: self.approve_clicked.emit(self.device))
        self.reject_button.clicked.connect(lambda: self.reject_clicked.emit(self.device))

    @property
    def needs_replace(self) -> bool:
        """The employee has his maximum of approved devices: the new one must replace one."""
        return len(self.approved) >= MAX_APPROVED_DEVICES

    def set_enabled_actions(self, *, approve: bool, reject: bool) -> None:
        self.approve_button.setEnabled(approve)
        self.reject_button.setEnabled(reject)


class PendingDeviceList(QScrollArea):
    """The rows of the pending devices, scrolling; "no device is waiting" while there is none.

    The area itself takes no focus: Tab goes from row button to row button.
    """

    approve_clicked = Signal(object)
    reject_clicked = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[PendingDeviceRow] = []
        self.setObjectName("pendingDevices")
        self.empty_label = QLabel(self.tr("No device is waiting for approval."))
        self.empty_label.setObjectName("noPendingDevices")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        box = QWidget()
        self._layout = QVBoxLayout(box)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.addWidget(self.empty_label)
        self._layout.addStretch(1)
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setWidget(box)
        self.setMinimumHeight(220)

    def set_devices(
        self, pending: Sequence[Device], approved: Mapping[int, Sequence[Device]]
    ) -> None:
        """Show ``pending``; ``approved`` holds the approved devices by employee id."""
        for row in self.rows:
            self._layout.removeWidget(row)
            row.deleteLater()
        self.rows = []
        for index, device in enumerate(pending):
            row = PendingDeviceRow(device, approved.get(device.employee_id, ()))
            row.approve_clicked.connect(self.approve_clicked)
            row.reject_clicked.connect(self.reject_clicked)
            self._layout.insertWidget(index, row)
            self.rows.append(row)
        self.empty_label.setVisible(not self.rows)

    def row_for(self, device_name: str) -> PendingDeviceRow | None:
        return next((row for row in self.rows if row.device.name == device_name), None)

    def row_of(self, device_pk: int) -> PendingDeviceRow | None:
        return next((row for row in self.rows if row.device.id == device_pk), None)
