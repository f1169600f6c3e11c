"""Fixtures of the cloud client's unit tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from .fake_cloud import FakeCloud


@pytest.fixture
def cloud() -> Iterator[FakeCloud]:
    """A scripted cloud on httpx.MockTransport; its httpx clients are closed at the end."""
    fake = FakeCloud()
    yield fake
    fake.close()
