"""Every route of the cloud x every kind of caller, against the table in authorization_matrix.toml.

The callers (tests/support/authorization.py) and the objects the routes name (tenant A's,
by real ids: tests/support/matrix_targets.py) are made first. Then every cell whose caller
may not act in tenant A is sent (bad tokens, tenant B's callers, devices of employees that
are gone) and tenant A is read back unchanged; then the rest. A cell passes when the status
is the table's, an error is an ``ErrorBody`` and a caller of another tenant reads nothing of
tenant A. The figures go to bench/robustness.py (``matrix_cells``, ``matrix_violations``).
"""

from __future__ import annotations

import tomllib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Final

import httpx
import pytest
from fastapi import routing

from cloudsetup.models import ErrorBody, paths
from cloudsetup.server.embedded import EmbeddedServer
from support.authorization import HOME_CALLERS, World, build_world
from support.cloud import bearer
from support.matrix_requests import REQUESTS, Cell
from support.matrix_targets import Targets

MATRIX: Final = tomllib.loads((Path(__file__).parent / "authorization_matrix.toml").read_text())
CALLERS: Final[list[str]] = MATRIX["callers"]
ROUTES: Final[dict[str, list[str]]] = MATRIX["routes"]
_AUTH_CODES: Final = {"invalid_token", "token_expired"}


#: Routes that anybody may call: the request itself carries what opens them.
PUBLIC: Final = frozenset(
    {
        "GET /api/v1/health",
        "POST /api/v1/device/signin",
        "POST /api/v1/auth/login",
        "POST /api/v1/auth/refresh",
        "POST /api/v1/auth/logout",
        *(route for route in ROUTES if not route.split()[1].startswith(paths.API_PREFIX)),
    }
)


@dataclass
class Outcome:
    cells: int = 0
    violations: list[str] = field(default_factory=list)


def _app_routes(server: EmbeddedServer) -> set[str]:
    """Every "METHOD path" the app serves (its OpenAPI operations, pages and docs)."""
    found: set[str] = set()
    for route in routing.iter_route_contexts(server.app.routes):
        for method in route.methods or ():
            if method != "HEAD":
                found.add(f"{method} {route.path}")
    return found


def _leaks(world: World, text: str) -> list[str]:
    home = world.home.office
    # (Not HOME_ONLY_CUSTOMER: tenant B's device sends that id, its refusal may name it.)
    markers = [home.data.domain, "Max Maler", "Emma Ziel", home.people["max"].email]
    return [marker for marker in markers if marker in text]


def _check(world: World, route: str, caller: str, expected: str, response: httpx.Response) -> str:
    """What is wrong with the answer of one cell ("" when nothing)."""
    where = f"{route} as {caller}"
    if str(response.status_code) not in expected.split("|"):
        return f"{where}: {response.status_code}, expected {expected}: {response.text[:300]}"
    if (
        route not in PUBLIC
        and caller not in HOME_CALLERS
        and (leaked := _leaks(world, response.text))
    ):
        return f"{where}: tenant A's {leaked} in the answer"
    if response.status_code >= 400 and route.split()[1].startswith(paths.API_PREFIX):
        body = ErrorBody.model_validate_json(response.content)
        if response.status_code == 401 and body.code not in _AUTH_CODES:
            return f"{where}: 401 with code {body.code}"
    return ""


def _send(client: httpx.Client, cell: Cell, route: str, expected: str, outcome: Outcome) -> None:
    build, uses = REQUESTS[route]
    call = build(cell)
    headers = cell.world.headers[cell.caller]
    response = client.request(
        call.method, call.url, json=call.json, data=call.form, headers=headers
    )
    outcome.cells += 1
    if problem := _check(cell.world, route, cell.caller, expected, response):
        outcome.violations.append(problem)
    if response.is_success and (route in PUBLIC or cell.caller in HOME_CALLERS):
        cell.targets.used_up(*uses)  # the next request of the route gets a fresh one


def _snapshot(client: httpx.Client, cell: Cell) -> dict[str, bytes]:
    """What tenant A's Administration reads on its GET routes (lists and named objects)."""
    urls = [
        route.split()[1]
        for route in ROUTES
        if route.startswith("GET /api/") and route not in PUBLIC and "{" not in route
    ]
    urls = [url for url in urls if not url.startswith(f"{paths.API_PREFIX}/device/")]
    urls += [
        cell.url(paths.EMPLOYEE, employee_id="employee"),
        cell.url(paths.USER, user_id="admin_user"),
    ]
    auth = bearer(cell.world.home.admin)
    return {url: client.get(url, headers=auth).content for url in urls}


@pytest.fixture
def world(cloud_server: EmbeddedServer, api: httpx.Client) -> World:
    return build_world(cloud_server, api)


def test_every_route_of_the_app_has_a_row_and_every_row_a_request(
    cloud_server: EmbeddedServer,
) -> None:
    served = _app_routes(cloud_server)

    assert served - ROUTES.keys() == set(), "routes without a row in authorization_matrix.toml"
    assert ROUTES.keys() - served == set(), "rows of authorization_matrix.toml without a route"
    assert REQUESTS.keys() == ROUTES.keys()
    assert all(len(row) == len(CALLERS) for row in ROUTES.values())


def test_every_caller_gets_the_status_of_the_matrix_on_every_route(
    api: httpx.Client, world: World, record_property: Callable[[str, object], None]
) -> None:
    targets = Targets(world)
    outcome = Outcome()
    for route in ROUTES:  # every target exists before tenant A is read
        REQUESTS[route][0](Cell(world, targets, "admin"))
    before = _snapshot(api, Cell(world, targets, "admin"))

    foreign = [
        (route, index)
        for route in ROUTES
        if route not in PUBLIC
        for index, caller in enumerate(CALLERS)
        if caller not in HOME_CALLERS
    ]
    for route, index in foreign:
        _send(api, Cell(world, targets, CALLERS[index]), route, ROUTES[route][index], outcome)
    changed = [
        url
        for url, content in _snapshot(api, Cell(world, targets, "admin")).items()
        if before[url] != content
    ]
    outcome.violations += [f"tenant A changed by a foreign caller: GET {url}" for url in changed]
    for route, row in ROUTES.items():
        for index, caller in enumerate(CALLERS):
            if (route, index) not in foreign:
                _send(api, Cell(world, targets, caller), route, row[index], outcome)

    record_property("matrix_routes", len(ROUTES))
    record_property("matrix_callers", len(CALLERS))
    record_property("matrix_cells", outcome.cells)
    record_property("matrix_violations", len(outcome.violations))
    print(
        f"authorization matrix: {len(ROUTES)} routes x {len(CALLERS)} callers = "
        f"{outcome.cells} cells, {len(outcome.violations)} violations"
    )
    assert outcome.cells == len(ROUTES) * len(CALLERS)
    assert not outcome.violations, "\n".join(outcome.violations)
