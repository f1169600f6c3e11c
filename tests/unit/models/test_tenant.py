"""Which wizard step a setup state resumes at, for every combination of finished steps."""

from __future__ import annotations

import itertools

import pytest
from pydantic import ValidationError

from cloudsetup.models import SetupState, SetupStep


def _state(*, credentials: bool, employees: int, activated: int, filled: bool) -> SetupState:
    return SetupState(
        credentials_ok=credentials,
        employees=employees,
        employees_activated=activated,
        employees_confirmed=0,
        filled=filled,
    )


def _expected_step(credentials: bool, employees: int, activated: int, filled: bool) -> SetupStep:
    """The rule written out as a table: the first step in wizard order that is not finished."""
    for step, finished in (
        (SetupStep.CREDENTIALS, credentials),
        (SetupStep.EMPLOYEES, employees > 0),
        # Access is finished once every employee has at least been sent his consent mail.
        (SetupStep.ACCESS, activated >= employees),
        (SetupStep.FILL, filled),
    ):
        if not finished:
            return step
    return SetupStep.DONE


@pytest.mark.parametrize(
    ("credentials", "employees", "activated", "filled"),
    [
        (credentials, employees, activated, filled)
        for credentials, employees, activated, filled in itertools.product(
            [False, True], [0, 1, 3], [0, 1, 3], [False, True]
        )
        if activated <= employees
    ],
)
def test_first_unfinished_step_for_every_combination(
    credentials: bool, employees: int, activated: int, filled: bool
) -> None:
    state = _state(credentials=credentials, employees=employees, activated=activated, filled=filled)
    expected = _expected_step(credentials, employees, activated, filled)
    assert state.first_unfinished_step is expected
    assert state.is_complete is (expected is SetupStep.DONE)


@pytest.mark.parametrize(
    ("credentials", "employees", "activated", "filled", "step"),
    [
        (False, 0, 0, False, SetupStep.CREDENTIALS),
        (False, 5, 5, True, SetupStep.CREDENTIALS),
        (True, 0, 0, False, SetupStep.EMPLOYEES),
        (True, 2, 0, True, SetupStep.ACCESS),
        (True, 2, 1, True, SetupStep.ACCESS),
        (True, 2, 2, False, SetupStep.FILL),
        (True, 2, 2, True, SetupStep.DONE),
    ],
)
def test_named_setup_situations_resume_at_the_right_step(
    credentials: bool, employees: int, activated: int, filled: bool, step: SetupStep
) -> None:
    state = _state(credentials=credentials, employees=employees, activated=activated, filled=filled)
    assert state.first_unfinished_step is step


def test_only_a_fully_finished_setup_is_complete() -> None:
    assert _state(credentials=True, employees=1, activated=1, filled=True).is_complete
    assert not _state(credentials=True, employees=1, activated=1, filled=False).is_complete


def test_steps_are_ordered_as_the_wizard_shows_them() -> None:
    assert list(SetupStep) == sorted(SetupStep)
    names = [step.name for step in SetupStep]
    assert names == ["CREDENTIALS", "EMPLOYEES", "ACCESS", "FILL", "DONE"]


def test_negative_counts_are_rejected() -> None:
    with pytest.raises(ValidationError):
        _state(credentials=True, employees=-1, activated=0, filled=False)
