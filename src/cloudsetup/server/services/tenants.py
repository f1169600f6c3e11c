"""Tenants: create one (domain from the company name, one-time initial password) and show one.

A tenant may also be created for a customer by a partner (``create-tenant --for-customer``):
the partner is then its first Administration user, and the tenant remembers him for the
handover.
"""

from __future__ import annotations

import re
import secrets
import unicodedata
from dataclasses import dataclass

from email_validator import EmailNotValidError, validate_email
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from cloudsetup.models import (
    AuditAction,
    Role,
    SetupState,
    Tenant,
    UserState,
    check_domain,
    check_username,
)
from cloudsetup.models.identifiers import DOMAIN_MAX_LENGTH, DOMAIN_MIN_LENGTH, IdentifierError
from cloudsetup.server.security import hash_password
from cloudsetup.server.services import audit
from cloudsetup.server.services.accounts import is_active
from cloudsetup.server.services.employees import count_states
from cloudsetup.server.tables import AdminUserRow, TenantRow

# Legal forms say nothing about the company; "Malerbetrieb Muster GmbH" -> "malerbetrieb-muster".
_LEGAL_FORMS = re.compile(
    r"\b(gmbh\s*&\s*co\.?\s*kg|gmbh|mbh|ug|ag|kg|ohg|gbr|e\.?\s?k\.?|e\.?\s?v\.?|co\.?|inh\.?)(?=\W|$)",
    re.IGNORECASE,
)
_TRANSLITERATE = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})
# Letters and digits that cannot be mistaken for each other when read aloud or typed.
_PASSWORD_ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # noqa: S105
_MAX_SUFFIX_TRIES = 1000


class TenantInputError(ValueError):
    """The tenant cannot be created as asked (bad e-mail, domain taken, ...)."""


@dataclass(frozen=True)
class CreatedTenant:
    tenant: TenantRow
    username: str
    password: str  # shown once; only its hash is stored

    def __repr__(self) -> str:
        return f"CreatedTenant(domain={self.tenant.domain!r}, username={self.username!r})"


def domain_slug(name: str) -> str:
    """A domain proposal from a company name: lower case, ASCII, hyphens, without legal form."""
    text = _LEGAL_FORMS.sub(" ", name.lower().translate(_TRANSLITERATE))
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", text).strip("-")[:DOMAIN_MAX_LENGTH].strip("-")
    if len(slug) < DOMAIN_MIN_LENGTH:
        slug = f"{slug}-cloud".strip("-")
    return slug


def initial_password() -> str:
    """About 93 bits, in four groups so it can be read out on the phone: ``Xq7k-...``."""
    groups = ("".join(secrets.choice(_PASSWORD_ALPHABET) for _ in range(4)) for _ in range(4))
    return "-".join(groups)


def _free_domain(session: Session, base: str) -> str:
    # Every candidate starts with this prefix (a suffix takes at most 4 characters).
    prefix = base[: DOMAIN_MAX_LENGTH - 4]
    taken = set(
        session.scalars(select(TenantRow.domain).where(TenantRow.domain.startswith(prefix)))
    )
    for number in range(1, _MAX_SUFFIX_TRIES):
        suffix = "" if number == 1 else f"-{number}"
        candidate = base[: DOMAIN_MAX_LENGTH - len(suffix)].rstrip("-") + suffix
        if candidate not in taken:
            return candidate
    raise TenantInputError(f"no free domain for {base!r}")


def create_tenant(
    session: Session,
    *,
    name: str,
    admin_email: str,
    domain: str | None = None,
    username: str = "admin",
) -> CreatedTenant:
    """Create a tenant with its first Administration user and a one-time initial password."""
    return _create(session, name=name, email=admin_email, domain=domain, username=username)


def create_partner_tenant(
    session: Session,
    *,
    customer_name: str,
    partner_email: str,
    domain: str | None = None,
    username: str = "partner",
) -> CreatedTenant:
    """Create a customer's tenant that a partner prepares (seed 003, step 1).

    The partner is its first Administration user; once the customer he invites has accepted,
    he switches himself to Service Provider (``GET /handover`` follows the steps).
    """
    return _create(
        session,
        name=customer_name,
        email=partner_email,
        domain=domain,
        username=username,
        for_customer=True,
    )


def _create(
    session: Session,
    *,
    name: str,
    email: str,
    domain: str | None,
    username: str,
    for_customer: bool = False,
) -> CreatedTenant:
    name = name.strip()
    if not name:
        raise TenantInputError("the company name is empty")
    try:
        email = validate_email(email, check_deliverability=False).normalized
        username = check_username(username)
        wanted = check_domain(domain) if domain is not None else None
    except (EmailNotValidError, IdentifierError) as exc:
        raise TenantInputError(str(exc)) from exc
    chosen = wanted or _free_domain(session, check_domain(domain_slug(name)))
    password = initial_password()
    tenant = TenantRow(name=name, domain=chosen, prepared_by_partner=for_customer)
    session.add(tenant)
    try:
        session.flush()
    except IntegrityError as exc:
        session.rollback()
        raise TenantInputError(f"the domain {chosen!r} is already taken") from exc
    user = AdminUserRow(
        tenant_id=tenant.id,
        username=username,
        email=email,
        role=Role.ADMINISTRATION,
        password_hash=hash_password(password),
        state=UserState.ACTIVE.value,
    )
    session.add(user)
    if for_customer:
        session.flush()
        tenant.partner_user_id = user.id
        audit.record(
            session,
            tenant.id,
            AuditAction.TENANT_PREPARED,
            actor=None,
            target=name,
            detail=f"prepared by {email} for the customer",
        )
    session.commit()
    return CreatedTenant(tenant=tenant, username=username, password=password)


def reset_admin_password(session: Session, *, domain: str, username: str) -> str:
    """Give an admin user a new one-time password and return it (its hash alone is stored).

    Support staff use it when a customer has lost the initial password; the demo uses it to
    show fresh access data on every start without keeping a password anywhere.
    """
    user = session.scalars(
        select(AdminUserRow)
        .join(TenantRow, AdminUserRow.tenant_id == TenantRow.id)
        .where(
            TenantRow.domain == check_domain(domain),
            AdminUserRow.username == check_username(username),
        )
    ).one_or_none()
    if user is None:
        raise TenantInputError(f"no user {username!r} in the domain {domain!r}")
    if not is_active(user):
        raise TenantInputError(f"the user {username!r} is {user.state}, not active")
    password = initial_password()
    user.password_hash = hash_password(password)
    session.commit()
    return password


def tenant_view(session: Session, tenant: TenantRow) -> Tenant:
    """The tenant as the API shows it, with the setup state the wizard resumes from."""
    employees, activated, confirmed = count_states(session, tenant)
    setup = SetupState(
        credentials_ok=tenant.connected_at is not None,
        employees=employees,
        employees_activated=activated,
        employees_confirmed=confirmed,
        filled=tenant.filled_at is not None,
    )
    return Tenant(name=tenant.name, domain=tenant.domain, created_at=tenant.created_at, setup=setup)
