"""``cloudsetup-server``: --help, create-tenant (block and --json), migrate."""

from __future__ import annotations

import json
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from cloudsetup.models import DomainData, parse_domain_data, paths
from cloudsetup.server.cli import main
from cloudsetup.server.embedded import EmbeddedServer
from support.cloud import login, server_settings

PUBLIC_URL = "https://cloud.example.de"


@pytest.fixture
def environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The environment variables an operator sets, pointing at a fresh database."""
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'cloud.sqlite3'}")
    monkeypatch.setenv("MAIL_URL", (tmp_path / "outbox").as_uri())
    monkeypatch.setenv("PUBLIC_URL", PUBLIC_URL)
    return tmp_path


def test_help_of_the_installed_command_lists_the_subcommands() -> None:
    command = Path(sys.executable).parent / "cloudsetup-server"

    result = subprocess.run(
        [str(command), "--help"], capture_output=True, text=True, timeout=60, check=False
    )

    assert result.returncode == 0, result.stderr
    for subcommand in ("create-tenant", "run", "migrate"):
        assert subcommand in result.stdout


def test_create_tenant_json_prints_one_object_whose_data_logs_in(
    environment: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status = main(
        [
            "create-tenant",
            "--name",
            "Malerbetrieb Muster GmbH",
            "--admin-email",
            "c@example.de",
            "--json",
        ]
    )

    assert status == 0
    printed = json.loads(capsys.readouterr().out)
    assert set(printed) == {"server_url", "domain", "username", "password"}
    data = DomainData.model_validate(printed)
    assert (data.server_url, data.domain, data.username) == (
        PUBLIC_URL,
        "malerbetrieb-muster",
        "admin",
    )
    with (
        EmbeddedServer(server_settings(environment)) as server,
        httpx.Client(base_url=server.url, timeout=10) as client,
    ):
        pair = login(client, data)
        me = client.get(paths.ME, headers={"Authorization": f"Bearer {pair.access_token}"})
        assert me.status_code == 200


def test_create_tenant_prints_the_domain_data_block_of_the_portal(
    environment: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status = main(
        [
            "create-tenant",
            "--name",
            "Elektro Blitz",
            "--admin-email",
            "chef@blitz.de",
            "--domain",
            "blitz-elektro",
            "--username",
            "chefin",
        ]
    )

    output = capsys.readouterr().out
    assert status == 0
    assert output.startswith("Domäne-Daten für Elektro Blitz")
    parsed = parse_domain_data(output)
    assert (parsed.server_url, parsed.domain, parsed.username) == (
        PUBLIC_URL,
        "blitz-elektro",
        "chefin",
    )
    assert parsed.password


def test_initial_password_is_stored_only_as_hash(
    environment: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    main(["create-tenant", "--name", "Geheim GmbH", "--admin-email", "g@example.de", "--json"])
    password = json.loads(capsys.readouterr().out)["password"]

    database = b"".join(path.read_bytes() for path in environment.glob("cloud.sqlite3*"))
    assert password.encode() not in database
    assert b"$argon2id$" in database


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--admin-email", "keine-adresse"], "email"),
        (["--admin-email", "a@example.de", "--domain", "Nicht gültig!"], "domain"),
    ],
)
def test_create_tenant_with_bad_input_exits_2_with_a_message(
    environment: Path, capsys: pytest.CaptureFixture[str], extra: list[str], message: str
) -> None:
    status = main(["create-tenant", "--name", "Fehler GmbH", *extra])

    assert status == 2
    assert message in capsys.readouterr().err.lower()


def test_create_tenant_with_a_taken_domain_exits_2(
    environment: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    arguments = ["create-tenant", "--name", "Doppelt", "--admin-email", "d@example.de"]
    assert main([*arguments, "--domain", "doppelt"]) == 0

    assert main([*arguments, "--domain", "doppelt"]) == 2
    assert "already taken" in capsys.readouterr().err


def test_migrate_creates_the_database_and_can_run_again(
    environment: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["migrate"]) == 0
    assert main(["migrate"]) == 0

    assert (environment / "cloud.sqlite3").is_file()
    assert "up to date" in capsys.readouterr().out


def test_bad_mail_url_exits_2_with_a_message(
    environment: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("MAIL_URL", "carrier-pigeon://loft")

    status = main(["create-tenant", "--name", "Taube", "--admin-email", "t@example.de"])

    assert status == 2
    assert "invalid configuration" in capsys.readouterr().err


def test_run_serves_the_api_until_terminated(environment: Path) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    command = Path(sys.executable).parent / "cloudsetup-server"
    process = subprocess.Popen(
        [str(command), "run", "--host", "127.0.0.1", "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                response = httpx.get(f"http://127.0.0.1:{port}{paths.HEALTH}", timeout=2)
                break
            except httpx.TransportError:
                assert process.poll() is None, process.stderr.read() if process.stderr else ""
                assert time.monotonic() < deadline, "the server did not come up"
                time.sleep(0.1)
        assert response.status_code == 200
        link = f"http://127.0.0.1:{port}/consent/geheimes-token-im-link-4711"
        assert httpx.get(link, timeout=10).status_code == 404
    finally:
        process.terminate()
        _, log = process.communicate(timeout=15)

    # uvicorn shuts down gracefully, then re-raises the signal it caught (exit status -15).
    assert process.returncode in (0, -signal.SIGTERM)
    assert b"Finished server process" in log
    assert b"Traceback" not in log
    assert b"geheimes-token-im-link" not in log  # no access log: link tokens stay out of it


def test_reset_password_gives_a_new_password_that_logs_in_and_retires_the_old_one(
    environment: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    main(["create-tenant", "--name", "Elektro Blitz KG", "--admin-email", "e@x.de", "--json"])
    first = DomainData.model_validate(json.loads(capsys.readouterr().out))

    status = main(["reset-password", "--domain", first.domain, "--json"])

    assert status == 0
    second = DomainData.model_validate(json.loads(capsys.readouterr().out))
    assert second.password != first.password
    assert (second.domain, second.username) == (first.domain, first.username)
    with (
        EmbeddedServer(server_settings(environment)) as server,
        httpx.Client(base_url=server.url, timeout=10) as client,
    ):
        login(client, second)
        old = client.post(
            paths.AUTH_LOGIN,
            json={"domain": first.domain, "username": "admin", "password": first.password},
        )
        assert old.status_code == 401


def test_reset_password_of_an_unknown_domain_is_a_usage_error(
    environment: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status = main(["reset-password", "--domain", "gibt-es-nicht"])

    assert status == 2
    assert "gibt-es-nicht" in capsys.readouterr().err


def test_create_tenant_for_a_customer_makes_the_partner_its_first_administrator(
    environment: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status = main(
        [
            "create-tenant",
            "--for-customer",
            "Fliesen Kunde GmbH",
            "--partner-email",
            "service@systemhaus.de",
        ]
    )

    output = capsys.readouterr().out
    assert status == 0
    assert output.startswith("Domäne-Daten für Fliesen Kunde GmbH")
    assert "Partner (service@systemhaus.de)" in output
    assert "Service Provider" in output
    parsed = parse_domain_data(output)
    assert (parsed.server_url, parsed.domain, parsed.username) == (
        PUBLIC_URL,
        "fliesen-kunde",
        "partner",
    )
    data = DomainData(
        server_url=PUBLIC_URL,
        domain=parsed.domain or "",
        username=parsed.username or "",
        password=parsed.password or "",
    )
    with (
        EmbeddedServer(server_settings(environment)) as server,
        httpx.Client(base_url=server.url, timeout=10) as client,
    ):
        headers = {"Authorization": f"Bearer {login(client, data).access_token}"}
        me = client.get(paths.ME, headers=headers).json()
        handover = client.get(paths.HANDOVER, headers=headers).json()
    assert (me["email"], me["role"]) == ("service@systemhaus.de", "administration")
    assert (handover["prepared_by_partner"], handover["step"]) == (True, "prepared")


@pytest.mark.parametrize(
    "arguments",
    [
        ["--for-customer", "Kunde GmbH"],
        ["--for-customer", "Kunde GmbH", "--admin-email", "a@example.de"],
        ["--name", "Kunde GmbH", "--partner-email", "p@example.de"],
        ["--name", "Kunde GmbH", "--for-customer", "Kunde GmbH", "--admin-email", "a@x.de"],
    ],
)
def test_create_tenant_names_the_email_its_kind_of_tenant_needs(
    environment: Path, capsys: pytest.CaptureFixture[str], arguments: list[str]
) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["create-tenant", *arguments])

    assert exited.value.code == 2
    assert "--" in capsys.readouterr().err
