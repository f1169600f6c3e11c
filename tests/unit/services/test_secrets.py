"""The keyring-backed secret store: the happy path, every way the keyring can be unusable, and
the in-memory store for "ask me every time"."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator

import keyring
import pytest

from cloudsetup.services.secrets import (
    MAX_SECRET_BYTES,
    SERVICE_NAME,
    KeyringSecretStore,
    SecretKey,
    SecretStoreUnavailable,
    SessionSecretStore,
)
from support.keyrings import (
    BrokenKeyring,
    ForgetfulKeyring,
    HangingKeyring,
    LockedKeyring,
    MemoryKeyring,
    MissingKeyring,
    fail_keyring,
    null_keyring,
)

KEY = SecretKey("https://cloud.example.de", "malerbetrieb-muster", "admin")
TOKEN = "rt-6f1c2e9a-secret-refresh-token"


@pytest.fixture
def hanging() -> Iterator[HangingKeyring]:
    backend = HangingKeyring()
    yield backend
    backend.release.set()  # let the stuck daemon threads end


@pytest.fixture
def global_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


def test_secret_key_names_server_domain_and_user_in_one_keyring_username() -> None:
    key = SecretKey("https://cloud.example.de/", "Malerbetrieb-Muster", " Admin ")
    assert key.keyring_username == "malerbetrieb-muster/admin@https://cloud.example.de"


def test_secret_keys_of_different_servers_do_not_share_an_entry() -> None:
    other = SecretKey("https://other.example.de", KEY.domain, KEY.username)
    assert other.keyring_username != KEY.keyring_username


def test_stored_secret_is_read_back_under_the_cloudsetup_service_name() -> None:
    backend = MemoryKeyring()
    store = KeyringSecretStore(backend=backend)
    store.set(KEY, TOKEN)
    assert store.get(KEY) == TOKEN
    assert backend.entries == {(SERVICE_NAME, KEY.keyring_username): TOKEN}


def test_missing_secret_reads_as_none() -> None:
    assert KeyringSecretStore(backend=MemoryKeyring()).get(KEY) is None


def test_delete_removes_the_entry_and_deleting_nothing_is_fine() -> None:
    backend = MemoryKeyring()
    store = KeyringSecretStore(backend=backend)
    store.set(KEY, TOKEN)
    store.delete(KEY)
    store.delete(KEY)
    assert store.get(KEY) is None
    assert backend.entries == {}


def test_without_a_backend_argument_the_active_keyring_is_used(
    global_keyring: MemoryKeyring,
) -> None:
    KeyringSecretStore().set(KEY, TOKEN)
    assert global_keyring.entries[(SERVICE_NAME, KEY.keyring_username)] == TOKEN


@pytest.mark.parametrize("backend", [fail_keyring(), null_keyring()], ids=["fail", "null"])
def test_fail_and_null_backends_count_as_no_backend(
    backend: keyring.backend.KeyringBackend,
) -> None:
    store = KeyringSecretStore(backend=backend)
    calls: list[Callable[[], object]] = [
        lambda: store.get(KEY),
        lambda: store.set(KEY, TOKEN),
        lambda: store.delete(KEY),
    ]
    for call in calls:
        with pytest.raises(SecretStoreUnavailable) as caught:
            call()
        assert caught.value.reason == "no_backend"


def test_active_fail_backend_counts_as_no_backend() -> None:
    previous = keyring.get_keyring()
    keyring.set_keyring(fail_keyring())
    try:
        with pytest.raises(SecretStoreUnavailable) as caught:
            KeyringSecretStore().set(KEY, TOKEN)
    finally:
        keyring.set_keyring(previous)
    assert caught.value.reason == "no_backend"


def test_no_keyring_error_from_a_backend_counts_as_no_backend() -> None:
    with pytest.raises(SecretStoreUnavailable) as caught:
        KeyringSecretStore(backend=MissingKeyring()).get(KEY)
    assert caught.value.reason == "no_backend"


def test_locked_keyring_is_a_backend_error_that_does_not_repeat_the_secret() -> None:
    with pytest.raises(SecretStoreUnavailable) as caught:
        KeyringSecretStore(backend=LockedKeyring()).set(KEY, TOKEN)
    assert caught.value.reason == "backend_error"
    assert "KeyringLocked" in caught.value.technical
    assert TOKEN not in caught.value.technical
    assert TOKEN not in str(caught.value)
    assert caught.value.__cause__ is None
    assert caught.value.__suppress_context__


def test_error_outside_the_keyring_tree_is_a_backend_error() -> None:
    with pytest.raises(SecretStoreUnavailable) as caught:
        KeyringSecretStore(backend=BrokenKeyring()).get(KEY)
    assert caught.value.reason == "backend_error"
    assert "ServiceUnknown" in caught.value.technical


def test_backend_that_keeps_nothing_is_a_backend_error_not_a_silent_loss() -> None:
    with pytest.raises(SecretStoreUnavailable) as caught:
        KeyringSecretStore(backend=ForgetfulKeyring()).set(KEY, TOKEN)
    assert caught.value.reason == "backend_error"


@pytest.mark.parametrize("operation", ["get", "set", "delete"])
def test_hanging_keyring_gives_up_after_the_timeout(
    hanging: HangingKeyring, operation: str
) -> None:
    store = KeyringSecretStore(timeout=0.2, backend=hanging)
    calls: dict[str, Callable[[], object]] = {
        "get": lambda: store.get(KEY),
        "set": lambda: store.set(KEY, TOKEN),
        "delete": lambda: store.delete(KEY),
    }
    started = time.monotonic()
    with pytest.raises(SecretStoreUnavailable) as caught:
        calls[operation]()
    assert caught.value.reason == "timeout"
    assert time.monotonic() - started < 2.0


def test_value_over_the_windows_blob_limit_is_refused_before_the_backend_sees_it() -> None:
    backend = MemoryKeyring()
    too_large = "x" * (MAX_SECRET_BYTES // 2 + 1)  # UTF-16-LE: two bytes per character
    with pytest.raises(SecretStoreUnavailable) as caught:
        KeyringSecretStore(backend=backend).set(KEY, too_large)
    assert caught.value.reason == "too_large"
    assert backend.entries == {}


def test_value_at_the_windows_blob_limit_is_stored() -> None:
    backend = MemoryKeyring()
    KeyringSecretStore(backend=backend).set(KEY, "x" * (MAX_SECRET_BYTES // 2))
    assert len(backend.entries) == 1


def test_a_lower_limit_refuses_a_secret_that_would_fit_windows() -> None:
    backend = MemoryKeyring()
    store = KeyringSecretStore(backend=backend, max_bytes=16)
    with pytest.raises(SecretStoreUnavailable) as caught:
        store.set(KEY, TOKEN)
    assert caught.value.reason == "too_large"
    assert "the limit is 16" in caught.value.technical
    assert TOKEN not in caught.value.technical
    assert backend.entries == {}


def test_size_limit_counts_utf16_bytes_not_characters() -> None:
    emoji = "\N{PILE OF POO}"  # one character, four bytes in UTF-16-LE
    with pytest.raises(SecretStoreUnavailable):
        KeyringSecretStore(backend=MemoryKeyring()).set(KEY, emoji * (MAX_SECRET_BYTES // 4 + 1))


@pytest.mark.parametrize("reason", ["no_backend", "timeout", "backend_error", "too_large"])
def test_every_reason_becomes_a_keyring_unavailable_user_error_offering_ask_every_time(
    reason: str,
) -> None:
    exc = SecretStoreUnavailable(reason, "detail", timeout=5.0)  # type: ignore[arg-type]
    error = exc.to_user_error()
    assert error.code == "keyring_unavailable"
    assert error.hint is not None
    assert "Ask me every time" in error.hint.english()
    assert "nothing is written to disk" in error.hint.english()
    assert reason in error.technical


def test_user_errors_of_the_reasons_have_distinct_messages() -> None:
    reasons = ("no_backend", "timeout", "backend_error", "too_large")
    messages = {
        SecretStoreUnavailable(r, "", timeout=5.0).to_user_error().message.english()  # type: ignore[arg-type]
        for r in reasons
    }
    assert len(messages) == len(reasons)


def test_timeout_message_says_how_long_it_waited() -> None:
    error = SecretStoreUnavailable("timeout", "", timeout=5.0).to_user_error()
    assert "5 seconds" in error.message.english()


def test_session_store_keeps_secrets_in_memory_per_key() -> None:
    store = SessionSecretStore()
    other = SecretKey(KEY.server_url, KEY.domain, "buchhaltung")
    store.set(KEY, TOKEN)
    assert store.get(KEY) == TOKEN
    assert store.get(other) is None
    store.delete(KEY)
    store.delete(KEY)
    assert store.get(KEY) is None
