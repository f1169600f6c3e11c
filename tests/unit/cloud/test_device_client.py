"""DeviceClient on httpx.MockTransport: sign-in, token, pulls, invoice pushes, retries, leaks."""

from __future__ import annotations

import datetime as dt
import json
import logging
import traceback
from typing import Any, Final

import httpx
import pytest

from cloudsetup.cloud import (
    DEFAULT_RETRY_POLICY,
    NO_RETRIES,
    CloudError,
    Conflict,
    DeviceClient,
    Forbidden,
    NotSignedIn,
    RetryPolicy,
    ServerError,
    Unauthorized,
    ValidationFailed,
)
from cloudsetup.models import (
    DeviceInvoiceIn,
    DeviceSignIn,
    DeviceState,
    InvoiceLineIn,
    Platform,
    paths,
)
from cloudsetup.models.fill import Collection

from .fake_cloud import BASE_URL, FakeCloud, error, raises

PASSWORD: Final = "Tulpe-Regen-Kabel-47"
TOKEN: Final = "dvt_9c1d7e5b2a64f08e3b71c5a9d2e4f6a8b0c1d2e3f4a5b6c7"

SIGN_IN = DeviceSignIn(
    domain="muster",
    email="max@example.de",
    password=PASSWORD,
    device_id="3f2c9a10-7d1e-4c55-9b1e-000000000001",
    device_name="Max' iPhone",
    platform=Platform.IOS,
)

INVOICE = DeviceInvoiceIn(
    id="inv-0d9b0c5e",
    number="RE-MM-1001",
    date=dt.date(2026, 3, 2),
    customer_id="c-1",
    lines=[
        InvoiceLineIn(
            position=1,
            text="Wand streichen",
            unit="m²",
            quantity_centi=1250,
            unit_price_cents=1890,
            vat_rate=19,
        )
    ],
)


def device_client(
    cloud: FakeCloud, *, retry_policy: RetryPolicy = NO_RETRIES, token: str | None = None
) -> DeviceClient:
    return DeviceClient(
        BASE_URL,
        http_client=cloud.http_client(),
        retry_policy=retry_policy,
        sleep=cloud.sleeps.append,
        device_token=token,
    )


def sign_in_answer(state: str, token: str | None = None) -> dict[str, Any]:
    return {
        "state": state,
        "device_id": SIGN_IN.device_id,
        "verification_code": "K7P2QX",
        "device_token": token,
        "poll_after": 5,
        "employee_name": "Max Muster",
        "company": "Malerbetrieb Muster GmbH",
    }


ME: Final = {
    "device_id": SIGN_IN.device_id,
    "name": "Max' iPhone",
    "platform": "ios",
    "employee_name": "Max Muster",
    "company": "Malerbetrieb Muster GmbH",
    "domain": "muster",
    "may_create_invoices": True,
    "filled": True,
}


def pushed(status: int = 201) -> httpx.Response:
    return httpx.Response(
        status,
        json={
            "seq": 4,
            "id": INVOICE.id,
            "number": INVOICE.number,
            "employee_id": 7,
            "employee_name": "Max Muster",
            "device_name": "Max' iPhone",
            "received_at": "2026-03-02T08:10:00Z",
            "records": [r.model_dump(mode="json") for r in INVOICE.records(employee_record_id="e")],
        },
    )


def test_pending_sign_in_is_a_202_with_the_code_and_no_token(cloud: FakeCloud) -> None:
    cloud.on("POST", paths.DEVICE_SIGNIN, httpx.Response(202, json=sign_in_answer("pending")))
    client = device_client(cloud)
    result = client.sign_in(SIGN_IN)
    assert (result.state, result.verification_code, result.poll_after) == (
        DeviceState.PENDING,
        "K7P2QX",
        5,
    )
    assert not client.has_token
    assert json.loads(cloud.calls("POST", paths.DEVICE_SIGNIN)[0].content) == {
        "domain": "muster",
        "email": "max@example.de",
        "password": PASSWORD,
        "device_id": SIGN_IN.device_id,
        "device_name": "Max' iPhone",
        "platform": "ios",
    }


