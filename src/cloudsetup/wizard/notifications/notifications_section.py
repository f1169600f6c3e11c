"""The "Benachrichtigungen" section: who gets the cloud's mails, one e-mail address per line.

A standalone widget: it loads the recipients on a worker when first shown (and with
:meth:`load`), checks the text while it is typed with the cloud's own rule (bad lines named by
number under the editor and marked in it, repeated addresses named, one's own address removed
said), and "Speichern" sends it on a worker only when every line is an address. After saving it
shows what the cloud holds now (repeats dropped) and who gets the mails.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from cloudsetup.services.notifications import (
    BadRecipientLinesError,
    NotificationService,
    RecipientCheck,
    RecipientsState,
    SavedRecipients,
)
from cloudsetup.wizard.buttons import button_row
from cloudsetup.wizard.messages import describe, diagnostics, translate
from cloudsetup.wizard.notifications.recipients_editor import RecipientsEditor
from cloudsetup.wizard.widgets import BusyIndicator, FieldMessage, MessagePanel
from cloudsetup.wizard.worker import Worker, run_in_worker

#: How long typing may pause before the lines are checked again.
_CHECK_DELAY_MS = 150
_NOTE_COLOR = "#8a5a00"


def _label(object_name: str, *, color: str | None = None) -> QLabel:
    label = QLabel()
    label.setObjectName(object_name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if color is not None:
        label.setStyleSheet(f"color: {color};")
    return label


class NotificationsSection(QWidget):
    """The notification recipients: the editor, "Speichern", and what the cloud holds."""

    #: What the cloud holds (a :class:`RecipientsState`), after every load and save.
    loaded = Signal(object)
    #: The cloud's answer to "Speichern" (a :class:`SavedRecipients`).
    saved = Signal(object)

    def __init__(self, notifications: NotificationService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notificationsSection")
        self._notifications = notifications
        self._state: RecipientsState | None = None
        self._check: RecipientCheck | None = None
        self._load_worker: Worker | None = None
        self._save_worker: Worker | None = None
        self._shown_once = False

        self.intro = _label("recipientsIntro")
        self.intro.setText(
            self.tr(
                "These addresses receive the cloud's notifications (new devices to approve, "
                "fill finished or failed). Enter each further e-mail address on a new line."
            )
        )
        self.own_note = _label("ownAddressNote")
        self.own_note.setText(
            self.tr("Remove your e-mail address to stop receiving notifications for this cloud.")
        )
        self.editor = RecipientsEditor()
        self.editor.setPlaceholderText(self.tr("inhaber@fliesen-kunde.de\nbuero@fliesen-kunde.de"))
        self.editor.setMinimumHeight(self.editor.fontMetrics().height() * 6)
        label = QLabel(self.tr("Reci&pients (one e-mail address per line):"))
        label.setBuddy(self.editor)
        self.line_messages = FieldMessage("recipientLineMessages")
        self.duplicates = _label("recipientDuplicates", color=_NOTE_COLOR)
        self.own_removed = _label("ownAddressRemoved", color=_NOTE_COLOR)
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setObjectName("saveRecipients")
        self.reload_button = QPushButton(self.tr("Rel&oad"))
        self.reload_button.setObjectName("reloadRecipients")
        buttons = button_row(self.save_button, self.reload_button)
        self.stored = _label("recipientsStored")
        self.effective = _label("recipientsEffective")
        self.busy = BusyIndicator()
        self.busy.cancel_button.setVisible(False)
        self.panel = MessagePanel()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.intro)
        layout.addWidget(self.own_note)
        layout.addWidget(label)
        layout.addWidget(self.editor, 1)
        layout.addWidget(self.line_messages)
        layout.addWidget(self.duplicates)
        layout.addWidget(self.own_removed)
        layout.addLayout(buttons)
        layout.addWidget(self.stored)
        layout.addWidget(self.effective)
        layout.addWidget(self.busy)
        layout.addWidget(self.panel)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(_CHECK_DELAY_MS)
        self._timer.timeout.connect(self.check_now)
        self.editor.textChanged.connect(self._timer.start)
        self.save_button.clicked.connect(self.save)
        self.reload_button.clicked.connect(self.load)
        for note in (self.duplicates, self.own_removed, self.stored, self.effective):
            note.setVisible(False)
        self._update_buttons()

    # -- public ----------------------------------------------------------------------------

    @property
    def state(self) -> RecipientsState | None:
        return self._state

    @property
    def is_busy(self) -> bool:
        return self._load_worker is not None or self._save_worker is not None

    def set_text(self, text: str) -> None:
        """Replace the editor's text (as typing would) and check it at once."""
        self.editor.setPlainText(text)
        self.check_now()

    def load(self) -> Worker | None:
        """Fetch the recipients from the cloud; the editor then shows what is stored."""
        if self.is_busy:
            return None
        self.busy.start(self.tr("Loading the recipients from the cloud…"))
        self._load_worker = run_in_worker(
            self._notifications.load, on_returned=self._on_loaded, on_errored=self._on_load_failed
        )
        self._update_buttons()
        return self._load_worker

    def check_now(self) -> RecipientCheck:
        """Check the text with the cloud's rule (no network) and show what it found."""
        self._timer.stop()
        check = self._notifications.check(self.editor.toPlainText(), self._state)
        self._check = check
        self.editor.mark_lines(problem.line for problem in check.problems)
        if check.problems:
            self.line_messages.show_text("\n".join(translate(p.message) for p in check.problems))
        else:
            self.line_messages.clear_text()
        self.duplicates.setText(
            self.tr("Repeated addresses are left out when saving (line {lines}).").format(
                lines=", ".join(str(line) for line in check.duplicate_lines)
            )
        )
        self.duplicates.setVisible(bool(check.duplicate_lines))
        own = self._state.own_email if self._state is not None else ""
        self.own_removed.setText(
            self.tr(
                "Your own address {email} is no longer in the list: after saving you will "
                "receive no more notifications for this cloud."
            ).format(email=own)
        )
        self.own_removed.setVisible(check.own_address_removed)
        self._update_buttons()
        return check

    def save(self) -> Worker | None:
        """Send the text; ``None`` when a line is bad (it is named at the editor)."""
        if self.is_busy:
            return None
        self.panel.clear()
        check = self.check_now()
        if not check.ok:
            self.editor.go_to_line(check.problems[0].line)
            self.editor.setFocus(Qt.FocusReason.OtherFocusReason)
            return None
        self.busy.start(self.tr("Saving the recipients in the cloud…"))
        self.editor.setReadOnly(True)
        self._save_worker = run_in_worker(
            self._notifications.save,
            self.editor.toPlainText(),
            self._state,
            on_returned=self._on_saved,
            on_errored=self._on_save_failed,
        )
        self._update_buttons()
        return self._save_worker

    def cancel(self) -> None:
        """The window is closing: drop the answers still on their way."""
        for worker in (self._load_worker, self._save_worker):
            if worker is not None:
                worker.cancel()
        self._load_worker = self._save_worker = None
        self._timer.stop()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if not self._shown_once:
            self._shown_once = True
            if self._state is None:
                self.load()

    # -- internals -------------------------------------------------------------------------

    def _show_state(self, state: RecipientsState) -> None:
        self._state = state
        self.editor.setPlainText(state.text)
        addresses = state.recipients.addresses
        self.stored.setText(
            self.tr("Stored in the cloud: {addresses}.").format(addresses=", ".join(addresses))
            if addresses
            else self.tr(
                "No recipients are stored: the users with the role Administration get the "
                "notifications."
            )
        )
        self.effective.setText(
            self.tr("Notifications go to: {addresses}.").format(
                addresses=", ".join(state.recipients.effective) or "—"
            )
        )
        self.stored.setVisible(True)
        self.effective.setVisible(True)
        self.check_now()
        self.loaded.emit(state)

    def _on_loaded(self, state: RecipientsState) -> None:
        self._load_worker = None
        self.busy.stop()
        self._show_state(state)

    def _on_load_failed(self, exc: BaseException) -> None:
        self._load_worker = None
        self.busy.stop()
        message, hint = describe(exc)
        self.panel.show_message("error", message, hint, details=diagnostics(exc))
        self._update_buttons()

    def _on_saved(self, saved: SavedRecipients) -> None:
        self._save_worker = None
        self.busy.stop()
        self.editor.setReadOnly(False)
        hint = None
        if saved.check.duplicate_lines:
            hint = self.tr("Addresses given twice were saved once.")
        if saved.check.own_address_removed:
            hint = self.tr("You will receive no more notifications for this cloud.")
        self._show_state(saved.state)
        self.panel.show_message("success", self.tr("The recipients are saved."), hint)
        self.saved.emit(saved)

    def _on_save_failed(self, exc: BaseException) -> None:
        self._save_worker = None
        self.busy.stop()
        self.editor.setReadOnly(False)
        if isinstance(exc, BadRecipientLinesError):  # the cloud named lines after all
            self.editor.mark_lines(problem.line for problem in exc.problems)
            self.line_messages.show_text("\n".join(translate(p.message) for p in exc.problems))
        message, hint = describe(exc)
        self.panel.show_message("error", message, hint, details=diagnostics(exc))
        self._update_buttons()

    def _update_buttons(self) -> None:
        # "Speichern" stays enabled with bad lines: it then goes to the first one.
        self.save_button.setEnabled(not self.is_busy and self._state is not None)
        self.reload_button.setEnabled(not self.is_busy)
