"""A client factory for the real :class:`~cloudsetup.services.setup.SetupService` that also
records every token pair the cloud hands out, so a test knows which secrets must never show."""

from __future__ import annotations

from pathlib import Path

import httpx

from cloudsetup.cloud import CloudClient
from cloudsetup.models import TokenPair
from cloudsetup.services.ports import CloudApi, TokensChanged


class TokenRecorder:
    """Builds real clients (``factory``) and keeps every :class:`TokenPair` they report."""

    def __init__(
        self, *, ca_file: Path | None = None, timeout: httpx.Timeout | None = None
    ) -> None:
        self._ca_file = ca_file
        self._timeout = timeout
        self.pairs: list[TokenPair] = []

    def factory(self, base_url: str, /, *, on_tokens_changed: TokensChanged) -> CloudApi:
        def report(tokens: TokenPair) -> None:
            self.pairs.append(tokens)
            on_tokens_changed(tokens)

        return CloudClient(
            base_url, ca_file=self._ca_file, timeout=self._timeout, on_tokens_changed=report
        )

    def secrets(self) -> list[str]:
        """Every access and refresh token seen so far."""
        return [t for pair in self.pairs for t in (pair.access_token, pair.refresh_token)]
