"""The employees' devices as the office admin decides them ("Neue Geräte zulassen").

An employee who signs in on his phone or second computer appears here as *pending*; the admin
approves or rejects him, at most two approved devices per employee. A third comes in only by
replacing one of the two (``approve(..., replaces=…)``), and only once the office has synced
everything: the cloud refuses with ``not_synced`` otherwise. When the limit is the reason, the
refusal names the employee and his two devices, so the dialog can offer which one to replace.
"""

from __future__ import annotations

import builtins
import logging
from collections.abc import Callable
from typing import TypeVar

from cloudsetup.cloud.errors import CloudError
from cloudsetup.models import Device, DeviceState
from cloudsetup.services.errors import user_error_from
from cloudsetup.services.setup import SetupService
from cloudsetup.services.text import QT_TRANSLATE_NOOP
from cloudsetup.services.user_error import UserError

log = logging.getLogger(__name__)

T = TypeVar("T")


class DeviceService:
    """Lists the tenant's devices and approves, rejects or revokes them."""

    def __init__(self, setup: SetupService) -> None:
        self._setup = setup

    def list(self, *, employee_id: int | None = None) -> builtins.list[Device]:
        """Every device (of one employee): pending first, then by employee and device name."""
        return self._cloud(lambda: self._setup.client.list_devices(employee_id=employee_id))

    def pending(self) -> builtins.list[Device]:
        """The devices waiting for a decision, for the approval dialog."""
        return self._cloud(lambda: self._setup.client.list_devices(state=DeviceState.PENDING))

    def approve(self, device_pk: int, *, replaces: int | None = None) -> Device:
        """Approve a pending device; ``replaces`` revokes that device of his in the same step.

        Raises :class:`UserError` with the code ``device_limit`` (naming his two devices),
        ``not_synced``, ``device_not_pending``, ``consent_missing``, ``replaces_invalid`` ….
        """
        try:
            return self._setup.client.approve_device(device_pk, replaces=replaces)
        except CloudError as exc:
            error = user_error_from(exc)
            if error.code == "device_limit":
                raise self._limit(error, device_pk) from exc
            raise error from exc

    def reject(self, device_pk: int) -> Device:
        """Reject a pending device: it never gets data (it may ask again as a new device)."""
        return self._cloud(lambda: self._setup.client.reject_device(device_pk))

    def revoke(self, device_pk: int) -> Device:
        """End an approved device's access at once (a lost phone, an employee who left)."""
        return self._cloud(lambda: self._setup.client.revoke_device(device_pk))

    # -- internals -------------------------------------------------------------------------

    @staticmethod
    def _cloud(call: Callable[[], T]) -> T:
        try:
            return call()
        except CloudError as exc:
            raise user_error_from(exc) from exc

    def _limit(self, error: UserError, device_pk: int) -> UserError:
        """The limit error naming the employee and his approved devices, when they are found."""
        try:
            devices = self._setup.client.list_devices()
        except CloudError as exc:
            log.info("devices not listed for the limit message: %s", exc)
            return error
        asking = next((d for d in devices if d.id == device_pk), None)
        if asking is None:
            return error
        approved = [
            d
            for d in devices
            if d.employee_id == asking.employee_id and d.state is DeviceState.APPROVED
        ]
        if len(approved) < 2:
            return error
        first, second = approved[0], approved[1]
        return UserError(
            QT_TRANSLATE_NOOP(
                "DeviceErrors",
                '{employee} already has two approved devices: "{first}" and "{second}".',
            ).format(employee=asking.employee_name, first=first.name, second=second.name),
            hint=QT_TRANSLATE_NOOP(
                "DeviceErrors",
                'Choose which of them "{device}" replaces; the replaced device loses its access '
                "at once.",
            ).format(device=asking.name),
            code="device_limit",
            technical=error.technical,
        )
