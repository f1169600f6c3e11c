"""The admin's device endpoints of the cloud API: the list, approve, reject and revoke.

Retries follow :mod:`cloudsetup.cloud.retry`: the list is a ``GET`` and is retried after
transient failures. Approving, rejecting and revoking are ``POST`` decisions and are not: the
server refuses a second decision on a device that is no longer pending (409
``device_not_pending``), so a repeat after a lost answer would turn a success into an error,
and a repeated approval with ``replaces`` could revoke a device the admin did not mean. They
are repeated only when the request provably never left this computer.
"""

from __future__ import annotations

import operator

from cloudsetup.cloud._calls import BearerCalls
from cloudsetup.models import Device, DeviceApproval, DeviceState, paths


def device_path(template: str, device_pk: int) -> str:
    """``template`` with the device's id filled in; only a real integer gets into the path."""
    return template.format(device_pk=operator.index(device_pk))


class DeviceAdminEndpoints(BearerCalls):
    """``/devices``: the employees' devices as the office admin sees and decides them."""

    def list_devices(
        self, *, state: DeviceState | None = None, employee_id: int | None = None
    ) -> list[Device]:
        """``GET /devices``: pending first, then by employee name and device name."""
        params: dict[str, str | int] = {}
        if state is not None:
            params["state"] = DeviceState(state).value
        if employee_id is not None:
            params["employee_id"] = operator.index(employee_id)
        return self._call_list(paths.DEVICES, Device, params=params or None)

    def approve_device(self, device_pk: int, *, replaces: int | None = None) -> Device:
        """``POST /devices/{id}/approve``; ``replaces`` revokes that device in the same step.

        409 ``device_limit`` (the employee has two approved devices), ``not_synced`` (the
        office has not pulled every device invoice), ``device_not_pending``,
        ``consent_missing``; 422 ``replaces_invalid``.
        """
        body = DeviceApproval(replaces=replaces)
        return self._call(
            "POST",
            device_path(paths.DEVICE_APPROVE, device_pk),
            Device,
            json=body.model_dump(mode="json"),
            idempotent=False,
        )

    def reject_device(self, device_pk: int) -> Device:
        """``POST /devices/{id}/reject``: the device never gets data (409 if not pending)."""
        return self._call(
            "POST", device_path(paths.DEVICE_REJECT, device_pk), Device, idempotent=False
        )

    def revoke_device(self, device_pk: int) -> Device:
        """``POST /devices/{id}/revoke``: its token stops working at once (409 if not approved)."""
        return self._call(
            "POST", device_path(paths.DEVICE_REVOKE, device_pk), Device, idempotent=False
        )
