"""Page 1 with every kind of unusable keyring, against the real cloud: the sign-in works, the
page says exactly what is wrong with the password safe, offers "Jedes Mal fragen", and "Weiter"
works after it; no password or token is written anywhere in the config folder.

The keyrings are the test back-ends of tests/support/keyrings.py and keyring's own ``fail`` and
``null`` back-ends; the size limit is met with the cloud's real refresh token by lowering the
store's limit (the limit itself is pinned in tests/unit/services/test_secrets.py).
:data:`KEYRING_CASES` is the list bench/robustness.py counts.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Final

import pytest
from keyring.backend import KeyringBackend
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from cloudsetup.models import DomainData
from cloudsetup.services.secrets import MAX_SECRET_BYTES, KeyringSecretStore
from cloudsetup.services.settings import SettingsStore
from cloudsetup.services.setup import SetupService
from cloudsetup.wizard.wizard import PageId, SetupWizard
from gui.screen_texts import assert_nothing_technical_shown
from gui.wizard_pages import WAIT_MS, new_wizard, wait_for
from support.keyrings import (
    HangingKeyring,
    LockedKeyring,
    MemoryKeyring,
    fail_keyring,
    null_keyring,
)
from support.leaks import files_containing
from support.token_recorder import TokenRecorder

#: How long the store waits for a hanging keyring in these tests (the product waits 5 s).
KEYRING_TIMEOUT: Final = 0.5


@dataclass(frozen=True)
class KeyringCase:
    backend: str
    message: str  # the German message the page shows


_NO_BACKEND = (
    "Dieser Computer hat keinen Passwortspeicher (Schlüsselbund), den cloudsetup nutzen kann. "
    "Die Anmeldung kann deshalb nicht gespeichert werden."
)

#: Every keyring fault of this module by name; the test is parametrised by these.
KEYRING_CASES: Final = {
    "no-backend": KeyringCase("fail", _NO_BACKEND),
    "null-backend": KeyringCase("null", _NO_BACKEND),
    "raising-backend": KeyringCase(
        "locked",
        "Der Passwortspeicher (Schlüsselbund) dieses Computers hat das Speichern oder Lesen der "
        "Anmeldung verweigert.",
    ),
    "hanging-backend": KeyringCase(
        "hanging",
        "Der Passwortspeicher (Schlüsselbund) dieses Computers hat nicht innerhalb von 0.5 "
        "Sekunden geantwortet. Vielleicht ist er gesperrt oder wartet auf eine Bestätigung.",
    ),
    "too-large": KeyringCase(
        "memory",
        "Die Anmeldung ist zu groß für den Passwortspeicher (Schlüsselbund) dieses Computers.",
    ),
}


@pytest.fixture
def hanging() -> Iterator[HangingKeyring]:
    backend = HangingKeyring()
    yield backend
    backend.release.set()  # let the stuck daemon thread end


def _backend(name: str, hanging: HangingKeyring) -> KeyringBackend:
    backends: dict[str, KeyringBackend] = {
        "fail": fail_keyring(),
        "null": null_keyring(),
        "locked": LockedKeyring(),
        "hanging": hanging,
        "memory": MemoryKeyring(),
    }
    return backends[name]


@pytest.mark.parametrize("case", list(KEYRING_CASES))
def test_each_keyring_fault_names_its_reason_offers_ask_every_time_and_writes_no_secret(
    case: str,
    qtbot: QtBot,
    config_dir: Path,
    tenant: DomainData,
    hanging: HangingKeyring,
) -> None:
    expected = KEYRING_CASES[case]
    backend = _backend(expected.backend, hanging)
    # Below the size of a real refresh token, so the cloud's own token is "too large".
    limit = 16 if case == "too-large" else MAX_SECRET_BYTES
    store = KeyringSecretStore(timeout=KEYRING_TIMEOUT, backend=backend, max_bytes=limit)
    recorder = TokenRecorder()
    service = SetupService(
        client_factory=recorder.factory, secrets=store, settings=SettingsStore.in_dir(config_dir)
    )
    try:
        wizard = new_wizard(qtbot, service)
        page = wizard.credentials
        page.set_values(
            server_url=tenant.server_url,
            domain=tenant.domain,
            username=tenant.username,
            password=tenant.password,
        )
        wait_for(qtbot, page.start_test())

        assert page.panel.kind == "warning"
        assert page.panel.message_label.text() == expected.message
        assert "Jedes Mal fragen" in page.panel.hint_label.text()
        assert page.panel.action_button.isVisible()
        assert page.panel.action_button.text() == "&Jedes Mal fragen"
        assert not wizard.button(SetupWizard.WizardButton.NextButton).isEnabled()
        assert_nothing_technical_shown()

        with qtbot.waitSignal(page.completeChanged, timeout=WAIT_MS):
            qtbot.mouseClick(page.panel.action_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(page.isComplete, timeout=WAIT_MS)
        assert page.panel.kind == "success"
        qtbot.mouseClick(
            wizard.button(SetupWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton
        )
        assert wizard.currentId() == PageId.EMPLOYEES
        qtbot.waitUntil(lambda: not wizard.employees.is_busy, timeout=WAIT_MS)
        assert wizard.employees.panel.kind != "error"  # the session works without the keyring

        assert service.local_settings().ask_every_time
        secrets = [tenant.password, *recorder.secrets()]
        assert recorder.secrets()
        assert files_containing(config_dir, secrets) == []
        if isinstance(backend, MemoryKeyring):
            assert backend.entries == {}
    finally:
        service.close()
