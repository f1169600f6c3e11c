"""The number range (Nummernkreis) editor: prefix, from, to, next number.

Page 3 edits an employee's range with it, the settings' "Nummernkreise" section the office's
(``office=True``).

"Vorschlag" asks the cloud for the next free block for the prefix; "Speichern" checks the input
locally (:func:`validate_range_input`) and then lets the cloud store it, which refuses a range
that overlaps another one with the same prefix. Such answers are shown at their field.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any, Final

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cloudsetup.models import NumberRange, RangeSuggestion
from cloudsetup.services.entry_checks import validate_range_input
from cloudsetup.services.errors import UserError
from cloudsetup.services.ranges import RangeService
from cloudsetup.wizard.messages import describe
from cloudsetup.wizard.pages.fill_texts import number
from cloudsetup.wizard.widgets import ERROR_COLOR, SUCCESS_COLOR, FieldMessage
from cloudsetup.wizard.worker import Worker, run_in_worker

#: The block size "Vorschlag" asks for when the fields do not say another one.
DEFAULT_BLOCK: Final = 1000
FIELDS: Final = ("prefix", "start", "end", "next_number")


def default_prefix() -> str:
    return f"RE-{date.today().year}-"


class RangeEditor(QWidget):
    """Edit one employee's range, or the office's; :attr:`saved` carries what the cloud stored."""

    saved = Signal(object)

    def __init__(
        self, ranges: RangeService, parent: QWidget | None = None, *, office: bool = False
    ) -> None:
        super().__init__(parent)
        self._ranges = ranges
        self._office = office
        self._employee_id: int | None = None
        self._worker: Worker | None = None

        self.prefix = QLineEdit()
        self.prefix.setObjectName("rangePrefix")
        self.prefix.setPlaceholderText(self.tr("e.g. RE-2026-"))
        self.start = QLineEdit()
        self.start.setObjectName("rangeStart")
        self.end = QLineEdit()
        self.end.setObjectName("rangeEnd")
        self.next_number = QLineEdit()
        self.next_number.setObjectName("rangeNext")
        self.next_number.setPlaceholderText(self.tr("= from"))
        self.edits = {
            "prefix": self.prefix,
            "start": self.start,
            "end": self.end,
            "next_number": self.next_number,
        }
        self.messages = {name: FieldMessage(f"{name}RangeMessage") for name in FIELDS}
        self.suggest_button = QPushButton(self.tr("Su&ggest"))
        self.suggest_button.setObjectName("suggestRange")
        self.suggest_button.setToolTip(
            self.tr("Fill in the next free block of {size} numbers for this prefix").format(
                size=DEFAULT_BLOCK
            )
        )
        self.save_button = QPushButton(self.tr("&Save range"))
        self.save_button.setObjectName("saveRange")
        for button in (self.suggest_button, self.save_button):
            button.setAutoDefault(False)
        self.status = QLabel()
        self.status.setObjectName("rangeStatus")
        self.status.setWordWrap(True)

        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        cells = (
            (self.tr("P&refix:"), "prefix", 0, 0),
            (self.tr("&Next number:"), "next_number", 0, 2),
            (self.tr("&From:"), "start", 2, 0),
            (self.tr("&To:"), "end", 2, 2),
        )
        for text, name, row, column in cells:
            label = QLabel(text)
            label.setBuddy(self.edits[name])
            grid.addWidget(label, row, column)
            grid.addWidget(self.edits[name], row, column + 1)
            grid.addWidget(self.messages[name], row + 1, column + 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.suggest_button)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(grid)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        for first, second in (
            (self.prefix, self.next_number),
            (self.next_number, self.start),
            (self.start, self.end),
            (self.end, self.suggest_button),
            (self.suggest_button, self.save_button),
        ):
            QWidget.setTabOrder(first, second)

        for edit in self.edits.values():
            edit.textEdited.connect(self._clear_messages)
        self.suggest_button.clicked.connect(self.suggest)
        self.save_button.clicked.connect(self.save)

    # -- public ------------------------------------------------------------------------------

    def set_range(
        self, employee_id: int | None, current: NumberRange | None, prefix: str = ""
    ) -> None:
        """Show ``current`` (or an empty form with ``prefix``) for the employee."""
        self.cancel()
        self._employee_id = employee_id
        self._clear_messages()
        if current is None:
            values = (prefix or default_prefix(), "", "", "")
        else:
            values = (
                current.prefix,
                str(current.start),
                str(current.end),
                str(current.next_number),
            )
        for edit, value in zip(self.edits.values(), values, strict=True):
            edit.setText(value)
        self._show_usage(current)

    @property
    def is_busy(self) -> bool:
        return self._worker is not None

    def suggest(self) -> Worker | None:
        """Ask the cloud for the next free block for the prefix."""
        if self._worker is not None:
            return None
        self._clear_messages()
        size = self._entered_size() or DEFAULT_BLOCK
        return self._run(
            self._ranges.suggest, self.prefix.text().strip(), size, on_returned=self._on_suggested
        )

    def save(self) -> Worker | None:
        """Check the input here, then store it in the cloud; ``None`` when a check failed."""
        employee_id = self._employee_id
        if self._worker is not None or (employee_id is None and not self._office):
            return None
        self._clear_messages()
        try:
            entry = validate_range_input(
                prefix=self.prefix.text(),
                start=self.start.text(),
                end=self.end.text(),
                next_number=self.next_number.text(),
            )
        except UserError as exc:
            self.show_error(exc)
            return None
        if employee_id is None:
            return self._run(self._ranges.set_office_range, entry, on_returned=self._on_saved)
        return self._run(
            self._ranges.set_employee_range, employee_id, entry, on_returned=self._on_saved
        )

    def show_error(self, exc: BaseException) -> None:
        message, hint = describe(exc)
        field = exc.field if isinstance(exc, UserError) else None
        if field in self.messages:
            self.messages[field].show_text(message, hint)
            self.edits[field].setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self._set_status(message if hint is None else f"{message} {hint}", ERROR_COLOR)

    def cancel(self) -> None:
        if self._worker is not None:
            self._worker.cancel()
            self._worker = None
        self._set_enabled_buttons(True)

    # -- internals -----------------------------------------------------------------------------

    def _run(
        self, fn: Callable[..., Any], *args: object, on_returned: Callable[[Any], object]
    ) -> Worker:
        self._set_enabled_buttons(False)

        def returned(value: object) -> None:
            self._worker = None
            self._set_enabled_buttons(True)
            on_returned(value)

        def errored(exc: BaseException) -> None:
            self._worker = None
            self._set_enabled_buttons(True)
            self.show_error(exc)

        self._worker = run_in_worker(fn, *args, on_returned=returned, on_errored=errored)
        return self._worker

    def _on_suggested(self, suggestion: RangeSuggestion) -> None:
        self.prefix.setText(suggestion.prefix)
        self.start.setText(str(suggestion.start))
        self.end.setText(str(suggestion.end))
        self.next_number.setText(str(suggestion.start))
        self._set_status(
            self.tr(
                'Free block filled in: {first} to {last}. Click "Save range" to keep it.'
            ).format(
                first=f"{suggestion.prefix}{suggestion.start}",
                last=f"{suggestion.prefix}{suggestion.end}",
            ),
            "",
        )

    def _on_saved(self, stored: NumberRange) -> None:
        self.set_range(stored.employee_id, stored)
        self._set_status(
            self.tr("The range is saved in the cloud.") + " " + self._usage(stored), SUCCESS_COLOR
        )
        self.saved.emit(stored)

    def _show_usage(self, current: NumberRange | None) -> None:
        if current is None:
            self._set_status(self.tr("No number range yet."), "")
        elif current.near_exhaustion:
            self._set_status(
                self._usage(current) + " " + self.tr("The range is nearly used up."), ERROR_COLOR
            )
        else:
            self._set_status(self._usage(current), "")

    def _usage(self, current: NumberRange) -> str:
        return self.tr("Used: {used} of {size}, {remaining} left; next invoice: {next}.").format(
            used=number(current.used),
            size=number(current.size),
            remaining=number(current.remaining),
            next=current.format_number(current.next_number),
        )

    def _entered_size(self) -> int | None:
        try:
            start, end = int(self.start.text()), int(self.end.text())
        except ValueError:
            return None
        return end - start + 1 if end >= start else None

    def _set_status(self, text: str, color: str) -> None:
        self.status.setText(text)
        self.status.setStyleSheet(f"color: {color};" if color else "")

    def _set_enabled_buttons(self, enabled: bool) -> None:
        self.suggest_button.setEnabled(enabled)
        self.save_button.setEnabled(enabled)

    def _clear_messages(self) -> None:
        for message in self.messages.values():
            message.clear_text()
