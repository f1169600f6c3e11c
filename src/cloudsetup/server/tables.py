"""The database tables (SQLAlchemy 2 declarative, ``Mapped[...]``), apart from the API models.

Alembic takes its metadata from here; a change to a table needs a migration in ``migrations/``.
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    DateTime,
    Dialect,
    Enum,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    TypeDecorator,
    UniqueConstraint,
    false,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from cloudsetup.models import Role

# Named constraints, so migrations can refer to them on every database (SQLite batch mode).
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utc_now() -> datetime:
    return datetime.now(UTC)


class UtcDateTime(TypeDecorator[datetime]):
    """A point in time, always timezone-aware UTC in Python.

    SQLite has no time zones, so values are stored there as naive UTC (which also keeps their
    text form comparable in SQL); PostgreSQL stores ``timestamptz``.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given; use an aware UTC datetime")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class TenantRow(Base):
    """One company's cloud."""

    __tablename__ = "tenants"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    domain: Mapped[str] = mapped_column(String(63), unique=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)
    # First successful admin log-in: the wizard's "credentials ok".
    connected_at: Mapped[datetime | None] = mapped_column(UtcDateTime, default=None)
    # Commit of the first fill (the wizard's "filled").
    filled_at: Mapped[datetime | None] = mapped_column(UtcDateTime, default=None)
    # The fill job whose generation of ``records`` is live; a verified commit switches it.
    # No foreign key: tenants and fill jobs would refer to each other.
    live_generation: Mapped[int | None] = mapped_column(Integer, default=None)
    # The tenant's change counter: the last version given to a record change or tombstone
    # (office pushes and device invoices alike); taken under the tenant's write lock.
    change_version: Mapped[int] = mapped_column(BigInteger, default=0, server_default="0")
    # The office sync: the office database's change version the cloud holds everything up to,
    # the newest inbox sequence number, and what the office confirmed to have pulled.
    office_pushed_version: Mapped[int] = mapped_column(BigInteger, default=0, server_default="0")
    inbox_head: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    office_pulled_seq: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    office_synced_at: Mapped[datetime | None] = mapped_column(UtcDateTime, default=None)
    # The partner flow: a partner created the tenant for a customer and is its first admin user.
    # No foreign key to admin_users: the two tables would refer to each other.
    prepared_by_partner: Mapped[bool] = mapped_column(
        Boolean, default=False, server_default=false()
    )
    partner_user_id: Mapped[int | None] = mapped_column(Integer, default=None)


class AdminUserRow(Base):
    """A person who administers a tenant from the office software."""

    __tablename__ = "admin_users"
    __table_args__ = (UniqueConstraint("tenant_id", "username"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    tenant_id: Mapped[int] = mapped_column(ForeignKey("tenants.id", ondelete="CASCADE"), index=True)
    username: Mapped[str] = mapped_column(String(64))
    email: Mapped[str] = mapped_column(String(320))
    role: Mapped[Role] = mapped_column(
        Enum(
            Role,
            native_enum=False,
            length=32,
            values_callable=lambda roles: [role.value for role in roles],
            validate_strings=True,
        )
    )
    password_hash: Mapped[str] = mapped_column(String(255))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)
    # A UserState value. An invited user has a placeholder user name and no usable password
    # until he accepts (see services/users.py); a removed one is revoked and kept, so the
    # audit log and the devices he decided on still name him.
    state: Mapped[str] = mapped_column(String(16), default="active", server_default="active")
    display_name: Mapped[str | None] = mapped_column(String(120), default=None)
    # Who invited him (an admin user's id; users are never deleted, only revoked).
    invited_by: Mapped[int | None] = mapped_column(Integer, default=None)
    accepted_at: Mapped[datetime | None] = mapped_column(UtcDateTime, default=None)
    revoked_at: Mapped[datetime | None] = mapped_column(UtcDateTime, default=None)


class RefreshTokenRow(Base):
    """One refresh token (only its SHA-256), member of the family started by one log-in."""

    __tablename__ = "refresh_tokens"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    family_id: Mapped[str] = mapped_column(String(36), index=True)
    user_id: Mapped[int] = mapped_column(
        ForeignKey("admin_users.id", ondelete="CASCADE"), index=True
    )
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)
    expires_at: Mapped[datetime] = mapped_column(UtcDateTime)
    used_at: Mapped[datetime | None] = mapped_column(UtcDateTime, default=None)
    revoked_at: Mapped[datetime | None] = mapped_column(UtcDateTime, default=None)


