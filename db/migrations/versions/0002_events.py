"""Logged events with member states, partners, participant rosters and attachments.

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = '0001'
branch_labels = None
depends_on = None

# Timestamps are UTC ISO 8601 text (cicte_desktop.db.models.UtcTimestamp), hence String(27).


def upgrade() -> None:
    op.create_table('event',
    sa.Column('activity_uuid', sa.String(length=36), nullable=False),
    sa.Column('event_type', sa.String(length=32), nullable=False),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('start_date', sa.Date(), nullable=True),
    sa.Column('end_date', sa.Date(), nullable=True),
    sa.Column('modality', sa.String(length=16), nullable=True),
    sa.Column('venue', sa.Text(), nullable=True),
    sa.Column('city', sa.String(length=200), nullable=True),
    sa.Column('lead_trainer', sa.String(length=200), nullable=True),
    sa.Column('experts', sa.Text(), nullable=True),
    sa.Column('funding_source', sa.String(length=200), nullable=True),
    sa.Column('women', sa.Integer(), nullable=False),
    sa.Column('men', sa.Integer(), nullable=False),
    sa.Column('sex_not_recorded', sa.Integer(), nullable=False),
    sa.Column('participants_total', sa.Integer(), nullable=False),
    sa.Column('institutions', sa.Integer(), nullable=True),
    sa.Column('units', sa.Integer(), nullable=False),
    sa.Column('outcomes', sa.Text(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('follow_up_needed', sa.Boolean(), nullable=False),
    sa.Column('follow_up_notes', sa.Text(), nullable=True),
    sa.Column('satisfaction', sa.Float(), nullable=True),
    sa.Column('pretest_average', sa.Float(), nullable=True),
    sa.Column('posttest_average', sa.Float(), nullable=True),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=27), nullable=False),
    sa.Column('updated_at', sa.String(length=27), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('deleted', sa.Boolean(), server_default='0', nullable=False),
    sa.CheckConstraint("event_type IN ('mission', 'workshop', 'training_course', 'exercise', 'assessment', 'conference', 'meeting', 'webinar', 'technical_assistance')", name='known_event_type'),
    sa.CheckConstraint("modality IS NULL OR modality IN ('in_person', 'virtual', 'hybrid')", name='known_modality'),
    sa.CheckConstraint("status IN ('planned', 'completed', 'cancelled', 'postponed')", name='known_status'),
    sa.CheckConstraint('end_date IS NULL OR start_date IS NULL OR end_date >= start_date', name='end_after_start'),
    sa.CheckConstraint('institutions IS NULL OR institutions >= 0', name='institutions_not_negative'),
    sa.CheckConstraint('satisfaction IS NULL OR satisfaction BETWEEN 1 AND 5', name='satisfaction_1_to_5'),
    sa.CheckConstraint('units >= 0', name='units_not_negative'),
    sa.CheckConstraint('women >= 0 AND men >= 0 AND sex_not_recorded >= 0 AND participants_total >= 0', name='counts_not_negative'),
    sa.ForeignKeyConstraint(['activity_uuid'], ['planned_activity.uuid'], ),
    sa.PrimaryKeyConstraint('uuid')
    )
    with op.batch_alter_table('event', schema=None) as batch_op:
        batch_op.create_index('ix_event_activity_start', ['activity_uuid', 'start_date'], unique=False)
        batch_op.create_index('ix_event_start_date', ['start_date'], unique=False)

    op.create_table('attachment',
    sa.Column('event_uuid', sa.String(length=36), nullable=False),
    sa.Column('file_name', sa.String(length=500), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('size_bytes', sa.Integer(), nullable=False),
    sa.Column('media_type', sa.String(length=200), nullable=True),
    sa.Column('description', sa.Text(), nullable=True),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=27), nullable=False),
    sa.Column('updated_at', sa.String(length=27), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('deleted', sa.Boolean(), server_default='0', nullable=False),
    sa.ForeignKeyConstraint(['event_uuid'], ['event.uuid'], ),
    sa.PrimaryKeyConstraint('uuid')
    )
    with op.batch_alter_table('attachment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_attachment_event_uuid'), ['event_uuid'], unique=False)
        batch_op.create_index(batch_op.f('ix_attachment_sha256'), ['sha256'], unique=False)

    op.create_table('event_member_state',
    sa.Column('event_uuid', sa.String(length=36), nullable=False),
    sa.Column('member_state_uuid', sa.String(length=36), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=27), nullable=False),
    sa.Column('updated_at', sa.String(length=27), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('deleted', sa.Boolean(), server_default='0', nullable=False),
    sa.ForeignKeyConstraint(['event_uuid'], ['event.uuid'], ),
    sa.ForeignKeyConstraint(['member_state_uuid'], ['member_state.uuid'], ),
    sa.PrimaryKeyConstraint('uuid'),
    sa.UniqueConstraint('event_uuid', 'member_state_uuid')
    )
    with op.batch_alter_table('event_member_state', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_event_member_state_member_state_uuid'), ['member_state_uuid'], unique=False)

    op.create_table('event_partner',
    sa.Column('event_uuid', sa.String(length=36), nullable=False),
    sa.Column('partner_uuid', sa.String(length=36), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=27), nullable=False),
    sa.Column('updated_at', sa.String(length=27), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('deleted', sa.Boolean(), server_default='0', nullable=False),
    sa.ForeignKeyConstraint(['event_uuid'], ['event.uuid'], ),
    sa.ForeignKeyConstraint(['partner_uuid'], ['partner_organization.uuid'], ),
    sa.PrimaryKeyConstraint('uuid'),
    sa.UniqueConstraint('event_uuid', 'partner_uuid')
    )
    with op.batch_alter_table('event_partner', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_event_partner_partner_uuid'), ['partner_uuid'], unique=False)

    op.create_table('participant',
    sa.Column('event_uuid', sa.String(length=36), nullable=False),
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('sex', sa.String(length=1), nullable=True),
    sa.Column('institution', sa.String(length=300), nullable=True),
    sa.Column('country', sa.String(length=200), nullable=True),
    sa.Column('position_title', sa.String(length=300), nullable=True),
    sa.Column('email', sa.String(length=320), nullable=True),
    sa.Column('phone', sa.String(length=64), nullable=True),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=27), nullable=False),
    sa.Column('updated_at', sa.String(length=27), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('deleted', sa.Boolean(), server_default='0', nullable=False),
    sa.CheckConstraint("sex IS NULL OR sex IN ('F', 'M')", name='known_sex'),
    sa.ForeignKeyConstraint(['event_uuid'], ['event.uuid'], ),
    sa.PrimaryKeyConstraint('uuid')
    )
    with op.batch_alter_table('participant', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_participant_event_uuid'), ['event_uuid'], unique=False)


def downgrade() -> None:

    with op.batch_alter_table('participant', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_participant_event_uuid'))

    op.drop_table('participant')
    with op.batch_alter_table('event_partner', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_event_partner_partner_uuid'))

    op.drop_table('event_partner')
    with op.batch_alter_table('event_member_state', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_event_member_state_member_state_uuid'))

    op.drop_table('event_member_state')
    with op.batch_alter_table('attachment', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_attachment_sha256'))
        batch_op.drop_index(batch_op.f('ix_attachment_event_uuid'))

    op.drop_table('attachment')
    with op.batch_alter_table('event', schema=None) as batch_op:
        batch_op.drop_index('ix_event_start_date')
        batch_op.drop_index('ix_event_activity_start')

    op.drop_table('event')