def test_approved_sign_in_keeps_the_token_for_the_later_calls(cloud: FakeCloud) -> None:
    cloud.on(
        "POST", paths.DEVICE_SIGNIN, httpx.Response(200, json=sign_in_answer("approved", TOKEN))
    )
    cloud.on("GET", paths.DEVICE_ME, httpx.Response(200, json=ME))
    client = device_client(cloud)
    assert client.sign_in(SIGN_IN).state is DeviceState.APPROVED
    assert client.device_token == TOKEN
    me = client.me()
    assert (me.employee_name, me.may_create_invoices, me.filled) == ("Max Muster", True, True)
    assert cloud.calls("GET", paths.DEVICE_ME)[0].headers["authorization"] == f"Bearer {TOKEN}"


@pytest.mark.parametrize(
    "answer",
    [error(503, "unavailable"), raises(httpx.ReadTimeout)],
    ids=["503", "read-timeout"],
)
def test_sign_in_is_not_repeated_after_it_may_have_reached_the_cloud(
    cloud: FakeCloud, answer: Any
) -> None:
    cloud.on("POST", paths.DEVICE_SIGNIN, answer, httpx.Response(202, json=sign_in_answer("p")))
    with pytest.raises(CloudError):
        device_client(cloud, retry_policy=DEFAULT_RETRY_POLICY).sign_in(SIGN_IN)
    assert len(cloud.calls("POST", paths.DEVICE_SIGNIN)) == 1


def test_sign_in_is_repeated_when_no_connection_was_made(cloud: FakeCloud) -> None:
    cloud.on(
        "POST",
        paths.DEVICE_SIGNIN,
        raises(httpx.ConnectError),
        httpx.Response(202, json=sign_in_answer("pending")),
    )
    result = device_client(cloud, retry_policy=DEFAULT_RETRY_POLICY).sign_in(SIGN_IN)
    assert result.state is DeviceState.PENDING
    assert len(cloud.calls("POST", paths.DEVICE_SIGNIN)) == 2


@pytest.mark.parametrize("code", ["consent_missing", "device_rejected", "device_revoked"])
def test_refused_sign_ins_are_forbidden_with_their_reason(cloud: FakeCloud, code: str) -> None:
    cloud.on("POST", paths.DEVICE_SIGNIN, error(403, code))
    with pytest.raises(Forbidden) as caught:
        device_client(cloud).sign_in(SIGN_IN)
    assert caught.value.code == code


SIGN_IN_FAILURES = [
    pytest.param(error(401, "invalid_credentials", f"no user with {PASSWORD}"), id="401-echo"),
    pytest.param(raises(httpx.ConnectError, "connection refused"), id="connect-error"),
    pytest.param(error(429, "too_many_attempts", retry_after=30), id="429"),
    pytest.param(httpx.Response(200, json={"password": PASSWORD}), id="garbage"),
]


