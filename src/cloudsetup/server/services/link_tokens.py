"""The single-use token of a mailed link, shared by consent and invitation links.

The token is 256 random bits, URL-safe; the mail holds the token, the database only its
SHA-256. Looking one up refuses anything unlike a token before it reaches the database and
compares the found hash in constant time. Using one claims its row in one conditional UPDATE
(not used, not ended, not expired), so a link is used at most once even when two requests race.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
from collections.abc import Callable
from datetime import datetime
from typing import Any, Final, TypeVar, TypeVarTuple, cast

from sqlalchemy import CursorResult, Row, Select, update
from sqlalchemy.orm import InstrumentedAttribute, Session

from cloudsetup.server.tables import ConsentTokenRow, InvitationRow

# token_urlsafe(32) gives 43 characters; anything unlike a token is not looked up at all.
_TOKEN_SHAPE: Final = re.compile(r"[A-Za-z0-9_-]{32,64}")

_Columns = TypeVarTuple("_Columns")
_LinkRow = TypeVar("_LinkRow", ConsentTokenRow, InvitationRow)


def new_link_token() -> str:
    """256 random bits, URL-safe; the mail holds the token, the database only its hash."""
    return secrets.token_urlsafe(32)


def hash_link_token(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def find_token_row(
    session: Session, token: str, select_by_hash: Callable[[str], Select[_LinkRow, *_Columns]]
) -> Row[_LinkRow, *_Columns] | None:
    """The row ``select_by_hash(hash)`` finds for ``token`` (the link's row first), or None."""
    if not _TOKEN_SHAPE.fullmatch(token):
        return None
    token_hash = hash_link_token(token)
    found = session.execute(
        select_by_hash(token_hash)
        # Fresh values even for rows this session has loaded before (re-checks under a lock).
        .execution_options(populate_existing=True)
    ).one_or_none()
    # The index finds the row by hash; the comparison itself runs in constant time.
    if found is None or not hmac.compare_digest(found[0].token_hash, token_hash):
        return None
    return found


def claim_link(
    session: Session,
    table: type[_LinkRow],
    link_id: int,
    used: InstrumentedAttribute[datetime | None],
    now: datetime,
) -> bool:
    """Mark the link used at ``now`` unless it is used, ended or expired; whether it was."""
    claimed = cast(
        "CursorResult[Any]",
        session.execute(
            update(table)
            .where(
                table.id == link_id,
                used.is_(None),
                table.revoked_at.is_(None),
                table.expires_at > now,
            )
            .values({used: now})
        ),
    )
    return claimed.rowcount == 1
