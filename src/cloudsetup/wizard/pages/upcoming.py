"""Page 4 as it is today: what the step will do, its state in the cloud, "comes next".

The step itself is built in a later issue. Until then the page says plainly what the step
is for (in the words of the vendor's support note), that it comes next, and what the cloud
already reports for it. A page counts as complete when the cloud says the step is done, so the
wizard can walk past finished steps when it resumes, and never past an unfinished one.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget, QWizardPage

from cloudsetup.models import SetupState, SetupStep
from cloudsetup.services.text import QT_TRANSLATE_NOOP, Text
from cloudsetup.wizard.messages import translate
from cloudsetup.wizard.widgets import MessagePanel


def _tr(text: Text) -> str:
    return translate(text)


def _content(_step: SetupStep) -> tuple[str, str, list[str]]:
    """Title, subtitle and the points of what the step will do."""
    return (
        _tr(QT_TRANSLATE_NOOP("UpcomingPage", "Fill the cloud")),
        _tr(QT_TRANSLATE_NOOP("UpcomingPage", "Step 4 of 4: send the office data to the cloud.")),
        [
            _tr(
                QT_TRANSLATE_NOOP(
                    "UpcomingPage",
                    '"Fill now" sends all office data to the cloud: customers, articles, projects '
                    "and invoices.",
                )
            ),
            _tr(
                QT_TRANSLATE_NOOP(
                    "UpcomingPage",
                    "With progress, remaining time and cancel; an interrupted fill continues "
                    "where it stopped.",
                )
            ),
            _tr(
                QT_TRANSLATE_NOOP(
                    "UpcomingPage",
                    "The cloud can be used by the employees only after this first fill.",
                )
            ),
        ],
    )


def _state_text(_step: SetupStep, state: SetupState) -> str:
    if state.filled:
        return _tr(QT_TRANSLATE_NOOP("UpcomingPage", "In the cloud now: the first fill is done."))
    return _tr(QT_TRANSLATE_NOOP("UpcomingPage", "In the cloud now: not filled yet."))


class UpcomingPage(QWizardPage):
    """A deliberate placeholder for a step that is not built yet (today: step 4)."""

    def __init__(self, step: SetupStep, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.step = step
        self._state: SetupState | None = None
        title, subtitle, points = _content(step)
        self.setTitle(title)
        self.setSubTitle(subtitle)

        intro = QLabel(_tr(QT_TRANSLATE_NOOP("UpcomingPage", "What happens in this step:")))
        font = intro.font()
        font.setBold(True)
        intro.setFont(font)
        items = "".join(
            f"<li style='margin-bottom: 4px'>{html.escape(point)}</li>" for point in points
        )
        self.points_label = QLabel(f"<ul style='margin-left: -20px'>{items}</ul>")
        self.points_label.setObjectName("stepPoints")
        self.points_label.setTextFormat(Qt.TextFormat.RichText)
        self.points_label.setWordWrap(True)
        self.notice = MessagePanel()
        self.notice.setObjectName("messagePanel")
        self.state_label = QLabel()
        self.state_label.setObjectName("stepState")
        self.state_label.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.points_label)
        layout.addWidget(self.notice)
        layout.addWidget(self.state_label)
        layout.addStretch(1)
        self._show_notice()

    def set_state(self, state: SetupState | None) -> None:
        """The cloud's setup state (``None`` while unknown); decides whether the step is done."""
        self._state = state
        self.state_label.setText(_state_text(self.step, state) if state is not None else "")
        self._show_notice()
        self.completeChanged.emit()

    @property
    def is_done(self) -> bool:
        return self._state is not None and self._state.first_unfinished_step > self.step

    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        return self.is_done

    def _show_notice(self) -> None:
        if self.is_done:
            self.notice.show_message(
                "success",
                _tr(QT_TRANSLATE_NOOP("UpcomingPage", "This step is already done in the cloud.")),
                _tr(QT_TRANSLATE_NOOP("UpcomingPage", 'Click "Next" to go on.')),
            )
            return
        self.notice.show_message(
            "info",
            _tr(
                QT_TRANSLATE_NOOP(
                    "UpcomingPage", "This step comes next: it is being built right now."
                )
            ),
            _tr(
                QT_TRANSLATE_NOOP(
                    "UpcomingPage",
                    "Your entries so far are saved in the cloud. You can close the wizard now; "
                    "when you open it again, it continues here.",
                )
            ),
        )
