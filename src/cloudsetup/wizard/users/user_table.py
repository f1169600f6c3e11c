"""The users of the cloud as a table: who, role, state, and the state of his invitation.

Like :mod:`cloudsetup.wizard.devices.device_table`: a small read-only model over the
:class:`~cloudsetup.services.users.UserOverview`, whole rows, one at a time, keyboard first.
Active users come first, then the invited ones, the removed ones last (greyed).
"""

from __future__ import annotations

from collections.abc import Callable
from enum import IntEnum

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QFont, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from cloudsetup.models import AdminUser, UserState
from cloudsetup.services.users import UserOverview
from cloudsetup.wizard.users.texts import (
    NEEDS_ACTION_COLOR,
    STATE_COLORS,
    invitation_needs_action,
    invitation_text,
    role_text,
    state_text,
    user_name,
)

_Index = QModelIndex | QPersistentModelIndex
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


class UserTableModel(QAbstractTableModel):
    """Read-only rows: one per admin user of the overview."""

    def __init__(self) -> None:
        super().__init__()
        self._overview: UserOverview | None = None
        self._users: list[AdminUser] = []

    @property
    def users(self) -> list[AdminUser]:
        return list(self._users)

    def user(self, row: int) -> AdminUser | None:
        return self._users[row] if 0 <= row < len(self._users) else None

    def row_of(self, user_id: int) -> int:
        return next((row for row, u in enumerate(self._users) if u.id == user_id), -1)

    def set_overview(self, overview: UserOverview) -> None:
        self.beginResetModel()
        self._overview = overview
        self._users = sorted(overview.users, key=lambda user: _ORDER[user.state])
        self.endResetModel()

    def text(self, row: int, column: UserColumn) -> str:
        """What the cell shows (tests and screen readers)."""
        user = self.user(row)
        return "" if user is None else self._display(user, column)

    # -- Qt model -----------------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self._users)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(UserColumn)

    def headerData(  # noqa: N802 - Qt API
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(UserColumn)
        ):
            return _header(UserColumn(section))
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        user = self.user(index.row()) if index.isValid() else None
        if user is None or not 0 <= index.column() < len(UserColumn):
            return None
        column = UserColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(user, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._color(user, column)
        if role == Qt.ItemDataRole.FontRole and self._is_me(user):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.UserRole:
            return user.id
        return None

    # -- internals ----------------------------------------------------------------------------

    def _is_me(self, user: AdminUser) -> bool:
        return self._overview is not None and self._overview.is_me(user)

    def _color(self, user: AdminUser, column: UserColumn) -> QBrush | None:
        if user.state is UserState.REVOKED:
            return QBrush(STATE_COLORS[UserState.REVOKED])
        if column is UserColumn.STATE:
            return QBrush(STATE_COLORS[user.state])
        if column is UserColumn.INVITATION and self._overview is not None:
            invitation = self._overview.latest_invitation(user.id)
            if user.state is UserState.INVITED and invitation_needs_action(invitation):
                return QBrush(NEEDS_ACTION_COLOR)
        return None

    def _display(self, user: AdminUser, column: UserColumn) -> str:
        if column is UserColumn.USER:
            return user_name(user, is_me=self._is_me(user))
        if column is UserColumn.ROLE:
            return role_text(user.role)
        if column is UserColumn.STATE:
            return state_text(user.state)
        invitation = self._overview.latest_invitation(user.id) if self._overview else None
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
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.horizontalHeader()
        for column in UserColumn:
            header.setSectionResizeMode(
                column,
                QHeaderView.ResizeMode.Stretch
                if column is UserColumn.USER
                else QHeaderView.ResizeMode.ResizeToContents,
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
