"""The initial fill: fill jobs, their batch receipts, the records and the live generation.

Revision ID: 0003
Revises: 0002
Create Date: 2025-03-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision: str | None = "0002"
branch_labels: str | None = None
depends_on: str | None = None


def _when(name: str, *, nullable: bool = True) -> sa.Column[object]:
    return sa.Column(name, sa.DateTime(timezone=True), nullable=nullable)


def upgrade() -> None:
    op.add_column("tenants", sa.Column("live_generation", sa.Integer(), nullable=True))
    op.create_table(
        "fill_jobs",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("public_id", sa.String(32), nullable=False),
        sa.Column("tenant_id", sa.Integer(), nullable=False),
        sa.Column("state", sa.String(16), nullable=False),
        sa.Column("total_batches", sa.Integer(), nullable=False),
        sa.Column("expected", sa.Text(), nullable=False),
        _when("created_at", nullable=False),
        _when("closed_at"),
        _when("purged_at"),
        sa.ForeignKeyConstraint(
            ["tenant_id"], ["tenants.id"], name="fk_fill_jobs_tenant_id_tenants", ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_fill_jobs"),
        sa.UniqueConstraint("public_id", name="uq_fill_jobs_public_id"),
    )
    op.create_index("ix_fill_jobs_tenant_id", "fill_jobs", ["tenant_id"])
    op.create_table(
        "fill_batches",
        sa.Column("job_id", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("collection", sa.String(32), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.Column("checksum", sa.String(20), nullable=False),
        sa.Column("content_digest", sa.String(64), nullable=False),
        _when("created_at", nullable=False),
        sa.ForeignKeyConstraint(
            ["job_id"],
            ["fill_jobs.id"],
            name="fk_fill_batches_job_id_fill_jobs",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("job_id", "seq", name="pk_fill_batches"),
    )
    op.create_table(
        "records",
        sa.Column("generation_id", sa.Integer(), nullable=False),
        sa.Column("collection", sa.String(32), nullable=False),
        sa.Column("record_id", sa.String(64), nullable=False),
        sa.Column("tenant_id", sa.Integer(), nullable=False),
        sa.Column("digest", sa.BigInteger(), nullable=False),
        sa.Column("data", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("generation_id", "collection", "record_id", name="pk_records"),
    )


def downgrade() -> None:
    op.drop_table("records")
    op.drop_table("fill_batches")
    op.drop_index("ix_fill_jobs_tenant_id", table_name="fill_jobs")
    op.drop_table("fill_jobs")
    with op.batch_alter_table("tenants") as batch:
        batch.drop_column("live_generation")
