"""The consent page in a real browser (headless Chromium): open the link, press the button."""

from __future__ import annotations

import httpx
from playwright.sync_api import Page

from cloudsetup.models import AccessState, DomainData, Employee, paths
from cloudsetup.server.embedded import EmbeddedServer
from support.cloud import add_employee, bearer, consent_link_in, employee_path, login, outbox_mails


def test_employee_agrees_in_chromium_and_the_cloud_records_it(
    api: httpx.Client, cloud_server: EmbeddedServer, tenant: DomainData, browser_page: Page
) -> None:
    admin = login(api, tenant)
    employee = add_employee(api, admin, name="Bruno Browser")
    activation = employee_path(paths.EMPLOYEE_ACTIVATION, employee.id)
    response = api.post(activation, json={"password": "Blau-Wal-Tanz-97"}, headers=bearer(admin))
    assert response.status_code == 200, response.text
    link = consent_link_in(outbox_mails(cloud_server, employee.email)[0])

    browser_page.goto(link)
    opened = Employee.model_validate_json(
        api.get(employee_path(paths.EMPLOYEE, employee.id), headers=bearer(admin)).content
    )
    browser_page.get_by_role("button", name="Ich bin einverstanden").click()

    assert opened.access.state is AccessState.OPENED
    browser_page.get_by_role("heading", name="Bestätigt").wait_for()
    assert "Bruno Browser" in browser_page.content()
    confirmed = Employee.model_validate_json(
        api.get(employee_path(paths.EMPLOYEE, employee.id), headers=bearer(admin)).content
    )
    assert confirmed.access.state is AccessState.CONFIRMED
