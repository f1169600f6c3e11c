"""The frame of the handover assistant: heading, progress, the steps in a scroll area, messages.

Kept apart from the assistant's behaviour so that both stay small. The dialog keeps a fixed
minimum size: its content grows and shrinks as steps are done (the invitation form goes, the
recipients editor stays), and a top-level window whose minimum follows its content makes
some platform plugins complain.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from cloudsetup.wizard.handover.step_row import StepRow
from cloudsetup.wizard.handover.steps import Step, StepState, title
from cloudsetup.wizard.users.invitation_form import WARNING_COLOR
from cloudsetup.wizard.widgets import BusyIndicator, MessagePanel


class AssistantLayout:
    """The widgets of the assistant's frame, laid out on ``dialog``."""

    def __init__(self, dialog: QDialog) -> None:
        dialog.setMinimumSize(QSize(780, 640))
        dialog.resize(860, 900)
        heading = QLabel(
            QCoreApplication.translate(
                "HandoverAssistant", "Prepare the cloud for your customer and hand it over"
            )
        )
        heading.setObjectName("handoverHeading")
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        heading.setFont(font)
        heading.setWordWrap(True)
        intro = QLabel(
            QCoreApplication.translate(
                "HandoverAssistant",
                "You set up the cloud under your own e-mail address, then hand it over: the "
                "customer becomes its administrator, you keep supporting it as a Service "
                "Provider. Each step shows whether it is done.",
            )
        )
        intro.setObjectName("handoverIntro")
        intro.setWordWrap(True)
        self.progress = QLabel()
        self.progress.setObjectName("handoverProgress")
        self.progress.setTextFormat(Qt.TextFormat.PlainText)

        self.rows: dict[Step, StepRow] = {step: StepRow(step.value, title(step)) for step in Step}
        steps = QWidget()
        steps.setObjectName("handoverSteps")
        steps_layout = QVBoxLayout(steps)
        steps_layout.setContentsMargins(0, 0, 6, 0)
        for row in self.rows.values():
            steps_layout.addWidget(row)
        steps_layout.addStretch(1)
        self.scroll = QScrollArea()
        self.scroll.setObjectName("handoverScroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll.setWidget(steps)

        self.busy = BusyIndicator()
        self.busy.cancel_button.setVisible(False)
        self.panel = MessagePanel()
        self.close_button = QPushButton(QCoreApplication.translate("HandoverAssistant", "Close"))
        self.close_button.setObjectName("closeHandover")
        self.close_button.setAutoDefault(False)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(dialog)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addWidget(self.progress)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self.panel)
        layout.addWidget(self.busy)
        layout.addLayout(buttons)

    def note(self, object_name: str) -> QLabel:
        """A wrapped hint in the warning colour (why a button is not offered yet)."""
        label = QLabel()
        label.setObjectName(object_name)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setStyleSheet(f"border: none; background: transparent; color: {WARNING_COLOR};")
        return label

    def show_states(self, states: dict[Step, StepState]) -> None:
        """Tick the done steps; frame the first open one as the next to do."""
        current = next((step for step in Step if not states[step].done), None)
        for step, row in self.rows.items():
            state = states[step]
            row.set_state(done=state.done, current=step is current, detail=state.detail)

    def show_progress(self, done: int, total: int) -> None:
        if done == total:
            self.progress.setText(
                QCoreApplication.translate(
                    "HandoverAssistant",
                    "The handover is complete: your customer administers his cloud, you "
                    "support it as a Service Provider.",
                )
            )
            self.progress.setStyleSheet("color: #1e7b34; font-weight: bold;")
        else:
            self.progress.setText(
                QCoreApplication.translate(
                    "HandoverAssistant", "{done} of {total} steps done."
                ).format(done=done, total=total)
            )
            self.progress.setStyleSheet("")
