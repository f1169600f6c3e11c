"""The invitation page an invited admin user opens from his mail: HTML, German or English.

``GET /invitation/{token}`` shows the form (user name, password twice); only its POST sets up
the access. A refused form comes back with the reason at each field (the password policy's
reason too) and status 422; everything shown is escaped, nothing needs JavaScript. Status
codes: 200 for the form and "set up", 404 for an unknown link, 409 for a used one, 410 for an
expired, replaced or withdrawn one, 403 for a form sent from another site. Headers and the
check of forged form posts are :mod:`cloudsetup.server.web_pages`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated, Final

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse

from cloudsetup.models import Language, paths
from cloudsetup.server.api.deps import RuntimeDep, SessionDep
from cloudsetup.server.invitations.texts import role_name, text
from cloudsetup.server.services import invitation_links
from cloudsetup.server.services.accounts import username_of
from cloudsetup.server.services.invitation_links import AccessForm, Link, LinkStatus
from cloudsetup.server.web_pages import (
    action_path,
    foreign_origin,
    html_page,
    page_language,
    posted_form,
)

router = APIRouter(include_in_schema=False)  # HTML for people, not part of the JSON API

# page of a link status: (HTTP status, text key)
_STATUS_PAGES: Final = {
    LinkStatus.UNKNOWN: (404, "invalid"),
    LinkStatus.USED: (409, "used"),
    LinkStatus.EXPIRED: (410, "expired"),
    LinkStatus.REPLACED: (410, "replaced"),
    LinkStatus.REVOKED: (410, "revoked"),
}

LangQuery = Annotated[Language | None, Query(alias="lang")]
FormDep = Annotated[dict[str, str], Depends(posted_form)]
_FIELD_ORDER: Final = ("username", "password", "repeat")


@dataclass(frozen=True)
class _Field:
    name: str
    label: str
    type: str
    autocomplete: str
    hint: str
    value: str = ""
    error: str = ""
    autofocus: bool = False

    @property
    def described_by(self) -> str:
        """The ids of the texts that describe the input (its error first)."""
        ids = [f"{self.name}-error" if self.error else "", f"{self.name}-hint" if self.hint else ""]
        return " ".join(part for part in ids if part)


def _language(request: Request, asked: Language | None, link: Link) -> Language:
    """``?lang=``, else the invitation's language, else the browser's, else German."""
    return page_language(request, asked, link.invitation.language if link.invitation else None)


def _render(language: Language, status_code: int, **values: object) -> HTMLResponse:
    defaults: dict[str, object] = {
        "company": "",
        "paragraphs": [],
        "facts": [],
        "form_action": "",
        "summary": "",
        "fields": [],
        "button": "",
    }
    values = defaults | values
    return html_page(
        "invitation_page.html", status_code, lang=text(language, "html_lang"), **values
    )


def _status_page(language: Language, status_code: int, key: str, company: str) -> HTMLResponse:
    return _render(
        language,
        status_code,
        title=text(language, f"{key}_title"),
        company=company,
        paragraphs=[text(language, f"{key}_body")],
    )


def _fields(language: Language, username: str, problems: dict[str, str]) -> list[_Field]:
    """The form's three fields; a refused one says why, and the first of those has the focus."""
    first_error = next((name for name in _FIELD_ORDER if name in problems), "username")
    hints = {
        "username": text(language, "username_hint"),
        "password": text(language, "password_hint"),
        "repeat": "",
    }
    specs = [
        ("username", "text", "username", username),
        ("password", "password", "new-password", ""),  # a password is never sent back
        ("repeat", "password", "new-password", ""),
    ]
    return [
        _Field(
            name=name,
            label=text(language, f"{name}_label"),
            type=kind,
            autocomplete=autocomplete,
            hint=hints[name],
            value=value,
            error=text(language, problems[name]) if name in problems else "",
            autofocus=name == first_error,
        )
        for name, kind, autocomplete, value in specs
    ]


def _link_page(
    request: Request,
    public_url: str,
    token: str,
    link: Link,
    asked: Language | None,
    typed_username: str | None = None,
) -> HTMLResponse:
    """The page for a link in the state it is in now (with the form's problems, if any)."""
    language = _language(request, asked, link)
    company = link.tenant.name if link.tenant else ""
    if link.status in _STATUS_PAGES:
        status_code, key = _STATUS_PAGES[link.status]
        return _status_page(language, status_code, key, company)
    # A valid or accepted link has both.
    assert link.user is not None  # noqa: S101
    assert link.tenant is not None  # noqa: S101
    if link.status is LinkStatus.ACCEPTED:
        return _render(
            language,
            200,
            title=text(language, "accepted_title"),
            company=company,
            paragraphs=[text(language, "accepted_body", company=company)],
            facts=[
                (text(language, "fact_server"), public_url.rstrip("/")),
                (text(language, "fact_domain"), link.tenant.domain),
                (text(language, "fact_username"), username_of(link.user) or ""),
            ],
        )
    username = link.user.email.lower() if typed_username is None else typed_username
    return _render(
        language,
        422 if link.problems else 200,
        title=text(language, "invite_title", company=company),
        company=company,
        paragraphs=[text(language, "invite_intro", role=role_name(language, link.user.role))],
        form_action=action_path(public_url, paths.INVITATION_PAGE, token, asked),
        summary=text(language, "form_problem") if link.problems else "",
        fields=_fields(language, username, link.problems),
        button=text(language, "invite_button"),
    )


@router.get(paths.INVITATION_PAGE, response_class=HTMLResponse)
def show(
    token: str, request: Request, runtime: RuntimeDep, session: SessionDep, lang: LangQuery = None
) -> HTMLResponse:
    """Show the form; notes that the link was opened, never accepts."""
    link = invitation_links.open_link(session, token)
    return _link_page(request, runtime.settings.public_url, token, link, lang)


@router.post(paths.INVITATION_PAGE, response_class=HTMLResponse)
def accept(
    token: str,
    request: Request,
    runtime: RuntimeDep,
    session: SessionDep,
    form: FormDep,
    lang: LangQuery = None,
) -> HTMLResponse:
    """ "Zugang einrichten": set user name and password with a valid link."""
    public_url = runtime.settings.public_url
    if foreign_origin(request, public_url):
        link = invitation_links.find_link(session, token)
        language = _language(request, lang, link)
        return _status_page(language, 403, "refused", link.tenant.name if link.tenant else "")
    typed = AccessForm(
        username=form.get("username", ""),
        password=form.get("password", ""),
        repeat=form.get("repeat", ""),
    )
    link = invitation_links.accept(session, token, typed)
    return _link_page(request, public_url, token, link, lang, typed_username=typed.username)
