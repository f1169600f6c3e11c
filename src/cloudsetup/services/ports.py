"""What the services need from the cloud client, as protocols.

The services depend on these, not on :class:`cloudsetup.cloud.CloudClient`, so their unit tests
can hand in a small fake. ``CloudClient`` satisfies both protocols as it is.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from cloudsetup.models import CurrentUser, Tenant, TokenPair

TokensChanged = Callable[[TokenPair], None]


class CloudApi(Protocol):
    """The calls of the cloud API the services use; errors are ``cloudsetup.cloud.errors``."""

    def login(self, *, domain: str, username: str, password: str) -> TokenPair: ...

    def use_refresh_token(self, refresh_token: str) -> None: ...

    def refresh(self) -> TokenPair: ...

    def logout(self) -> None: ...

    def get_me(self) -> CurrentUser: ...

    def get_tenant(self) -> Tenant: ...

    def close(self) -> None: ...


class ClientFactory(Protocol):
    """Builds a client for a server URL; the client reports every new token pair to the callback.

    ``CloudClient`` itself fits (``functools.partial(CloudClient, ca_file=...)`` too): it takes
    the base URL first and ``on_tokens_changed`` as a keyword.
    """

    def __call__(self, base_url: str, /, *, on_tokens_changed: TokensChanged) -> CloudApi: ...
