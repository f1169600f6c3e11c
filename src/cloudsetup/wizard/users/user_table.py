"""The users of the cloud as a table: who, role, state, and the state of his invitation.

Like :mod:`cloudsetup.wizard.devices.device_table`: a read-only ``RecordTableModel`` over the
:class:`~cloudsetup.services.users.UserOverview`, whole rows, one at a time, keyboard first.
Active users come first, then the invited ones, the removed ones last (greyed).
"""

from __future__ import annotations

from collections.abc import Callable
from enum import IntEnum

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QFont, QKeyEvent
from PySide6.QtWidgets import QTableView, QWidget

from cloudsetup.models import AdminUser, UserState
from cloudsetup.services.users import UserOverview
from cloudsetup.wizard.record_table import RecordTableModel, setup_row_view
from cloudsetup.wizard.users.texts import (
    NEEDS_ACTION_COLOR,
    STATE_COLORS,
    invitation_needs_action,
    invitation_text,
    role_text,
    state_text,
    user_name,
)

_ORDER = {UserState.ACTIVE: 0, UserState.INVITED: 1, UserState.REVOKED: 2}


class UserColumn(IntEnum):
    USER = 0
    ROLE = 1
    STATE = 2
    INVITATION = 3


def _header(column: UserColumn) -> str:
    return {
        UserColumn.USER: QCoreApplication.translate("UserTable", "User"),
        UserColumn.ROLE: QCoreApplication.translate("UserTable", "Role"),
        UserColumn.STATE: QCoreApplication.translate("UserTable", "Status"),
        UserColumn.INVITATION: QCoreApplication.translate("UserTable", "Invitation"),
    }[column]


class UserTableModel(RecordTableModel[AdminUser, UserColumn]):
    """Read-only rows: one per admin user of the overview."""

    def __init__(self) -> None:
        super().__init__(tuple(UserColumn))
        self._overview: UserOverview | None = None

    @property
    def users(self) -> list[AdminUser]:
        return list(self._records)

    def user(self, row: int) -> AdminUser | None:
        return self.record(row)

    def set_overview(self, overview: UserOverview) -> None:
        self.beginResetModel()
        self._overview = overview
        self._records = sorted(overview.users, key=lambda user: _ORDER[user.state])
        self.endResetModel()

    # -- cells --------------------------------------------------------------------------------

    def _header(self, column: UserColumn) -> str:
        return _header(column)

    def _key(self, record: AdminUser) -> int:
        return record.id

    def _font(self, record: AdminUser) -> QFont | None:
        if not self._is_me(record):
            return None
        font = QFont()
        font.setBold(True)
        return font

    def _is_me(self, user: AdminUser) -> bool:
        return self._overview is not None and self._overview.is_me(user)

    def _color(self, record: AdminUser, column: UserColumn) -> QBrush | None:
        if record.state is UserState.REVOKED:
            return QBrush(STATE_COLORS[UserState.REVOKED])
        if column is UserColumn.STATE:
            return QBrush(STATE_COLORS[record.state])
        if column is UserColumn.INVITATION and self._overview is not None:
            invitation = self._overview.latest_invitation(record.id)
            if record.state is UserState.INVITED and invitation_needs_action(invitation):
                return QBrush(NEEDS_ACTION_COLOR)
        return None

    def _display(self, record: AdminUser, column: UserColumn) -> str:
        if column is UserColumn.USER:
            return user_name(record, is_me=self._is_me(record))
        if column is UserColumn.ROLE:
            return role_text(record.role)
        if column is UserColumn.STATE:
            return state_text(record.state)
        invitation = self._overview.latest_invitation(record.id) if self._overview else None
        return invitation_text(invitation)


class UserTableView(QTableView):
    """Whole rows, one at a time; the user column takes the room that is left.

    ``on_delete`` is called for the Del key (keyboard-only use: remove the selected user).
    """

    def __init__(
        self,
        model: UserTableModel,
        parent: QWidget | None = None,
        *,
        on_delete: Callable[[], object] | None = None,
    ) -> None:
        super().__init__(parent)
        self._on_delete = on_delete
        self.user_model = model
        self.setModel(model)
        setup_row_view(
            self,
            elide=Qt.TextElideMode.ElideRight,
            stretches=lambda section: model.column(section) is UserColumn.USER,
        )

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if (
            self._on_delete is not None
            and event.key() == Qt.Key.Key_Delete
            and not event.modifiers()
        ):
            event.accept()
            self._on_delete()
            return
        super().keyPressEvent(event)

    def selected(self) -> AdminUser | None:
        rows = self.selectionModel().selectedRows()
        return self.user_model.user(rows[0].row()) if rows else None
