"""Fixtures for the GUI tests: offscreen Qt, German UI, Qt warnings fail, a real SetupService.

The service is the real one (real httpx client against the real cloud from the root conftest's
``cloud_server``); only the keyring back-end is an in-memory one written here, because a test
must not touch the keyring of the machine it runs on.
"""

from __future__ import annotations

import os

# Before the first QApplication exists (pytest-qt's qapp): tests never open real windows.
os.environ["QT_QPA_PLATFORM"] = "offscreen"

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from cloudsetup.models import DomainData
from cloudsetup.server.embedded import EmbeddedServer
from cloudsetup.services.bootstrap import build_setup_service
from cloudsetup.services.setup import SetupService
from cloudsetup.wizard.garbage import GuiThreadGarbageCollector
from cloudsetup.wizard.i18n import install_translations
from cloudsetup.wizard.worker import live_workers
from gui.device_world import DeviceWorld
from gui.partner_world import PartnerWorld
from support.keyrings import MemoryKeyring

_FAILING_TYPES = {QtMsgType.QtWarningMsg, QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg}


@pytest.fixture(scope="session", autouse=True)
def _isolated_cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Compiled translations go to a temporary cache, not the user's."""
    previous = os.environ.get("XDG_CACHE_HOME")
    os.environ["XDG_CACHE_HOME"] = str(tmp_path_factory.mktemp("cache"))
    yield
    if previous is None:
        os.environ.pop("XDG_CACHE_HOME", None)
    else:
        os.environ["XDG_CACHE_HOME"] = previous


@pytest.fixture(autouse=True)
def german(qapp: QApplication, _isolated_cache: None) -> None:
    """Every GUI test starts with the German UI, the default of the product."""
    install_translations("de")


@pytest.fixture
def english() -> Iterator[None]:
    """The English UI for one test (widgets made in it take the English texts)."""
    install_translations("en")
    yield
    install_translations("de")


@pytest.fixture(autouse=True)
def _fail_on_qt_warnings() -> Iterator[list[str]]:
    """Any Qt warning, critical or fatal message during a test fails it."""
    recorded: list[str] = []
    previous = None

    def handler(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
        if kind in _FAILING_TYPES:
            recorded.append(f"{kind.name}: {message}")
        if previous is not None:
            previous(kind, context, message)

    previous = qInstallMessageHandler(handler)
    yield recorded
    qInstallMessageHandler(previous)
    if recorded:
        pytest.fail("Qt reported problems:\n" + "\n".join(recorded))


@pytest.fixture(autouse=True)
def _drain_workers(qtbot: QtBot, _gui_thread_gc: None) -> Iterator[None]:
    """Wait until every worker a test started (also cancelled ones) has finished."""
    yield
    qtbot.waitUntil(lambda: not live_workers(), timeout=30_000)


@pytest.fixture(autouse=True)
def _gui_thread_gc(qapp: QApplication) -> Iterator[None]:
    """Collect garbage on the GUI thread only, as the app does (see wizard/garbage.py).

    Otherwise a cycle holding a Qt object may be collected on the cloud's server thread,
    and Qt crashes the test process.
    """
    collector = GuiThreadGarbageCollector(qapp)
    collector.start()
    yield
    collector.stop()
    collector.deleteLater()


@pytest.fixture
def memory_keyring() -> MemoryKeyring:
    return MemoryKeyring()


@pytest.fixture
def config_dir(tmp_path: Path) -> Path:
    return tmp_path / "config"


@pytest.fixture
def service(config_dir: Path, memory_keyring: MemoryKeyring) -> Iterator[SetupService]:
    """The real SetupService: real cloud client, settings in a temp dir, in-memory keyring."""
    built = build_setup_service(config_dir=config_dir, keyring_backend=memory_keyring)
    yield built
    built.close()


@pytest.fixture
def world(
    cloud_server: EmbeddedServer, service: SetupService, tenant: DomainData, tmp_path: Path
) -> Iterator[DeviceWorld]:
    """``service`` signed in to ``tenant``, an office database and the employees' phones."""
    built = DeviceWorld(cloud_server, service, tenant, tmp_path)
    yield built
    built.close()


@pytest.fixture
def partner(cloud_server: EmbeddedServer, service: SetupService) -> Iterator[PartnerWorld]:
    """A partner's tenant signed in through ``service`` (see :mod:`gui.partner_world`)."""
    built = PartnerWorld(cloud_server, service)
    yield built
    built.close()


@pytest.fixture
def windows() -> Iterator[list[QWidget]]:
    """Keeps the test's windows alive (qtbot holds them weakly only)."""
    kept: list[QWidget] = []
    yield kept
    kept.clear()
