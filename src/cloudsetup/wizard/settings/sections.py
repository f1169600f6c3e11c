"""The settings window's sections, in the order of its side list: add a section here.

Each entry builds one :class:`~cloudsetup.wizard.settings.section.SettingsSection` from the
window's :class:`~cloudsetup.wizard.settings.context.SettingsContext` (a section class is such a
factory).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

from cloudsetup.wizard.settings.access_section import AccessSettings
from cloudsetup.wizard.settings.connection_section import ConnectionSettings
from cloudsetup.wizard.settings.context import SettingsContext
from cloudsetup.wizard.settings.devices_section import DeviceSettings
from cloudsetup.wizard.settings.employees_section import EmployeeSettings
from cloudsetup.wizard.settings.fill_section import FillSettings
from cloudsetup.wizard.settings.notifications_section import NotificationSettings
from cloudsetup.wizard.settings.ranges_section import RangeSettings
from cloudsetup.wizard.settings.section import SettingsSection
from cloudsetup.wizard.settings.support_section import SupportSettings
from cloudsetup.wizard.settings.sync_section import SyncSettings
from cloudsetup.wizard.settings.users_section import UserSettings

SectionFactory = Callable[[SettingsContext], SettingsSection]

SECTIONS: Final[tuple[SectionFactory, ...]] = (
    ConnectionSettings,
    EmployeeSettings,
    AccessSettings,
    RangeSettings,
    DeviceSettings,
    SyncSettings,
    UserSettings,
    NotificationSettings,
    FillSettings,
    SupportSettings,
)
