"""What a running service holds: settings, database, signing key and mailer.

``Runtime.open`` is the one place that wires the real parts; the app, the embedded server and
the command line all start from it.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from cloudsetup.server.config import ServerSettings
from cloudsetup.server.db import make_engine, make_session_factory, upgrade_schema
from cloudsetup.server.mail import Mailer, mailer_from_url
from cloudsetup.server.security import warm_up
from cloudsetup.server.services.keys import signing_key


@dataclass(frozen=True)
class Runtime:
    settings: ServerSettings
    engine: Engine
    sessions: sessionmaker[Session]
    signing_key: str
    mailer: Mailer

    @classmethod
    def open(cls, settings: ServerSettings) -> Runtime:
        """Connect to the database, migrate it to the newest schema and load the signing key."""
        mailer = mailer_from_url(settings.mail_url)  # a bad MAIL_URL fails the start, not a mail
        engine = make_engine(settings.database_url)
        try:
            upgrade_schema(engine)
            sessions = make_session_factory(engine)
            key = signing_key(settings, sessions)
        except BaseException:
            engine.dispose()
            raise
        warm_up()
        return cls(
            settings=settings, engine=engine, sessions=sessions, signing_key=key, mailer=mailer
        )

    @property
    def reads_on_event_loop(self) -> bool:
        """Whether a short read may run on the event loop instead of in the thread pool.

        On SQLite (WAL) a read never waits for a lock and takes a fraction of a millisecond,
        less than the hand-off to a worker thread and back under load (``bench/devices.py``:
        the device pulls' rate doubled). PostgreSQL reads wait on the network: thread pool.
        """
        return self.engine.dialect.name == "sqlite"

    def close(self) -> None:
        self.engine.dispose()