class LoginFailureRow(Base):
    """Failed log-ins of one submitted account (domain + user name, existing or not)."""

    __tablename__ = "login_failures"

    account_key: Mapped[str] = mapped_column(String(64), primary_key=True)
    failures: Mapped[int] = mapped_column(Integer, default=0)
    last_failure_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)
    locked_until: Mapped[datetime | None] = mapped_column(UtcDateTime, default=None)


class ServerKeyRow(Base):
    """Secrets the service generated for itself (the token signing key), shared by all workers."""

    __tablename__ = "server_keys"

    name: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(String(255))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)


class EmployeeRow(Base):
    """An employee of a tenant: who he is, his cloud access (consent) and his permissions.

    ``email_key`` is the address folded for comparison; the unique index on it makes "one
    address per tenant" hold even when two requests add the same address at the same moment.
    """

    __tablename__ = "employees"
    __table_args__ = (UniqueConstraint("tenant_id", "email_key"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    tenant_id: Mapped[int] = mapped_column(ForeignKey("tenants.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(120))
    email: Mapped[str] = mapped_column(String(254))
    email_key: Mapped[str] = mapped_column(String(254))
    is_owner: Mapped[bool] = mapped_column(Boolean, default=False)
    employee_number: Mapped[str | None] = mapped_column(String(20), default=None)
    mobile: Mapped[str | None] = mapped_column(String(40), default=None)
    language: Mapped[str] = mapped_column(String(2), default="de")
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)
    # Access: the Argon2id hash of his NFKC password, and where his consent mail stands.
    password_hash: Mapped[str | None] = mapped_column(String(255), default=None)
    mail_sent_at: Mapped[datetime | None] = mapped_column(UtcDateTime, default=None)
    mail_failed_at: Mapped[datetime | None] = mapped_column(UtcDateTime, default=None)
    opened_at: Mapped[datetime | None] = mapped_column(UtcDateTime, default=None)
    confirmed_at: Mapped[datetime | None] = mapped_column(UtcDateTime, default=None)
    link_expires_at: Mapped[datetime | None] = mapped_column(UtcDateTime, default=None)
    # Permissions and restrictions (enforced on device data by a later feature).
    may_create_invoices: Mapped[bool] = mapped_column(Boolean, default=False)
    no_purchase_prices: Mapped[bool] = mapped_column(Boolean, default=False)
    own_projects_only: Mapped[bool] = mapped_column(Boolean, default=False)
    no_revenue_figures: Mapped[bool] = mapped_column(Boolean, default=False)


class ConsentTokenRow(Base):
    """One consent link (only the SHA-256 of its token); at most one is live per employee."""

    __tablename__ = "consent_tokens"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    employee_id: Mapped[int] = mapped_column(
        ForeignKey("employees.id", ondelete="CASCADE"), index=True
    )
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)
    expires_at: Mapped[datetime] = mapped_column(UtcDateTime)
    opened_at: Mapped[datetime | None] = mapped_column(UtcDateTime, default=None)
    used_at: Mapped[datetime | None] = mapped_column(UtcDateTime, default=None)
    # Set when a newer link replaced this one, or when its mail could not be sent.
    revoked_at: Mapped[datetime | None] = mapped_column(UtcDateTime, default=None)


class NumberRangeRow(Base):
    """An invoice number range: the office's own (``employee_id`` NULL) or one employee's."""

    __tablename__ = "number_ranges"
    __table_args__ = (
        UniqueConstraint("employee_id"),
        # One office range per tenant; NULLs are distinct in a plain unique constraint.
        Index(
            "uq_number_ranges_office",
            "tenant_id",
            unique=True,
            sqlite_where=text("employee_id IS NULL"),
            postgresql_where=text("employee_id IS NULL"),
        ),
        Index("ix_number_ranges_tenant_id_prefix", "tenant_id", "prefix"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    tenant_id: Mapped[int] = mapped_column(ForeignKey("tenants.id", ondelete="CASCADE"))
    employee_id: Mapped[int | None] = mapped_column(
        ForeignKey("employees.id", ondelete="CASCADE"), default=None
    )
    prefix: Mapped[str] = mapped_column(String(20))
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    next_number: Mapped[int] = mapped_column(Integer)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now, onupdate=utc_now)


class FillJobRow(Base):
    """A fill job; its integer ``id`` is also the generation its rows carry in ``records``."""

    __tablename__ = "fill_jobs"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    # The id the API shows: not guessable, unlike the sequence.
    public_id: Mapped[str] = mapped_column(String(32), unique=True)
    tenant_id: Mapped[int] = mapped_column(ForeignKey("tenants.id", ondelete="CASCADE"), index=True)
    state: Mapped[str] = mapped_column(String(16))
    total_batches: Mapped[int] = mapped_column(Integer)
    # FillJobCreate.expected as JSON (a list of CollectionTotals).
    expected: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)
    closed_at: Mapped[datetime | None] = mapped_column(UtcDateTime, default=None)
    # Set once the generation's rows are deleted (aborted, or replaced by a newer commit).
    purged_at: Mapped[datetime | None] = mapped_column(UtcDateTime, default=None)
    # FillJobCreate.source_version: the office's change version the upload was read at.
    source_version: Mapped[int | None] = mapped_column(BigInteger, default=None)


class FillBatchRow(Base):
    """The receipt of one stored batch: totals for commit and status without scanning rows."""

    __tablename__ = "fill_batches"

    job_id: Mapped[int] = mapped_column(
        ForeignKey("fill_jobs.id", ondelete="CASCADE"), primary_key=True
    )
    seq: Mapped[int] = mapped_column(Integer, primary_key=True)
    collection: Mapped[str] = mapped_column(String(32))
    count: Mapped[int] = mapped_column(Integer)
    checksum: Mapped[str] = mapped_column(String(20))  # decimal, < 2**64
    # SHA-256 of the batch's content (collection, ids and digests): tells a re-send from a conflict.
    content_digest: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)


# The office's records, one row each, written in bulk (never as ORM objects, hence a plain
# table). Every fill job writes its own generation; the tenant's ``live_generation`` says which
# one is live. No foreign keys: a check per row would slow the bulk insert, and rows are only
# ever deleted a whole generation at a time. The primary key refuses an id twice in one job.
# ``version`` is 0 for what the fill wrote and the tenant's change counter for every change
# after it (office sync, device invoices); the partial index holds the changed rows only, so
# the fill's bulk insert does not pay for it.
records_table = Table(
    "records",
    Base.metadata,
    Column("generation_id", Integer, primary_key=True),
    Column("collection", String(32), primary_key=True),
    Column("record_id", String(64), primary_key=True),
    Column("tenant_id", Integer, nullable=False),
    Column("digest", BigInteger, nullable=False),  # record_digest as a signed 64-bit integer
    Column("data", Text, nullable=False),  # canonical JSON
    Column("version", BigInteger, nullable=False, server_default="0"),
    Index(
        "ix_records_changes",
        "generation_id",
        "version",
        sqlite_where=text("version > 0"),
        postgresql_where=text("version > 0"),
    ),
)

# Records deleted from the live generation after the fill (office sync), so that devices which
# hold them are told. A record that comes back loses its tombstone.
record_tombstones_table = Table(
    "record_tombstones",
    Base.metadata,
    Column("generation_id", Integer, primary_key=True),
    Column("collection", String(32), primary_key=True),
    Column("record_id", String(64), primary_key=True),
    Column("tenant_id", Integer, nullable=False),
    Column("version", BigInteger, nullable=False),
    Index("ix_record_tombstones_generation_id_version", "generation_id", "version"),
)


class DeviceRow(Base):
    """An employee's device: pending until the admin decides; its token only as a SHA-256."""

    __tablename__ = "devices"
    __table_args__ = (UniqueConstraint("employee_id", "device_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    tenant_id: Mapped[int] = mapped_column(ForeignKey("tenants.id", ondelete="CASCADE"), index=True)
    employee_id: Mapped[int] = mapped_column(
        ForeignKey("employees.id", ondelete="CASCADE"), index=True
    )
    device_id: Mapped[str] = mapped_column(String(64))
    name: Mapped[str] = mapped_column(String(80))
    platform: Mapped[str] = mapped_column(String(16))
    state: Mapped[str] = mapped_column(String(16))
    verification_code: Mapped[str] = mapped_column(String(6))
    token_hash: Mapped[str | None] = mapped_column(String(64), unique=True, default=None)
    requested_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)
    last_seen_at: Mapped[datetime | None] = mapped_column(UtcDateTime, default=None)
    decided_at: Mapped[datetime | None] = mapped_column(UtcDateTime, default=None)
    # The admin user who approved, rejected or revoked it (kept when that user goes).
    decided_by: Mapped[int | None] = mapped_column(
        ForeignKey("admin_users.id", ondelete="SET NULL"), default=None
    )
    # When the office's notification recipients were told of it (once per pending request).
    notified_at: Mapped[datetime | None] = mapped_column(UtcDateTime, default=None)


class DeviceInvoiceRow(Base):
    """An invoice a device pushed: its number taken once per tenant, its place in the inbox.

    ``seq`` comes from the tenant's ``inbox_head`` under the tenant's write lock, so the
    office pulls invoices in the order they were accepted. ``content_digest`` tells a repeated
    push of the same invoice (answered as before) from another invoice under the same id.
    """

    __tablename__ = "device_invoices"
    __table_args__ = (
        UniqueConstraint("tenant_id", "number", name="uq_device_invoices_tenant_id_number"),
        UniqueConstraint("tenant_id", "record_id", name="uq_device_invoices_tenant_id_record_id"),
        UniqueConstraint("tenant_id", "seq", name="uq_device_invoices_tenant_id_seq"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    tenant_id: Mapped[int] = mapped_column(ForeignKey("tenants.id", ondelete="CASCADE"))
    seq: Mapped[int] = mapped_column(Integer)
    record_id: Mapped[str] = mapped_column(String(64))
    number: Mapped[str] = mapped_column(String(40))
    # Who wrote it; kept as names when the employee or the device is deleted later.
    employee_id: Mapped[int | None] = mapped_column(
        ForeignKey("employees.id", ondelete="SET NULL"), default=None
    )
    device_pk: Mapped[int | None] = mapped_column(
        ForeignKey("devices.id", ondelete="SET NULL"), default=None
    )
    employee_name: Mapped[str] = mapped_column(String(120))
    device_name: Mapped[str] = mapped_column(String(80))
    content_digest: Mapped[str] = mapped_column(String(64))
    # The invoice and its lines as office records (a JSON list of RecordChange).
    records: Mapped[str] = mapped_column(Text)
    received_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)


class InvitationRow(Base):
    """One invitation link of an invited admin user (only the SHA-256 of its token).

    At most one is live per user: a resend ends the earlier ones. Accepting claims the link in
    one conditional UPDATE, so it is used once even when two requests race.
    """

    __tablename__ = "invitations"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    tenant_id: Mapped[int] = mapped_column(ForeignKey("tenants.id", ondelete="CASCADE"), index=True)
    user_id: Mapped[int] = mapped_column(
        ForeignKey("admin_users.id", ondelete="CASCADE"), index=True
    )
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    language: Mapped[str] = mapped_column(String(2), default="de")
    invited_by: Mapped[int | None] = mapped_column(
        ForeignKey("admin_users.id", ondelete="SET NULL"), default=None
    )
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)
    expires_at: Mapped[datetime] = mapped_column(UtcDateTime)
    mail_sent_at: Mapped[datetime | None] = mapped_column(UtcDateTime, default=None)
    mail_failed_at: Mapped[datetime | None] = mapped_column(UtcDateTime, default=None)
    opened_at: Mapped[datetime | None] = mapped_column(UtcDateTime, default=None)
    accepted_at: Mapped[datetime | None] = mapped_column(UtcDateTime, default=None)
    # Set when an admin withdrew it, a newer link replaced it, or its mail could not be sent.
    revoked_at: Mapped[datetime | None] = mapped_column(UtcDateTime, default=None)


class NotificationRecipientRow(Base):
    """One address the tenant's notifications go to; ``email_key`` keeps it once per tenant."""

    __tablename__ = "notification_recipients"
    __table_args__ = (UniqueConstraint("tenant_id", "email_key"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    tenant_id: Mapped[int] = mapped_column(ForeignKey("tenants.id", ondelete="CASCADE"))
    email: Mapped[str] = mapped_column(String(254))
    email_key: Mapped[str] = mapped_column(String(254))
    position: Mapped[int] = mapped_column(Integer)


class AuditLogRow(Base):
    """One entry of a tenant's audit log; the actor's name is kept as it was then."""

    __tablename__ = "audit_log"
    __table_args__ = (Index("ix_audit_log_tenant_id_id", "tenant_id", "id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    tenant_id: Mapped[int] = mapped_column(ForeignKey("tenants.id", ondelete="CASCADE"))
    at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)
    actor_user_id: Mapped[int | None] = mapped_column(
        ForeignKey("admin_users.id", ondelete="SET NULL"), default=None
    )
    actor: Mapped[str] = mapped_column(String(120))
    actor_role: Mapped[str | None] = mapped_column(String(32), default=None)
    action: Mapped[str] = mapped_column(String(40))
    target: Mapped[str] = mapped_column(String(200), default="")
    detail: Mapped[str] = mapped_column(String(500), default="")