@pytest.mark.parametrize("answer", SIGN_IN_FAILURES)
def test_the_password_never_appears_in_an_error_or_the_log(
    cloud: FakeCloud, answer: Any, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    cloud.on("POST", paths.DEVICE_SIGNIN, answer)
    client = device_client(cloud, retry_policy=DEFAULT_RETRY_POLICY)
    with pytest.raises(CloudError) as caught:
        client.sign_in(SIGN_IN)
    everything = "".join(traceback.format_exception(caught.value))
    assert PASSWORD not in everything
    assert PASSWORD not in repr(vars(caught.value))
    assert PASSWORD not in caplog.text
    assert PASSWORD not in repr(SIGN_IN)


@pytest.mark.parametrize(
    ("path", "call"),
    [
        (paths.DEVICE_ME, lambda c: c.me()),
        (paths.DEVICE_RECORDS, lambda c: c.pull()),
    ],
    ids=["me", "pull"],
)
def test_the_token_never_appears_in_an_error_the_log_or_the_repr(
    cloud: FakeCloud, path: str, call: Any, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    cloud.on("GET", path, error(401, "invalid_token", f"token {TOKEN} is revoked"))
    client = device_client(cloud, token=TOKEN)
    with pytest.raises(Unauthorized) as caught:
        call(client)
    assert TOKEN not in "".join(traceback.format_exception(caught.value))
    assert TOKEN not in repr(vars(caught.value))
    assert TOKEN not in caplog.text
    assert TOKEN not in repr(client)
    cloud.on("GET", path, httpx.Response(200, json={"echo": TOKEN}))
    with pytest.raises(CloudError) as unexpected:
        call(client)
    assert TOKEN not in "".join(traceback.format_exception(unexpected.value))


def test_calls_that_need_the_token_send_nothing_without_it(cloud: FakeCloud) -> None:
    client = device_client(cloud)
    with pytest.raises(NotSignedIn):
        client.me()
    with pytest.raises(NotSignedIn):
        client.pull()
    with pytest.raises(NotSignedIn):
        client.push_invoice(INVOICE)
    assert cloud.requests == []


def test_pull_starts_without_a_cursor_and_then_sends_it(cloud: FakeCloud) -> None:
    page = {
        "changes": [{"collection": "customers", "id": "c-1", "data": {"name": "Krüger"}}],
        "cursor": "g1.c0.p1",
        "more": True,
        "reset": True,
    }
    cloud.on("GET", paths.DEVICE_RECORDS, httpx.Response(200, json=page))
    client = device_client(cloud, token=TOKEN)
    first = client.pull(limit=50)
    assert (first.cursor, first.more, first.reset) == ("g1.c0.p1", True, True)
    assert first.changes[0].collection is Collection.CUSTOMERS
    client.pull(cursor=first.cursor)
    sent = [dict(call.url.params) for call in cloud.calls("GET", paths.DEVICE_RECORDS)]
    assert sent == [{"limit": "50"}, {"limit": "500", "cursor": "g1.c0.p1"}]


def test_pull_is_retried_after_a_dropped_connection(cloud: FakeCloud) -> None:
    page = {"changes": [], "cursor": "c", "more": False}
    cloud.on("GET", paths.DEVICE_RECORDS, raises(httpx.ReadError), httpx.Response(200, json=page))
    client = device_client(cloud, retry_policy=DEFAULT_RETRY_POLICY, token=TOKEN)
    assert client.pull().cursor == "c"


def test_pull_before_the_fill_says_not_filled(cloud: FakeCloud) -> None:
    cloud.on("GET", paths.DEVICE_RECORDS, error(409, "not_filled"))
    with pytest.raises(Conflict) as caught:
        device_client(cloud, token=TOKEN).pull()
    assert caught.value.code == "not_filled"


def test_invoice_is_pushed_and_repeated_with_the_same_bytes_after_a_lost_answer(
    cloud: FakeCloud,
) -> None:
    cloud.on("POST", paths.DEVICE_INVOICES, raises(httpx.ReadTimeout), pushed(200))
    client = device_client(cloud, retry_policy=DEFAULT_RETRY_POLICY, token=TOKEN)
    accepted = client.push_invoice(INVOICE)
    assert (accepted.number, accepted.seq) == ("RE-MM-1001", 4)
    calls = cloud.calls("POST", paths.DEVICE_INVOICES)
    assert len(calls) == 2
    assert calls[0].content == calls[1].content
    body = json.loads(calls[0].content)
    assert body["lines"][0] == {
        "position": 1,
        "article_id": None,
        "text": "Wand streichen",
        "unit": "m²",
        "quantity_centi": 1250,
        "unit_price_cents": 1890,
        "vat_rate": 19,
    }
    assert (body["id"], body["date"], body["project_id"]) == ("inv-0d9b0c5e", "2026-03-02", None)


@pytest.mark.parametrize(
    ("status", "code", "cls"),
    [
        (409, "number_used", Conflict),
        (409, "invoice_conflict", Conflict),
        (422, "number_outside_range", ValidationFailed),
        (403, "invoice_not_permitted", Forbidden),
    ],
)
def test_refused_invoices_are_not_retried(
    cloud: FakeCloud, status: int, code: str, cls: type[CloudError]
) -> None:
    cloud.on("POST", paths.DEVICE_INVOICES, error(status, code))
    client = device_client(cloud, retry_policy=DEFAULT_RETRY_POLICY, token=TOKEN)
    with pytest.raises(cls):
        client.push_invoice(INVOICE)
    assert len(cloud.calls("POST", paths.DEVICE_INVOICES)) == 1


def test_a_server_error_on_every_try_gives_up_after_the_policy(cloud: FakeCloud) -> None:
    cloud.on("POST", paths.DEVICE_INVOICES, error(500, "internal"))
    client = device_client(cloud, retry_policy=DEFAULT_RETRY_POLICY, token=TOKEN)
    with pytest.raises(ServerError):
        client.push_invoice(INVOICE)
    assert len(cloud.calls("POST", paths.DEVICE_INVOICES)) == DEFAULT_RETRY_POLICY.max_attempts


def test_forget_token_ends_the_signed_in_state(cloud: FakeCloud) -> None:
    client = device_client(cloud, token=TOKEN)
    client.forget_token()
    assert client.device_token is None
    with pytest.raises(NotSignedIn):
        client.me()
