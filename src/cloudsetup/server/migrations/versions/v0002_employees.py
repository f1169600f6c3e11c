"""Employees (with access and consent state, permissions), consent links, number ranges.

Revision ID: 0002
Revises: 0001
Create Date: 2025-02-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision: str | None = "0001"
branch_labels: str | None = None
depends_on: str | None = None


def _when(name: str, *, nullable: bool = True) -> sa.Column[object]:
    return sa.Column(name, sa.DateTime(timezone=True), nullable=nullable)


def _flag(name: str) -> sa.Column[object]:
    return sa.Column(name, sa.Boolean(), nullable=False)


def upgrade() -> None:
    op.create_table(
        "employees",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("tenant_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(120), nullable=False),
        sa.Column("email", sa.String(254), nullable=False),
        sa.Column("email_key", sa.String(254), nullable=False),
        _flag("is_owner"),
        sa.Column("employee_number", sa.String(20), nullable=True),
        sa.Column("mobile", sa.String(40), nullable=True),
        sa.Column("language", sa.String(2), nullable=False),
        _when("created_at", nullable=False),
        sa.Column("password_hash", sa.String(255), nullable=True),
        _when("mail_sent_at"),
        _when("mail_failed_at"),
        _when("opened_at"),
        _when("confirmed_at"),
        _when("link_expires_at"),
        _flag("may_create_invoices"),
        _flag("no_purchase_prices"),
        _flag("own_projects_only"),
        _flag("no_revenue_figures"),
        sa.ForeignKeyConstraint(
            ["tenant_id"], ["tenants.id"], name="fk_employees_tenant_id_tenants", ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_employees"),
        sa.UniqueConstraint("tenant_id", "email_key", name="uq_employees_tenant_id"),
    )
    op.create_index("ix_employees_tenant_id", "employees", ["tenant_id"])
    op.create_table(
        "consent_tokens",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("token_hash", sa.String(64), nullable=False),
        sa.Column("employee_id", sa.Integer(), nullable=False),
        _when("created_at", nullable=False),
        _when("expires_at", nullable=False),
        _when("opened_at"),
        _when("used_at"),
        _when("revoked_at"),
        sa.ForeignKeyConstraint(
            ["employee_id"],
            ["employees.id"],
            name="fk_consent_tokens_employee_id_employees",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_consent_tokens"),
        sa.UniqueConstraint("token_hash", name="uq_consent_tokens_token_hash"),
    )
    op.create_index("ix_consent_tokens_employee_id", "consent_tokens", ["employee_id"])
    op.create_table(
        "number_ranges",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("tenant_id", sa.Integer(), nullable=False),
        sa.Column("employee_id", sa.Integer(), nullable=True),
        sa.Column("prefix", sa.String(20), nullable=False),
        sa.Column("start", sa.Integer(), nullable=False),
        sa.Column("end", sa.Integer(), nullable=False),
        sa.Column("next_number", sa.Integer(), nullable=False),
        _when("updated_at", nullable=False),
        sa.ForeignKeyConstraint(
            ["tenant_id"],
            ["tenants.id"],
            name="fk_number_ranges_tenant_id_tenants",
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["employee_id"],
            ["employees.id"],
            name="fk_number_ranges_employee_id_employees",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_number_ranges"),
        sa.UniqueConstraint("employee_id", name="uq_number_ranges_employee_id"),
    )
    op.create_index(
        "uq_number_ranges_office",
        "number_ranges",
        ["tenant_id"],
        unique=True,
        sqlite_where=sa.text("employee_id IS NULL"),
        postgresql_where=sa.text("employee_id IS NULL"),
    )
    op.create_index("ix_number_ranges_tenant_id_prefix", "number_ranges", ["tenant_id", "prefix"])


def downgrade() -> None:
    op.drop_index("ix_number_ranges_tenant_id_prefix", table_name="number_ranges")
    op.drop_index("uq_number_ranges_office", table_name="number_ranges")
    op.drop_table("number_ranges")
    op.drop_index("ix_consent_tokens_employee_id", table_name="consent_tokens")
    op.drop_table("consent_tokens")
    op.drop_index("ix_employees_tenant_id", table_name="employees")
    op.drop_table("employees")
