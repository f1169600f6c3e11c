"""The password input of page 3: show/hide, "Erzeugen", a strength meter and the live reason.

The policy check and the strength score (zxcvbn, a few milliseconds and more for long input)
run on a worker after a short pause in typing, never on the keystroke itself. Only one check
runs at a time; text typed meanwhile is checked when it ends, and an answer for text that has
changed since is dropped. The password lives only in the line edit and is cleared by the page
after use; it is never stored.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QWidget,
)

from cloudsetup.services.errors import UserError
from cloudsetup.wizard.messages import describe
from cloudsetup.wizard.pages.fields import PasswordField
from cloudsetup.wizard.widgets import FieldMessage
from cloudsetup.wizard.worker import Worker, run_in_worker

#: What the checker answers for a password: the policy problem (or None) and a 0..4 score.
CheckResult = tuple[UserError | None, int]
Checker = Callable[[str], CheckResult]

DEBOUNCE_MS: Final = 250
_SCORE_COLORS: Final = ("#b3261e", "#b3261e", "#c77700", "#4a8f29", "#1e7b34")


def strength_text(score: int) -> str:
    return (
        QCoreApplication.translate("PasswordStrength", "very weak"),
        QCoreApplication.translate("PasswordStrength", "weak"),
        QCoreApplication.translate("PasswordStrength", "fair"),
        QCoreApplication.translate("PasswordStrength", "strong"),
        QCoreApplication.translate("PasswordStrength", "very strong"),
    )[max(0, min(4, score))]


class StrengthPasswordField(QWidget):
    """Password with show/hide and "Generate", strength meter and the policy's reason."""

    def __init__(self, generate: Callable[[], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._generate = generate
        self._checker: Checker | None = None
        self._worker: Worker | None = None
        self._checked_text: str | None = None

        self.field = PasswordField()
        self.edit = self.field.edit
        self.edit.setObjectName("accessPasswordEdit")
        self.edit.setPlaceholderText(self.tr("at least 8 characters"))
        self.generate_button = QPushButton(self.tr("&Generate"))
        self.generate_button.setObjectName("generatePassword")
        self.generate_button.setAutoDefault(False)
        self.generate_button.setToolTip(
            self.tr("Create a random password that is easy to read out and type")
        )
        self.meter = QProgressBar()
        self.meter.setObjectName("strengthMeter")
        self.meter.setRange(0, 5)  # score + 1: "very weak" still shows a red sliver
        self.meter.setTextVisible(False)
        self.meter.setFixedHeight(8)
        self.meter.setFixedWidth(140)
        self.meter_label = QLabel()
        self.meter_label.setObjectName("strengthText")
        self.message = FieldMessage("passwordMessage")

        label = QLabel(self.tr("&Password:"))
        label.setBuddy(self.edit)
        strength = QLabel(self.tr("Strength:"))
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setColumnStretch(1, 1)
        grid.addWidget(label, 0, 0)
        grid.addWidget(self.field, 0, 1, 1, 2)
        grid.addWidget(self.generate_button, 0, 3)
        grid.addWidget(strength, 1, 0)
        grid.addWidget(self.meter, 1, 1, Qt.AlignmentFlag.AlignVCenter)
        grid.addWidget(self.meter_label, 1, 2, 1, 2)
        grid.addWidget(self.message, 2, 1, 1, 3)
        self.setFocusProxy(self.edit)
        QWidget.setTabOrder(self.edit, self.field.toggle)
        QWidget.setTabOrder(self.field.toggle, self.generate_button)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self.check_now)
        self.edit.textChanged.connect(self._on_text_changed)
        self.generate_button.clicked.connect(self.generate)
        self._show_score(None)

    # -- public ------------------------------------------------------------------------------

    def set_checker(self, checker: Checker | None) -> None:
        """How to judge a password (depends on the employee and the company)."""
        self._checker = checker
        self._checked_text = None
        self._on_text_changed(self.edit.text())

    def text(self) -> str:
        return self.edit.text()

    def clear(self) -> None:
        """Forget the password (after activation; it is never kept)."""
        self.edit.clear()
        self.field.toggle.setChecked(False)

    def generate(self) -> None:
        """Fill in a random password and show it, so it can be passed on to the employee."""
        self.edit.setText(self._generate())
        self.field.toggle.setChecked(True)
        self.edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_error(self, message: str, hint: str | None = None) -> None:
        self.message.show_text(message, hint)
        self.edit.setFocus(Qt.FocusReason.OtherFocusReason)

    @property
    def is_checking(self) -> bool:
        return self._worker is not None or self._debounce.isActive()

    def check_now(self) -> Worker | None:
        """Judge the current text on a worker (one at a time)."""
        self._debounce.stop()
        text = self.edit.text()
        if self._checker is None or not text or self._worker is not None:
            return None
        self._worker = run_in_worker(
            self._checker,
            text,
            on_returned=lambda result: self._on_checked(text, result),
            on_errored=lambda _exc: self._on_checked(text, (None, 0)),
        )
        return self._worker

    def cancel(self) -> None:
        self._debounce.stop()
        if self._worker is not None:
            self._worker.cancel()
            self._worker = None

    # -- internals -----------------------------------------------------------------------------

    def _on_text_changed(self, text: str) -> None:
        self.message.clear_text()
        if not text:
            self._debounce.stop()
            self._show_score(None)
            return
        self._debounce.start()

    def _on_checked(self, text: str, result: CheckResult) -> None:
        self._worker = None
        if text != self.edit.text():
            if self.edit.text() and not self._debounce.isActive():
                self.check_now()  # typed while we checked: judge the newest text
            return
        self._checked_text = text
        problem, score = result
        self._show_score(score)
        if problem is not None:
            message, hint = describe(problem)
            self.message.show_text(message, hint)
        else:
            self.message.clear_text()

    def _show_score(self, score: int | None) -> None:
        if score is None:
            self.meter.setValue(0)
            self.meter_label.setText("")
            return
        self.meter.setValue(score + 1)
        self.meter.setStyleSheet(
            f"QProgressBar::chunk {{ background: {_SCORE_COLORS[max(0, min(4, score))]}; }}"
        )
        self.meter_label.setText(strength_text(score))
