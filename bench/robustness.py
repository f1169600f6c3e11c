"""Robustness figures (issue 7): how many faults and bad inputs were tried, and how many hurt.

    python bench/robustness.py

Runs the robustness test modules with pytest and counts their outcome per case. Each module
lists its cases as data (``FAULT_CASES``, ``FUZZED_FIELDS``, …) and names each test's case in
one parameter (``case`` or ``field``), so a case is counted once however many tests it has. A
case whose test failed (or that did not run at all) is a loss, or for a fuzzed field a crash.
The server's figures are what its tests record with ``record_property``: the cells of the
authorization matrix and its violations (tests/server/test_authorization_matrix.py), the
examples schemathesis sent and the failures it found (tests/server/test_api_fuzzing.py),
summed over both databases. The last lines, and the exit code 0 only when every figure that
must be 0 is:

    robustness (server): 57 routes x 13 callers = 741 cells on 2 databases, 0 violations; \
schemathesis 1320 examples, 0 failures
    robustness (desktop): 26 fault cases, 0 losses; 10 fields fuzzed, 0 crashes
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Final

import pytest

ROOT: Final = Path(__file__).resolve().parents[1]
TESTS: Final = ROOT / "tests"


@dataclass(frozen=True)
class Source:
    """A test module and the name of the case list it exposes."""

    path: str  # relative to the repository, e.g. "tests/gui/test_network_faults.py"
    cases: str  # e.g. "FAULT_CASES"

    @property
    def module(self) -> str:
        return ".".join(Path(self.path).relative_to("tests").with_suffix("").parts)

    def case_names(self) -> list[str]:
        values: Collection[str] = getattr(importlib.import_module(self.module), self.cases)
        return [str(value) for value in values]


@dataclass(frozen=True)
class Measure:
    """One figure pair: ``label`` counted over the sources, ``failure`` the ones that failed."""

    label: str
    failure: str
    parameter: str  # the test parameter that names the case
    sources: tuple[Source, ...]


@dataclass(frozen=True)
class Section:
    name: str
    measures: tuple[Measure, ...]


MATRIX_TESTS: Final = "tests/server/test_authorization_matrix.py"
FUZZING_TESTS: Final = "tests/server/test_api_fuzzing.py"

SECTIONS: Final = (
    Section(
        "desktop",
        (
            Measure(
                "fault cases",
                "losses",
                "case",
                (
                    Source("tests/gui/test_network_faults.py", "FAULT_CASES"),
                    Source("tests/gui/test_keyring_faults.py", "KEYRING_CASES"),
                    Source("tests/gui/test_close_and_reopen.py", "CLOSE_CASES"),
                    Source("tests/faults/test_app_killed.py", "KILL_CASES"),
                ),
            ),
            Measure(
                "fields fuzzed",
                "crashes",
                "field",
                (Source("tests/gui/test_bad_input.py", "FUZZED_FIELDS"),),
            ),
        ),
    ),
)


@dataclass(eq=False)  # pytest keeps its plugins in a set
class CaseCounter:
    """A pytest plugin: the outcomes of every test report, by (module path, case name)."""

    parameters: frozenset[str]
    _case_of: dict[str, tuple[str, str]] = field(default_factory=dict)
    outcomes: dict[tuple[str, str], list[str]] = field(default_factory=dict)
    # (module path, property name) -> the values its tests recorded; with the outcome of each
    properties: dict[tuple[str, str], list[object]] = field(default_factory=dict)
    failed_modules: set[str] = field(default_factory=set)

    def pytest_collection_modifyitems(self, items: list[pytest.Item]) -> None:
        for item in items:
            params = getattr(getattr(item, "callspec", None), "params", {})
            for name in self.parameters & params.keys():
                path = item.path.relative_to(ROOT).as_posix()
                self._case_of[item.nodeid] = (path, str(params[name]))

    def pytest_runtest_logreport(self, report: pytest.TestReport) -> None:
        module = report.nodeid.split("::")[0]
        if report.when == "teardown":  # it has all a test recorded, fixtures' teardown too
            for name, value in report.user_properties:
                self.properties.setdefault((module, name), []).append(value)
        if report.outcome == "failed":
            self.failed_modules.add(module)
        key = self._case_of.get(report.nodeid)
        if key is not None and (report.when == "call" or report.outcome != "passed"):
            self.outcomes.setdefault(key, []).append(report.outcome)

    def failed(self, source: Source, case: str) -> str | None:
        """Why ``case`` counts as a failure (``None`` when all its tests passed)."""
        outcomes = self.outcomes.get((source.path, case), [])
        if not outcomes:
            return "did not run"
        if any(outcome != "passed" for outcome in outcomes):
            return "failed"
        return None


def _paths(sections: Iterable[Section]) -> list[str]:
    sources = {s.path for section in sections for m in section.measures for s in m.sources}
    return sorted(sources | {MATRIX_TESTS, FUZZING_TESTS})


def _total(counter: CaseCounter, module: str, name: str) -> int:
    return sum(int(str(value)) for value in counter.properties.get((module, name), []))


def server_line(counter: CaseCounter) -> tuple[str, bool]:
    """The server's figures; healthy when both test modules ran, passed and counted 0."""
    routes = counter.properties.get((MATRIX_TESTS, "matrix_routes"), [0])[0]
    callers = counter.properties.get((MATRIX_TESTS, "matrix_callers"), [0])[0]
    runs = len(counter.properties.get((MATRIX_TESTS, "matrix_cells"), []))
    cells = _total(counter, MATRIX_TESTS, "matrix_cells") // max(runs, 1)
    violations = _total(counter, MATRIX_TESTS, "matrix_violations")
    examples = _total(counter, FUZZING_TESTS, "schemathesis_examples")
    failures = _total(counter, FUZZING_TESTS, "schemathesis_failures")
    ran = runs > 0 and examples > 0
    healthy = (
        ran
        and not violations
        and not failures
        and not counter.failed_modules
        & {
            MATRIX_TESTS,
            FUZZING_TESTS,
        }
    )
    for module in sorted(counter.failed_modules & {MATRIX_TESTS, FUZZING_TESTS}):
        print(f"  not passed: {module}")
    line = (
        f"robustness (server): {routes} routes x {callers} callers = {cells} cells on {runs} "
        f"databases, {violations} violations; schemathesis {examples} examples, "
        f"{failures} failures"
    )
    return line, healthy


def main() -> int:
    sys.path.insert(0, str(TESTS))
    parameters = frozenset(m.parameter for section in SECTIONS for m in section.measures)
    counter = CaseCounter(parameters)
    pytest.main(
        # In this process (-n0): the counter hears every test's outcome only without workers.
        [*(str(ROOT / path) for path in _paths(SECTIONS)), "-q", "-n0", "-p", "no:randomly"],
        plugins=[counter],
    )
    line, healthy = server_line(counter)
    print(line)
    for section in SECTIONS:
        figures = []
        for measure in section.measures:
            total = 0
            failures: list[str] = []
            for source in measure.sources:
                for case in source.case_names():
                    total += 1
                    why = counter.failed(source, case)
                    if why is not None:
                        failures.append(f"{source.path} [{case}]: {why}")
            for line in failures:
                print(f"  not passed: {line}")
            healthy = healthy and not failures
            figures.append(f"{total} {measure.label}, {len(failures)} {measure.failure}")
        print(f"robustness ({section.name}): " + "; ".join(figures))
    return 0 if healthy else 1


if __name__ == "__main__":
    sys.exit(main())
