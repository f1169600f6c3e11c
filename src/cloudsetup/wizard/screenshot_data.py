"""The employees the screenshots of pages 2 and 3 show, put into the cloud through the services.

Four people of a painter's business in different states: the boss confirmed (when the caller
can agree on the consent page for him), two with their mail sent (one of them may write
invoices, with his own number range), one not activated yet. Employees already in the cloud are
kept; the calls run on workers while the event loop turns, like every cloud call of the wizard.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Final

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from cloudsetup.models import AccessState, EmployeeIn, Language, Permissions
from cloudsetup.services.access import AccessService
from cloudsetup.services.employees import EmployeeService
from cloudsetup.services.entry_checks import validate_range_input
from cloudsetup.services.ranges import RangeService
from cloudsetup.services.setup import SetupService
from cloudsetup.wizard.worker import run_in_worker

#: Agrees on the consent page for the employee with this e-mail address (the demo's server
#: reads his consent mail from its outbox and posts the form); raises when it cannot.
ConfirmConsent = Callable[[str], None]

_WAIT_MS: Final = 30_000

PEOPLE: Final = (
    EmployeeIn(name="Anna Becker", email="anna.becker@malerbetrieb-muster.example", is_owner=True),
    EmployeeIn(
        name="Jonas Weber", email="jonas.weber@malerbetrieb-muster.example", employee_number="104"
    ),
    EmployeeIn(
        name="Lea Schmidt",
        email="lea.schmidt@malerbetrieb-muster.example",
        employee_number="107",
        language=Language.EN,
    ),
    EmployeeIn(name="Murat Yilmaz", email="murat.yilmaz@malerbetrieb-muster.example"),
)


def call(fn: Callable[..., Any], *args: Any) -> Any:
    """Run ``fn(*args)`` on a worker, turning the event loop until it answers; re-raise errors."""
    outcome: dict[str, Any] = {}
    loop = QEventLoop()
    worker = run_in_worker(
        fn,
        *args,
        on_returned=lambda value: outcome.setdefault("value", value),
        on_errored=lambda exc: outcome.setdefault("error", exc),
        on_finished=loop.quit,
    )
    QTimer.singleShot(_WAIT_MS, loop.quit)
    if worker.is_running:
        loop.exec()
    if "error" in outcome:
        raise outcome["error"]
    if "value" not in outcome:
        raise TimeoutError(f"{getattr(fn, '__name__', fn)} did not answer in time")
    return outcome["value"]


def spin(until: Callable[[], bool], *, timeout_ms: int = 120_000) -> None:
    """Turn the event loop until ``until()`` holds (or a generous timeout)."""
    loop = QEventLoop()
    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(lambda: loop.quit() if until() else None)
    timer.start()
    QTimer.singleShot(timeout_ms, loop.quit)
    if not until():
        loop.exec()
    timer.stop()
    QApplication.processEvents()


def populate_employees(
    service: SetupService, confirm_consent: ConfirmConsent | None
) -> dict[str, str]:
    """Put :data:`PEOPLE` into the connected cloud and bring them into different states.

    Returns the passwords it gave, by e-mail address (the device screenshots sign in with
    them); an employee activated before keeps his unknown password and is not in it.
    """
    employees = EmployeeService(service)
    access = AccessService(service)
    ranges = RangeService(service)
    call(employees.import_entries, list(PEOPLE))
    by_email = {e.email.casefold(): e for e in call(employees.list)}
    anna, jonas, lea, _murat = (by_email[p.email.casefold()] for p in PEOPLE)

    passwords: dict[str, str] = {}
    for person in (anna, jonas, lea):
        if person.access.state is AccessState.NOT_ACTIVATED:
            passwords[person.email] = AccessService.generate_password()
            call(access.activate, person.id, passwords[person.email])
    if confirm_consent is not None and anna.access.state is not AccessState.CONFIRMED:
        call(confirm_consent, anna.email)
    call(access.set_permissions, lea.id, Permissions(may_create_invoices=True))
    suggestion = call(ranges.suggest, "RE-2026-", 1000)
    entry = validate_range_input(
        prefix=suggestion.prefix,
        start=str(suggestion.start),
        end=str(suggestion.end),
        next_number=str(suggestion.start + 37),
    )
    call(ranges.set_employee_range, lea.id, entry)
    return passwords
