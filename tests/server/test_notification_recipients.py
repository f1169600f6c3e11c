"""Notification recipients: one address a line, bad lines named by number, duplicates dropped;
the cloud's notifications (a fill committed or refused) go to them, else to the administrators.
"""

from __future__ import annotations

import httpx

from cloudsetup.models import DomainData, NotificationRecipients, Role, TokenPair, paths
from cloudsetup.models.fill import Collection
from cloudsetup.server.embedded import EmbeddedServer
from support.cloud import (
    assert_error,
    bearer,
    commit_fill,
    fill_totals,
    join,
    login,
    mail_text,
    office_records,
    outbox_mails,
    put_batch,
    run_fill,
    start_fill,
    unique_email,
)


def _put(client: httpx.Client, token: TokenPair, lines: object) -> httpx.Response:
    return client.put(paths.NOTIFICATION_RECIPIENTS, json={"lines": lines}, headers=bearer(token))


def _read(client: httpx.Client, token: TokenPair) -> NotificationRecipients:
    response = client.get(paths.NOTIFICATION_RECIPIENTS, headers=bearer(token))
    assert response.status_code == 200, response.text
    return NotificationRecipients.model_validate_json(response.content)


def test_without_recipients_the_active_administrators_get_the_mails(
    api: httpx.Client, tenant: DomainData
) -> None:
    admin = login(api, tenant)
    me = api.get(paths.ME, headers=bearer(admin)).json()

    recipients = _read(api, admin)

    assert recipients.addresses == []
    assert recipients.effective == [me["email"]]
    assert recipients.updated_at is None


def test_lines_are_stored_in_order_without_duplicates_and_blank_lines(
    api: httpx.Client, tenant: DomainData
) -> None:
    admin = login(api, tenant)
    text = "\n kunde@firma.de \n\nBuero@Firma.de\nKUNDE@FIRMA.DE\n\n"

    stored = _put(api, admin, text)

    assert stored.status_code == 200, stored.text
    recipients = NotificationRecipients.model_validate_json(stored.content)
    assert recipients.addresses == ["kunde@firma.de", "Buero@firma.de"]
    assert recipients.effective == recipients.addresses
    assert recipients.updated_at is not None
    assert _read(api, admin).addresses == ["kunde@firma.de", "Buero@firma.de"]


def test_a_list_of_lines_is_taken_like_the_text(api: httpx.Client, tenant: DomainData) -> None:
    admin = login(api, tenant)

    stored = _put(api, admin, ["eins@firma.de", "", "zwei@firma.de", "EINS@firma.de"])

    assert stored.status_code == 200, stored.text
    assert _read(api, admin).addresses == ["eins@firma.de", "zwei@firma.de"]


def test_bad_lines_are_named_by_their_number_and_nothing_is_stored(
    api: httpx.Client, tenant: DomainData
) -> None:
    admin = login(api, tenant)
    assert _put(api, admin, "alt@firma.de").status_code == 200

    refused = _put(api, admin, "gut@firma.de\n\nkeine adresse\ngut@firma.de\nhalb@\n")

    body = assert_error(refused, 422, "validation_failed")
    assert [(field.field, field.code) for field in body.fields] == [
        ("lines.3", "email_invalid"),
        ("lines.5", "email_invalid"),
    ]
    assert _read(api, admin).addresses == ["alt@firma.de"]


def test_bad_entries_of_a_list_are_named_by_their_number(
    api: httpx.Client, tenant: DomainData
) -> None:
    admin = login(api, tenant)

    refused = _put(api, admin, ["gut@firma.de", "x" * 300 + "@firma.de"])

    body = assert_error(refused, 422, "validation_failed")
    assert [(field.field, field.code) for field in body.fields] == [("lines.2", "email_length")]


def test_an_empty_list_gives_the_mails_back_to_the_administrators(
    api: httpx.Client, tenant: DomainData
) -> None:
    admin = login(api, tenant)
    assert _put(api, admin, "kunde@firma.de").status_code == 200

    cleared = _put(api, admin, "")

    assert cleared.status_code == 200, cleared.text
    recipients = NotificationRecipients.model_validate_json(cleared.content)
    assert recipients.addresses == []
    assert recipients.effective == [api.get(paths.ME, headers=bearer(admin)).json()["email"]]


def test_service_provider_sets_the_recipients(
    api: httpx.Client, cloud_server: EmbeddedServer, tenant: DomainData
) -> None:
    admin = login(api, tenant)
    provider = login(api, join(cloud_server, api, admin, role=Role.SERVICE_PROVIDER))

    stored = _put(api, provider, "kunde@firma.de")

    assert stored.status_code == 200, stored.text
    assert _read(api, admin).addresses == ["kunde@firma.de"]


_RECORDS = {Collection.CUSTOMERS: office_records(Collection.CUSTOMERS, 3)}


def test_a_committed_fill_is_mailed_to_the_recipients_only(
    api: httpx.Client, cloud_server: EmbeddedServer, tenant: DomainData
) -> None:
    admin = login(api, tenant)
    admin_email = api.get(paths.ME, headers=bearer(admin)).json()["email"]
    customer = unique_email("kunde")
    assert _put(api, admin, customer).status_code == 200

    run_fill(api, admin, _RECORDS)

    [mail] = outbox_mails(cloud_server, customer)
    assert mail["Subject"].startswith("Cloud befüllt / cloud filled:")
    assert "customers: 3" in mail_text(mail)
    assert outbox_mails(cloud_server, admin_email) == []


def test_a_fill_that_does_not_verify_is_mailed_as_failed(
    api: httpx.Client, cloud_server: EmbeddedServer, tenant: DomainData
) -> None:
    admin = login(api, tenant)
    admin_email = api.get(paths.ME, headers=bearer(admin)).json()["email"]
    job, batches = start_fill(api, admin, _RECORDS, 10)
    assert put_batch(api, admin, job.id, 0, batches[0]).status_code == 200
    wrong = fill_totals({Collection.CUSTOMERS: office_records(Collection.CUSTOMERS, 3, tag="!")})

    refused = commit_fill(api, admin, job.id, wrong)

    assert_error(refused, 422, "fill_mismatch")
    [mail] = outbox_mails(cloud_server, admin_email)
    assert mail["Subject"].startswith("Befüllung fehlgeschlagen / fill failed:")
    assert "behält ihre bisherigen Daten" in mail_text(mail)


def test_the_same_commit_again_sends_no_second_mail(
    api: httpx.Client, cloud_server: EmbeddedServer, tenant: DomainData
) -> None:
    admin = login(api, tenant)
    admin_email = api.get(paths.ME, headers=bearer(admin)).json()["email"]
    result = run_fill(api, admin, _RECORDS)

    again = commit_fill(api, admin, result.job_id, fill_totals(_RECORDS))

    assert again.status_code == 200, again.text
    assert len(outbox_mails(cloud_server, admin_email)) == 1
