"""Users and roles: user states, invitations, notification recipients, audit log, partner.

Only columns are added to existing tables (``ALTER TABLE ... ADD COLUMN``). Nothing is rebuilt:
on SQLite a rebuild of ``admin_users`` would drop the old table, and with foreign keys on that
deletes every refresh token (ON DELETE CASCADE), which would end all sessions.

Revision ID: 0005
Revises: 0004
Create Date: 2025-05-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision: str | None = "0004"
branch_labels: str | None = None
depends_on: str | None = None


def _when(name: str, *, nullable: bool = True) -> sa.Column[object]:
    return sa.Column(name, sa.DateTime(timezone=True), nullable=nullable)


def _tenant_fk(table: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        ["tenant_id"], ["tenants.id"], name=f"fk_{table}_tenant_id_tenants", ondelete="CASCADE"
    )


def upgrade() -> None:
    with op.batch_alter_table("tenants", recreate="never") as batch:
        batch.add_column(
            sa.Column(
                "prepared_by_partner", sa.Boolean(), nullable=False, server_default=sa.false()
            )
        )
        batch.add_column(sa.Column("partner_user_id", sa.Integer(), nullable=True))
    with op.batch_alter_table("admin_users", recreate="never") as batch:
        # Everybody who could sign in before is an active user.
        batch.add_column(sa.Column("state", sa.String(16), nullable=False, server_default="active"))
        batch.add_column(sa.Column("display_name", sa.String(120), nullable=True))
        batch.add_column(sa.Column("invited_by", sa.Integer(), nullable=True))
        batch.add_column(_when("accepted_at"))
        batch.add_column(_when("revoked_at"))
    op.create_table(
        "invitations",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("tenant_id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("token_hash", sa.String(64), nullable=False),
        sa.Column("language", sa.String(2), nullable=False),
        sa.Column("invited_by", sa.Integer(), nullable=True),
        _when("created_at", nullable=False),
        _when("expires_at", nullable=False),
        _when("mail_sent_at"),
        _when("mail_failed_at"),
        _when("opened_at"),
        _when("accepted_at"),
        _when("revoked_at"),
        _tenant_fk("invitations"),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["admin_users.id"],
            name="fk_invitations_user_id_admin_users",
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["invited_by"],
            ["admin_users.id"],
            name="fk_invitations_invited_by_admin_users",
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_invitations"),
        sa.UniqueConstraint("token_hash", name="uq_invitations_token_hash"),
    )
    op.create_index("ix_invitations_tenant_id", "invitations", ["tenant_id"])
    op.create_index("ix_invitations_user_id", "invitations", ["user_id"])
    op.create_table(
        "notification_recipients",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("tenant_id", sa.Integer(), nullable=False),
        sa.Column("email", sa.String(254), nullable=False),
        sa.Column("email_key", sa.String(254), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        _tenant_fk("notification_recipients"),
        sa.PrimaryKeyConstraint("id", name="pk_notification_recipients"),
        sa.UniqueConstraint("tenant_id", "email_key", name="uq_notification_recipients_tenant_id"),
    )
    op.create_table(
        "audit_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("tenant_id", sa.Integer(), nullable=False),
        _when("at", nullable=False),
        sa.Column("actor_user_id", sa.Integer(), nullable=True),
        sa.Column("actor", sa.String(120), nullable=False),
        sa.Column("actor_role", sa.String(32), nullable=True),
        sa.Column("action", sa.String(40), nullable=False),
        sa.Column("target", sa.String(200), nullable=False),
        sa.Column("detail", sa.String(500), nullable=False),
        _tenant_fk("audit_log"),
        sa.ForeignKeyConstraint(
            ["actor_user_id"],
            ["admin_users.id"],
            name="fk_audit_log_actor_user_id_admin_users",
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_audit_log"),
    )
    op.create_index("ix_audit_log_tenant_id_id", "audit_log", ["tenant_id", "id"])


def downgrade() -> None:
    op.drop_index("ix_audit_log_tenant_id_id", table_name="audit_log")
    op.drop_table("audit_log")
    op.drop_table("notification_recipients")
    op.drop_index("ix_invitations_user_id", table_name="invitations")
    op.drop_index("ix_invitations_tenant_id", table_name="invitations")
    op.drop_table("invitations")
    # Users who were only invited could never sign in before this revision: they go first.
    op.execute(sa.text("DELETE FROM admin_users WHERE state = 'invited'"))
    # ALTER TABLE ... DROP COLUMN (SQLite 3.35+), never a rebuild; see the module docstring.
    with op.batch_alter_table("admin_users", recreate="never") as batch:
        for column in ("revoked_at", "accepted_at", "invited_by", "display_name", "state"):
            batch.drop_column(column)
    with op.batch_alter_table("tenants", recreate="never") as batch:
        batch.drop_column("partner_user_id")
        batch.drop_column("prepared_by_partner")
