"""The small choice before a third device comes in: which approved device it replaces."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from cloudsetup.models import Device
from cloudsetup.wizard.devices.texts import device_line
from cloudsetup.wizard.moments import local_time
from cloudsetup.wizard.pages.dialogs import size_by_content


class ReplaceDeviceDialog(QDialog):
    """Lists the employee's approved devices; "Ersetzen" takes the one that is ticked."""

    def __init__(
        self, device: Device, approved: Sequence[Device], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("replaceDeviceDialog")
        self.setWindowTitle(self.tr("Replace a device"))
        self.device = device
        self._approved = list(approved)
        question = QLabel(
            self.tr(
                "{employee} already has {count} approved devices. Which one shall "
                '"{device}" replace? The replaced device is signed out at once and gets no '
                "more data."
            ).format(employee=device.employee_name, count=len(approved), device=device.name)
        )
        question.setObjectName("replaceQuestion")
        question.setWordWrap(True)
        self.group = QButtonGroup(self)
        self.choices: list[QRadioButton] = []
        layout = QVBoxLayout(self)
        layout.addWidget(question)
        for index, old in enumerate(self._approved):
            since = local_time(old.decided_at or old.requested_at)
            choice = QRadioButton(
                self.tr("{device}, approved on {when}").format(device=device_line(old), when=since)
            )
            choice.setObjectName("replaceChoice")
            self.group.addButton(choice, index)
            self.choices.append(choice)
            layout.addWidget(choice)
        if self.choices:
            self.choices[0].setChecked(True)
        self.buttons = QDialogButtonBox()
        self.replace_button: QPushButton = self.buttons.addButton(
            self.tr("&Replace"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.replace_button.setObjectName("confirmReplaceDevice")
        self.keep_button: QPushButton = self.buttons.addButton(
            self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        size_by_content(self, 440)

    def chosen(self) -> Device | None:
        """The approved device that is ticked (the one to be replaced)."""
        index = self.group.checkedId()
        return self._approved[index] if 0 <= index < len(self._approved) else None

    def choose(self, name: str) -> None:
        """Tick the approved device called ``name`` (what a click on its line does)."""
        for old, choice in zip(self._approved, self.choices, strict=True):
            if old.name == name:
                choice.setChecked(True)
                return
        raise LookupError(f"no approved device called {name!r}")
