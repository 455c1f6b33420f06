import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

// Every table carries the Slack team_id so several workspaces can share one database.
const createdAt = () =>
  integer('created_at', { mode: 'timestamp_ms' }).notNull().default(sql`(unixepoch('subsec') * 1000)`);

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
  },
  (table) => [uniqueIndex('coalitions_team_channel').on(table.teamId, table.channelId)],
);

export const organisations = sqliteTable(
  'organisations',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    teamId: text('team_id').notNull(),
    coalitionId: integer('coalition_id')
      .notNull()
      .references(() => coalitions.id, { onDelete: 'cascade' }),
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
    id: integer('id').primaryKey({ autoIncrement: true }),
    teamId: text('team_id').notNull(),
    coalitionId: integer('coalition_id')
      .notNull()
      .references(() => coalitions.id, { onDelete: 'cascade' }),
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
