"""The 2016 work plan, reference data and device identity.

Revision ID: 0001
Revises: None
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

# Timestamps are UTC ISO 8601 text (cicte_desktop.db.models.UtcTimestamp), hence String(27).


def upgrade() -> None:
    op.create_table('device',
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=27), nullable=False),
    sa.Column('updated_at', sa.String(length=27), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('deleted', sa.Boolean(), server_default='0', nullable=False),
    sa.PrimaryKeyConstraint('uuid')
    )
    op.create_table('local_setting',
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('key')
    )
    op.create_table('member_state',
    sa.Column('iso3', sa.String(length=3), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('subregion', sa.String(length=32), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=27), nullable=False),
    sa.Column('updated_at', sa.String(length=27), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('deleted', sa.Boolean(), server_default='0', nullable=False),
    sa.CheckConstraint("subregion IN ('Caribbean', 'Central America', 'South America', 'North America')", name='known_subregion'),
    sa.PrimaryKeyConstraint('uuid'),
    sa.UniqueConstraint('iso3')
    )
    op.create_table('partner_organization',
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('acronym', sa.String(length=32), nullable=True),
    sa.Column('category', sa.String(length=32), nullable=False),
    sa.Column('section', sa.String(length=4), nullable=True),
    sa.Column('number', sa.Integer(), nullable=True),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=27), nullable=False),
    sa.Column('updated_at', sa.String(length=27), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('deleted', sa.Boolean(), server_default='0', nullable=False),
    sa.CheckConstraint("category IN ('observer', 'oas_organ', 'international_regional', 'ngo')", name='known_category'),
    sa.PrimaryKeyConstraint('uuid')
    )
    op.create_table('work_plan',
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('symbol', sa.String(length=64), nullable=False),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('approved_on', sa.Date(), nullable=True),
    sa.Column('source', sa.Text(), nullable=True),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=27), nullable=False),
    sa.Column('updated_at', sa.String(length=27), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('deleted', sa.Boolean(), server_default='0', nullable=False),
    sa.PrimaryKeyConstraint('uuid'),
    sa.UniqueConstraint('year')
    )
    op.create_table('mandate',
    sa.Column('work_plan_uuid', sa.String(length=36), nullable=False),
    sa.Column('category', sa.String(length=32), nullable=False),
    sa.Column('symbol', sa.String(length=64), nullable=True),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('section', sa.Text(), nullable=True),
    sa.Column('paragraphs', sa.JSON(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=27), nullable=False),
    sa.Column('updated_at', sa.String(length=27), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('deleted', sa.Boolean(), server_default='0', nullable=False),
    sa.ForeignKeyConstraint(['work_plan_uuid'], ['work_plan.uuid'], ),
    sa.PrimaryKeyConstraint('uuid')
    )
    with op.batch_alter_table('mandate', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_mandate_work_plan_uuid'), ['work_plan_uuid'], unique=False)

    op.create_table('work_area',
    sa.Column('work_plan_uuid', sa.String(length=36), nullable=False),
    sa.Column('number', sa.String(length=8), nullable=False),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=27), nullable=False),
    sa.Column('updated_at', sa.String(length=27), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('deleted', sa.Boolean(), server_default='0', nullable=False),
    sa.ForeignKeyConstraint(['work_plan_uuid'], ['work_plan.uuid'], ),
    sa.PrimaryKeyConstraint('uuid')
    )
    with op.batch_alter_table('work_area', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_work_area_work_plan_uuid'), ['work_plan_uuid'], unique=False)

    op.create_table('program',
    sa.Column('work_area_uuid', sa.String(length=36), nullable=False),
    sa.Column('letter', sa.String(length=4), nullable=False),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=27), nullable=False),
    sa.Column('updated_at', sa.String(length=27), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('deleted', sa.Boolean(), server_default='0', nullable=False),
    sa.ForeignKeyConstraint(['work_area_uuid'], ['work_area.uuid'], ),
    sa.PrimaryKeyConstraint('uuid')
    )
    with op.batch_alter_table('program', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_program_work_area_uuid'), ['work_area_uuid'], unique=False)

    op.create_table('project',
    sa.Column('program_uuid', sa.String(length=36), nullable=False),
    sa.Column('number', sa.String(length=8), nullable=True),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=27), nullable=False),
    sa.Column('updated_at', sa.String(length=27), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('deleted', sa.Boolean(), server_default='0', nullable=False),
    sa.ForeignKeyConstraint(['program_uuid'], ['program.uuid'], ),
    sa.PrimaryKeyConstraint('uuid')
    )
    with op.batch_alter_table('project', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_project_program_uuid'), ['program_uuid'], unique=False)

    op.create_table('planned_activity',
    sa.Column('project_uuid', sa.String(length=36), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('target_quantity', sa.Integer(), nullable=True),
    sa.Column('target_unit', sa.String(length=200), nullable=True),
    sa.Column('upon_request', sa.Boolean(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=27), nullable=False),
    sa.Column('updated_at', sa.String(length=27), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('deleted', sa.Boolean(), server_default='0', nullable=False),
    sa.CheckConstraint('target_quantity IS NULL OR target_quantity >= 0', name='target_not_negative'),
    sa.ForeignKeyConstraint(['project_uuid'], ['project.uuid'], ),
    sa.PrimaryKeyConstraint('uuid')
    )
    with op.batch_alter_table('planned_activity', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_planned_activity_project_uuid'), ['project_uuid'], unique=False)


def downgrade() -> None:

    with op.batch_alter_table('planned_activity', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_planned_activity_project_uuid'))

    op.drop_table('planned_activity')
    with op.batch_alter_table('project', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_project_program_uuid'))

    op.drop_table('project')
    with op.batch_alter_table('program', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_program_work_area_uuid'))

    op.drop_table('program')
    with op.batch_alter_table('work_area', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_work_area_work_plan_uuid'))

    op.drop_table('work_area')
    with op.batch_alter_table('mandate', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_mandate_work_plan_uuid'))

    op.drop_table('mandate')
    op.drop_table('work_plan')
    op.drop_table('partner_organization')
    op.drop_table('member_state')
    op.drop_table('local_setting')
    op.drop_table('device')
