"""Settings of the cloud service, read from the environment (``DATABASE_URL``, ...)."""

from __future__ import annotations

from pathlib import Path

from platformdirs import user_data_path
from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

APP_DIR_NAME = "cloudsetup-server"


def default_data_dir() -> Path:
    """Where the service keeps its SQLite file and mail outbox when nothing else is configured."""
    return user_data_path(APP_DIR_NAME, appauthor=False)


def _default_database_url() -> str:
    return f"sqlite:///{default_data_dir() / 'cloudsetup.sqlite3'}"


def _default_mail_url() -> str:
    return (default_data_dir() / "outbox").as_uri()


class ServerSettings(BaseSettings):
    """Everything an operator can configure; each field is also an environment variable."""

    model_config = SettingsConfigDict(case_sensitive=False, extra="ignore", frozen=True)

    database_url: str = Field(
        default_factory=_default_database_url,
        description="SQLAlchemy URL: sqlite:///FILE (default) or postgresql+psycopg://...",
    )
    mail_url: str = Field(
        default_factory=_default_mail_url,
        description="smtp://user:pass@host:port[?starttls=1], smtps://... or file:///DIR",
    )
    public_url: str = Field(
        default="http://127.0.0.1:8000",
        description="the base of links in mails and the only origin the consent forms accept; "
        "never taken from a request's Host header",
    )
    mail_from: str = Field(
        default="Cloud <no-reply@cloudsetup.invalid>", description="sender of consent mails"
    )
    consent_link_days: float = Field(
        default=7, gt=0, description="how long a consent link in a mail stays valid"
    )
    invitation_link_days: float = Field(
        default=7, gt=0, description="how long the link in an admin user's invitation stays valid"
    )
    secret_key: SecretStr | None = Field(
        default=None,
        description="key that signs access tokens; when unset one is generated and kept in "
        "the database, so every worker on the same database shares it",
    )
    access_token_minutes: float = Field(default=15, gt=0)
    refresh_token_days: float = Field(default=30, gt=0)
    login_max_failures: int = Field(
        default=5, ge=1, description="failed log-ins per account before it is locked"
    )
    login_failure_window_minutes: float = Field(
        default=15, gt=0, description="failures older than this are forgotten"
    )
    login_lock_seconds: float = Field(
        default=60, gt=0, description="first lock; it doubles with each further failure"
    )
    login_lock_max_seconds: float = Field(default=3600, gt=0)
