"""What the server's HTML pages for people (consent, invitation) share: headers, origin check,
language choice, rendering, form actions and reading a posted form.

The pages load nothing from elsewhere and may not be framed, cached or sent on as a referrer
(their URL holds a secret token). Forged form posts (CSRF) are refused twice over: the URL must
carry the secret token, and an ``Origin`` header, when the browser sends one, must be the
service's ``PUBLIC_URL``. ``Referrer-Policy: no-referrer`` makes browsers send ``Origin: null``
with the page's own form posts, so ``null`` counts as "no origin given"; a page of another
site cannot learn the token.
"""

from __future__ import annotations

from typing import Final
from urllib.parse import parse_qs, urlsplit

from fastapi import Request
from fastapi.responses import HTMLResponse

from cloudsetup.models import Language
from cloudsetup.server.templating import render

SECURITY_HEADERS: Final = {
    "Cache-Control": "no-store",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    "Content-Security-Policy": (
        "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; "
        "frame-ancestors 'none'; base-uri 'none'"
    ),
}
_DEFAULT_PORTS: Final = {"http": 80, "https": 443}
# A form of these pages holds a few short fields; anything bigger is not from them.
FORM_MAX_BYTES: Final = 16_384
_FORM_MAX_FIELDS: Final = 16


def _origin(url: str) -> str:
    parts = urlsplit(url.strip())
    scheme, host = parts.scheme.lower(), (parts.hostname or "").lower()
    port = parts.port
    if port is None or port == _DEFAULT_PORTS.get(scheme):
        return f"{scheme}://{host}"
    return f"{scheme}://{host}:{port}"


def foreign_origin(request: Request, public_url: str) -> bool:
    """The request was sent by a page of another site (its ``Origin`` is not ours)."""
    origin = request.headers.get("origin")
    if origin is None or origin.strip() == "null":
        return False
    return _origin(origin) != _origin(public_url)


def from_accept_language(header: str) -> Language | None:
    """The first of German/English in the browser's preference order, if any."""
    ranked: list[tuple[float, int, str]] = []
    for position, item in enumerate(header.split(",")):
        tag, _, params = item.strip().partition(";")
        weight = 1.0
        if params.strip().startswith("q="):
            try:
                weight = float(params.strip()[2:])
            except ValueError:
                continue
        if weight > 0:
            ranked.append((-weight, position, tag.strip().lower().split("-")[0]))
    for _weight, _position, primary in sorted(ranked):
        if primary in ("de", "en"):
            return Language(primary)
    return None


def page_language(request: Request, asked: Language | None, own: str | None) -> Language:
    """``?lang=`` for this page, else the link's own language, else the browser's, else German."""
    if asked is not None:
        return asked
    if own is not None:
        return Language(own)
    return from_accept_language(request.headers.get("accept-language", "")) or Language.DE


def html_page(template: str, status_code: int, **values: object) -> HTMLResponse:
    """``template`` rendered with ``values``, with the pages' security headers."""
    return HTMLResponse(
        render(template, **values), status_code=status_code, headers=SECURITY_HEADERS
    )


def action_path(public_url: str, path: str, token: str, asked: Language | None) -> str:
    """An absolute path under PUBLIC_URL's own path, so a proxy prefix (/cloud/...) is kept."""
    base = urlsplit(public_url).path.rstrip("/")
    query = f"?lang={asked.value}" if asked is not None else ""
    return base + path.format(token=token) + query


async def posted_form(request: Request) -> dict[str, str]:
    """The fields of a posted ``application/x-www-form-urlencoded`` form (first value each).

    Anything else (another content type, too big, too many fields) reads as an empty form,
    which the page then answers like a form left blank.
    """
    content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    length = request.headers.get("content-length", "")
    if content_type != "application/x-www-form-urlencoded" or (
        length.isdigit() and int(length) > FORM_MAX_BYTES
    ):
        return {}
    body = b""
    async for chunk in request.stream():  # bounded even without a Content-Length
        body += chunk
        if len(body) > FORM_MAX_BYTES:
            return {}
    try:
        fields = parse_qs(
            body.decode("utf-8", errors="replace"),
            keep_blank_values=True,
            max_num_fields=_FORM_MAX_FIELDS,
        )
    except ValueError:
        return {}
    return {name: values[0] for name, values in fields.items()}
