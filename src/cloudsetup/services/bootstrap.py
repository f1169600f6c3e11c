"""Wires the real collaborators of the services: the httpx cloud client, the OS keyring and the
settings file. The only module of the service layer that names concrete classes.
"""

from __future__ import annotations

from pathlib import Path

from keyring.backend import KeyringBackend

from cloudsetup.cloud import CloudClient
from cloudsetup.services.ports import CloudApi, TokensChanged
from cloudsetup.services.secrets import KeyringSecretStore, SecretStore
from cloudsetup.services.settings import SettingsStore
from cloudsetup.services.setup import SetupService


def build_setup_service(
    *,
    config_dir: Path | None = None,
    ca_file: Path | None = None,
    keyring_backend: KeyringBackend | None = None,
    secrets: SecretStore | None = None,
) -> SetupService:
    """A :class:`SetupService` on the real cloud client, keyring and settings file.

    ``config_dir`` defaults to ``$CLOUDSETUP_CONFIG_DIR`` or the platform's config dir;
    ``ca_file`` adds a CA certificate to the OS trust store (a company's own cloud server);
    ``keyring_backend`` pins a keyring back-end instead of keyring's active one (tests, demo);
    ``secrets`` replaces the keyring altogether (screenshots keep their session in memory).
    """

    def client_factory(base_url: str, /, *, on_tokens_changed: TokensChanged) -> CloudApi:
        return CloudClient(base_url, ca_file=ca_file, on_tokens_changed=on_tokens_changed)

    return SetupService(
        client_factory=client_factory,
        secrets=secrets if secrets is not None else KeyringSecretStore(backend=keyring_backend),
        settings=SettingsStore.in_dir(config_dir),
    )
