"""The Jinja2 environment of the server's HTML pages and mails (``templates/``).

HTML templates are autoescaped, so names and company names typed by people cannot inject
markup; ``.txt`` templates (plain-text mail parts) are not.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape


@cache
def environment() -> Environment:
    return Environment(
        loader=PackageLoader("cloudsetup.server", "templates"),
        autoescape=select_autoescape(["html"]),
        undefined=StrictUndefined,  # a misspelt variable fails the test, not the employee
        keep_trailing_newline=True,
    )


def render(name: str, **values: Any) -> str:
    return environment().get_template(name).render(**values)
