"""Tenant A's objects that the routes of the authorization matrix name, by their real ids.

A target is made when a route first asks for it and kept until a request used it up (a 2xx
of a route that consumes it: a deleted employee, a committed fill job, a confirmed consent
link); the next request of that route gets a fresh one. Every target exists before the
first request is sent, so nothing of tenant A is made while its snapshot is compared.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from cloudsetup.models import Employee, Invitation, Role, paths
from support.authorization import World
from support.cloud import (
    add_employee,
    bearer,
    consent_link_in,
    employee_path,
    invitation_link_in,
    invite,
    login,
    outbox_mails,
    put_batch,
    start_fill,
    unique_email,
)
from support.devices import PASSWORD, device_id


class Targets:
    """Tenant A's objects by kind; :meth:`used_up` drops one so the next request gets anew."""

    def __init__(self, world: World) -> None:
        self.world = world
        self.office = world.home.office
        self.client = self.office.client
        self._held: dict[str, Any] = {}
        self._makers: dict[str, Callable[[], Any]] = {
            "employee": lambda: self.office.people["max"],
            "emma": self._emma,
            "disposable_employee": lambda: add_employee(self.client, self.office.admin),
            "ranged_employee": self._ranged_employee,
            "pending_device": self._pending_device,
            "approved_device": self._approved_device,
            "job": self._job,
            "admin_user": lambda: self.world.home.admin_user_id,
            "invited_admin": lambda: self._invitation(Role.ADMINISTRATION).user_id,
            "invited_provider": lambda: self._invitation(Role.SERVICE_PROVIDER).user_id,
            "admin_invitation": lambda: self._invitation(Role.ADMINISTRATION).id,
            "consent_link": self._consent_link,
            "fresh_consent_link": self._consent_link,
            "invitation_link": self._invitation_link,
            "fresh_invitation_link": self._invitation_link,
            "refresh_token": lambda: login(self.client, self.office.data).refresh_token,
        }

    def __getitem__(self, kind: str) -> Any:
        if kind not in self._held:
            self._held[kind] = self._makers[kind]()
        return self._held[kind]

    def used_up(self, *kinds: str) -> None:
        for kind in kinds:
            self._held.pop(kind, None)

    # -- makers -----------------------------------------------------------------------------

    def _activated(self, employee: Employee) -> Employee:
        url = employee_path(paths.EMPLOYEE_ACTIVATION, employee.id)
        response = self.client.post(url, json={"password": PASSWORD}, headers=self.office.auth)
        assert response.status_code == 200, response.text
        return employee

    def _emma(self) -> Employee:
        """Activated (not confirmed), no device: her record may be rewritten as it is."""
        return self._activated(add_employee(self.client, self.office.admin, name="Emma Ziel"))

    def _ranged_employee(self) -> Employee:
        employee = add_employee(self.client, self.office.admin)
        url = employee_path(paths.EMPLOYEE_RANGE, employee.id)
        entry = {"prefix": "RE-Z-", "start": 1, "end": 99}
        assert self.client.put(url, json=entry, headers=self.office.auth).status_code == 200
        return employee

    def _pending_device(self) -> int:
        """A device of a new confirmed employee, waiting for approval; the office synced."""
        key = self.world.fresh_name()
        self.office.add_person(key, f"Neu {key}")
        device = device_id()
        assert self.office.sign_in(key, device).status_code == 202
        self.world.home.synced()
        return self.office.device_pk(device)

    def _approved_device(self) -> int:
        pk = self._pending_device()
        assert self.office.approve(pk).status_code == 200
        return pk

    def _job(self) -> str:
        """An open fill job holding all its batches: tenant A's live records once more, so a
        commit makes live what is live already (its devices keep what they pull)."""
        job, batches = start_fill(self.client, self.office.admin, self.world.home.records, 50)
        for seq, batch in enumerate(batches):
            response = put_batch(self.client, self.office.admin, job.id, seq, batch)
            assert response.status_code == 200, response.text
        return job.id

    def _invitation(self, role: Role) -> Invitation:
        return invite(self.client, self.office.admin, role=role)

    def _consent_link(self) -> str:
        employee = self._activated(add_employee(self.client, self.office.admin))
        return consent_link_in(outbox_mails(self.office.server, employee.email)[-1])

    def _invitation_link(self) -> str:
        invitation = invite(self.client, self.office.admin, email=unique_email("matrix"))
        return invitation_link_in(outbox_mails(self.office.server, invitation.email)[-1])

    def auth(self) -> dict[str, str]:
        return bearer(self.office.admin)
