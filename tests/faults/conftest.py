"""Fixtures of the fault tests: a generated office database, the cloud as a killable process,
and a fill run in a thread whose outcome the test can wait for (bounded)."""

from __future__ import annotations

import shutil
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Final

import pytest
from pydantic import SecretStr

from cloudsetup.cloud import CloudClient
from cloudsetup.localdata import OfficeDatabase, generate_demo_data
from cloudsetup.models import Credentials, DomainData
from cloudsetup.models.fill import FillResult
from cloudsetup.services import (
    FillProgress,
    FillService,
    KeyringSecretStore,
    SessionSecretStore,
    SettingsStore,
    SetupService,
)

from .file_keyring import FileKeyring
from .server_process import ServerProcess

#: Records in the generated office database: a few thousand, in many small batches.
RECORDS: Final = 3000
BATCH_SIZE: Final = 50
RUN_TIMEOUT: Final = 90.0


@pytest.fixture(scope="session")
def demo_office(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("office") / "office.sqlite3"
    generate_demo_data(path, records=RECORDS, seed=4)
    return path


@pytest.fixture
def office_path(demo_office: Path, tmp_path: Path) -> Path:
    """A copy of the generated office database that the test may change."""
    path = tmp_path / "office.sqlite3"
    shutil.copyfile(demo_office, path)
    return path


@pytest.fixture
def server(tmp_path: Path) -> Iterator[ServerProcess]:
    process = ServerProcess(tmp_path / "cloud")
    (tmp_path / "cloud").mkdir()
    process.start()
    try:
        yield process
    finally:
        process.stop()


def connect(url: str, data: DomainData, config_dir: Path) -> SetupService:
    """A setup service signed in to ``url`` (session in memory, settings in ``config_dir``)."""
    service = SetupService(
        client_factory=CloudClient,
        secrets=SessionSecretStore(),
        settings=SettingsStore(config_dir / "settings.json"),
    )
    service.test_connection(
        Credentials(
            server_url=url,
            domain=data.domain,
            username=data.username,
            password=SecretStr(data.password),
        )
    )
    return service


def sign_in_for_another_process(
    url: str, data: DomainData, config_dir: Path, keyring_file: Path
) -> None:
    """Sign in as page 1 does; the refresh token goes to a file keyring a driver process reads."""
    setup = SetupService(
        client_factory=CloudClient,
        secrets=KeyringSecretStore(backend=FileKeyring(keyring_file)),
        settings=SettingsStore.in_dir(config_dir),
    )
    try:
        setup.test_connection(
            Credentials(
                server_url=url,
                domain=data.domain,
                username=data.username,
                password=SecretStr(data.password),
            )
        )
    finally:
        setup.close()


@dataclass
class FillRun:
    """One ``FillService.run`` in a thread; :meth:`outcome` waits for it (bounded)."""

    fill: FillService
    office_path: Path
    cancel: threading.Event = field(default_factory=threading.Event)
    progress: list[FillProgress] = field(default_factory=list)
    result: FillResult | None = None
    error: BaseException | None = None
    thread: threading.Thread | None = None

    def start(self) -> FillRun:
        self.thread = threading.Thread(target=self._run, name="fill-under-test", daemon=True)
        self.thread.start()
        return self

    def _run(self) -> None:
        office = OfficeDatabase(self.office_path)  # opened in the thread that reads it
        try:
            self.result = self.fill.run(
                office, on_progress=self.progress.append, cancel=self.cancel
            )
        except BaseException as exc:
            self.error = exc
        finally:
            office.close()

    def outcome(self) -> FillResult | BaseException:
        assert self.thread is not None
        self.thread.join(RUN_TIMEOUT)
        assert not self.thread.is_alive(), "the fill did not end in time"
        if self.error is not None:
            return self.error
        assert self.result is not None
        return self.result

    @property
    def running(self) -> bool:
        return self.thread is not None and self.thread.is_alive()
