"""Device sign-in: an employee's phone app or second computer asks to be let in.

The check of domain, e-mail address and password runs like the admin log-in: one answer and
one Argon2 verification for every kind of wrong input, and throttling per submitted domain +
address (with a key of its own, so device and admin failures never add up). Only then, and only
for an employee who confirmed his consent, the device itself is looked at, under the tenant's
write lock (so the first sign-in creates it exactly once and an approval cannot cross it):

* new → pending, with a verification code; the notification recipients get one mail;
* pending → the same code again (name and platform as the device says now);
* approved → a new device token (the previous one ends);
* rejected / revoked → refused with the reason.

The mail goes out after the commit, with no transaction open, and its failure never fails the
sign-in: ``notified_at`` is claimed before sending and given back when the mail could not be
sent, so the device's next sign-in (it polls while pending) tries again.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, Final, cast

from sqlalchemy import CursorResult, select, update
from sqlalchemy.orm import Session

from cloudsetup.models import DeviceSignIn, DeviceSignInResult, DeviceState, ErrorCode, email_key
from cloudsetup.models.devices import new_verification_code
from cloudsetup.models.passwords import normalize_password
from cloudsetup.server.errors import ApiError, TooManyAttemptsError, UnauthorizedError
from cloudsetup.server.runtime import Runtime
from cloudsetup.server.security import (
    device_account_key,
    hash_device_token,
    new_device_token,
    verify_password,
)
from cloudsetup.server.services import throttle
from cloudsetup.server.services.devices import CONSENT_MISSING
from cloudsetup.server.services.locking import lock_tenant
from cloudsetup.server.services.notify import notification_recipients, notify
from cloudsetup.server.tables import DeviceRow, EmployeeRow, TenantRow, utc_now

DEVICE_REJECTED: Final = "device_rejected"
DEVICE_REVOKED: Final = "device_revoked"
#: Seconds a pending device waits before it asks again.
POLL_AFTER_SECONDS: Final = 30

_PLATFORM_NAMES: Final = {
    "android": "Android",
    "ios": "iOS",
    "windows": "Windows",
    "macos": "macOS",
    "linux": "Linux",
    "other": "anderes Gerät",
}


@dataclass(frozen=True)
class _Notice:
    """A pending device the recipients are to be told of (sent after the commit)."""

    device_pk: int
    claimed_at: datetime
    recipients: list[str]
    subject: str
    text: str


def _invalid_credentials() -> UnauthorizedError:
    return UnauthorizedError(
        ErrorCode.INVALID_CREDENTIALS, "domain, e-mail address or password is wrong"
    )


def _check_account(
    runtime: Runtime, session: Session, request: DeviceSignIn
) -> tuple[EmployeeRow, TenantRow]:
    """The employee and tenant of right access data (else 401, counted, or 429)."""
    now = utc_now()
    key = device_account_key(request.domain, email_key(request.email))
    wait = throttle.seconds_locked(session, key, now)
    if wait is not None:
        raise TooManyAttemptsError(wait)
    found = session.execute(
        select(EmployeeRow, TenantRow)
        .join(TenantRow, EmployeeRow.tenant_id == TenantRow.id)
        .where(
            TenantRow.domain == request.domain, EmployeeRow.email_key == email_key(request.email)
        )
    ).one_or_none()
    employee, tenant = found if found is not None else (None, None)
    # Always one Argon2 verification: also with no such employee, or one without a password.
    password_hash = employee.password_hash if employee is not None else None
    if not verify_password(password_hash, normalize_password(request.password)):
        throttle.record_failure(session, key, runtime.settings, now)
        session.commit()
        raise _invalid_credentials()
    if employee is None or tenant is None:  # pragma: no cover - verify_password said yes
        raise _invalid_credentials()
    throttle.reset(session, key)
    session.commit()  # ends the transaction: the tenant's lock must come first in the next
    return employee, tenant


def notice_text(employee: EmployeeRow, tenant: TenantRow, device: DeviceRow) -> tuple[str, str]:
    """Subject and German text of the mail that tells the office of a pending device."""
    platform = _PLATFORM_NAMES.get(device.platform, device.platform)
    asked = device.requested_at.strftime("%d.%m.%Y um %H:%M Uhr (UTC)")
    subject = f"Neues Gerät wartet auf Freigabe: {employee.name} – {device.name}"
    text = (
        "Guten Tag,\n\n"
        f"{employee.name} hat sich mit einem neuen Gerät bei der Cloud von {tenant.name} "
        "angemeldet:\n\n"
        f"  Mitarbeiter:       {employee.name} ({employee.email})\n"
        f"  Gerät:             {device.name}\n"
        f"  Plattform:         {platform}\n"
        f"  Bestätigungscode:  {device.verification_code}\n"
        f"  angefragt am:      {asked}\n\n"
        "Das Gerät bekommt erst Daten, wenn Sie es zulassen. Achtung: erst alles "
        "synchronisieren, dann Neue Geräte zulassen:\n\n"
        "1. Im Cloudabgleich „Jetzt synchronisieren“ wählen und warten, bis alles "
        "synchronisiert ist.\n"
        "2. Dann „Neue Geräte zulassen“ öffnen, den Bestätigungscode mit dem auf dem Gerät "
        "vergleichen und das Gerät zulassen oder ablehnen.\n\n"
        "Jeder Mitarbeiter kann höchstens zwei Geräte haben; für ein drittes ersetzen Sie "
        "eines der beiden. Kennen Sie das Gerät nicht, lehnen Sie es ab.\n\n"
        "Diese Nachricht wurde automatisch versandt.\n"
    )
    return subject, text


def _claim_notice(
    session: Session, employee: EmployeeRow, tenant: TenantRow, device: DeviceRow, now: datetime
) -> _Notice | None:
    """Mark the device as notified (unless it is) and prepare the mail, in the transaction."""
    claimed = cast(
        "CursorResult[Any]",
        session.execute(
            update(DeviceRow)
            .where(DeviceRow.id == device.id, DeviceRow.notified_at.is_(None))
            .values(notified_at=now)
            .execution_options(synchronize_session=False)
        ),
    )
    if claimed.rowcount != 1:
        return None
    subject, text = notice_text(employee, tenant, device)
    recipients = notification_recipients(session, tenant.id)
    return _Notice(device.id, now, recipients, subject, text)


def _send_notice(runtime: Runtime, session: Session, notice: _Notice) -> None:
    """Send with no transaction open; give the claim back when the mail did not go out."""
    sent = notify(
        runtime,
        notice.recipients,
        subject=notice.subject,
        text=notice.text,
        kind="device_pending",
    )
    if not sent:
        session.execute(
            update(DeviceRow)
            .where(DeviceRow.id == notice.device_pk, DeviceRow.notified_at == notice.claimed_at)
            .values(notified_at=None)
            .execution_options(synchronize_session=False)
        )
        session.commit()


def sign_in(
    runtime: Runtime, session: Session, request: DeviceSignIn
) -> tuple[DeviceSignInResult, bool]:
    """The answer to a sign-in and whether the device is approved (200) or pending (202)."""
    employee, tenant = _check_account(runtime, session, request)
    if employee.confirmed_at is None:
        raise ApiError(
            403,
            CONSENT_MISSING,
            "you have not confirmed by e-mail that you agree to receive company data; "
            "open the link in the mail from the cloud, or ask your office for a new one",
        )
    lock_tenant(session, tenant.id)
    now = utc_now()
    device = session.scalars(
        select(DeviceRow)
        .where(DeviceRow.employee_id == employee.id, DeviceRow.device_id == request.device_id)
        .execution_options(populate_existing=True)
    ).one_or_none()
    token: str | None = None
    notice: _Notice | None = None
    if device is None:
        device = DeviceRow(
            tenant_id=tenant.id,
            employee_id=employee.id,
            device_id=request.device_id,
            name=request.device_name,
            platform=request.platform.value,
            state=DeviceState.PENDING.value,
            verification_code=new_verification_code(),
            requested_at=now,
            last_seen_at=now,
        )
        session.add(device)
        session.flush()
    elif device.state == DeviceState.REJECTED:
        raise ApiError(403, DEVICE_REJECTED, "the office has rejected this device")
    elif device.state == DeviceState.REVOKED:
        raise ApiError(403, DEVICE_REVOKED, "the office has revoked this device's access")
    else:
        device.last_seen_at = now
        if device.state == DeviceState.PENDING:
            device.name = request.device_name
            device.platform = request.platform.value
        else:
            token = new_device_token()
            device.token_hash = hash_device_token(token)  # the previous token ends here
    if device.state == DeviceState.PENDING:
        notice = _claim_notice(session, employee, tenant, device, now)
    session.commit()
    if notice is not None:
        _send_notice(runtime, session, notice)
    result = DeviceSignInResult(
        state=DeviceState(device.state),
        device_id=device.device_id,
        verification_code=device.verification_code,
        device_token=token,
        poll_after=POLL_AFTER_SECONDS,
        employee_name=employee.name,
        company=tenant.name,
    )
    return result, token is not None
