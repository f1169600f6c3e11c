"""Devices and the office sync: devices, device invoices, record versions and tombstones.

Revision ID: 0004
Revises: 0003
Create Date: 2025-04-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision: str | None = "0003"
branch_labels: str | None = None
depends_on: str | None = None


def _when(name: str, *, nullable: bool = True) -> sa.Column[object]:
    return sa.Column(name, sa.DateTime(timezone=True), nullable=nullable)


def _counter(name: str, kind: type[sa.Integer] = sa.BigInteger) -> sa.Column[object]:
    return sa.Column(name, kind(), nullable=False, server_default="0")


def upgrade() -> None:
    with op.batch_alter_table("tenants") as batch:
        batch.add_column(_counter("change_version"))
        batch.add_column(_counter("office_pushed_version"))
        batch.add_column(_counter("inbox_head", sa.Integer))
        batch.add_column(_counter("office_pulled_seq", sa.Integer))
        batch.add_column(_when("office_synced_at"))
    op.add_column("fill_jobs", sa.Column("source_version", sa.BigInteger(), nullable=True))
    # A constant default: neither SQLite nor PostgreSQL rewrites the (possibly large) table.
    op.add_column("records", _counter("version"))
    op.create_index(
        "ix_records_changes",
        "records",
        ["generation_id", "version"],
        sqlite_where=sa.text("version > 0"),
        postgresql_where=sa.text("version > 0"),
    )
    op.create_table(
        "record_tombstones",
        sa.Column("generation_id", sa.Integer(), nullable=False),
        sa.Column("collection", sa.String(32), nullable=False),
        sa.Column("record_id", sa.String(64), nullable=False),
        sa.Column("tenant_id", sa.Integer(), nullable=False),
        sa.Column("version", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint(
            "generation_id", "collection", "record_id", name="pk_record_tombstones"
        ),
    )
    op.create_index(
        "ix_record_tombstones_generation_id_version",
        "record_tombstones",
        ["generation_id", "version"],
    )
    op.create_table(
        "devices",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("tenant_id", sa.Integer(), nullable=False),
        sa.Column("employee_id", sa.Integer(), nullable=False),
        sa.Column("device_id", sa.String(64), nullable=False),
        sa.Column("name", sa.String(80), nullable=False),
        sa.Column("platform", sa.String(16), nullable=False),
        sa.Column("state", sa.String(16), nullable=False),
        sa.Column("verification_code", sa.String(6), nullable=False),
        sa.Column("token_hash", sa.String(64), nullable=True),
        _when("requested_at", nullable=False),
        _when("last_seen_at"),
        _when("decided_at"),
        sa.Column("decided_by", sa.Integer(), nullable=True),
        _when("notified_at"),
        sa.ForeignKeyConstraint(
            ["tenant_id"], ["tenants.id"], name="fk_devices_tenant_id_tenants", ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["employee_id"],
            ["employees.id"],
            name="fk_devices_employee_id_employees",
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["decided_by"],
            ["admin_users.id"],
            name="fk_devices_decided_by_admin_users",
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_devices"),
        sa.UniqueConstraint("employee_id", "device_id", name="uq_devices_employee_id"),
        sa.UniqueConstraint("token_hash", name="uq_devices_token_hash"),
    )
    op.create_index("ix_devices_tenant_id", "devices", ["tenant_id"])
    op.create_index("ix_devices_employee_id", "devices", ["employee_id"])
    op.create_table(
        "device_invoices",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("tenant_id", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("record_id", sa.String(64), nullable=False),
        sa.Column("number", sa.String(40), nullable=False),
        sa.Column("employee_id", sa.Integer(), nullable=True),
        sa.Column("device_pk", sa.Integer(), nullable=True),
        sa.Column("employee_name", sa.String(120), nullable=False),
        sa.Column("device_name", sa.String(80), nullable=False),
        sa.Column("content_digest", sa.String(64), nullable=False),
        sa.Column("records", sa.Text(), nullable=False),
        _when("received_at", nullable=False),
        sa.ForeignKeyConstraint(
            ["tenant_id"],
            ["tenants.id"],
            name="fk_device_invoices_tenant_id_tenants",
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["employee_id"],
            ["employees.id"],
            name="fk_device_invoices_employee_id_employees",
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["device_pk"],
            ["devices.id"],
            name="fk_device_invoices_device_pk_devices",
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_device_invoices"),
        sa.UniqueConstraint("tenant_id", "number", name="uq_device_invoices_tenant_id_number"),
        sa.UniqueConstraint(
            "tenant_id", "record_id", name="uq_device_invoices_tenant_id_record_id"
        ),
        sa.UniqueConstraint("tenant_id", "seq", name="uq_device_invoices_tenant_id_seq"),
    )


def downgrade() -> None:
    op.drop_table("device_invoices")
    op.drop_index("ix_devices_employee_id", table_name="devices")
    op.drop_index("ix_devices_tenant_id", table_name="devices")
    op.drop_table("devices")
    op.drop_index("ix_record_tombstones_generation_id_version", table_name="record_tombstones")
    op.drop_table("record_tombstones")
    op.drop_index("ix_records_changes", table_name="records")
    with op.batch_alter_table("records") as batch:
        batch.drop_column("version")
    with op.batch_alter_table("fill_jobs") as batch:
        batch.drop_column("source_version")
    with op.batch_alter_table("tenants") as batch:
        for column in (
            "office_synced_at",
            "office_pulled_seq",
            "inbox_head",
            "office_pushed_version",
            "change_version",
        ):
            batch.drop_column(column)
