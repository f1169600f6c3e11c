"""The demo's embedded cloud: it starts, its access data log in, it is kept between runs."""

from __future__ import annotations

import json
import os
import shlex
import subprocess
from pathlib import Path
from urllib.parse import urlsplit

import httpx

from cloudsetup.cloud import CloudClient
from cloudsetup.demo import DEMO_COMPANY, demo_cloud, demo_service, phone_instructions
from cloudsetup.models import paths
from cloudsetup.services.settings import SettingsStore
from support.cloud import add_employee, bearer, employee_path, login, outbox_mails
from support.devices import PASSWORD, confirm_consent
from support.phone_cli import COMMAND, PENDING_EXIT


def test_demo_cloud_serves_on_loopback_and_its_access_data_log_in(tmp_path: Path) -> None:
    with demo_cloud(tmp_path) as demo, CloudClient(demo.server.url) as client:
        client.login(
            domain=demo.access.domain,
            username=demo.access.username,
            password=demo.access.password,
        )
        tenant = client.get_tenant()

        assert urlsplit(demo.server.url).hostname == "127.0.0.1"
        assert demo.access.server_url == demo.server.url
        assert tenant.name == DEMO_COMPANY


def test_a_kept_demo_reuses_tenant_and_port_with_a_fresh_password(tmp_path: Path) -> None:
    with demo_cloud(tmp_path) as first:
        first_access = first.access
    with demo_cloud(tmp_path) as second, CloudClient(second.server.url) as client:
        client.login(
            domain=second.access.domain,
            username=second.access.username,
            password=second.access.password,
        )

        assert second.access.domain == first_access.domain
        assert second.server.url == first_access.server_url
        assert second.access.password != first_access.password


def test_demo_keeps_no_password_on_disk(tmp_path: Path) -> None:
    with demo_cloud(tmp_path) as demo:
        password = demo.access.password.encode()
        for path in tmp_path.rglob("*"):
            if path.is_file():
                assert password not in path.read_bytes(), path
        state = json.loads((tmp_path / "demo.json").read_text(encoding="utf-8"))
        assert set(state) == {"port", "domain"}


def test_demo_service_points_page_one_at_the_running_demo_cloud(tmp_path: Path) -> None:
    with demo_cloud(tmp_path) as demo:
        store = SettingsStore.in_dir(demo.config_dir)
        store.save(store.load().model_copy(update={"server_url": "http://127.0.0.1:1"}))

        service = demo_service(demo)
        try:
            assert service.local_settings().server_url == demo.server.url
        finally:
            service.close()


def test_a_temporary_demo_folder_is_removed_afterwards() -> None:
    with demo_cloud() as demo:
        folder = demo.data_dir
        assert (folder / "cloud.sqlite3").exists()

    assert not folder.exists()


def test_the_demo_brings_office_data_for_page_four(tmp_path: Path) -> None:
    from cloudsetup.localdata import OfficeDatabase
    from cloudsetup.models.fill import Collection

    with demo_cloud(tmp_path) as demo, OfficeDatabase(demo.office_db) as office:
        counts = office.counts()

    assert sum(counts.values()) > 0
    assert counts[Collection.INVOICES] > 0


def test_the_demo_process_ends_cleanly_on_sigterm_and_removes_its_temporary_folder(
    tmp_path: Path,
) -> None:
    import os
    import signal
    import subprocess
    import sys
    import time

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "TMPDIR": str(tmp_path)}
    command = [sys.executable, "-m", "cloudsetup", "--config-dir", str(tmp_path / "cfg"), "demo"]
    process = subprocess.Popen(
        command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    try:
        assert process.stdout is not None
        first = process.stdout.readline()  # "Demo cloud: http://127.0.0.1:PORT  (data: DIR)"
        assert first.startswith("Demo cloud: http://127.0.0.1:"), first
        folder = Path(first.rsplit("(data: ", 1)[1].rstrip(")\n"))
        assert folder.is_dir()
        time.sleep(2)  # let the window come up: the signal must also work inside Qt's loop

        process.send_signal(signal.SIGTERM)
        code = process.wait(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait(timeout=10)
        for stream in (process.stdout, process.stderr):
            if stream is not None:
                stream.close()

    assert code == 0
    assert not folder.exists()


def test_the_printed_phone_command_signs_a_confirmed_employee_in_to_the_demo_cloud(
    tmp_path: Path,
) -> None:
    with demo_cloud(tmp_path) as demo, httpx.Client(base_url=demo.server.url, timeout=30) as http:
        admin = login(http, demo.access)
        employee = add_employee(http, admin, name="Max Maler")
        activated = http.post(
            employee_path(paths.EMPLOYEE_ACTIVATION, employee.id),
            json={"password": PASSWORD},
            headers=bearer(admin),
        )
        assert activated.status_code == 200, activated.text
        confirm_consent(demo.server, http, employee, lambda to: outbox_mails(demo.server, to))

        lines = phone_instructions(demo).splitlines()
        [signin] = [line.strip() for line in lines if " device signin " in line]
        argv = shlex.split(signin.replace("EMAIL", employee.email))
        assert argv[0] == str(COMMAND)  # the venv's command, ready to paste
        assert argv[1:3] == ["device", "signin"]
        argv = [a for a in argv if a not in ("--wait", "600")] + ["--password-stdin"]
        result = subprocess.run(
            [str(COMMAND), *argv[1:]],
            input=PASSWORD + "\n",
            capture_output=True,
            text=True,
            timeout=60,
            env={**os.environ, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"},
            check=False,
        )

        assert result.returncode == PENDING_EXIT, result.stderr
        [device] = http.get(paths.DEVICES, headers=bearer(admin)).json()
        assert device["name"] == "Demo-Handy"
        assert device["verification_code"] in result.stdout  # the phone shows the office's code
