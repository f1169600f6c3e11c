"""The token signing key: from the settings, or generated once and kept in the database."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from cloudsetup.server.config import ServerSettings
from cloudsetup.server.security import new_secret_key
from cloudsetup.server.tables import ServerKeyRow

ACCESS_TOKEN_KEY_NAME = "access_token_signing_key"  # noqa: S105 - a row name


def signing_key(settings: ServerSettings, sessions: sessionmaker[Session]) -> str:
    """The configured ``SECRET_KEY`` or the one stored in the database (created on first use).

    Storing a generated key in the shared database means every worker and every restart signs
    and checks tokens with the same key, without the operator having to configure one.
    """
    if settings.secret_key is not None:
        return settings.secret_key.get_secret_value()
    with sessions() as session:
        stored = session.scalar(
            select(ServerKeyRow.value).where(ServerKeyRow.name == ACCESS_TOKEN_KEY_NAME)
        )
        if stored is not None:
            return stored
        session.add(ServerKeyRow(name=ACCESS_TOKEN_KEY_NAME, value=new_secret_key()))
        try:
            session.commit()
        except IntegrityError:
            session.rollback()  # another worker was first; use its key
        value = session.scalar(
            select(ServerKeyRow.value).where(ServerKeyRow.name == ACCESS_TOKEN_KEY_NAME)
        )
        if value is None:  # pragma: no cover - the row exists after the insert or the race
            raise RuntimeError("the token signing key could not be stored")
        return value
