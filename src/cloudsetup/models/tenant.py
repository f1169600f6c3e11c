"""The tenant (one company's cloud) and its setup state, from which the wizard resumes."""

from __future__ import annotations

from datetime import datetime
from enum import IntEnum

from pydantic import Field

from cloudsetup.models.common import ApiModel


class SetupStep(IntEnum):
    """The wizard's steps in order; ``DONE`` once every step is finished."""

    CREDENTIALS = 1
    EMPLOYEES = 2
    ACCESS = 3
    FILL = 4
    DONE = 5


class SetupState(ApiModel):
    """What the cloud knows about how far the setup has come (derived by the server)."""

    credentials_ok: bool = Field(description="an admin has signed in from the office software")
    employees: int = Field(ge=0, description="number of employees")
    employees_activated: int = Field(
        ge=0, description="employees activated for the cloud (their consent mail was sent)"
    )
    employees_confirmed: int = Field(ge=0, description="employees who confirmed consent")
    filled: bool = Field(description="the initial fill has been committed")

    @property
    def first_unfinished_step(self) -> SetupStep:
        """The step the wizard opens at: the first one that is not finished yet."""
        if not self.credentials_ok:
            return SetupStep.CREDENTIALS
        if self.employees == 0:
            return SetupStep.EMPLOYEES
        if self.employees_activated < self.employees:
            # Every employee must at least have been sent his consent mail.
            return SetupStep.ACCESS
        if not self.filled:
            return SetupStep.FILL
        return SetupStep.DONE

    @property
    def is_complete(self) -> bool:
        return self.first_unfinished_step is SetupStep.DONE


class Tenant(ApiModel):
    """``GET /tenant``: the company's cloud as the signed-in admin sees it."""

    name: str
    domain: str
    created_at: datetime
    setup: SetupState
