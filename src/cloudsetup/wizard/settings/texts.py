"""Texts more than one settings section shows: roles, yes/no states, value labels."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel

from cloudsetup.models import Role, SetupState


def role_text(role: Role | None) -> str:
    """The role as the seed names it: "Verwaltung" (Administration) or "Service Provider"."""
    if role is Role.ADMINISTRATION:
        return QCoreApplication.translate("Roles", "Administration")
    if role is Role.SERVICE_PROVIDER:
        return QCoreApplication.translate("Roles", "Service Provider")
    return QCoreApplication.translate("Roles", "unknown")


def activated_text(state: SetupState) -> str:
    return QCoreApplication.translate(
        "SettingsTexts", "{activated} of {count}, {confirmed} confirmed"
    ).format(
        activated=state.employees_activated,
        count=state.employees,
        confirmed=state.employees_confirmed,
    )


def value_label(object_name: str) -> QLabel:
    """A label for a value from the cloud: plain text (never HTML), selectable, wrapping."""
    label = QLabel()
    label.setObjectName(object_name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label
