"""How devices read in the UI: platform and state names, the verification code, a summary line."""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from cloudsetup.models import Device, DeviceState, Platform
from cloudsetup.wizard.moments import local_time

STATE_COLORS: Final = {
    DeviceState.PENDING: QColor("#8a5a00"),
    DeviceState.APPROVED: QColor("#1e7b34"),
    DeviceState.REJECTED: QColor("#5f6368"),
    DeviceState.REVOKED: QColor("#b3261e"),
}


def platform_text(platform: Platform) -> str:
    """The kind of device in words the admin knows from the phone in his hand."""
    texts = {
        Platform.ANDROID: QCoreApplication.translate("DeviceTexts", "Android"),
        Platform.IOS: QCoreApplication.translate("DeviceTexts", "iPhone/iPad"),
        Platform.WINDOWS: QCoreApplication.translate("DeviceTexts", "Windows PC"),
        Platform.MACOS: QCoreApplication.translate("DeviceTexts", "Mac"),
        Platform.LINUX: QCoreApplication.translate("DeviceTexts", "Linux computer"),
        Platform.OTHER: QCoreApplication.translate("DeviceTexts", "Other device"),
    }
    return texts[platform]


def state_text(state: DeviceState) -> str:
    texts = {
        DeviceState.PENDING: QCoreApplication.translate("DeviceTexts", "Waiting for approval"),
        DeviceState.APPROVED: QCoreApplication.translate("DeviceTexts", "Approved"),
        DeviceState.REJECTED: QCoreApplication.translate("DeviceTexts", "Rejected"),
        DeviceState.REVOKED: QCoreApplication.translate("DeviceTexts", "Revoked"),
    }
    return texts[state]


def grouped_code(code: str | None) -> str:
    """The verification code in two groups of three ("K7M Q2P"), easier to read aloud."""
    if not code:
        return "—"
    middle = len(code) // 2
    return f"{code[:middle]} {code[middle:]}"


def since_text(device: Device) -> str:
    """When the device asked (pending) or was decided on, in local time."""
    if device.state is DeviceState.PENDING or device.decided_at is None:
        return local_time(device.requested_at)
    return local_time(device.decided_at)


def device_line(device: Device) -> str:
    """ "Jonas' iPhone (iPhone/iPad)": a device named in one line, e.g. in a choice."""
    return QCoreApplication.translate("DeviceTexts", "{name} ({platform})").format(
        name=device.name, platform=platform_text(device.platform)
    )


def decision_text(device: Device, replaced: Device | None) -> tuple[str, str | None]:
    """What the approval dialog says after the cloud took a decision on ``device``."""
    names = {"device": device.name, "employee": device.employee_name}
    if device.state is DeviceState.APPROVED and replaced is not None:
        return (
            QCoreApplication.translate(
                "DeviceTexts", '"{device}" of {employee} is approved and replaces "{old}".'
            ).format(old=replaced.name, **names),
            QCoreApplication.translate("DeviceTexts", "The replaced device was signed out."),
        )
    if device.state is DeviceState.APPROVED:
        return (
            QCoreApplication.translate(
                "DeviceTexts", '"{device}" of {employee} is approved.'
            ).format(**names),
            QCoreApplication.translate(
                "DeviceTexts", "The device receives the company data at its next sign-in."
            ),
        )
    return (
        QCoreApplication.translate("DeviceTexts", '"{device}" of {employee} was rejected.').format(
            **names
        ),
        None,
    )
