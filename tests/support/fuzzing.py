"""schemathesis against the real cloud: which checks, which token for which route, and a tally.

The checks are schemathesis' own (server errors, documented status codes, content types,
headers and response schemas, invalid input refused, ``Allow`` of a 405) plus
:func:`schema_and_model_agree`, which takes the place of ``positive_data_acceptance``: the
document cannot state every rule of the models (a password's strength, a range that ends
before it starts), so a request it allows may be refused with 422 for such a reason; never
for a rule the document could have said (a type, a length, a bound: pydantic's own codes).
"""

from __future__ import annotations

import typing
from dataclasses import dataclass, field
from typing import Any, Final

from pydantic_core.core_schema import ErrorType
from schemathesis import Case, CheckContext, CheckFunction, GenerationMode, Response
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    allow_header_conformance,
    content_type_conformance,
    negative_data_rejection,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from cloudsetup.models import ErrorCode, paths

#: Codes of pydantic's own rules: a schema-valid request refused with one means the OpenAPI
#: document lacks a constraint the model has (ours: ``name_empty``, ``range_inverted``, ...).
PYDANTIC_CODES: Final = frozenset(typing.get_args(ErrorType))
DEVICE_ROUTES: Final = f"{paths.API_PREFIX}/device/"


def schema_and_model_agree(_ctx: CheckContext, response: Response, case: Case[Any]) -> bool | None:
    """A request the document allows is never refused for a rule the document could state."""
    meta = case.meta
    if meta is None or meta.generation.mode is not GenerationMode.POSITIVE:
        return None
    if response.status_code != 422:
        return None
    body = response.json()
    if body.get("code") != ErrorCode.VALIDATION_FAILED:
        return None  # a refusal of its own (invalid_cursor, number_outside_range, ...)
    unstated = [item for item in body.get("fields", []) if item.get("code") in PYDANTIC_CODES]
    if unstated:
        raise AssertionError(f"refused for a rule the OpenAPI document does not state: {unstated}")
    return None


CHECKS: Final[list[CheckFunction]] = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
    negative_data_rejection,
    allow_header_conformance,
    schema_and_model_agree,
]


@dataclass(frozen=True)
class Callers:
    """The bearer headers the fuzzer sends: an admin's for the admin routes, a device's for
    the device routes (the public routes ignore both)."""

    admin: dict[str, str]
    device: dict[str, str]

    def headers_for(self, path: str) -> dict[str, str]:
        return self.device if path.startswith(DEVICE_ROUTES) else self.admin


@dataclass
class Tally:
    """Examples sent and the failures found (one text per failing operation and mode)."""

    examples: int = 0
    failures: list[str] = field(default_factory=list)

    def record(self, properties: Any) -> None:
        """Hand the figures to bench/robustness.py (``record_property``)."""
        properties("schemathesis_examples", self.examples)
        properties("schemathesis_failures", len(self.failures))

    def report(self) -> str:
        return f"{len(self.failures)} failures in {self.examples} examples:\n\n" + "\n\n".join(
            self.failures
        )
