"""schemathesis against the cloud's own OpenAPI document, over real HTTP, on both databases.

Every operation gets a bounded number of generated requests that fit its document (positive)
and, where it has inputs, of requests that do not (negative), with an admin's token for the
admin routes and an approved device's token for the device routes. Then call sequences along
the links schemathesis infers (create an employee, read, change, delete him; invite, resend,
withdraw; devices, fill jobs). Every answer must pass :data:`support.fuzzing.CHECKS`: no
server error, only documented status codes, content types and bodies, invalid input refused.

The admin routes are fuzzed in a tenant of their own, the device routes in another one (with
confirmed employee, range and fill), so that deleting employees does not end the device token.
The figures go to bench/robustness.py (``schemathesis_examples``, ``schemathesis_failures``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any, Final

import httpx
import pytest
import schemathesis
from hypothesis import HealthCheck, Phase, given, settings
from schemathesis import Case, GenerationMode, Response
from schemathesis.core.result import Ok
from schemathesis.specs.openapi.schemas import OpenApiSchema

from cloudsetup.server.embedded import EmbeddedServer
from support.cloud import bearer, login, new_tenant
from support.devices import Office
from support.fuzzing import CHECKS, Callers, Tally

#: Per operation and mode; small, fixed (derandomized) and unshrunk, so a run is bounded.
EXAMPLES_PER_OPERATION: Final = 8
STATEFUL_SCENARIOS: Final = 12
STATEFUL_STEPS: Final = 6
_BOUNDED: Final = settings(
    derandomize=True,
    deadline=None,
    database=None,
    suppress_health_check=list(HealthCheck),
    phases=[Phase.explicit, Phase.generate],
)


@pytest.fixture
def callers(cloud_server: EmbeddedServer) -> Callers:
    with httpx.Client(base_url=cloud_server.url, timeout=10) as client:
        office = Office.create(cloud_server, client, "Max Maler")
        office.permit("max")
        office.give_range("max")
        device_token = office.approved_device("max")
        fuzzed = login(client, new_tenant(cloud_server))
    return Callers(admin=bearer(fuzzed), device=bearer(device_token))


@pytest.fixture
def api_schema(cloud_server: EmbeddedServer) -> OpenApiSchema:
    schema = schemathesis.openapi.from_url(f"{cloud_server.url}/openapi.json")
    # The bearer token is ours (Callers); schemathesis is not to drop or invent one.
    schema.config.generation.update(with_security_parameters=False)
    # Follow the document's own links only: inferred ones guess by name, and "device_pk"
    # from a device's "device_id" is a request no client would make.
    schema.config.phases.stateful.inference.algorithms = []
    return schema


@pytest.fixture
def tally(record_property: Callable[[str, object], None]) -> Iterator[Tally]:
    counted = Tally()
    yield counted
    counted.record(record_property)


def _modes(operation: Any) -> list[GenerationMode]:
    """Positive always; negative only where there is an input to make invalid."""
    has_inputs = bool(operation.path_parameters or operation.query or operation.body)
    negative = [GenerationMode.NEGATIVE] if has_inputs else []
    return [GenerationMode.POSITIVE, *negative]


def _fuzz(operation: Any, mode: GenerationMode, callers: Callers, tally: Tally) -> None:
    headers = callers.headers_for(operation.path)

    @settings(_BOUNDED, max_examples=EXAMPLES_PER_OPERATION)
    @given(case=operation.as_strategy(generation_mode=mode))
    def send(case: Case[Any]) -> None:
        tally.examples += 1
        case.call_and_validate(headers=headers, checks=CHECKS)

    try:
        send()
    except Exception as exc:  # a FailureGroup of the checks, or an error on the way
        tally.failures.append(f"{operation.label} ({mode.value}): {exc}")


def test_every_operation_answers_generated_requests_as_documented(
    api_schema: OpenApiSchema, callers: Callers, tally: Tally
) -> None:
    results = list(api_schema.get_all_operations())
    operations = [result.ok() for result in results if isinstance(result, Ok)]
    assert len(operations) == len(results), "schemathesis cannot read every operation"
    assert len(operations) >= 40, "the OpenAPI document lost its operations"

    for operation in operations:
        for mode in _modes(operation):
            _fuzz(operation, mode, callers, tally)

    assert not tally.failures, tally.report()


def test_call_sequences_along_the_links_answer_as_documented(
    api_schema: OpenApiSchema, callers: Callers, tally: Tally
) -> None:
    base = api_schema.as_state_machine()

    class CloudStateMachine(base):  # type: ignore[valid-type, misc]
        def get_call_kwargs(self, case: Case[Any]) -> dict[str, Any]:
            return {"headers": callers.headers_for(case.operation.path)}

        def validate_response(
            self,
            response: Response,
            case: Case[Any],
            additional_checks: Any = None,
            **kwargs: Any,
        ) -> None:
            tally.examples += 1
            case.validate_response(response, checks=CHECKS, transport_kwargs=kwargs)

    try:
        CloudStateMachine.run(
            settings=settings(
                _BOUNDED, max_examples=STATEFUL_SCENARIOS, stateful_step_count=STATEFUL_STEPS
            )
        )
    except Exception as exc:
        tally.failures.append(f"stateful: {exc}")

    assert tally.examples >= STATEFUL_SCENARIOS, "the state machine ran no calls"
    assert not tally.failures, tally.report()
