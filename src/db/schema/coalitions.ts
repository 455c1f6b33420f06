import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { createdAt } from './columns.js';

// Coalitions, their organisations and people, the audit trail, and the Slack events already handled.

export const coalitions = sqliteTable(
  'coalitions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    teamId: text('team_id').notNull(),
    channelId: text('channel_id').notNull(),
    name: text('name').notNull(),
    timezone: text('timezone').notNull(),
    createdBy: text('created_by').notNull(),
    createdAt: createdAt(),
    /** Watch the coalition channel for identifying details about a child (on unless a coordinator turns it off). */
    channelWatch: integer('channel_watch', { mode: 'boolean' }).notNull().default(true),
    /** Digests count overdue tasks; owners are named only when the coalition chooses accountability over privacy. */
    nameOverdueOwners: integer('name_overdue_owners', { mode: 'boolean' }).notNull().default(false),
    /** Missing sectors are mentioned at most monthly, as an invitation. */
    missingSectorsNotedAt: integer('missing_sectors_noted_at', { mode: 'timestamp_ms' }),
    /** The local children's social care front door (UK) or CPS (US) number, shown on the concern card. */
    concernContact: text('concern_contact'),
  },
  (table) => [uniqueIndex('coalitions_team_channel').on(table.teamId, table.channelId)],
);

/**
 * How most tables begin: their own id, the Slack team, and the coalition the row belongs to, deleted with it. A
 * function, so each table gets column builders of its own.
 */
export const coalitionRow = () => ({
  id: integer('id').primaryKey({ autoIncrement: true }),
  teamId: text('team_id').notNull(),
  coalitionId: integer('coalition_id')
    .notNull()
    .references(() => coalitions.id, { onDelete: 'cascade' }),
});

export const organisations = sqliteTable(
  'organisations',
  {
    ...coalitionRow(),
    name: text('name').notNull(),
    sector: text('sector'),
    whatTheyBring: text('what_they_bring'),
    createdAt: createdAt(),
  },
  (table) => [uniqueIndex('organisations_coalition_name').on(table.coalitionId, table.name)],
);

export const people = sqliteTable(
  'people',
  {
    ...coalitionRow(),
    slackUserId: text('slack_user_id').notNull(),
    homeTeamId: text('home_team_id').notNull(),
    displayName: text('display_name').notNull(),
    tz: text('tz').notNull(),
    organisationId: integer('organisation_id').references(() => organisations.id, { onDelete: 'set null' }),
    sector: text('sector'),
    whatTheyBring: text('what_they_bring'),
    role: text('role', { enum: ['coordinator', 'partner', 'observer'] }).notNull(),
    active: integer('active', { mode: 'boolean' }).notNull().default(true),
    joinedAt: integer('joined_at', { mode: 'timestamp_ms' }).notNull(),
    leftAt: integer('left_at', { mode: 'timestamp_ms' }),
    /** Why the person stopped being active when Slack told us (account deactivated, cannot be messaged). */
    inactiveReason: text('inactive_reason'),
  },
  (table) => [
    uniqueIndex('people_coalition_user').on(table.coalitionId, table.slackUserId),
    index('people_user').on(table.teamId, table.slackUserId),
  ],
);

export const auditLog = sqliteTable(
  'audit_log',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    teamId: text('team_id').notNull(),
    coalitionId: integer('coalition_id'),
    actorUserId: text('actor_user_id').notNull(),
    action: text('action').notNull(),
    subject: text('subject'),
    before: text('before', { mode: 'json' }),
    after: text('after', { mode: 'json' }),
    at: integer('at', { mode: 'timestamp_ms' }).notNull(),
  },
  (table) => [index('audit_log_coalition_at').on(table.coalitionId, table.at)],
);

/** Slack retries an event it thinks we missed; the event_id stays the same, so one row per id makes retries harmless. */
export const processedEvents = sqliteTable('processed_events', {
  eventId: text('event_id').primaryKey(),
  teamId: text('team_id').notNull(),
  receivedAt: integer('received_at', { mode: 'timestamp_ms' }).notNull(),
});
