"""A mail server that is down during activation: a clear message, nothing lost, resend works.

This test runs its own reference cloud whose ``MAIL_URL`` is a real SMTP server (aiosmtpd on
127.0.0.1), so the server can be stopped and started again under the activation.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pydantic import SecretStr

from cloudsetup.cloud import CloudClient
from cloudsetup.models import AccessState, Credentials
from cloudsetup.server.embedded import EmbeddedServer
from cloudsetup.services import (
    AccessService,
    EmployeeService,
    SessionSecretStore,
    SettingsStore,
    SetupService,
    UserError,
    validate_employee_input,
)
from support.cloud import new_tenant, running_server
from support.smtp import SmtpServer


@pytest.fixture
def smtp_cloud(tmp_path: Path, smtp_server: SmtpServer) -> Iterator[EmbeddedServer]:
    with running_server(tmp_path / "cloud", mail_url=f"{smtp_server.url}?timeout=5") as server:
        yield server


def test_activation_while_the_mail_server_is_down_is_kept_and_resend_delivers(
    smtp_cloud: EmbeddedServer, smtp_server: SmtpServer, tmp_path: Path
) -> None:
    tenant = new_tenant(smtp_cloud)
    setup = SetupService(
        client_factory=CloudClient,
        secrets=SessionSecretStore(),
        settings=SettingsStore(tmp_path / "settings.json"),
    )
    setup.test_connection(
        Credentials(
            server_url=smtp_cloud.url,
            domain=tenant.domain,
            username=tenant.username,
            password=SecretStr(tenant.password),
        )
    )
    try:
        employees, access = EmployeeService(setup), AccessService(setup)
        karl = employees.add(validate_employee_input(name="Karl Zimmermann", email="k@example.de"))
        smtp_server.stop()

        with pytest.raises(UserError) as caught:
            access.activate(karl.id, "Tulpe-Regen-Kabel-47")

        assert (caught.value.code, caught.value.field) == ("mail_failed", None)
        assert caught.value.hint is not None
        [kept] = employees.list()
        assert kept.access.state is AccessState.MAIL_FAILED
        assert kept.access.password_set

        smtp_server.start()
        assert access.resend(karl.id).access.state is AccessState.MAIL_SENT
        [mail] = smtp_server.wait_for(1)
        assert mail.rcpt_tos == ("k@example.de",)
    finally:
        setup.close()
