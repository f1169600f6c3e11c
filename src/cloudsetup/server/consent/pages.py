"""The consent pages an employee opens from his mail: server-rendered HTML, German or English.

``GET /consent/{token}`` shows what agreeing means and a form; only its POST confirms. Status
codes: 200 for the form and "confirmed", 404 for an unknown link, 409 for a used one, 410 for an
expired or replaced one, 403 for a form sent from another site, 503 when a new link could not
be mailed. The pages load nothing from elsewhere, may not be framed, cached or sent on as a
referrer (the URL holds the token).

Forged form posts (CSRF) are refused twice over: the URL must carry the secret token, and an
``Origin`` header, when the browser sends one, must be the service's ``PUBLIC_URL``. Our
``Referrer-Policy: no-referrer`` makes browsers send ``Origin: null`` with the page's own form
posts, so ``null`` counts as "no origin given"; a page of another site cannot learn the token.
"""

from __future__ import annotations

from typing import Annotated, Final
from urllib.parse import urlsplit

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse

from cloudsetup.models import Language, paths
from cloudsetup.server.api.deps import RuntimeDep, SessionDep
from cloudsetup.server.consent.texts import text
from cloudsetup.server.services import consent
from cloudsetup.server.services.consent import Link, LinkStatus
from cloudsetup.server.templating import render

router = APIRouter(include_in_schema=False)  # HTML for people, not part of the JSON API

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
# page of a link status: (HTTP status, text key)
_STATUS_PAGES: Final = {
    LinkStatus.UNKNOWN: (404, "invalid"),
    LinkStatus.USED: (409, "used"),
    LinkStatus.REPLACED: (410, "replaced"),
}
_DEFAULT_PORTS: Final = {"http": 80, "https": 443}

LangQuery = Annotated[Language | None, Query(alias="lang")]


def _origin(url: str) -> str:
    parts = urlsplit(url.strip())
    scheme, host = parts.scheme.lower(), (parts.hostname or "").lower()
    port = parts.port
    if port is None or port == _DEFAULT_PORTS.get(scheme):
        return f"{scheme}://{host}"
    return f"{scheme}://{host}:{port}"


def _foreign_origin(request: Request, public_url: str) -> bool:
    origin = request.headers.get("origin")
    if origin is None or origin.strip() == "null":
        return False
    return _origin(origin) != _origin(public_url)


def _from_accept_language(header: str) -> Language | None:
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


def _language(request: Request, asked: Language | None, link: Link) -> Language:
    """``?lang=`` for this page, else the employee's language, else the browser's, else German."""
    if asked is not None:
        return asked
    if link.employee is not None:
        return Language(link.employee.language)
    return _from_accept_language(request.headers.get("accept-language", "")) or Language.DE


def _action(public_url: str, path: str, token: str, asked: Language | None) -> str:
    # An absolute path under PUBLIC_URL's own path, so a proxy prefix (/cloud/...) is kept.
    base = urlsplit(public_url).path.rstrip("/")
    query = f"?lang={asked.value}" if asked is not None else ""
    return base + path.format(token=token) + query


def _page(
    language: Language,
    status_code: int,
    key: str,
    *,
    paragraphs: list[str] | None = None,
    company: str = "",
    form_action: str = "",
    button: str = "",
    **values: str,
) -> HTMLResponse:
    body = render(
        "consent_page.html",
        lang=text(language, "html_lang"),
        title=text(language, f"{key}_title"),
        company=company,
        paragraphs=paragraphs or [text(language, f"{key}_body", company=company, **values)],
        form_action=form_action,
        button=button,
    )
    return HTMLResponse(body, status_code=status_code, headers=SECURITY_HEADERS)


def _link_page(
    request: Request, public_url: str, token: str, link: Link, asked: Language | None
) -> HTMLResponse:
    """The page for a link in the state it is in now."""
    language = _language(request, asked, link)
    company = link.tenant.name if link.tenant else ""
    name = link.employee.name if link.employee else ""
    if link.status in _STATUS_PAGES:
        status_code, key = _STATUS_PAGES[link.status]
        return _page(language, status_code, key, company=company)
    if link.status is LinkStatus.CONFIRMED:
        return _page(language, 200, "confirmed", company=company, name=name)
    if link.status is LinkStatus.EXPIRED:
        return _page(
            language,
            410,
            "expired",
            company=company,
            form_action=_action(public_url, paths.CONSENT_RENEW, token, asked),
            button=text(language, "expired_button"),
        )
    return _page(
        language,
        200,
        "consent",
        company=company,
        paragraphs=[
            text(language, "consent_greeting", name=name),
            text(language, "consent_intro", company=company),
            text(language, "meaning", company=company),
            text(language, "consent_decline"),
        ],
        form_action=_action(public_url, paths.CONSENT_PAGE, token, asked),
        button=text(language, "consent_button"),
    )


@router.get(paths.CONSENT_PAGE, response_class=HTMLResponse)
def show(
    token: str, request: Request, runtime: RuntimeDep, session: SessionDep, lang: LangQuery = None
) -> HTMLResponse:
    """Show the consent form; notes that the link was opened, never confirms."""
    link = consent.open_link(session, token)
    return _link_page(request, runtime.settings.public_url, token, link, lang)


@router.post(paths.CONSENT_PAGE, response_class=HTMLResponse)
def agree(
    token: str, request: Request, runtime: RuntimeDep, session: SessionDep, lang: LangQuery = None
) -> HTMLResponse:
    """ "Ich bin einverstanden": confirm with a valid link."""
    public_url = runtime.settings.public_url
    if _foreign_origin(request, public_url):
        return _page(_language(request, lang, consent.find_link(session, token)), 403, "refused")
    link = consent.confirm(session, token)
    return _link_page(request, public_url, token, link, lang)


@router.post(paths.CONSENT_RENEW, response_class=HTMLResponse)
def renew(
    token: str, request: Request, runtime: RuntimeDep, session: SessionDep, lang: LangQuery = None
) -> HTMLResponse:
    """ "Neuen Link anfordern" on an expired link: mail a new one to the employee."""
    public_url = runtime.settings.public_url
    if _foreign_origin(request, public_url):
        return _page(_language(request, lang, consent.find_link(session, token)), 403, "refused")
    link, sent = consent.renew(session, runtime, token)
    if link.status is not LinkStatus.EXPIRED or link.employee is None:
        return _link_page(request, public_url, token, link, lang)
    language = _language(request, lang, link)
    company = link.tenant.name if link.tenant else ""
    if not sent:
        return _page(language, 503, "mail_failed", company=company)
    return _page(language, 200, "renewed", company=company, email=link.employee.email)
