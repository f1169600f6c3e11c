"""The employee endpoints of CloudClient on httpx.MockTransport: paths, bodies, retries."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest

from cloudsetup.cloud import (
    DEFAULT_RETRY_POLICY,
    CloudError,
    Conflict,
    NotFound,
    ServerError,
    UnexpectedResponse,
    ValidationFailed,
)
from cloudsetup.models import (
    AccessState,
    Employee,
    EmployeeIn,
    Language,
    Permissions,
    Restrictions,
    paths,
)

from .fake_cloud import Answer, FakeCloud, error, raises, tokens

PASSWORD = "Tulpe-Regen-Kabel-47"
ENTRY = EmployeeIn(name="Max Muster", email="max@example.de", mobile="0170 123456")


def employee(employee_id: int = 7, state: str = "not_activated") -> dict[str, Any]:
    return {
        "id": employee_id,
        "name": "Max Muster",
        "email": "max@example.de",
        "is_owner": False,
        "employee_number": None,
        "mobile": "0170 123456",
        "language": "de",
        "access": {"state": state, "password_set": state != "not_activated"},
        "permissions": {"may_create_invoices": False, "restrictions": {}},
        "created_at": "2026-01-05T09:30:00Z",
    }


def body(request: httpx.Request) -> Any:
    return json.loads(request.content)


def test_list_is_a_typed_list_with_the_bearer_token(cloud: FakeCloud) -> None:
    cloud.on("GET", paths.EMPLOYEES, httpx.Response(200, json=[employee(1), employee(2)]))
    result = cloud.signed_in_client().list_employees()
    assert [e.id for e in result] == [1, 2]
    assert all(isinstance(e, Employee) for e in result)
    assert cloud.calls("GET", paths.EMPLOYEES)[0].headers["authorization"] == "Bearer access-1"


def test_list_that_is_not_an_array_is_an_unexpected_response(cloud: FakeCloud) -> None:
    cloud.on("GET", paths.EMPLOYEES, httpx.Response(200, json={"items": []}))
    with pytest.raises(UnexpectedResponse):
        cloud.signed_in_client().list_employees()


def test_create_posts_the_entry_and_returns_the_employee(cloud: FakeCloud) -> None:
    cloud.on("POST", paths.EMPLOYEES, httpx.Response(201, json=employee()))
    created = cloud.signed_in_client().create_employee(ENTRY)
    assert created.id == 7
    assert body(cloud.calls("POST", paths.EMPLOYEES)[0]) == {
        "name": "Max Muster",
        "email": "max@example.de",
        "is_owner": False,
        "employee_number": None,
        "mobile": "0170 123456",
        "language": "de",
    }


def test_taken_email_is_a_conflict_with_its_code(cloud: FakeCloud) -> None:
    cloud.on(
        "POST",
        paths.EMPLOYEES,
        error(
            409, "email_taken", fields=({"field": "email", "code": "email_taken", "detail": "x"},)
        ),
    )
    with pytest.raises(Conflict) as caught:
        cloud.signed_in_client().create_employee(ENTRY)
    assert caught.value.code == "email_taken"


@pytest.mark.parametrize(
    "failure",
    [error(503, "unavailable"), raises(httpx.ReadTimeout), raises(httpx.RemoteProtocolError)],
    ids=["503", "read-timeout", "broken-off"],
)
def test_create_is_not_repeated_when_the_server_may_have_acted(
    cloud: FakeCloud, failure: Answer
) -> None:
    cloud.on("POST", paths.EMPLOYEES, failure, httpx.Response(201, json=employee()))
    client = cloud.signed_in_client(retry_policy=DEFAULT_RETRY_POLICY)
    with pytest.raises(CloudError):
        client.create_employee(ENTRY)
    assert len(cloud.calls("POST", paths.EMPLOYEES)) == 1


def test_create_is_repeated_when_the_request_never_left(cloud: FakeCloud) -> None:
    cloud.on(
        "POST", paths.EMPLOYEES, raises(httpx.ConnectError), httpx.Response(201, json=employee())
    )
    client = cloud.signed_in_client(retry_policy=DEFAULT_RETRY_POLICY)
    assert client.create_employee(ENTRY).id == 7
    assert len(cloud.calls("POST", paths.EMPLOYEES)) == 2


def test_get_update_and_delete_use_the_employees_path(cloud: FakeCloud) -> None:
    path = paths.EMPLOYEE.format(employee_id=7)
    cloud.on("GET", path, httpx.Response(200, json=employee()))
    cloud.on("PUT", path, httpx.Response(200, json=employee()))
    cloud.on("DELETE", path, httpx.Response(204))
    client = cloud.signed_in_client()
    assert client.get_employee(7).id == 7
    assert client.update_employee(7, ENTRY.model_copy(update={"language": Language.EN})).id == 7
    client.delete_employee(7)
    assert body(cloud.calls("PUT", path)[0])["language"] == "en"
    assert [r.method for r in cloud.requests[1:]] == ["GET", "PUT", "DELETE"]


@pytest.mark.parametrize("method", ["GET", "PUT", "DELETE"])
def test_idempotent_calls_are_repeated_after_a_503(cloud: FakeCloud, method: str) -> None:
    path = paths.EMPLOYEE.format(employee_id=7)
    success = httpx.Response(204) if method == "DELETE" else httpx.Response(200, json=employee())
    cloud.on(method, path, error(503, "unavailable"), success)
    client = cloud.signed_in_client(retry_policy=DEFAULT_RETRY_POLICY)
    {
        "GET": lambda: client.get_employee(7),
        "PUT": lambda: client.update_employee(7, ENTRY),
        "DELETE": lambda: client.delete_employee(7),
    }[method]()
    assert len(cloud.calls(method, path)) == 2


def test_unknown_employee_is_not_found(cloud: FakeCloud) -> None:
    cloud.on("GET", paths.EMPLOYEE.format(employee_id=9), error(404, "not_found"))
    with pytest.raises(NotFound):
        cloud.signed_in_client().get_employee(9)


def test_employee_id_must_be_an_integer_to_reach_the_path(cloud: FakeCloud) -> None:
    client = cloud.signed_in_client()
    with pytest.raises(TypeError):
        client.get_employee("7/../../tenant")  # type: ignore[arg-type]
    assert len(cloud.requests) == 1  # the log-in only


def test_activation_sends_the_password_and_returns_mail_sent(cloud: FakeCloud) -> None:
    path = paths.EMPLOYEE_ACTIVATION.format(employee_id=7)
    cloud.on("POST", path, httpx.Response(200, json=employee(state="mail_sent")))
    result = cloud.signed_in_client().activate_employee(7, password=PASSWORD)
    assert result.access.state is AccessState.MAIL_SENT
    assert body(cloud.calls("POST", path)[0]) == {"password": PASSWORD}


def test_refused_password_never_appears_in_the_error(cloud: FakeCloud) -> None:
    path = paths.EMPLOYEE_ACTIVATION.format(employee_id=7)
    echo = f"the password {PASSWORD} is too common"
    cloud.on(
        "POST",
        path,
        error(
            422,
            "password_common",
            echo,
            fields=({"field": "password", "code": "password_common", "detail": echo},),
        ),
    )
    with pytest.raises(ValidationFailed) as caught:
        cloud.signed_in_client().activate_employee(7, password=PASSWORD)
    assert caught.value.fields[0].code == "password_common"
    for text in (
        str(caught.value),
        repr(caught.value),
        caught.value.detail,
        repr(caught.value.body),
    ):
        assert PASSWORD not in text


def test_an_empty_or_absurd_password_is_sent_for_the_server_to_refuse(cloud: FakeCloud) -> None:
    path = paths.EMPLOYEE_ACTIVATION.format(employee_id=7)
    cloud.on("POST", path, error(422, "validation_failed"))
    with pytest.raises(ValidationFailed) as caught:
        cloud.signed_in_client().activate_employee(7, password="")
    assert body(cloud.calls("POST", path)[0]) == {"password": ""}
    assert caught.value.status_code == 422


@pytest.mark.parametrize(
    ("path", "call"),
    [
        (paths.EMPLOYEE_ACTIVATION, "activate"),
        (paths.EMPLOYEE_ACTIVATION_RESEND, "resend"),
    ],
)
def test_mail_sending_calls_are_not_repeated_after_mail_failed(
    cloud: FakeCloud, path: str, call: str
) -> None:
    target = path.format(employee_id=7)
    cloud.on("POST", target, error(503, "mail_failed"), httpx.Response(200, json=employee()))
    client = cloud.signed_in_client(retry_policy=DEFAULT_RETRY_POLICY)
    send = {
        "activate": lambda: client.activate_employee(7, password=PASSWORD),
        "resend": lambda: client.resend_activation(7),
    }[call]
    with pytest.raises(ServerError) as caught:
        send()
    assert caught.value.code == "mail_failed"
    assert len(cloud.calls("POST", target)) == 1
    assert PASSWORD not in str(caught.value)


def test_resend_posts_without_a_body(cloud: FakeCloud) -> None:
    path = paths.EMPLOYEE_ACTIVATION_RESEND.format(employee_id=7)
    cloud.on("POST", path, httpx.Response(200, json=employee(state="mail_sent")))
    assert cloud.signed_in_client().resend_activation(7).access.state is AccessState.MAIL_SENT
    assert cloud.calls("POST", path)[0].content == b""


def test_activation_after_an_expired_access_token_refreshes_and_sends_once_more(
    cloud: FakeCloud,
) -> None:
    path = paths.EMPLOYEE_ACTIVATION.format(employee_id=7)
    cloud.on("POST", paths.AUTH_REFRESH, httpx.Response(200, json=tokens(2)))
    cloud.on(
        "POST",
        path,
        error(401, "token_expired"),
        httpx.Response(200, json=employee(state="mail_sent")),
    )
    client = cloud.signed_in_client()
    assert client.activate_employee(7, password=PASSWORD).access.state is AccessState.MAIL_SENT
    sent = cloud.calls("POST", path)
    assert [r.headers["authorization"] for r in sent] == ["Bearer access-1", "Bearer access-2"]
    assert all(body(r) == {"password": PASSWORD} for r in sent)


def test_permissions_are_put_and_returned(cloud: FakeCloud) -> None:
    path = paths.EMPLOYEE_PERMISSIONS.format(employee_id=7)
    wanted = Permissions(
        may_create_invoices=True, restrictions=Restrictions(own_projects_only=True)
    )
    answer = employee() | {"permissions": wanted.model_dump(mode="json")}
    cloud.on("PUT", path, httpx.Response(200, json=answer))
    assert cloud.signed_in_client().set_permissions(7, wanted).permissions == wanted
    assert body(cloud.calls("PUT", path)[0]) == {
        "may_create_invoices": True,
        "restrictions": {
            "no_purchase_prices": False,
            "own_projects_only": True,
            "no_revenue_figures": False,
        },
    }


def test_client_repr_never_shows_a_password_it_sent(cloud: FakeCloud) -> None:
    path = paths.EMPLOYEE_ACTIVATION.format(employee_id=7)
    cloud.on("POST", path, httpx.Response(200, json=employee(state="mail_sent")))
    client = cloud.signed_in_client()
    client.activate_employee(7, password=PASSWORD)
    assert PASSWORD not in repr(client)
