"""Starting the GUI as ``cloudsetup`` does, for the tests: the launcher and a finished setup."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from cloudsetup.models import SetupState
from cloudsetup.services.setup import Connection, SetupService
from cloudsetup.wizard.launcher import Launcher

COMPLETE = SetupState(
    credentials_ok=True, employees=3, employees_activated=3, employees_confirmed=2, filled=True
)


class FinishedSetupService(SetupService):
    """The real service, but the cloud's answer says every step is done.

    The reference cloud cannot add employees or fill yet (later issues), so a finished setup is
    made by changing only the setup state of a real resumed connection.
    """

    def resume(self) -> Connection | None:
        connection = super().resume()
        return self._finished(connection) if connection is not None else None

    def reload(self) -> Connection:
        return self._finished(super().reload())

    @staticmethod
    def _finished(connection: Connection) -> Connection:
        tenant = connection.tenant.model_copy(update={"setup": COMPLETE})
        return Connection(tenant, connection.user, connection.secret_stored)


def launch(qtbot: QtBot, launcher: Launcher) -> QWidget:
    """Start ``launcher`` and return the window it opened (the startup window is gone)."""
    with qtbot.waitSignal(launcher.opened, timeout=20_000) as blocker:
        launcher.start()
        assert launcher.startup.isVisible()
    window = blocker.args[0]
    assert isinstance(window, QWidget)
    qtbot.addWidget(window)
    assert not launcher.startup.isVisible()
    return window
