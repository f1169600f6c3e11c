"""The input part of page 1: where to find the data, the fields, their messages, "Erweitert".

Kept apart from the page so the page reads as behaviour (test, paste, complete) and this file as
layout. Fields carry object names so tests and screenshots can find them.
"""

from __future__ import annotations

import html
import itertools

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from cloudsetup.wizard.pages.fields import BlockPasteLineEdit, PasswordField
from cloudsetup.wizard.widgets import FieldMessage


class CredentialsForm(QWidget):
    """Help text with the portal link, the paste button, the four inputs and their messages."""

    paste_requested = Signal()
    block_pasted = Signal(str)
    edited = Signal()
    submitted = Signal()

    def __init__(self, portal_url: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        where = QLabel(self.tr("Where do I find this data?"))
        where.setObjectName("whereTitle")
        bold = where.font()
        bold.setBold(True)
        where.setFont(bold)
        self.help_label = QLabel(self._help_html(portal_url))
        self.help_label.setObjectName("portalHelp")
        self.help_label.setWordWrap(True)
        self.help_label.setTextFormat(Qt.TextFormat.RichText)
        self.help_label.setOpenExternalLinks(True)
        self.help_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.paste_button = QPushButton(self.tr("Pa&ste domain data"))
        self.paste_button.setObjectName("pasteDomainData")
        self.paste_button.setAutoDefault(False)
        self.paste_button.setToolTip(
            self.tr("Fill in all fields from a domain data block copied from the customer portal")
        )
        self.paste_button.clicked.connect(self.paste_requested)

        self.domain = BlockPasteLineEdit()
        self.domain.setObjectName("domainEdit")
        self.domain.setPlaceholderText(self.tr("e.g. malerbetrieb-muster"))
        self.username = BlockPasteLineEdit()
        self.username.setObjectName("usernameEdit")
        self.password = PasswordField()
        self.server_url = BlockPasteLineEdit()
        self.server_url.setObjectName("serverUrlEdit")
        self.server_url.setPlaceholderText("https://")
        self.messages = {
            name: FieldMessage(f"{name}Message")
            for name in ("domain", "username", "password", "server_url")
        }

        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        self._add_row(grid, 0, self.tr("&Domain:"), self.domain, self.domain, "domain")
        self._add_row(grid, 2, self.tr("&User name:"), self.username, self.username, "username")
        self._add_row(grid, 4, self.tr("&Password:"), self.password, self.password.edit, "password")

        self.advanced_toggle = QToolButton()
        self.advanced_toggle.setObjectName("advancedToggle")
        self.advanced_toggle.setText(self.tr("Ad&vanced"))
        self.advanced_toggle.setCheckable(True)
        self.advanced_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.advanced_toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.advanced_toggle.setAutoRaise(True)
        self.advanced_toggle.toggled.connect(self.set_advanced_open)
        self.advanced = QFrame()
        self.advanced.setObjectName("advancedSection")
        advanced_grid = QGridLayout(self.advanced)
        advanced_grid.setContentsMargins(18, 0, 0, 0)
        advanced_grid.setColumnStretch(1, 1)
        self._add_row(
            advanced_grid,
            0,
            self.tr("Server &address:"),
            self.server_url,
            self.server_url,
            "server_url",
        )
        self.advanced.setVisible(False)

        paste_row = QHBoxLayout()
        paste_row.addWidget(self.paste_button)
        paste_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(where)
        layout.addWidget(self.help_label)
        layout.addLayout(paste_row)
        layout.addSpacing(6)
        layout.addLayout(grid)
        layout.addWidget(self.advanced_toggle)
        layout.addWidget(self.advanced)

        edits = (self.domain, self.username, self.password.edit, self.server_url)
        for edit in edits:
            edit.textChanged.connect(self.edited)
            edit.returnPressed.connect(self.submitted)
            edit.block_pasted.connect(self.block_pasted)
        chain: list[QWidget] = [
            self.help_label,
            self.paste_button,
            self.domain,
            self.username,
            self.password.edit,
            self.password.toggle,
            self.advanced_toggle,
            self.server_url,
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _help_html(self, portal_url: str) -> str:
        text = self.tr(
            'You find the access data in your customer account on the web under "Kundenkonto → '
            'Domäne-Daten". Sign in there; if you use the customer account for the first time, '
            "simply request a new password."
        )
        link = self.tr("Open the customer account")
        url = html.escape(portal_url, quote=True)
        return f'{html.escape(text)} <a href="{url}">{html.escape(link)}</a>'

    def _add_row(
        self,
        grid: QGridLayout,
        row: int,
        label_text: str,
        field: QWidget,
        buddy: QWidget,
        name: str,
    ) -> None:
        label = QLabel(label_text)
        label.setBuddy(buddy)
        grid.addWidget(label, row, 0)
        grid.addWidget(field, row, 1)
        grid.addWidget(self.messages[name], row + 1, 1)

    def last_focus_widget(self) -> QWidget:
        return self.server_url

    def edit_for(self, name: str) -> QLineEdit:
        return {
            "domain": self.domain,
            "username": self.username,
            "password": self.password.edit,
            "server_url": self.server_url,
        }[name]

    def set_values(
        self,
        server_url: str | None,
        domain: str | None,
        username: str | None,
        password: str | None,
    ) -> None:
        for name, value in (
            ("server_url", server_url),
            ("domain", domain),
            ("username", username),
            ("password", password),
        ):
            if value is not None:
                self.edit_for(name).setText(value.strip() if name != "password" else value)

    def set_advanced_open(self, open_: bool) -> None:
        if self.advanced_toggle.isChecked() != open_:
            self.advanced_toggle.setChecked(open_)  # calls back here via toggled
            return
        self.advanced.setVisible(open_)
        self.advanced_toggle.setArrowType(
            Qt.ArrowType.DownArrow if open_ else Qt.ArrowType.RightArrow
        )

    def show_field_message(self, name: str, message: str, hint: str | None) -> bool:
        """Show ``message`` under the input ``name``; False when there is no such input."""
        if name not in self.messages:
            return False
        if name == "server_url":
            self.set_advanced_open(True)
        self.messages[name].show_text(message, hint)
        self.edit_for(name).setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def clear_messages(self) -> None:
        for message in self.messages.values():
            message.clear_text()

    def set_read_only(self, read_only: bool) -> None:
        for name in self.messages:
            self.edit_for(name).setReadOnly(read_only)
        self.paste_button.setEnabled(not read_only)
