"""The consent pages an employee opens from his mail: server-rendered HTML, German or English.

``GET /consent/{token}`` shows what agreeing means and a form; only its POST confirms. Status
codes: 200 for the form and "confirmed", 404 for an unknown link, 409 for a used one, 410 for an
expired or replaced one, 403 for a form sent from another site, 503 when a new link could not
be mailed. Headers and the check of forged form posts are :mod:`cloudsetup.server.web_pages`.
"""

from __future__ import annotations

from typing import Annotated, Final

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse

from cloudsetup.models import Language, paths
from cloudsetup.server.api.deps import RuntimeDep, SessionDep
from cloudsetup.server.consent.texts import text
from cloudsetup.server.services import consent
from cloudsetup.server.services.consent import Link, LinkStatus
from cloudsetup.server.web_pages import action_path, foreign_origin, html_page, page_language

router = APIRouter(include_in_schema=False)  # HTML for people, not part of the JSON API

# page of a link status: (HTTP status, text key)
_STATUS_PAGES: Final = {
    LinkStatus.UNKNOWN: (404, "invalid"),
    LinkStatus.USED: (409, "used"),
    LinkStatus.REPLACED: (410, "replaced"),
}

LangQuery = Annotated[Language | None, Query(alias="lang")]


def _language(request: Request, asked: Language | None, link: Link) -> Language:
    """``?lang=`` for this page, else the employee's language, else the browser's, else German."""
    return page_language(request, asked, link.employee.language if link.employee else None)


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
    return html_page(
        "consent_page.html",
        status_code,
        lang=text(language, "html_lang"),
        title=text(language, f"{key}_title"),
        company=company,
        paragraphs=paragraphs or [text(language, f"{key}_body", company=company, **values)],
        form_action=form_action,
        button=button,
    )


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
            form_action=action_path(public_url, paths.CONSENT_RENEW, token, asked),
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
        form_action=action_path(public_url, paths.CONSENT_PAGE, token, asked),
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
    if foreign_origin(request, public_url):
        return _page(_language(request, lang, consent.find_link(session, token)), 403, "refused")
    link = consent.confirm(session, token)
    return _link_page(request, public_url, token, link, lang)


@router.post(paths.CONSENT_RENEW, response_class=HTMLResponse)
def renew(
    token: str, request: Request, runtime: RuntimeDep, session: SessionDep, lang: LangQuery = None
) -> HTMLResponse:
    """ "Neuen Link anfordern" on an expired link: mail a new one to the employee."""
    public_url = runtime.settings.public_url
    if foreign_origin(request, public_url):
        return _page(_language(request, lang, consent.find_link(session, token)), 403, "refused")
    link, sent = consent.renew(session, runtime, token)
    if link.status is not LinkStatus.EXPIRED or link.employee is None:
        return _link_page(request, public_url, token, link, lang)
    language = _language(request, lang, link)
    company = link.tenant.name if link.tenant else ""
    if not sent:
        return _page(language, 503, "mail_failed", company=company)
    return _page(language, 200, "renewed", company=company, email=link.employee.email)
