"""Send requests to the real server at the same moment, from threads on separate connections."""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Final

import httpx

TIMEOUT_SECONDS: Final = 60


def all_at_once(count: int, send: Callable[[httpx.Client, int], httpx.Response]) -> list[int]:
    """Run ``send`` in ``count`` threads released together (a barrier); their status codes."""
    barrier = threading.Barrier(count, timeout=TIMEOUT_SECONDS)

    def contender(index: int) -> int:
        with httpx.Client(timeout=TIMEOUT_SECONDS) as client:
            barrier.wait()
            return send(client, index).status_code

    with ThreadPoolExecutor(max_workers=count) as pool:
        return list(pool.map(contender, range(count)))
